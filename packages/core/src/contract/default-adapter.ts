// The page's default adapter: the one an element uses when neither its `adapter` property nor a provider gives one.
import type { MonCompteAdapter } from './adapter.js';

/**
 * Nothing sets a default unless the page asks for it. `import '@moncompte/adapters/memory/default'` makes the
 * in-memory adapter, seeded with its household, the default: demos, prototypes, a first try of the elements in a
 * plain HTML page. Production pages give their HTTP adapter through `<mc-adapter-provider>` or the `adapter`
 * property. A page that forgot to gets an error in each element, never demo data.
 *
 * Kept on `globalThis` under a registered symbol, so two copies of this package on a page share it.
 */
interface DefaultAdapterSlot {
  adapter: MonCompteAdapter | undefined;
  readonly listeners: Set<() => void>;
}

const KEY = Symbol.for('mc-default-adapter');

function slot(): DefaultAdapterSlot {
  const global = globalThis as typeof globalThis & { [KEY]?: DefaultAdapterSlot };
  return (global[KEY] ??= { adapter: undefined, listeners: new Set() });
}

/** Makes `adapter` the page's default (`undefined`: no default); elements already on the page pick it up. */
export function setDefaultAdapter(adapter: MonCompteAdapter | undefined): void {
  const current = slot();
  current.adapter = adapter;
  for (const listener of current.listeners) listener();
}

/** The page's default adapter, if one was set. */
export function getDefaultAdapter(): MonCompteAdapter | undefined {
  return slot().adapter;
}

/** Calls `listener` each time the default changes; returns the unsubscribe function. */
export function onDefaultAdapterChange(listener: () => void): () => void {
  const { listeners } = slot();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
