/**
 * Builds a fresh demo world for a given "today" (`YYYY-MM-DD`): nothing is shared between two worlds. The links to
 * an agency's own pages start with its `linkBase` (`/mon-compte/`: `/mon-compte/messages`).
 */
import type { Agency } from '@moncompte/core';
import type { World } from '../world.js';
import { agencySeed } from './agencies.js';
import { cafSeed } from './caf.js';
import { FLOWS } from './flows.js';
import { msaSeed } from './msa.js';
import { TERMS } from './terms.js';

/** A path under an agency's pages (`messages`) as the link of the seed (`/mon-compte/messages`). */
export type LinkTo = (path: string) => string;

export const linkTo = (base: string): LinkTo => (path) => `${base.endsWith('/') ? base : `${base}/`}${path}`;

export function createWorld(today: string, linkBase: Record<Agency, string>): World {
  const links = { caf: linkTo(linkBase.caf), msa: linkTo(linkBase.msa) };
  const caf = cafSeed(today, links.caf);
  const msa = msaSeed(today, links.msa);
  const world: World = {
    today,
    persons: [...caf.persons, ...msa.persons],
    accounts: [...caf.accounts, ...msa.accounts],
    files: [...caf.files, ...msa.files],
    messages: { ...caf.messages, ...msa.messages },
    profiles: { ...caf.profiles, ...msa.profiles },
    authorisations: caf.authorisations,
    authorisationEvents: caf.authorisationEvents,
    agencies: agencySeed(today, links),
    flows: { caf: [...FLOWS.caf], msa: [...FLOWS.msa] },
    terms: TERMS,
  };
  // Deep copy: the seed constants (flows, terms, file rules) must never be changed through a world.
  return structuredClone(world);
}
