/**
 * Files ("dossiers allocataires") and household members. A person may be on several files; on a file they do
 * not hold they may have been authorised ("Fabrice C. vous autorise à gérer son dossier").
 */
import * as z from 'zod/mini';
import { AgencySchema, IdSchema, IsoDateSchema, PersonRefSchema, list } from './common.js';

export const MemberRoleSchema = z.enum(['claimant', 'partner', 'child', 'dependant']);
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const FileSummarySchema = z.object({
  id: IdSchema,
  /** The file number ("numéro allocataire" / "numéro d'adhérent"). */
  number: z.string(),
  agency: AgencySchema,
  /** The person who holds the file (the claimant). */
  holder: PersonRefSchema,
  /** The logged-in person's role on this file. */
  role: MemberRoleSchema,
  /**
   * `full`: the holder; `authorised`: a management authorisation was given to the logged-in person;
   * `limited`: a member without authorisation (personal data, contact details, declaring a separation).
   */
  access: z.enum(['full', 'authorised', 'limited']),
  /** Who authorised the logged-in person, when `access` is `authorised`. */
  authorisedBy: z.nullable(PersonRefSchema),
});
export type FileSummary = z.infer<typeof FileSummarySchema>;

export const FilesOverviewSchema = z.object({
  currentFileId: z.nullable(IdSchema),
  files: list(FileSummarySchema),
});
export type FilesOverview = z.infer<typeof FilesOverviewSchema>;

export const HouseholdInputSchema = z.object({
  /** Defaults to the session's current file. */
  fileId: z.optional(IdSchema),
});
export type HouseholdInput = z.infer<typeof HouseholdInputSchema>;

export const HouseholdMemberSchema = z.object({
  id: IdSchema,
  firstName: z.string(),
  lastName: z.string(),
  role: MemberRoleSchema,
  birthDate: z.nullable(IsoDateSchema),
});
export type HouseholdMember = z.infer<typeof HouseholdMemberSchema>;

export const HouseholdSchema = z.object({ fileId: IdSchema, members: list(HouseholdMemberSchema) });
export type Household = z.infer<typeof HouseholdSchema>;
