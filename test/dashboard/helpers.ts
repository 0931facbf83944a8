// Helpers of the dashboard tile tests: a fixed-date in-memory adapter, adapter wrappers (one method replaced),
// waiting for a tile's state, reading what a tile shows, walking the focus with Tab, and the page logging out and in.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { createMemoryAdapter, DEMO_ACCOUNTS, type MemoryAdapter, type MemoryAdapterOptions } from '@moncompte/adapters/memory';
import type { AdapterMethod, MonCompteAdapter, Session } from '@moncompte/core';

export const TODAY = '2026-11-24';

/** The in-memory adapter on a fixed date, signed in as Muriel (CAF) unless told otherwise. */
export function memory(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return createMemoryAdapter({ today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier, ...options });
}

export const msaMemory = (options: MemoryAdapterOptions = {}): MemoryAdapter =>
  memory({ signedIn: DEMO_ACCOUNTS.msa.identifier, ...options });

/** The adapter with one method answering `value` (a back end returning other data). */
export function answering(adapter: MonCompteAdapter, method: AdapterMethod, value: unknown): MonCompteAdapter {
  return { ...adapter, [method]: async () => structuredClone(value) };
}

export type TileElement = HTMLElement & { updateComplete: Promise<unknown>; adapter?: MonCompteAdapter };

export function cardOf(tile: Element): HTMLElementTagNameMap['mc-card'] {
  const card = tile.shadowRoot?.querySelector('mc-card');
  if (!card) throw new Error(`${tile.localName} renders no mc-card`);
  return card;
}

export const stateOf = (tile: Element): string => (tile.hasAttribute('hidden') ? 'hidden' : cardOf(tile).state);

/** Waits until the tile leaves `loading`. */
export async function settled<T extends TileElement>(tile: T): Promise<T> {
  await tile.updateComplete; // a load started by a connection or an event shows first
  await waitUntil(() => tile.shadowRoot?.querySelector('mc-card') && stateOf(tile) !== 'loading', `${tile.localName} stays loading`, {
    timeout: 4000,
  });
  await tile.updateComplete;
  await cardOf(tile).updateComplete;
  return tile;
}

/** Renders `<tag .adapter=…>` and waits for its first state. */
export async function tile<T extends TileElement>(tag: string, adapter: MonCompteAdapter, wait = true): Promise<T> {
  const el = document.createElement(tag) as T;
  el.adapter = adapter;
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.append(el);
  await el.updateComplete;
  return wait ? settled(el) : el;
}

/** The tile's heading and text (its own shadow root, slotted content included), spaces collapsed. */
export function textOf(tile: Element): string {
  const heading = tile.shadowRoot?.querySelector('mc-card')?.heading ?? '';
  return `${heading} ${tile.shadowRoot?.textContent ?? ''}`.replace(/\s+/g, ' ').trim();
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab from the start of `region` until the focus leaves it and returns what got the focus, each as
 * "<tag>: <accessible text>".
 */
export async function tabOrder(region: HTMLElement, max = 60): Promise<string[]> {
  const before = document.createElement('button');
  before.textContent = 'avant';
  region.before(before);
  const after = document.createElement('button');
  after.textContent = 'après';
  region.after(after);
  before.focus();
  const seen: string[] = [];
  try {
    for (let i = 0; i < max; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (!active || active === after) break;
      seen.push(`${active.localName}: ${(active.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
    }
  } finally {
    before.remove();
    after.remove();
  }
  return seen;
}

/** A deferred answer, to make responses arrive in the order a test wants. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export { html, type TemplateResult };

/** The adapter with every call counted by method name. */
export function counting<A extends MonCompteAdapter>(adapter: A): { adapter: A; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const wrapped = { ...adapter } as Record<string, unknown>;
  for (const [name, value] of Object.entries(adapter)) {
    if (typeof value !== 'function') continue;
    wrapped[name] = (...args: unknown[]) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return (value as (...a: unknown[]) => unknown).apply(adapter, args);
    };
  }
  return { adapter: wrapped as A, calls };
}

/** The page says the session ended, as our "Déconnexion" button does (or a page logging out by its own means). */
export function pageLogsOut(): void {
  document.dispatchEvent(new CustomEvent('mc-logout', { bubbles: true, composed: true, detail: {} }));
}

/** The identifier of the demo account signed in on `adapter`, to log it in again after a log-out. */
export async function signedInAs(adapter: MonCompteAdapter): Promise<string> {
  const { session } = await adapter.getSession();
  if (!session?.identifier) throw new Error('nobody is signed in');
  return session.identifier;
}

/** Logs the demo account `identifier` in through the adapter, then the page says so: `mc-login` reaches the document. */
export async function pageLogsIn(adapter: MonCompteAdapter, identifier: string): Promise<Session> {
  const account = Object.values(DEMO_ACCOUNTS).find((a) => a.identifier === identifier);
  if (!account) throw new Error(`no demo account ${identifier}`);
  const outcome = await adapter.login({ identifierKind: account.identifierKind, identifier, password: account.password, rememberMe: false });
  if (outcome.status !== 'success') throw new Error(`log-in: ${outcome.status}`);
  document.dispatchEvent(new CustomEvent('mc-login', { bubbles: true, composed: true, detail: { session: outcome.session } }));
  return outcome.session;
}

/** The tile elements of a dashboard, in order. */
export const tilesOf = (dashboard: Element): TileElement[] => [...(dashboard.shadowRoot?.querySelector('[part~="grid"]')?.children ?? [])] as TileElement[];

/** Waits until every tile of a dashboard has left `loading`. */
export async function dashboardSettled(dashboard: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await dashboard.updateComplete;
  for (const t of tilesOf(dashboard)) await settled(t);
}
