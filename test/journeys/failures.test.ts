// Every adapter failure kind at a step of each flow shows a clear state — what happened, that nothing typed is
// lost, a retry when it may help — and keeps what was typed; and each user action makes one adapter call.
import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { errorMessages, translate, type AdapterErrorKind, type LoginOutcome } from '@moncompte/core';
import '@moncompte/components/registration.js';
import '@moncompte/components/password-reset.js';
import '@moncompte/components/migration.js';
import {
  activate,
  choose,
  countingAdapter,
  norm,
  press,
  provided,
  settle,
  typeIn,
  until,
  untilHeading,
} from './helpers.js';

const KINDS: readonly AdapterErrorKind[] = ['network', 'timeout', 'forbidden', 'not-found', 'conflict', 'rate-limited', 'invalid-response', 'server', 'validation'];
const RETRYABLE = new Set<AdapterErrorKind>(['network', 'timeout', 'rate-limited', 'server']);
const message = (kind: AdapterErrorKind) => norm(translate([errorMessages], 'fr', `error.${kind}` as never));
const field = (root: Element, autocomplete: string) => root.querySelector<HTMLInputElement>(`form input[autocomplete="${autocomplete}"]`);
const errorNotice = (root: Element) => root.querySelector('mc-notice[variant="error"]');

/** Presses the step's submit button, then checks the failure shown for `kind`. */
async function failWith(root: Element, kind: AdapterErrorKind, submit: string): Promise<void> {
  await activate(root, submit);
  await until(() => norm(errorNotice(root)?.textContent).includes(message(kind)), `the ${kind} message`);
  const text = norm(errorNotice(root)!.textContent);
  expect(text, kind).to.contain('Ce que vous avez saisi est conservé.');
  expect(norm(errorNotice(root)!.textContent).includes('Réessayer'), `retry for ${kind}`).to.equal(RETRYABLE.has(kind));
  if (kind === 'rate-limited') expect(text).to.contain('Vous pourrez réessayer dans 30 secondes.');
}

async function clickOn(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('Flow failures (fault injection)', function () {
  // Whole journeys typed key by key: slower than a unit test, more so with another test file running alongside.
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('account creation, sending the code: each kind is explained and the contact details and identity are kept', async () => {
    const { adapter, memory, count } = countingAdapter({ agency: 'caf' });
    const region = await provided(adapter, html`<mc-registration storage-key="" today="2026-03-02"></mc-registration>`);
    const el = region.querySelector('mc-registration')!;
    await settle(el);
    await typeIn(field(el, 'username'), '1850578006084');
    await typeIn(field(el, 'bday'), '21/04/1985');
    await press('Enter');
    await untilHeading('Étape 2 sur 4');
    await settle(el);
    await typeIn(field(el, 'email'), 'nouveau@exemple.fr');
    for (const kind of KINDS) {
      memory.faults.failNext('startRegistration', 1, kind);
      await failWith(el, kind, 'Envoyer le code');
      expect(field(el, 'email')!.value, kind).to.equal('nouveau@exemple.fr');
    }
    expect(count('startRegistration')).to.equal(KINDS.length);
    await activate(el, 'Retour');
    await untilHeading('Étape 1 sur 4');
    await settle(el);
    expect([field(el, 'username')!.value, field(el, 'bday')!.value]).to.deep.equal(['1850578006084', '21/04/1985']);
  });

  it('forgotten password, verifying the code: each kind is explained and the code typed is kept', async () => {
    const { adapter, memory } = countingAdapter({ agency: 'caf' });
    const region = await provided(adapter, html`<mc-password-reset storage-key=""></mc-password-reset>`);
    const el = region.querySelector('mc-password-reset')!;
    await settle(el);
    await typeIn(field(el, 'username'), DEMO_ACCOUNTS.caf.identifier);
    await press('Enter');
    await untilHeading('Étape 2 sur 4');
    await choose(el, 'Par SMS');
    await activate(el, 'Recevoir un code');
    await untilHeading('Étape 3 sur 4');
    await settle(el);
    memory.faults.failNext('verifyCode', 1, 'server');
    await typeIn(field(el, 'one-time-code'), '123456');
    await until(() => norm(errorNotice(el)?.textContent).includes(message('server')), 'the server message');
    for (const kind of KINDS) {
      memory.faults.failNext('verifyCode', 1, kind);
      await failWith(el, kind, 'Valider');
      expect(field(el, 'one-time-code')!.value, kind).to.equal('123456');
    }
    await activate(el, 'Valider');
    await untilHeading('Étape 4 sur 4');
  });

  it('migration, accepting the terms: each kind is explained and the box stays ticked', async () => {
    const { adapter, memory } = countingAdapter({ agency: 'caf' });
    const start = (await memory.login({
      identifierKind: 'nir',
      identifier: DEMO_ACCOUNTS.cafMigration.identifier,
      password: DEMO_ACCOUNTS.cafMigration.password,
      rememberMe: false,
    })) as Extract<LoginOutcome, { status: 'migration-required' }>;
    const region = await provided(adapter, html`<mc-migration storage-key="" .migration=${start}></mc-migration>`);
    const el = region.querySelector('mc-migration')!;
    await settle(el);
    await activate(el.querySelector('dialog')!, 'Commencer');
    await untilHeading('Étape 1 sur 3');
    await until(() => !!el.querySelector('input[name="terms"]'), 'the terms');
    await choose(el, 'J’ai lu et j’accepte');
    // `not-found` means the migration expired: it asks to log in again (tested with the session expiry).
    for (const kind of KINDS.filter((k) => k !== 'not-found')) {
      memory.faults.failNext('acceptTerms', 1, kind);
      await failWith(el, kind, 'Continuer');
      expect(el.querySelector<HTMLInputElement>('input[name="terms"]')!.checked, kind).to.equal(true);
    }
    await activate(el, 'Continuer');
    await untilHeading('Étape 2 sur 3');
  });

  describe('One adapter call per user action', () => {
    async function contactStep(latency: number) {
      const counted = countingAdapter({ agency: 'caf', latency });
      const region = await provided(counted.adapter, html`<mc-registration storage-key="" today="2026-03-02"></mc-registration>`);
      const el = region.querySelector('mc-registration')!;
      await settle(el);
      await typeIn(field(el, 'username'), '1850578006084');
      await typeIn(field(el, 'bday'), '21/04/1985');
      await press('Enter');
      await untilHeading('Étape 2 sur 4');
      await settle(el);
      await typeIn(field(el, 'email'), 'nouveau@exemple.fr');
      const button = [...el.querySelectorAll('mc-button')].find((b) => norm(b.textContent).includes('Envoyer le code'))!;
      return { ...counted, el, button };
    }

    it('a double click sends the code once', async () => {
      const { el, button, count } = await contactStep(300);
      await clickOn(button);
      await clickOn(button);
      await until(() => !!field(el, 'one-time-code'), 'the code step');
      expect(count('startRegistration')).to.equal(1);
      expect(el.querySelector('mc-notice[variant="error"]') === null).to.equal(true);
    });

    it('Enter in the field then a click sends the code once', async () => {
      const { el, button, count } = await contactStep(300);
      await sendKeys({ press: 'Enter' });
      await clickOn(button);
      await until(() => !!field(el, 'one-time-code'), 'the code step');
      expect(count('startRegistration')).to.equal(1);
    });

    it('the automatic submit of a full code then Enter verifies once', async () => {
      const { el, count } = await contactStep(0);
      await press('Enter');
      await untilHeading('Étape 3 sur 4');
      await settle(el);
      await typeIn(field(el, 'one-time-code'), '123456');
      await sendKeys({ press: 'Enter' });
      await untilHeading('Étape 4 sur 4');
      expect(count('verifyCode')).to.equal(1);
    });
  });
});
