/** Builds a fresh demo world for a given "today" (`YYYY-MM-DD`): nothing is shared between two worlds. */
import type { World } from '../world.js';
import { agencySeed } from './agencies.js';
import { cafSeed } from './caf.js';
import { FLOWS } from './flows.js';
import { msaSeed } from './msa.js';
import { TERMS } from './terms.js';

export function createWorld(today: string): World {
  const caf = cafSeed(today);
  const msa = msaSeed(today);
  const world: World = {
    today,
    persons: [...caf.persons, ...msa.persons],
    accounts: [...caf.accounts, ...msa.accounts],
    files: [...caf.files, ...msa.files],
    messages: { ...caf.messages, ...msa.messages },
    profiles: { ...caf.profiles, ...msa.profiles },
    authorisations: caf.authorisations,
    authorisationEvents: caf.authorisationEvents,
    agencies: agencySeed(today),
    flows: [...FLOWS],
    terms: TERMS,
  };
  // Deep copy: the seed constants (flows, terms, file rules) must never be changed through a world.
  return structuredClone(world);
}
