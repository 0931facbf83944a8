// mc-password-reset, driven by keyboard against the in-memory adapter: the steps, no enumeration, "Retour",
// failures, reload and session expiry.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { PasswordResetRequest } from '@moncompte/core';
import { FakeClock } from '../../../../test/forms/helpers.js';
import { systemClock } from '../shared/form-clock.js';
import {
  activate,
  choose,
  comparableDom,
  countingAdapter,
  nextEvent,
  norm,
  press,
  provided,
  settle,
  typeIn,
  until,
  untilHeading,
} from '../../../../test/journeys/helpers.js';
import type { McPasswordReset } from './define.js';
import './define.js';

const KNOWN = DEMO_ACCOUNTS.caf.identifier;
const UNKNOWN = '1850578006084';

async function resetFlow(options: { key?: string; clock?: FakeClock; latency?: number } = {}) {
  const clock = options.clock;
  const counted = countingAdapter({ ...(clock ? { now: () => clock.now() } : {}), latency: options.latency ?? 0 });
  const region = await provided(
    counted.adapter,
    html`<mc-password-reset storage-key=${options.key ?? ''} .clock=${clock ?? systemClock}></mc-password-reset>`,
  );
  const el = region.querySelector('mc-password-reset') as McPasswordReset;
  await settle(el);
  return { ...counted, region, el };
}

const input = (el: Element, autocomplete: string) => el.querySelector<HTMLInputElement>(`form input[autocomplete="${autocomplete}"]`);

/** Identifier → channel (SMS) → code step. */
async function toCodeStep(el: McPasswordReset, identifier: string) {
  await typeIn(input(el, 'username'), identifier);
  await press('Enter');
  await untilHeading('Étape 2 sur 4');
  await choose(el, 'Par SMS');
  await activate(el, 'Recevoir un code');
  await untilHeading('Étape 3 sur 4');
  await settle(el);
}

describe('mc-password-reset', function () {
  // Whole journeys typed key by key: slower than a unit test, more so with another test file running alongside.
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  describe('Steps', () => {
    it('goes identifier → channel → code → new password → confirmation by keyboard, and the new password works', async () => {
      const { el, count, inputs, memory } = await resetFlow();
      expect(norm(el.querySelector('h2')?.textContent)).to.equal('Mot de passe oublié');
      expect(norm(el.querySelector('h3')?.textContent)).to.equal('Étape 1 sur 4 – Votre identifiant de connexion');
      await toCodeStep(el, KNOWN);
      expect(inputs<PasswordResetRequest>('requestPasswordReset')).to.deep.equal([{ identifierKind: 'nir', identifier: KNOWN, channel: 'sms' }]);
      await typeIn(input(el, 'one-time-code'), '123456');
      await untilHeading('Étape 4 sur 4');
      expect(count('verifyCode')).to.equal(1);
      await settle(el);
      await typeIn(el.querySelectorAll('input[autocomplete="new-password"]')[0]!, 'Nouveau2026');
      await typeIn(el.querySelectorAll('input[autocomplete="new-password"]')[1]!, 'Nouveau2026');
      await press('Enter');
      await untilHeading('Votre mot de passe est enregistré');
      expect(count('completePasswordReset')).to.equal(1);
      const outcome = await memory.login({ identifierKind: 'nir', identifier: KNOWN, password: 'Nouveau2026', rememberMe: false });
      expect(outcome.status).to.equal('success');
      const exit = nextEvent<CustomEvent>(el, 'mc-flow-exit');
      await activate(el, 'Se connecter');
      expect((await exit).detail).to.deep.equal({ flow: 'password-reset', reason: 'done', identifier: KNOWN });
    });

    it('fires mc-flow-step for each step with its position', async () => {
      const { el } = await resetFlow();
      const steps: string[] = [];
      el.addEventListener('mc-flow-step', (e) => steps.push(`${e.detail.step}:${e.detail.position}/${e.detail.total}`));
      await toCodeStep(el, KNOWN);
      expect(steps).to.deep.equal(['channel:2/4', 'code:3/4']);
    });

    it('asks for the channel before sending anything, in the summary and next to the group', async () => {
      const { el, count } = await resetFlow();
      await typeIn(input(el, 'username'), KNOWN);
      await press('Enter');
      await untilHeading('Étape 2 sur 4');
      await activate(el, 'Recevoir un code');
      await settle(el);
      expect(count('requestPasswordReset')).to.equal(0);
      const summary = el.querySelector('mc-error-summary')!;
      expect(norm(summary.shadowRoot!.textContent)).to.contain('Choisissez comment recevoir le code');
      expect(norm(el.querySelector('fieldset .mc-flow__error')?.textContent)).to.contain('Choisissez comment recevoir le code');
      // Chosen and sent: the next step shows no summary of the previous step's error; nor does "Retour".
      await choose(el, 'Par SMS');
      await activate(el, 'Recevoir un code');
      await untilHeading('Étape 3 sur 4');
      await settle(el);
      expect(norm(summary.shadowRoot!.textContent), 'on the next step').to.equal('');
      await activate(el, 'Valider');
      await until(() => norm(summary.shadowRoot!.textContent) !== '', 'the code step’s own error');
      await activate(el, 'Retour');
      await untilHeading('Étape 2 sur 4');
      await settle(el);
      expect(norm(el.querySelector('mc-error-summary')!.shadowRoot!.textContent), 'back a step').to.equal('');
    });

    it('"Retour" goes back with the identifier kept', async () => {
      const { el } = await resetFlow();
      await typeIn(input(el, 'username'), '2 84 03 75 108 123');
      await press('Enter');
      await untilHeading('Étape 2 sur 4');
      await activate(el, 'Retour');
      await untilHeading('Étape 1 sur 4');
      await settle(el);
      expect(input(el, 'username')!.value).to.equal('2 84 03 75 108 123');
    });
  });

  describe('No enumeration', () => {
    it('gives an unknown and a known identifier the same DOM up to the code step, and the same requests', async () => {
      const doms: string[][] = [];
      for (const identifier of [KNOWN, UNKNOWN]) {
        const clock = new FakeClock('2026-03-02T10:00:00Z');
        const { el, inputs, region } = await resetFlow({ clock });
        const seen: string[] = [];
        await typeIn(input(el, 'username'), identifier);
        await press('Enter');
        await untilHeading('Étape 2 sur 4');
        seen.push(comparableDom(el));
        await choose(el, 'Par e-mail');
        await activate(el, 'Recevoir un code');
        await untilHeading('Étape 3 sur 4');
        await settle(el);
        seen.push(comparableDom(el));
        const [request] = inputs<PasswordResetRequest>('requestPasswordReset');
        expect(request).to.deep.equal({ identifierKind: 'nir', identifier, channel: 'email' });
        expect(norm(el.textContent)).to.contain('Si un compte correspond à cet identifiant');
        doms.push(seen);
        region.remove();
      }
      expect(doms[1]).to.deep.equal(doms[0]);
    });
  });

  describe('Failures', () => {
    it('says what went wrong, keeps the choice, and retries with one call', async () => {
      const { el, count, memory } = await resetFlow();
      await typeIn(input(el, 'username'), KNOWN);
      await press('Enter');
      await untilHeading('Étape 2 sur 4');
      await choose(el, 'Par e-mail');
      memory.faults.failNext('requestPasswordReset', 1, 'network');
      await activate(el, 'Recevoir un code');
      await until(() => !!el.querySelector('mc-notice[variant="error"]'), 'the error notice');
      const notice = norm(el.querySelector('mc-notice[variant="error"]')!.textContent);
      expect(notice).to.contain('Impossible de joindre le service');
      expect(notice).to.contain('Ce que vous avez saisi est conservé.');
      expect(el.querySelector<HTMLInputElement>('input[value="email"]')!.checked).to.equal(true);
      await activate(el, 'Réessayer');
      await untilHeading('Étape 3 sur 4');
      expect(count('requestPasswordReset')).to.equal(2);
    });

    it('makes one call for Enter pressed twice on the submit button', async () => {
      const { el, count } = await resetFlow({ latency: 60 });
      await typeIn(input(el, 'username'), KNOWN);
      await press('Enter');
      await untilHeading('Étape 2 sur 4');
      await choose(el, 'Par SMS');
      await activate(el, 'Recevoir un code');
      await sendKeys({ press: 'Enter' });
      await untilHeading('Étape 3 sur 4');
      expect(count('requestPasswordReset')).to.equal(1);
    });

    it('shows a wrong code with the attempts left, and blocks the same code until it changes', async () => {
      const { el, count } = await resetFlow();
      await toCodeStep(el, KNOWN);
      await typeIn(input(el, 'one-time-code'), '111111');
      await until(() => norm(el.textContent).includes('Il vous reste 2 essais'), 'the invalid message');
      await press('Enter');
      await settle(el);
      expect(count('verifyCode')).to.equal(1);
    });
  });

  describe('Reload and session expiry', () => {
    it('keeps identifier and channel across a reload (never the code or password), and asks for a new code after the code', async () => {
      const first = await resetFlow({ key: 'reset-test' });
      await toCodeStep(first.el, KNOWN);
      await typeIn(input(first.el, 'one-time-code'), '123456');
      await untilHeading('Étape 4 sur 4');
      await settle(first.el);
      await typeIn(first.el.querySelector('input[autocomplete="new-password"]'), 'Secret2026x');
      const stored = sessionStorage.getItem('reset-test') ?? '';
      expect(stored).to.contain(KNOWN);
      expect(stored).to.not.contain('123456');
      expect(stored).to.not.contain('Secret2026x');
      first.region.remove();

      const second = await resetFlow({ key: 'reset-test' });
      expect(norm(second.el.querySelector('h3')?.textContent)).to.contain('Étape 2 sur 4');
      expect(norm(second.el.textContent)).to.contain('Pour votre sécurité, demandez un nouveau code.');
      expect(second.el.querySelector<HTMLInputElement>('input[value="sms"]')!.checked).to.equal(true);
      await activate(second.el, 'Retour');
      await settle(second.el);
      expect(input(second.el, 'username')!.value).to.equal(KNOWN);
    });

    it('asks to log in again on "unauthorized", then resumes at the same step with the choice kept', async () => {
      const { el, memory, count } = await resetFlow();
      const escaped: Event[] = [];
      document.addEventListener('mc-login', (e) => escaped.push(e), { once: true });
      await typeIn(input(el, 'username'), KNOWN);
      await press('Enter');
      await untilHeading('Étape 2 sur 4');
      await choose(el, 'Par e-mail');
      memory.faults.failNext('requestPasswordReset', 1, 'unauthorized');
      await activate(el, 'Recevoir un code');
      await untilHeading('Votre session a expiré');
      await until(() => !!el.querySelector('mc-login-form input[autocomplete="current-password"]'), 'the login form');
      const login = el.querySelector('mc-login-form')!;
      await typeIn(login.querySelector('input[autocomplete="username"]'), KNOWN);
      await typeIn(login.querySelector('input[autocomplete="current-password"]'), DEMO_ACCOUNTS.caf.password);
      await press('Enter');
      await untilHeading('Étape 2 sur 4');
      expect(escaped).to.have.length(0);
      expect(el.querySelector<HTMLInputElement>('input[value="email"]')!.checked).to.equal(true);
      expect(norm(el.textContent)).to.contain('Vous êtes reconnecté');
      await activate(el, 'Recevoir un code');
      await untilHeading('Étape 3 sur 4');
      expect(count('requestPasswordReset')).to.equal(2);
    });
  });
});
