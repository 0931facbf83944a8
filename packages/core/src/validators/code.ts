import { validation, type Problem, type Validation } from './types.js';

/** What people paste around or inside a code: every white space (NBSP and line breaks included) and dashes. */
const SEPARATORS = /[\s\p{Pd}]/gu;

/**
 * Validates a confirmation code received by SMS or e-mail. Spaces, dashes and line breaks are removed; the
 * value is that normalised input, never cut to `length`. Problems: `code.required` ({length}) when empty,
 * otherwise `code.digitsOnly` when anything but 0–9 remains and `code.wrongLength` ({length}, {count}).
 */
export function validateCode(input: string, length = 6): Validation<string> {
  const value = input.replace(SEPARATORS, '');
  if (value === '') return validation(value, [{ key: 'code.required', params: { length } }]);
  const problems: Problem[] = [];
  if (!/^[0-9]*$/.test(value)) problems.push({ key: 'code.digitsOnly' });
  const count = [...value].length;
  if (count !== length) problems.push({ key: 'code.wrongLength', params: { length, count } });
  return validation(value, problems);
}
