// Helpers of the connection-flow tests: keyboard driving (Tab, typing, Enter, Space — never `.click()` on
// internals), the step heading that has the focus, a DOM comparable across two runs, and flows rendered inside an
// adapter provider in a themed region, as a portal page has them.
import { html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { MonCompteAdapter } from '@moncompte/core';
import '@moncompte/components/adapter-provider.js';
import { deepActive, norm, tabTo, themed, until } from '../login/helpers.js';

export { countingAdapter, deepActive, deepText, nextEvent, norm, tabTo, themed, until } from '../login/helpers.js';
export type { Counted } from '../login/helpers.js';

/** Renders `template` inside `<mc-adapter-provider>` in a themed region. */
export async function provided(adapter: MonCompteAdapter, template: TemplateResult, theme: 'caf' | 'msa' = 'caf', scheme: 'light' | 'dark' = 'light') {
  const region = await themed(html`<mc-adapter-provider .adapter=${adapter}>${template}</mc-adapter-provider>`, theme, scheme);
  return region;
}

/** Waits for the Lit updates of `el` and of every custom element inside it (light DOM), twice (nested renders). */
export async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const all = [el, ...el.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(all.map((e) => e.updateComplete));
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** The visible text of the focused step heading (`data-flow-heading`), or '' when the focus is elsewhere. */
export function focusedHeading(): string {
  const active = deepActive();
  return active instanceof HTMLElement && active.hasAttribute('data-flow-heading') ? norm(active.textContent) : '';
}

/** Waits until the focus is on a step heading whose text contains `text` (as long as `until`: a slow machine is not a failure). */
export async function untilHeading(text: string, ms = 8000): Promise<void> {
  await until(() => focusedHeading().includes(text), `the focused heading "${text}" (focus: ${focusedHeading() || deepActive()?.localName})`, ms);
}

/** Types into the real input `input` after reaching it with Tab. */
export async function typeIn(input: Element | null, text: string): Promise<void> {
  if (!input) throw new Error('no input to type in');
  await tabTo(input);
  await sendKeys({ type: text });
}

/** Replaces what `input` holds: Tab to it, select all, type. */
export async function retype(input: Element | null, text: string): Promise<void> {
  if (!input) throw new Error('no input to type in');
  await tabTo(input);
  await sendKeys({ press: 'Control+a' });
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

/** The session expired mid-flow: waits for the login form shown in place in `el`, and logs in there by keyboard. */
export async function logInAgainInPlace(el: Element, account: { identifier: string; password: string }): Promise<void> {
  await until(() => !!el.querySelector('mc-login-form input[autocomplete="current-password"]'), 'the login form in place');
  await untilHeading('Votre session a expiré');
  const form = el.querySelector('mc-login-form')!;
  await typeIn(form.querySelector('input[autocomplete="username"]'), account.identifier);
  await typeIn(form.querySelector('input[autocomplete="current-password"]'), account.password);
  await press('Enter');
}

/**
 * "Mot de passe oublié ?" from step 1 (the identifier already there) to its confirmation, by keyboard: "Continuer",
 * the code by e-mail, the demo code, `password` twice, Enter.
 */
export async function resetPasswordFromStepOne(root: Element, password: string): Promise<void> {
  const input = (autocomplete: string) => root.querySelector<HTMLInputElement>(`form input[autocomplete="${autocomplete}"]`);
  await press('Tab');
  await activate(root, 'Continuer');
  await untilHeading('Étape 2 sur 4');
  await choose(root, 'Par e-mail');
  await activate(root, 'Recevoir un code');
  await untilHeading('Étape 3 sur 4');
  await settle(root);
  await typeIn(input('one-time-code'), '123456');
  await untilHeading('Étape 4 sur 4');
  await settle(root);
  const [fresh, confirmation] = root.querySelectorAll('input[autocomplete="new-password"]');
  await typeIn(fresh!, password);
  await typeIn(confirmation!, password);
  await press('Enter');
  await untilHeading('Votre mot de passe est enregistré');
}

/** Presses a key (Enter, Space, Tab, Escape…). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Reaches a button (an `mc-button` or a native one) whose text contains `label` with Tab, and presses Enter. */
export async function activate(root: Element, label: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  const button = [...root.querySelectorAll('mc-button, button, a[href], [role="link"], [role="button"]')].find((b) => norm(b.textContent).includes(label));
  if (!button) throw new Error(`no button "${label}"`);
  await tabTo(button);
  await press(key === 'Space' ? ' ' : key);
}

/** Reaches a radio or checkbox whose label contains `label` with Tab (arrows within a radio group), and ticks it with Space. */
export async function choose(root: Element, label: string): Promise<void> {
  const target = [...root.querySelectorAll('label')].find((l) => norm(l.textContent).includes(label))?.control as HTMLInputElement | null;
  if (!target) throw new Error(`no choice "${label}"`);
  if (target.type === 'radio') {
    const group = [...root.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${target.name}"]`)];
    await tabTo(group.find((r) => r.checked) ?? group[0]!);
    for (let i = 0; i < group.length && deepActive() !== target; i += 1) await press('ArrowDown');
    if (!target.checked) await press(' ');
  } else {
    await tabTo(target);
    await press(' ');
  }
}

/** The element's light DOM as HTML, with generated ids, Lit markers and property-only state removed. */
export function comparableDom(el: Element): string {
  return el.innerHTML
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\bmc-(?:[a-z]+-)?\d+\b/g, 'ID')
    .replace(/\s+/g, ' ');
}
