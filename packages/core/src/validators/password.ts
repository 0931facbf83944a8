import type { MessageParams } from '../i18n/translate.js';
import { validation, type Validation } from './types.js';

// The zod/mini schema lives in its own module so that checking a password does not bundle zod; re-exported here.
export { PasswordPolicySchema } from './password-policy-schema.js';

export type PasswordClass = 'digit' | 'uppercase' | 'lowercase' | 'special';
export const PASSWORD_CLASSES: readonly PasswordClass[] = ['digit', 'uppercase', 'lowercase', 'special'];

/** A password policy as the back end states it: lengths in code points, required character classes. */
export interface PasswordPolicy {
  readonly minLength: number;
  readonly maxLength: number;
  readonly classes: readonly PasswordClass[];
}

/** CAF "Mon Compte": 8 to 24 characters with at least a digit, an upper-case and a lower-case letter. */
export const CAF_PASSWORD_POLICY: PasswordPolicy = Object.freeze({
  minLength: 8,
  maxLength: 24,
  classes: Object.freeze(['digit', 'uppercase', 'lowercase'] as const),
});

export type PasswordRuleId = 'min-length' | 'max-length' | PasswordClass;

/** One line of a rule checklist: `key` is the rule's wording (`password.rule.*`), `ok` whether it is met. */
export interface PasswordRuleResult {
  readonly id: PasswordRuleId;
  readonly ok: boolean;
  readonly key: string;
  readonly params?: MessageParams;
}

export interface PasswordCheck extends Validation<string> {
  /** Length in code points. */
  readonly length: number;
  readonly rules: readonly PasswordRuleResult[];
}

/**
 * The number of Unicode code points: what a person counts as characters for most text (an emoji such as 😀
 * is one, not the two UTF-16 units `String.length` counts). Composite emoji (skin tones, families joined by
 * ZWJ) are several code points; back ends count code points too, so we do the same.
 */
export function countCodePoints(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/**
 * The password at log-in: no policy applies (old passwords must keep working), only "not empty"
 * (`password.required`). Never trimmed: a password of spaces is a password.
 */
export function validateLoginPassword(password: string): Validation<string> {
  return validation(password, password === '' ? [{ key: 'password.required' }] : []);
}
