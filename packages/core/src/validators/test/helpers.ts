// Shared by the validator tests: the message keys a validation returns must exist in a validation catalogue.
import { expect } from '@open-wc/testing';
import { validationCatalogues } from '../../i18n/catalogues/validation.js';
import type { Problem } from '../types.js';

export function keysOf(problems: readonly Problem[]): string[] {
  const keys = new Set(validationCatalogues.flatMap((catalogue) => Object.keys(catalogue.fr)));
  for (const p of problems) expect(keys.has(p.key), `message for ${p.key}`).to.equal(true);
  return problems.map((p) => p.key);
}
