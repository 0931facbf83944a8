/** Steps, statuses and event details of `mc-login-form`. */
import type { AdapterError, Agency, IdentifierKind, Session } from '@moncompte/core';

export type LoginStep = 'credentials' | 'code';
/** Where the form stands (reflected as the `status` attribute). */
export type LoginStatus = 'idle' | 'pending' | 'success' | 'migration-required' | 'invalid-credentials' | 'locked' | 'failed';

/** `mc-login`: logged in. */
export interface LoginSuccessDetail {
  readonly session: Session;
}
/** `mc-migration-required`: the CAF first connection; the migration flow starts with this token. */
export interface MigrationRequiredDetail {
  readonly migrationToken: string;
  readonly termsVersion: string;
  readonly identifierKind: IdentifierKind;
  /** The identifier, normalised (13 characters for a NIR). */
  readonly identifier: string;
}
/** `mc-forgot-password` (cancelable). */
export interface ForgotPasswordDetail {
  readonly identifierKind: IdentifierKind;
  /** What is in the identifier field: normalised when valid, as typed otherwise (may be empty). */
  readonly identifier: string;
}
/** `mc-register` (cancelable). */
export interface RegisterDetail {
  readonly agency: Agency;
}
/** `mc-login-error`: an adapter call failed (the form shows it too). */
export interface LoginErrorDetail {
  readonly step: LoginStep;
  readonly error: AdapterError;
}
