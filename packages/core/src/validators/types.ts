import type { MessageParams } from '../i18n/translate.js';

/** One thing to tell the user: `key` is an i18n message key (validation catalogue), `params` fill its placeholders. */
export interface Problem {
  readonly key: string;
  readonly params?: MessageParams;
}

/**
 * What every validator returns. `ok` is false as soon as there is one problem; `problems` lists EVERY problem
 * found (not only the first), `notices` what was changed without being an error (a NIR key removed, say).
 * `value` is the normalised input: what to submit when `ok`, and otherwise what was understood (never cut).
 */
export interface Validation<T> {
  readonly ok: boolean;
  readonly value: T;
  readonly problems: readonly Problem[];
  readonly notices: readonly Problem[];
}

/** Builds a `Validation` whose `ok` follows from the problems. */
export function validation<T>(value: T, problems: readonly Problem[], notices: readonly Problem[] = []): Validation<T> {
  return { ok: problems.length === 0, value, problems, notices };
}
