// Helpers of the mc-authorisation-panel tests: the in-memory adapter on a fixed day and instant (counted), the
// panel in a themed region (CAF or MSA, light or dark, French or English), waiting for its states, reading what
// it shows (shadow roots included), and reaching its buttons with the keyboard only.
import { html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS, type MemoryAdapterOptions } from '@moncompte/adapters/memory';
import type { MonCompteAdapter } from '@moncompte/core';
import '@moncompte/components/authorisation-panel.js';
import type { McAuthorisationPanel } from '@moncompte/components/authorisation-panel.js';
import { clickCentre, countingAdapter, deepActive, deepText, norm, tabTo, themed, until, type Counted } from '../login/helpers.js';

export { clickCentre, countingAdapter, deepActive, deepText, norm, tabTo, until, type Counted };

export const TODAY = '2026-11-24';
/** The instant of every answer (history entries of the test's actions). */
export const NOW = Date.parse('2026-11-24T09:30:00.000Z');

/** The in-memory adapter on TODAY at NOW, signed in as Muriel (CAF) unless told otherwise, every call counted. */
export function counted(options: MemoryAdapterOptions = {}): Counted {
  return countingAdapter({ today: TODAY, now: () => NOW, signedIn: DEMO_ACCOUNTS.caf.identifier, ...options });
}

export interface MountOptions {
  readonly theme?: 'caf' | 'msa';
  readonly scheme?: 'light' | 'dark';
  readonly lang?: 'fr' | 'en';
  readonly loginHref?: string;
  /** The page handles an expired session itself: it cancels `mc-reauth-required` (no login form in place). */
  readonly handlesReauth?: boolean;
  /** Wait until the status has loaded (or failed). Default true. */
  readonly wait?: boolean;
}

/** Renders the panel with `adapter` in a themed region and, unless told otherwise, waits for its first state. */
export async function mount(adapter: MonCompteAdapter, options: MountOptions = {}): Promise<McAuthorisationPanel> {
  const region = await themed(
    html`<div lang=${options.lang ?? 'fr'}>
      <mc-authorisation-panel
        .adapter=${adapter}
        login-href=${options.loginHref ?? ''}
        @mc-reauth-required=${options.handlesReauth ? (e: Event) => e.preventDefault() : undefined}
      ></mc-authorisation-panel>
    </div>`,
    options.theme ?? 'caf',
    options.scheme ?? 'light',
  );
  const panel = region.querySelector('mc-authorisation-panel')!;
  await panel.updateComplete;
  if (options.wait !== false) await settled(panel);
  return panel;
}

/** Waits until the panel has left `loading` and its cards have rendered. */
export async function settled(panel: McAuthorisationPanel): Promise<void> {
  await until(() => panel.state !== 'loading', 'the panel to load');
  await panel.updateComplete;
  await Promise.all([...panel.shadowRoot!.querySelectorAll('mc-card, mc-button, mc-notice')].map((e) => (e as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
}

/** Everything the panel shows, shadow roots included, spaces collapsed. */
export const textOf = (panel: McAuthorisationPanel): string => norm(deepText(panel.shadowRoot!));

export const root = (panel: McAuthorisationPanel): ShadowRoot => panel.shadowRoot!;
export const dialogOf = (panel: McAuthorisationPanel): HTMLDialogElement => root(panel).querySelector('dialog')!;
/** The text of a part of the panel (`given`, `received`, `dialog`…). */
export const partText = (panel: McAuthorisationPanel, part: string): string =>
  norm(deepText(root(panel).querySelector(`[part~="${part}"]`) ?? document.createElement('div')));

/** A button of the panel (mc-button or native, in the dialog too) whose text contains `label`. */
export function buttonOf(panel: McAuthorisationPanel, label: string): HTMLElement {
  const found = [...root(panel).querySelectorAll<HTMLElement>('mc-button, button')].find((b) => norm(deepText(b)).includes(label));
  if (!found) throw new Error(`no button "${label}" in: ${textOf(panel)}`);
  return found;
}

export const hasButton = (panel: McAuthorisationPanel, label: string): boolean =>
  [...root(panel).querySelectorAll('mc-button, button')].some((b) => norm(deepText(b)).includes(label));

/** Reaches the button `label` with Tab (Shift+Tab with `back`) and presses `key` on it. */
export async function press(panel: McAuthorisationPanel, label: string, key: 'Enter' | ' ' = 'Enter', back = false): Promise<void> {
  await tabTo(buttonOf(panel, label), { back, max: 60 });
  await sendKeys({ press: key });
}

/** Waits until the confirmation dialog is open (or closed) and rendered. */
export async function dialogOpen(panel: McAuthorisationPanel, open = true): Promise<void> {
  await until(() => dialogOf(panel).open === open, `the dialog to be ${open ? 'open' : 'closed'}`);
  await panel.updateComplete;
}

/** Waits for the panel's Lit updates and its children's (after an action). */
export async function idle(panel: McAuthorisationPanel): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await panel.updateComplete;
    await Promise.all([...root(panel).querySelectorAll('*')].map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** Confirms with the dialog's button `label` (by keyboard), then waits until the dialog is closed and the panel idle. */
export async function confirm(panel: McAuthorisationPanel, label: string): Promise<void> {
  await press(panel, label);
  await dialogOpen(panel, false);
  await idle(panel);
}

/** Whether the focus is inside `element` (through shadow roots). */
export function focusWithin(element: Element): boolean {
  for (let node: Node | null = deepActive(); node; ) {
    if (node === element) return true;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}

