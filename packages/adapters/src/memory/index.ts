/**
 * `@moncompte/adapters/memory`: the in-memory adapter over the seeded demo data.
 *
 * Demo accounts (also in docs/adapters.md), confirmation code `123456` for every challenge:
 * - CAF, migrated: NIR `2840375108123`, password `Bonjour2026` (Muriel L.);
 * - CAF, first connection (migration required): NIR `1790612345678`, old password `12345678` (Karim B.);
 * - CAF, provisional identifier: `P12345678`, password `Bonjour2026` (Awa D., a nearly empty file);
 * - MSA: NIR `1650221234567`, password `Bonjour2026` (Jean-Paul M.).
 */
export { createMemoryAdapter, type MemoryAdapter } from './adapter.js';
export type { MemoryAdapterOptions, MemorySeedOptions, DraftStorage } from './options.js';
export type { FaultInjector } from './faults.js';
export type { FranceConnectCompletion } from './handlers/session.js';
export { DEMO_CODE } from './store.js';
export { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts.js';
