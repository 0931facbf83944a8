import { createMemoryAdapter } from '@moncompte/adapters/memory';
import { adapterContract } from './adapter-contract.js';

adapterContract('in-memory adapter', async (seed) => createMemoryAdapter(seed));
