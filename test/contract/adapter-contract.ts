/**
 * The contract test suite: registers the same mocha tests for any `MonCompteAdapter`, given a factory that
 * makes one over a fresh demo world. Run against the in-memory adapter (memory.test.ts) and the HTTP adapter
 * talking to the reference server over a real socket (http.test.ts). A portal team can run it against its own
 * adapter and a test instance of its back end seeded with the same data.
 */
import { accountContract } from './account.contract.js';
import { dashboardContract } from './dashboard.contract.js';
import type { AdapterFactory } from './helpers.js';
import { proceduresContract } from './procedures.contract.js';
import { sessionContract } from './session.contract.js';

export type { AdapterFactory } from './helpers.js';

export function adapterContract(name: string, factory: AdapterFactory): void {
  describe(`MonCompteAdapter contract: ${name}`, () => {
    sessionContract(factory);
    accountContract(factory);
    dashboardContract(factory);
    proceduresContract(factory);
  });
}
