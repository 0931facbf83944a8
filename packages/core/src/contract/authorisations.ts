/**
 * Management authorisations between partners ("autorisation de gestion"): the status both ways (I authorise /
 * I am authorised), granting, revoking (by either side), the history; a declared separation ends them
 * automatically (`endedBy: 'separation'`).
 */
import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, PersonRefSchema, list } from './common.js';

export const AuthorisationSchema = z.object({
  id: IdSchema,
  /** The file the grantee may manage. */
  fileId: IdSchema,
  grantor: PersonRefSchema,
  grantee: PersonRefSchema,
  since: IsoDateSchema,
  status: z.enum(['active', 'ended']),
  endedAt: z.nullable(IsoDateSchema),
  endedBy: z.nullable(z.enum(['grantor', 'grantee', 'separation'])),
});
export type Authorisation = z.infer<typeof AuthorisationSchema>;

export const AuthorisationStatusSchema = z.object({
  /** Active authorisations the logged-in person gave ("J'autorise"). */
  given: list(AuthorisationSchema),
  /** Active authorisations the logged-in person received ("Je suis autorisé(e)"). */
  received: list(AuthorisationSchema),
  /** People the logged-in person may authorise now (their partner on a file they hold). */
  candidates: list(PersonRefSchema),
});
export type AuthorisationStatus = z.infer<typeof AuthorisationStatusSchema>;

export const GrantAuthorisationInputSchema = z.object({ personId: IdSchema });
export type GrantAuthorisationInput = z.infer<typeof GrantAuthorisationInputSchema>;

export const RevokeAuthorisationInputSchema = z.object({ authorisationId: IdSchema });
export type RevokeAuthorisationInput = z.infer<typeof RevokeAuthorisationInputSchema>;

export const AuthorisationHistorySchema = z.object({
  /** Newest first. */
  events: list(
    z.object({
      id: IdSchema,
      at: IsoDateTimeSchema,
      action: z.enum(['granted', 'ended']),
      endedBy: z.nullable(z.enum(['grantor', 'grantee', 'separation'])),
      grantor: PersonRefSchema,
      grantee: PersonRefSchema,
    }),
  ),
});
export type AuthorisationHistory = z.infer<typeof AuthorisationHistorySchema>;
