// One in-memory adapter per agency, kept for the life of the tab (a reload starts afresh, as the README says).
// It holds the seeded demo accounts; situation drafts are also kept in localStorage.
import { createMemoryAdapter, type MemoryAdapter } from '@moncompte/adapters/memory';
import { pagePath, type AgencyConfig, type AgencyId } from './routes.js';

const adapters = new Map<AgencyId, MemoryAdapter>();

/** Latency of every answer, so loading states show as they would on a network. */
const LATENCY_MS = 250;

function draftStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: drafts stay in memory
  }
}

export function agencyAdapter(agency: AgencyConfig): MemoryAdapter {
  let adapter = adapters.get(agency.id);
  if (!adapter) {
    const storage = draftStorage();
    // The demo data's links to the agency's own pages (messages, attestations, contact…) stay in the portal.
    const linkBase = { caf: '/caf/', msa: '/msa/' };
    // FranceConnect "goes" to the demo's own page, which plays the identity provider and the back end's callback.
    const franceConnectUrl = pagePath(agency, 'franceconnect');
    adapter = createMemoryAdapter({ agency: agency.id, latency: LATENCY_MS, linkBase, franceConnectUrl, ...(storage ? { storage } : {}) });
    adapters.set(agency.id, adapter);
  }
  return adapter;
}
