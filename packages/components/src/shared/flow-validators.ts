/**
 * Validators of the fields the connection flows add to those of @moncompte/core: contact details (an e-mail
 * address or a French mobile number) and a birth date typed as JJ/MM/AAAA. Same `Validation` shape as the core
 * validators (so `mc-text-field` shows their problems); message keys are in `connectionMessages`.
 */
import type { CodeChannel, Problem, Validation } from '@moncompte/core';

const result = <T>(value: T, problems: readonly Problem[] = []): Validation<T> => ({ ok: problems.length === 0, value, problems, notices: [] });

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const MOBILE = /^(?:0|\+33|0033)[67]\d{8}$/;

/** An e-mail address (trimmed) or a mobile number (`06 12 34 56 78`, `+33 6…` → `0612345678`). */
export function validateContact(channel: CodeChannel, input: string): Validation<string> {
  if (channel === 'email') {
    const value = input.trim();
    return result(value, EMAIL.test(value) ? [] : [{ key: 'contact.emailInvalid' }]);
  }
  const compact = input.replace(/[\s.\-()]/g, '');
  if (!MOBILE.test(compact)) return result(compact, [{ key: 'contact.mobileInvalid' }]);
  return result(compact.replace(/^(?:\+33|0033)/, '0'));
}

/**
 * A birth date typed `21/04/1985` (also `21-04-1985`, `21 04 1985`, `21/4/1985`) → ISO `1985-04-21`; a date that
 * does not exist or is after `today` (ISO) is a problem.
 */
export function validateBirthDate(input: string, today: string = new Date().toISOString().slice(0, 10)): Validation<string> {
  const match = /^\s*(\d{1,2})[\s/.-]+(\d{1,2})[\s/.-]+(\d{4})\s*$/.exec(input);
  if (!match) return result('', [{ key: 'birthDate.invalid' }]);
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) {
    return result('', [{ key: 'birthDate.invalid' }]);
  }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return result(iso, iso > today ? [{ key: 'birthDate.future' }] : []);
}
