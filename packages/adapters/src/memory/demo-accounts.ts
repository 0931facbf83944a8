/** The seeded accounts, for demo notices ("Comptes de démonstration") and tests. */
import type { Agency, IdentifierKind } from '@moncompte/core';

export interface DemoAccount {
  readonly agency: Agency;
  readonly identifierKind: IdentifierKind;
  readonly identifier: string;
  readonly password: string;
  /** What logging in with it shows. */
  readonly outcome: 'success' | 'migration-required';
  readonly holder: string;
}

export const DEMO_ACCOUNTS = {
  caf: { agency: 'caf', identifierKind: 'nir', identifier: '2840375108123', password: 'Bonjour2026', outcome: 'success', holder: 'Muriel L.' },
  cafMigration: { agency: 'caf', identifierKind: 'nir', identifier: '1790612345678', password: '12345678', outcome: 'migration-required', holder: 'Karim B.' },
  cafProvisional: { agency: 'caf', identifierKind: 'provisional', identifier: 'P12345678', password: 'Bonjour2026', outcome: 'success', holder: 'Awa D.' },
  msa: { agency: 'msa', identifierKind: 'nir', identifier: '1650221234567', password: 'Bonjour2026', outcome: 'success', holder: 'Jean-Paul M.' },
} as const satisfies Record<string, DemoAccount>;
