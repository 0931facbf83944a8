/**
 * Account and password: the password policy, forgotten password, account creation ("Créer Mon Compte" /
 * "S'inscrire"), the CAF first-connection migration, changing the password, and the account history.
 *
 * Flows (each code step is `verifyCode`, see session.ts):
 * - forgotten password: `requestPasswordReset` → challenge → `verifyCode` (valid → `token`) →
 *   `completePasswordReset({ resetToken: token })`. The SAME challenge shape whatever the identifier.
 * - account creation: `startRegistration` → challenge → `verifyCode` (valid → `token`) →
 *   `completeRegistration({ registrationToken: token })` → session.
 * - migration: `login` → `migration-required` → `getTermsOfUse` → `acceptTerms` → `setMigrationPassword` →
 *   `sendMigrationCode` → challenge → `verifyCode` (valid → `session`).
 * - contact details (signed in): `sendContactChangeCode` → challenge sent to the NEW e-mail or mobile →
 *   `verifyCode` (valid: the new contact details are saved; nothing else is returned).
 */
import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, list } from './common.js';
import { CodeChannelSchema, ContactInputSchema } from './codes.js';
import { IdentifierKindSchema } from './session.js';

/** A new password, as typed (never trimmed); checked against the policy by the back end too. */
const NewPasswordSchema = z.string().check(z.minLength(1), z.maxLength(256));

export const PasswordResetRequestSchema = z.object({
  identifierKind: IdentifierKindSchema,
  identifier: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Where the user chose to receive the code; both are always offered (no enumeration). */
  channel: CodeChannelSchema,
});
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>;

export const CompletePasswordResetInputSchema = z.object({ resetToken: IdSchema, newPassword: NewPasswordSchema });
export type CompletePasswordResetInput = z.infer<typeof CompletePasswordResetInputSchema>;

export const ChangePasswordInputSchema = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(256)),
  newPassword: NewPasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

export const RegistrationInputSchema = z.object({
  identifierKind: IdentifierKindSchema,
  identifier: z.string().check(z.minLength(1), z.maxLength(64)),
  birthDate: IsoDateSchema,
  /** Asked by portals whose sign-up form has them (MSA "Je complète le formulaire"). */
  firstName: z.optional(z.string().check(z.maxLength(100))),
  lastName: z.optional(z.string().check(z.maxLength(100))),
  /** Where to send the code (CAF: e-mail or mobile; MSA: e-mail). */
  contact: ContactInputSchema,
});
export type RegistrationInput = z.infer<typeof RegistrationInputSchema>;

export const CompleteRegistrationInputSchema = z.object({ registrationToken: IdSchema, password: NewPasswordSchema });
export type CompleteRegistrationInput = z.infer<typeof CompleteRegistrationInputSchema>;

/** The terms of use, as plain text: a title and sections of paragraphs. */
export const TermsOfUseSchema = z.object({
  version: z.string(),
  title: z.string(),
  sections: list(z.object({ heading: z.string(), paragraphs: list(z.string()) })),
});
export type TermsOfUse = z.infer<typeof TermsOfUseSchema>;

export const AcceptTermsInputSchema = z.object({ migrationToken: IdSchema, termsVersion: z.string().check(z.minLength(1)) });
export type AcceptTermsInput = z.infer<typeof AcceptTermsInputSchema>;

export const MigrationPasswordInputSchema = z.object({ migrationToken: IdSchema, newPassword: NewPasswordSchema });
export type MigrationPasswordInput = z.infer<typeof MigrationPasswordInputSchema>;

export const MigrationContactInputSchema = z.object({ migrationToken: IdSchema, contact: ContactInputSchema });
export type MigrationContactInput = z.infer<typeof MigrationContactInputSchema>;

/** "Modifier mes coordonnées": the new e-mail address or mobile number, which the code is sent to. */
export const ContactChangeInputSchema = z.object({ contact: ContactInputSchema });
export type ContactChangeInput = z.infer<typeof ContactChangeInputSchema>;

export const AccountHistorySchema = z.object({
  events: list(
    z.object({
      id: IdSchema,
      at: IsoDateTimeSchema,
      kind: z.enum([
        'login',
        'password-changed',
        'contact-changed',
        'authorisation-granted',
        'authorisation-ended',
        'situation-declared',
        'documents-sent',
      ]),
      /** How the person logged in, for `login` events. */
      method: z.optional(z.enum(['password', 'franceconnect', 'franceconnect-plus'])),
    }),
  ),
});
export type AccountHistory = z.infer<typeof AccountHistorySchema>;
