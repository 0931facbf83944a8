// Helpers of the mc-situation-wizard tests: the wizard in an adapter provider in a themed region (signed in as
// the CAF demo account, a fixed day and a fake clock), and keyboard-only ways to answer its questions.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS, type MemoryAdapterOptions } from '@moncompte/adapters/memory';
import { AdapterError, type AdapterErrorKind, type MonCompteAdapter } from '@moncompte/core';
import '@moncompte/components/situation-wizard.js';
import type { McSituationWizard } from '@moncompte/components/situation-wizard.js';
import { FakeClock } from '../forms/helpers.js';
import { activate, choose, countingAdapter, deepActive, norm, provided, settle, tabTo, until, untilHeading, type Counted } from '../journeys/helpers.js';

export { activate, choose, countingAdapter, deepActive, nextEvent, norm, press, settle, tabTo, until, untilHeading } from '../journeys/helpers.js';
export type { Counted } from '../journeys/helpers.js';
export { FakeClock };

/** Drafts kept "across reloads" (what localStorage gives the portal's adapter). */
export class MapStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export interface WizardOptions {
  readonly flow?: string;
  /** The adapter (a counting memory adapter signed in as the CAF demo account by default). */
  readonly counted?: Counted;
  readonly adapter?: MonCompteAdapter;
  readonly memory?: MemoryAdapterOptions;
  /** `storage-key` ('' by default: nothing kept in sessionStorage). */
  readonly storageKey?: string;
  /** `login-href`: the "Me reconnecter" link of an expired session, for a page that handles it. */
  readonly loginHref?: string;
  /** The page handles an expired session itself: it cancels `mc-reauth-required` (no login form in place). */
  readonly handlesReauth?: boolean;
  readonly theme?: 'caf' | 'msa';
  readonly lang?: string;
}

/** A signed-in counting adapter over a fresh memory world (CAF demo account, or MSA's with `agency: 'msa'`). */
export function signedIn(options: MemoryAdapterOptions = {}): Counted {
  const agency = options.agency ?? 'caf';
  return countingAdapter({ agency, signedIn: DEMO_ACCOUNTS[agency].identifier, ...options });
}

/**
 * The adapter of `counted` whose first submission is declared by the back end and its answer then lost on the way
 * back (a `kind` failure); later submissions answer normally.
 */
export function losingFirstAnswer(counted: Counted, kind: AdapterErrorKind): MonCompteAdapter {
  let lose = true;
  return {
    ...counted.adapter,
    submitSituationChange: async (input, options) => {
      const receipt = await counted.adapter.submitSituationChange(input, options);
      if (!lose) return receipt;
      lose = false;
      throw new AdapterError(kind, 'lost');
    },
  };
}

export async function wizard(options: WizardOptions = {}) {
  const counted = options.counted ?? signedIn({ agency: options.theme ?? 'caf', ...options.memory });
  const adapter = options.adapter ?? counted.adapter;
  const clock = new FakeClock('2026-03-02T10:00:00Z');
  const region = await provided(
    adapter,
    html`<div lang=${options.lang ?? 'fr'}>
      <mc-situation-wizard
        flow=${options.flow ?? ''}
        storage-key=${options.storageKey ?? ''}
        login-href=${options.loginHref ?? ''}
        .clock=${clock}
        @mc-reauth-required=${options.handlesReauth ? (e: Event) => e.preventDefault() : undefined}
      ></mc-situation-wizard>
    </div>`,
    options.theme ?? 'caf',
  );
  const el = region.querySelector('mc-situation-wizard') as McSituationWizard;
  await settle(el);
  return { ...counted, adapter, region, el, clock };
}

/** The text of the wizard (light DOM) with white space collapsed. */
export const textOf = (el: Element): string => norm(el.textContent);

/** Waits until the wizard's text contains `text`. */
export async function untilText(el: Element, text: string, ms = 8000): Promise<void> {
  await until(() => textOf(el).includes(text), `"${text}" in the wizard (it shows: ${textOf(el).slice(0, 300)})`, ms);
}

/** The group (fieldset) whose legend contains `legend`. */
export function group(el: Element, legend: string): HTMLFieldSetElement {
  const found = [...el.querySelectorAll('fieldset')].find((f) => norm(f.querySelector('legend')?.textContent).includes(legend));
  if (!found) throw new Error(`no group "${legend}"`);
  return found;
}

/** The control labelled `label` (a text input or textarea). */
export function control(el: Element, label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = [...el.querySelectorAll('label')].find((l) => norm(l.textContent).startsWith(label))?.control;
  if (!(found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement)) throw new Error(`no field "${label}"`);
  return found;
}

/** Types a date in the three fields of the group `legend`, reaching each with Tab. */
export async function typeDate(el: Element, legend: string, day: string, month: string, year: string): Promise<void> {
  const inputs = [...group(el, legend).querySelectorAll('input')];
  const values = [day, month, year];
  for (let i = 0; i < 3; i += 1) {
    const input = inputs[i]!;
    await tabTo(input);
    await sendKeys({ press: 'Control+a' });
    await sendKeys({ press: 'Backspace' });
    if (values[i]) await sendKeys({ type: values[i]! });
  }
}

/** Types `text` into the field `label` (reached with Tab), after clearing it. */
export async function typeText(el: Element, label: string, text: string): Promise<void> {
  const input = control(el, label);
  await tabTo(input);
  await sendKeys({ press: 'Control+a' });
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

/** "Continuer", by keyboard. */
export async function continueStep(el: Element): Promise<void> {
  await activate(el, 'Continuer');
}

/** Waits for the step heading (focused) `text`, and the renders to settle. */
export async function atStep(el: Element, text: string): Promise<void> {
  await untilHeading(text);
  await settle(el);
}

/** The rows of the summary: [question, answer] pairs. */
export function summaryRows(el: Element): [string, string][] {
  return [...el.querySelectorAll('.mc-situation__row')].map((row) => [norm(row.querySelector('dt')?.textContent), norm(row.querySelector('dd')?.textContent)]);
}

/** The lines of the error summary (its shadow root), once shown. */
export async function summaryErrors(el: Element): Promise<string[]> {
  const summary = el.querySelector('mc-error-summary');
  if (!summary) return [];
  await summary.updateComplete;
  return [...(summary.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => norm(li.textContent));
}

/** Whether the focus is in the error summary (one of its links, or the summary itself). */
export function focusedInSummary(): boolean {
  const root = deepActive()?.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === 'mc-error-summary';
}

/** axe on the region after the renders settled and announced notices revealed their text. */
export async function axe(region: HTMLElement, state: string, seen: string[]): Promise<void> {
  await settle(region);
  await new Promise((r) => setTimeout(r, 150));
  seen.push(state);
  try {
    await expect(region).to.be.accessible();
  } catch (error) {
    throw new Error(`axe, state "${state}": ${(error as Error).message}`);
  }
}

/** Professional situation: who (Muriel) and which situation (apprentice) answered, then on the contract step. */
export async function toContract(el: Element): Promise<void> {
  await untilText(el, 'Qui change');
  await choose(el, 'Muriel Lefèvre');
  await continueStep(el);
  await atStep(el, 'Étape 2 sur 4');
  await choose(el, 'Apprenti(e)');
  await continueStep(el);
  await atStep(el, 'Étape 3 sur 4');
}
