// mc-login-form: axe on every state, in the CAF and MSA themes (light and dark): pristine, errors in the summary,
// provisional identifier, invalid credentials, locked, adapter failure, code step (and its wrong code), success.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { McLoginForm } from '@moncompte/components/login-form.js';
import { tabTo, until } from './helpers.js';
import { logInByKeyboard, loginForm, parts } from './login-fixture.js';

/** Lets announced notices reveal their text (they wait a moment so screen readers register the live region). */
const revealed = () => new Promise((r) => setTimeout(r, 150));

type Fixture = Awaited<ReturnType<typeof loginForm>>;

/** Each state: how to reach it from a fresh form; the adapter options it needs. */
const STATES: { name: string; options?: Parameters<typeof loginForm>[0]; reach: (f: Fixture) => Promise<void> }[] = [
  { name: 'pristine', reach: async () => undefined },
  {
    name: 'errors in the summary (empty submit)',
    reach: async ({ element }) => {
      await tabTo(parts(element).submit);
      await sendKeys({ press: 'Enter' });
      await until(() => !!element.querySelector('mc-error-summary')!.shadowRoot?.querySelector('li'), 'the summary');
    },
  },
  {
    name: 'provisional identifier',
    reach: async ({ element }) => {
      const toggle = parts(element).provisional;
      if (!toggle) return;
      await tabTo(toggle);
      await sendKeys({ press: 'Space' });
    },
  },
  {
    name: 'invalid credentials',
    reach: async ({ element }) => {
      await logInByKeyboard(element, '1850578006084', 'Mauvais2026');
      await until(() => element.status === 'invalid-credentials', 'the answer');
    },
  },
  {
    name: 'locked',
    options: { maxLoginFailures: 1 },
    reach: async ({ element }) => {
      await logInByKeyboard(element, '1850578006084', 'Mauvais2026');
      await until(() => element.status === 'locked', 'the answer');
    },
  },
  {
    name: 'adapter failure',
    reach: async ({ element, memory }) => {
      memory.faults.failNext('login', 1, 'rate-limited');
      await logInByKeyboard(element, '1850578006084', 'Mauvais2026');
      await until(() => element.status === 'failed', 'the failure');
    },
  },
  {
    name: 'code step with a wrong code',
    options: { requireCodeAtLogin: true },
    reach: async ({ element }) => {
      const account = element.agency === 'msa' ? DEMO_ACCOUNTS.msa : DEMO_ACCOUNTS.caf;
      await logInByKeyboard(element, account.identifier, account.password);
      await until(() => element.step === 'code' && !!element.querySelector('mc-otp-input input'), 'the code step');
      await until(() => document.activeElement === element.querySelector('mc-otp-input input'), 'the focus');
      await sendKeys({ type: '000000' });
      await until(() => !!element.querySelector('mc-otp-input .mc-field__error'), 'the message');
    },
  },
  {
    name: 'success',
    reach: async ({ element }) => {
      const account = element.agency === 'msa' ? DEMO_ACCOUNTS.msa : DEMO_ACCOUNTS.caf;
      await logInByKeyboard(element, account.identifier, account.password);
      await until(() => element.status === 'success', 'the session');
    },
  },
];

describe('mc-login-form accessibility', () => {
  for (const agency of ['caf', 'msa'] as const) {
    for (const state of STATES) {
      it(`passes axe: ${state.name} (${agency})`, async () => {
        const fixture = await loginForm({ agency, ...state.options }, agency);
        await state.reach(fixture);
        await (fixture.element as McLoginForm).updateComplete;
        await revealed();
        await expect(fixture.region).to.be.accessible();
      });
    }
  }

  for (const agency of ['caf', 'msa'] as const) {
    it(`passes axe in the dark scheme, pristine and after invalid credentials (${agency})`, async () => {
      const fixture = await loginForm({ agency }, agency);
      fixture.region.setAttribute('data-mc-scheme', 'dark');
      await expect(fixture.region).to.be.accessible();
      await logInByKeyboard(fixture.element, '1850578006084', 'Mauvais2026');
      await until(() => fixture.element.status === 'invalid-credentials', 'the answer');
      await revealed();
      await expect(fixture.region).to.be.accessible();
    });
  }
});
