import type { MessageParams } from '../i18n/translate.js';
import { validation, type Problem, type Validation } from './types.js';

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
 * Character classes. Letters follow Unicode (`É` is upper-case, `ß` lower-case). A digit is a decimal digit
 * of any script (`\p{Nd}`: 0–9, but also full-width ０ from an Asian input method): consistent with the letters,
 * and it excludes ², ½ or Ⅻ, which are not digits a person would count. Special is anything else that is not a
 * combining mark (so an `é` typed as e + U+0301 does not count as special): punctuation, symbols, emoji, spaces.
 */
const CLASS_TESTS: Record<PasswordClass, RegExp> = {
  digit: /\p{Nd}/u,
  uppercase: /\p{Lu}/u,
  lowercase: /\p{Ll}/u,
  special: /[^\p{L}\p{M}\p{Nd}]/u,
};

const CLASS_RULE_KEYS: Record<PasswordClass, string> = {
  digit: 'password.rule.digit',
  uppercase: 'password.rule.uppercase',
  lowercase: 'password.rule.lowercase',
  special: 'password.rule.special',
};

const CLASS_PROBLEM_KEYS: Record<PasswordClass, string> = {
  digit: 'password.missingDigit',
  uppercase: 'password.missingUppercase',
  lowercase: 'password.missingLowercase',
  special: 'password.missingSpecial',
};

/**
 * Checks a new password against a policy, rule by rule (for a live checklist) and as problems (for the error
 * message). The password is never trimmed nor truncated: `value` is exactly what was typed, spaces included.
 * Problems: `password.newRequired` alone when empty; otherwise each of `password.tooShort` ({min}),
 * `password.tooLong` ({max}, {count}), `password.missing{Digit,Uppercase,Lowercase,Special}`.
 * Rules (in order: min-length, max-length, then the policy's classes): `password.rule.minLength` ({min}),
 * `password.rule.maxLength` ({max}), `password.rule.{digit,uppercase,lowercase,special}`.
 */
export function checkPassword(password: string, policy: PasswordPolicy): PasswordCheck {
  const length = countCodePoints(password);
  const normalised = password.normalize('NFC');
  const rules: PasswordRuleResult[] = [
    { id: 'min-length', ok: length >= policy.minLength, key: 'password.rule.minLength', params: { min: policy.minLength } },
    { id: 'max-length', ok: length <= policy.maxLength, key: 'password.rule.maxLength', params: { max: policy.maxLength } },
    ...policy.classes.map((c) => ({ id: c, ok: CLASS_TESTS[c].test(normalised), key: CLASS_RULE_KEYS[c] })),
  ];

  const problems: Problem[] = [];
  if (length === 0) {
    problems.push({ key: 'password.newRequired' });
  } else {
    if (length < policy.minLength) problems.push({ key: 'password.tooShort', params: { min: policy.minLength } });
    if (length > policy.maxLength) problems.push({ key: 'password.tooLong', params: { max: policy.maxLength, count: length } });
    for (const c of policy.classes) if (!CLASS_TESTS[c].test(normalised)) problems.push({ key: CLASS_PROBLEM_KEYS[c] });
  }
  return { ...validation(password, problems), length, rules };
}

/**
 * The password at log-in: no policy applies (old passwords must keep working), only "not empty"
 * (`password.required`). Never trimmed: a password of spaces is a password.
 */
export function validateLoginPassword(password: string): Validation<string> {
  return validation(password, password === '' ? [{ key: 'password.required' }] : []);
}

/**
 * The confirmation of a new password: `password.confirmRequired` when empty, `password.confirmMismatch` when it
 * differs (compared exactly, never trimmed). The value is the confirmation.
 */
export function validatePasswordConfirmation(password: string, confirmation: string): Validation<string> {
  if (confirmation === '') return validation(confirmation, [{ key: 'password.confirmRequired' }]);
  return validation(confirmation, confirmation === password ? [] : [{ key: 'password.confirmMismatch' }]);
}
