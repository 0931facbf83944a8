// The checks of a NEW password (the rule checklist, the confirmation): a module of their own, so that a log-in
// form, which only needs `validateLoginPassword`, does not carry them.
import { validation, type Problem, type Validation } from './types.js';
import { countCodePoints, type PasswordCheck, type PasswordClass, type PasswordPolicy, type PasswordRuleResult } from './password.js';

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
 * The confirmation of a new password: `password.confirmRequired` when empty, `password.confirmMismatch` when it
 * differs (compared exactly, never trimmed). The value is the confirmation.
 */
export function validatePasswordConfirmation(password: string, confirmation: string): Validation<string> {
  if (confirmation === '') return validation(confirmation, [{ key: 'password.confirmRequired' }]);
  return validation(confirmation, confirmation === password ? [] : [{ key: 'password.confirmMismatch' }]);
}
