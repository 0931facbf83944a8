/**
 * The in-memory adapter's data: people, accounts, files and everything the pages show. Built by the seed
 * (seed/index.ts) for a given "today"; the handlers read and change it; nothing of it leaves the adapter
 * without being copied.
 */
import type {
  AccountHistory,
  Agency,
  AgendaEvent,
  Alert,
  Authorisation,
  AuthorisationHistory,
  ContactChannels,
  DocumentOptions,
  IdentifierKind,
  MemberRole,
  MessageSummary,
  NewsItem,
  Pajemploi,
  PasswordPolicy,
  PaymentsSummary,
  Procedures,
  Profile,
  ServiceCatalogue,
  SituationFlow,
  TermsOfUse,
} from '@moncompte/core';

export interface PersonRecord {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  /** The 13-character NIR, when the person has one (account creation finds people by it). */
  nir: string | null;
}

export type AccountEvent = AccountHistory['events'][number];

export interface AccountRecord {
  id: string;
  agency: Agency;
  identifierKind: IdentifierKind;
  identifier: string;
  password: string;
  /** `migration-required`: the CAF first connection with the old 8-digit password is still to be done. */
  status: 'active' | 'migration-required';
  personId: string;
  email: string | null;
  mobile: string | null;
  history: AccountEvent[];
}

export type ProcedureRecord = Procedures['inProgress'][number];

export interface FileRecord {
  id: string;
  number: string;
  agency: Agency;
  holderId: string;
  members: { personId: string; role: MemberRole }[];
  alerts: Alert[];
  payments: PaymentsSummary;
  procedures: ProcedureRecord[];
  /** Every event, past and far future: `getAgenda` keeps the window asked for. */
  agenda: AgendaEvent[];
  pajemploi: Pajemploi;
}

export interface PersonProfile {
  situation: Profile['situation'];
  address: Profile['address'];
}

export interface AgencyData {
  contact: ContactChannels;
  news: NewsItem[];
  catalogue: ServiceCatalogue;
  documents: Omit<DocumentOptions, 'persons'>;
  passwordPolicy: PasswordPolicy;
  /** Prefix of submission references (`CAF`, `MSA`). */
  referencePrefix: string;
  /** Who the agency's messages are from ("Caf du Finistère"). */
  messageSender: string;
}

export type AuthorisationEvent = AuthorisationHistory['events'][number];

export interface World {
  today: string;
  persons: PersonRecord[];
  accounts: AccountRecord[];
  files: FileRecord[];
  messages: Record<string, MessageSummary[]>;
  profiles: Record<string, PersonProfile>;
  authorisations: Authorisation[];
  authorisationEvents: AuthorisationEvent[];
  agencies: Record<Agency, AgencyData>;
  /** The change-of-situation flows of each agency (those of the current file's agency are offered). */
  flows: Record<Agency, SituationFlow[]>;
  terms: TermsOfUse;
}
