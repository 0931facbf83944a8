/**
 * Session: log in with a NIR or a provisional identifier, the outcomes of a log-in, the current session, log out,
 * FranceConnect, choosing the current file, and verifying a confirmation code (which may open a session).
 */
import * as z from 'zod/mini';
import { AgencySchema, HrefSchema, IdSchema, IsoDateTimeSchema } from './common.js';
import { CodeChallengeSchema } from './codes.js';

/** `nir`: the 13 first digits of the social security number; `provisional`: an identifier given by the agency. */
export const IdentifierKindSchema = z.enum(['nir', 'provisional']);
export type IdentifierKind = z.infer<typeof IdentifierKindSchema>;

export const LoginInputSchema = z.object({
  identifierKind: IdentifierKindSchema,
  /** Normalised by `validateNir` (13 characters) or `validateProvisionalIdentifier` (trimmed). */
  identifier: z.string().check(z.minLength(1), z.maxLength(64)),
  /** As typed: never trimmed. */
  password: z.string().check(z.minLength(1), z.maxLength(256)),
  /** "Se souvenir de moi": the back end decides what it keeps (a longer session); the element stores nothing. */
  rememberMe: z.boolean(),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

export const SessionUserSchema = z.object({ id: IdSchema, firstName: z.string(), lastName: z.string() });
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const SessionSchema = z.object({
  user: SessionUserSchema,
  agency: AgencySchema,
  method: z.enum(['password', 'franceconnect', 'franceconnect-plus']),
  /** The file ("dossier") the pages show; `null` when the person is on none yet. */
  currentFileId: z.nullable(IdSchema),
  authenticatedAt: IsoDateTimeSchema,
  expiresAt: IsoDateTimeSchema,
  /** Whether "Se souvenir de moi" was ticked. */
  persistent: z.boolean(),
  /**
   * The identifier the person logs in with (normalised NIR or provisional identifier), when the back end gives it:
   * a change-password form hands it to password managers, which then update the right saved password.
   */
  identifier: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type Session = z.infer<typeof SessionSchema>;

export const LoginOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('success'), session: SessionSchema }),
  /** First connection with the old 8-digit password: the migration flow starts with this token. */
  z.object({ status: z.literal('migration-required'), migrationToken: IdSchema, termsVersion: z.string() }),
  /** A second factor: verify the code with `verifyCode`, whose `valid` outcome carries the session. */
  z.object({ status: z.literal('code-required'), challenge: CodeChallengeSchema }),
  /** ONE outcome for an unknown identifier and a wrong password (no user enumeration): no detail. */
  z.object({ status: z.literal('invalid-credentials') }),
  /** Too many failures; `until` when known. Unknown identifiers lock the same way. */
  z.object({ status: z.literal('locked'), until: z.nullable(IsoDateTimeSchema) }),
]);
export type LoginOutcome = z.infer<typeof LoginOutcomeSchema>;

export const CurrentSessionSchema = z.object({ session: z.nullable(SessionSchema) });
export type CurrentSession = z.infer<typeof CurrentSessionSchema>;

export const FranceConnectInputSchema = z.object({
  variant: z.enum(['franceconnect', 'franceconnect-plus']),
  /** Where the portal wants to land after the round trip (a path of the portal). */
  returnTo: z.optional(z.string().check(z.maxLength(2048))),
});
export type FranceConnectInput = z.infer<typeof FranceConnectInputSchema>;

/**
 * How to leave for the identity provider: navigate (`GET`) or post a form (`POST` with hidden `fields`), in the
 * current tab. The back end builds the URL with its own `state` and `nonce`: they never come from the browser.
 */
export const RedirectSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('GET'), url: HrefSchema }),
  z.object({ method: z.literal('POST'), url: HrefSchema, fields: z.record(z.string(), z.string()) }),
]);
export type Redirect = z.infer<typeof RedirectSchema>;

export const SelectFileInputSchema = z.object({ fileId: IdSchema });
export type SelectFileInput = z.infer<typeof SelectFileInputSchema>;

/**
 * The outcome of `verifyCode`: a `CodeOutcome` whose `valid` case carries what the flow needs next:
 * log-in and migration codes → `session`; forgotten-password and account-creation codes → `token`
 * (the `resetToken` / `registrationToken` of the next call); contact-change codes → nothing (the change is saved).
 */
export const CodeVerificationSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('valid'), session: z.optional(SessionSchema), token: z.optional(IdSchema) }),
  z.object({ status: z.literal('invalid'), attemptsLeft: z.int().check(z.gte(0)) }),
  z.object({ status: z.literal('expired') }),
  z.object({ status: z.literal('too-many-attempts') }),
]);
export type CodeVerification = z.infer<typeof CodeVerificationSchema>;
