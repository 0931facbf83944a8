/**
 * The home page ("Mon Compte" / "Mon espace privé"): each tile loads its own data with one method, so a slow or
 * failing back end only affects that tile. Amounts in euros, dates ISO, texts plain, links plain strings.
 */
import * as z from 'zod/mini';
import { EurosSchema, HrefSchema, IdSchema, IsoDateSchema, IsoDateTimeSchema, PersonRefSchema, list } from './common.js';

// ── alerts and messages ─────────────────────────────────────────────────────
export const AlertSchema = z.object({
  id: IdSchema,
  /** `missing-information`: something the agency waits for ("Déclaration de ressources"). */
  kind: z.enum(['missing-information', 'important', 'new-message', 'info']),
  title: z.string(),
  text: z.string(),
  href: z.optional(HrefSchema),
});
export type Alert = z.infer<typeof AlertSchema>;
export const AlertsSchema = z.object({ alerts: list(AlertSchema) });
export type Alerts = z.infer<typeof AlertsSchema>;

export const MessageSummarySchema = z.object({
  id: IdSchema,
  subject: z.string(),
  sender: z.string(),
  receivedAt: IsoDateTimeSchema,
  unread: z.boolean(),
  href: z.optional(HrefSchema),
});
export type MessageSummary = z.infer<typeof MessageSummarySchema>;
export const MessagesSummarySchema = z.object({
  unreadCount: z.int().check(z.gte(0)),
  totalCount: z.int().check(z.gte(0)),
  /** The most recent messages, newest first (a few, not the whole inbox). */
  latest: list(MessageSummarySchema),
});
export type MessagesSummary = z.infer<typeof MessagesSummarySchema>;

// ── payments and rights ─────────────────────────────────────────────────────
export const PaymentSchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  amount: EurosSchema,
  /** The benefit paid ("Allocations familiales"). */
  benefit: z.string(),
  /** "Versé à un tiers": paid to someone else (a landlord, say) rather than to the claimant. */
  paidToThirdParty: z.boolean(),
});
export type Payment = z.infer<typeof PaymentSchema>;

export const PaymentsSummarySchema = z.object({
  lastPayment: z.nullable(PaymentSchema),
  /** The last payments, newest first, the last one included. */
  recentPayments: list(PaymentSchema),
  /** Current rights: benefit and monthly amount. */
  rights: list(z.object({ id: IdSchema, benefit: z.string(), monthlyAmount: EurosSchema, since: IsoDateSchema })),
  familyQuotient: z.nullable(z.object({ amount: EurosSchema, validFrom: IsoDateSchema })),
  attestations: list(z.object({ id: IdSchema, title: z.string(), href: HrefSchema })),
  lastStatement: z.nullable(z.object({ id: IdSchema, title: z.string(), issuedAt: IsoDateSchema, href: HrefSchema })),
  resources: z.object({
    /** A resources declaration is expected ("Déclaration de ressources"). */
    declarationRequired: z.boolean(),
    dueDate: z.nullable(IsoDateSchema),
  }),
  /** `count` 0 when there is no debt. */
  debts: z.object({ count: z.int().check(z.gte(0)), totalAmount: EurosSchema }),
});
export type PaymentsSummary = z.infer<typeof PaymentsSummarySchema>;

// ── procedures ──────────────────────────────────────────────────────────────
export const ProceduresSchema = z.object({
  inProgress: list(
    z.object({
      id: IdSchema,
      title: z.string(),
      status: z.enum(['submitted', 'in-progress', 'waiting-for-documents', 'completed']),
      updatedAt: IsoDateSchema,
      reference: z.nullable(z.string()),
    }),
  ),
});
export type Procedures = z.infer<typeof ProceduresSchema>;

// ── news ("La Caf m'informe") ───────────────────────────────────────────────
export const NewsItemSchema = z.object({
  id: IdSchema,
  title: z.string(),
  summary: z.string(),
  publishedAt: IsoDateSchema,
  important: z.boolean(),
  href: z.optional(HrefSchema),
});
export type NewsItem = z.infer<typeof NewsItemSchema>;
export const NewsSchema = z.object({ items: list(NewsItemSchema) });
export type News = z.infer<typeof NewsSchema>;

// ── profile ─────────────────────────────────────────────────────────────────
export const ProfileSchema = z.object({
  person: PersonRefSchema,
  fileNumber: z.nullable(z.string()),
  /** Family and professional situation: "En vie maritale" since 2018-02-23, "Activité salariée" since… */
  situation: list(z.object({ id: IdSchema, label: z.string(), since: z.nullable(IsoDateSchema) })),
  address: z.nullable(z.object({ lines: list(z.string()), postalCode: z.string(), city: z.string(), country: z.string() })),
  email: z.nullable(z.string()),
  mobile: z.nullable(z.string()),
});
export type Profile = z.infer<typeof ProfileSchema>;

// ── contact my agency ───────────────────────────────────────────────────────
export const ContactChannelSchema = z.object({
  kind: z.enum(['phone', 'message', 'appointment', 'postal', 'internet-assistance']),
  label: z.string(),
  /** A phone number or a postal address on one line. */
  value: z.nullable(z.string()),
  href: z.nullable(HrefSchema),
  /** Opening hours as a sentence ("du lundi au vendredi de 8h30 à 12h15 et de 13h30 à 16h30"). */
  hours: z.nullable(z.string()),
});
export type ContactChannel = z.infer<typeof ContactChannelSchema>;
export const ContactChannelsSchema = z.object({ agencyName: z.string(), channels: list(ContactChannelSchema) });
export type ContactChannels = z.infer<typeof ContactChannelsSchema>;

// ── agenda ──────────────────────────────────────────────────────────────────
export const AgendaInputSchema = z.object({
  /** How many months ahead, from today (6 by default). */
  months: z.optional(z.int().check(z.gte(1), z.lte(12))),
});
export type AgendaInput = z.infer<typeof AgendaInputSchema>;
export const AgendaEventSchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  kind: z.enum(['payment', 'declaration', 'rights-change', 'renewal', 'appointment', 'other']),
  title: z.string(),
  amount: z.nullable(EurosSchema),
});
export type AgendaEvent = z.infer<typeof AgendaEventSchema>;
export const AgendaSchema = z.object({ from: IsoDateSchema, to: IsoDateSchema, events: list(AgendaEventSchema) });
export type Agenda = z.infer<typeof AgendaSchema>;

// ── Pajemploi ───────────────────────────────────────────────────────────────
/** Shown only to people entitled (the CMG, complément de libre choix du mode de garde). */
export const PajemploiSchema = z.object({ eligible: z.boolean(), href: z.nullable(HrefSchema) });
export type Pajemploi = z.infer<typeof PajemploiSchema>;

// ── MSA service catalogue ───────────────────────────────────────────────────
export const ServiceGroupSchema = z.object({
  id: IdSchema,
  /** `pro`: "Mes services pro"; `perso`: "Mes services perso"; `general`: "Vous pouvez également". */
  audience: z.enum(['pro', 'perso', 'general']),
  title: z.string(),
  categories: list(
    z.object({
      id: IdSchema,
      title: z.string(),
      items: list(z.object({ id: IdSchema, label: z.string(), href: HrefSchema })),
    }),
  ),
});
export type ServiceGroup = z.infer<typeof ServiceGroupSchema>;
export const ServiceCatalogueSchema = z.object({ groups: list(ServiceGroupSchema) });
export type ServiceCatalogue = z.infer<typeof ServiceCatalogueSchema>;
