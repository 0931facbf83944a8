// Shared by the validator tests: the message keys a validation returns must exist in the validation catalogue.
import { expect } from '@open-wc/testing';
import { validationMessages } from '../../i18n/catalogues/validation.js';
import type { Problem } from '../types.js';

export function keysOf(problems: readonly Problem[]): string[] {
  for (const p of problems) expect(validationMessages.fr, `message for ${p.key}`).to.have.property(p.key);
  return problems.map((p) => p.key);
}
