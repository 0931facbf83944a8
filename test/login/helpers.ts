// Helpers of the connection element tests: a counting adapter wrapper, keyboard navigation, real paste events,
// themed fixtures with the in-memory adapter.
import { fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '@moncompte/adapters/memory';
import type { AdapterMethod, MonCompteAdapter } from '@moncompte/core';
import { ensureThemes } from '../themes/theme-fixture.js';

export interface CallRecord {
  readonly method: AdapterMethod;
  readonly args: readonly unknown[];
}

export interface Counted {
  /** The wrapped adapter: every method call is recorded, then forwarded. */
  readonly adapter: MonCompteAdapter;
  /** The in-memory adapter underneath (faults). */
  readonly memory: MemoryAdapter;
  readonly calls: CallRecord[];
  count(method: AdapterMethod): number;
  /** The first argument of each call of `method`. */
  inputs<T = unknown>(method: AdapterMethod): T[];
}

/**
 * A clock for the in-memory adapter's `now` that starts at `iso` and runs at the real pace: the dates it stamps
 * (a draft's save, a receipt) are known to the test whatever the day it runs, and still advance.
 */
export function clockFrom(iso: string): () => number {
  const offset = Date.parse(iso) - Date.now();
  return () => Date.now() + offset;
}

/** A fresh in-memory adapter (fixed day) wrapped so that tests can count calls per method. */
export function countingAdapter(options: MemoryAdapterOptions = {}): Counted {
  const memory = createMemoryAdapter({ today: '2026-03-02', ...options });
  const calls: CallRecord[] = [];
  const adapter = new Proxy(memory, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || property === 'faults') return value;
      return (...args: unknown[]) => {
        calls.push({ method: property as AdapterMethod, args });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as MonCompteAdapter;
  return {
    adapter,
    memory,
    calls,
    count: (method) => calls.filter((c) => c.method === method).length,
    inputs: <T>(method: AdapterMethod) => calls.filter((c) => c.method === method).map((c) => c.args[0] as T),
  };
}

/** Renders `template` in a themed region (CAF or MSA, light), as a portal page does. */
export async function themed(template: TemplateResult, theme: 'caf' | 'msa' = 'caf', scheme: 'light' | 'dark' = 'light'): Promise<HTMLElement> {
  await ensureThemes();
  return fixture<HTMLElement>(html`<div data-mc-theme=${theme} data-mc-scheme=${scheme} style="padding: 1rem">${template}</div>`);
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `ancestor` or inside it, looking through shadow roots. */
export function composedContains(ancestor: Node, node: Node | null): boolean {
  for (let current = node; current; ) {
    if (current === ancestor) return true;
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}

/**
 * Presses Tab (or Shift+Tab) until `target` (or an element inside it) has the focus, as a keyboard user does.
 * Fails after `max` presses.
 */
export async function tabTo(target: Element, { max = 40, back = false } = {}): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (composedContains(target, deepActive())) return;
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error(`Tab never reached ${target.localName}#${target.id}`);
}

/** Tabs to `input` and types `text` into it. */
export async function typeInto(input: HTMLElement, text: string): Promise<void> {
  await tabTo(input);
  await sendKeys({ type: text });
}

/**
 * Pastes `text` into the focused input as a user does: a real `paste` event with the text in its clipboard data;
 * when no listener cancels it, the browser's default action (insert the text) is performed with `insertText`.
 */
export function paste(target: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  if (target.dispatchEvent(event)) document.execCommand('insertText', false, text.replace(/[\r\n]+/g, ''));
}

/** Resolves with the next `type` event on `target` (rejects after `ms`). */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, type: string, ms = 8000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${type} within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** Waits until `predicate` holds (polling each animation frame), failing after `ms`. */
export async function until(predicate: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

/** Text with white space collapsed. */
export const norm = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text of an element including its open shadow roots (slots replaced by what they show is not needed here). */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  let text = '';
  const element = node as Element;
  if (element.shadowRoot) text += deepText(element.shadowRoot);
  for (const child of Array.from(node.childNodes)) text += deepText(child);
  return text;
}

/** Clicks the middle of `element` with the real mouse, as a user does (scrolled into view first). */
export async function clickCentre(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}
