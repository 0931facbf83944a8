import { validation, type Problem, type Validation } from './types.js';

/**
 * Separators people type or paste inside a social security number: every white space (`\s` includes the
 * no-break space U+00A0, the narrow no-break space U+202F that French formatting puts between groups, tabs and
 * line breaks), dots, and every dash (`\p{Pd}`: hyphen-minus, en dash, non-breaking hyphen…).
 */
const SEPARATORS = /[\s.\p{Pd}]/gu;
const DIGIT = /^[0-9]$/;

export interface NirOptions {
  /**
   * Accept numbers that are not certified NIRs: NIA/NTT temporary numbers (first digit 7 or 8) and the older
   * numbers of foreign-born people whose registration is in progress (first digit 3 or 4). A portal setting,
   * off by default: those people usually sign in with a provisional identifier instead.
   */
  readonly allowTemporary?: boolean;
}

/**
 * The first digit of a NIR. 1 and 2 are certified numbers (the sex at registration; a change of sex changes it,
 * and both stay 1 or 2). 3 and 4 were given to foreign-born people while their registration was in progress,
 * and 7 and 8 are NIA/NTT waiting or temporary numbers: none of them is a certified NIR, so they all follow
 * `allowTemporary` (rejecting them outright would lock out real people on portals that do accept them).
 * 0, 5, 6 and 9 are never used.
 */
const CERTIFIED_FIRST = new Set(['1', '2']);
const TEMPORARY_FIRST = new Set(['3', '4', '7', '8']);

/**
 * Removes separators and upper-cases a Corsican department (`2a`/`2b`, positions 6–7). Nothing else is changed:
 * any other letter stays as typed so the user sees what is wrong.
 */
export function normaliseNir(input: string): string {
  const chars = [...input.replace(SEPARATORS, '')];
  if (chars[5] === '2' && (chars[6] === 'a' || chars[6] === 'b')) chars[6] = chars[6].toUpperCase();
  return chars.join('');
}

/** Whether the character at `index` of a NIR may be there: a digit, or A/B after 2 in the department position. */
function allowedAt(chars: readonly string[], index: number): boolean {
  const c = chars[index] ?? '';
  if (DIGIT.test(c)) return true;
  return index === 6 && chars[5] === '2' && (c === 'A' || c === 'B');
}

/**
 * The control key of a 13-character NIR: 97 − (N mod 97), where N is the number with the Corsican
 * department `2A` read as 19 and `2B` as 18. `undefined` when the body is not a well-formed NIR.
 */
export function nirKey(body: string): number | undefined {
  if (!/^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{6}$/.test(body)) return undefined;
  const numeric = body.slice(0, 5) + body.slice(5, 7).replace('2A', '19').replace('2B', '18') + body.slice(7);
  return 97 - Number(BigInt(numeric) % 97n);
}

/**
 * Validates a social security number (NIR) typed or pasted by a person. The value is the 13 normalised
 * characters. Separators are removed; a Corsican `2a`/`2b` is accepted and upper-cased; 15 characters are read
 * as NIR + key: a right key is dropped (notice `nir.keyRemoved`), a wrong one is an error. Every problem found
 * is returned: `nir.required`, `nir.invalidCharacters`, `nir.tooShort` / `nir.tooLong` ({count}: characters
 * typed), `nir.firstDigit`, `nir.temporaryNotAccepted`, `nir.wrongKey`.
 *
 * The birth month and the place of birth are not checked: real NIRs carry fictitious months (20–42, 50 and
 * over) and special place codes, and the adapter decides in the end.
 */
export function validateNir(input: string, options: NirOptions = {}): Validation<string> {
  const normalised = normaliseNir(input);
  const chars = [...normalised];
  const count = chars.length;
  if (count === 0) return validation('', [{ key: 'nir.required' }]);

  const problems: Problem[] = [];
  const notices: Problem[] = [];
  if (chars.some((_, index) => !allowedAt(chars, index))) problems.push({ key: 'nir.invalidCharacters' });
  if (count < 13) problems.push({ key: 'nir.tooShort', params: { count } });
  else if (count === 14 || count > 15) problems.push({ key: 'nir.tooLong', params: { count } });

  const first = chars[0] ?? '';
  if (DIGIT.test(first) && !CERTIFIED_FIRST.has(first)) {
    if (!TEMPORARY_FIRST.has(first)) problems.push({ key: 'nir.firstDigit' });
    else if (!options.allowTemporary) problems.push({ key: 'nir.temporaryNotAccepted' });
  }

  let value = normalised;
  if (count === 15) {
    const body = chars.slice(0, 13).join('');
    const key = chars.slice(13).join('');
    const expected = nirKey(body);
    if (expected !== undefined && /^[0-9]{2}$/.test(key)) {
      if (Number(key) === expected) {
        notices.push({ key: 'nir.keyRemoved' });
        value = body;
      } else {
        problems.push({ key: 'nir.wrongKey' });
      }
    }
  }
  return validation(value, problems, notices);
}

/**
 * Validates a provisional identifier (given to people without a social security number). It is opaque: only
 * trimmed and required to be non-empty (`provisionalId.required`); the adapter checks it.
 */
export function validateProvisionalIdentifier(input: string): Validation<string> {
  const value = input.trim();
  return validation(value, value === '' ? [{ key: 'provisionalId.required' }] : []);
}
