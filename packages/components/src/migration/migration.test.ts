// mc-migration (seed 002), driven by keyboard against the in-memory adapter with the seeded CAF account that must
// migrate: the dialog, the three steps, "Retour", failures, session expiry and reload.
import { expect, html } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { AcceptTermsInput, LoginOutcome, MigrationContactInput } from '@moncompte/core';
import {
  activate,
  choose,
  countingAdapter,
  deepActive,
  nextEvent,
  norm,
  press,
  provided,
  settle,
  typeIn,
  until,
  untilHeading,
  type Counted,
} from '../../../../test/journeys/helpers.js';
import type { McMigration, MigrationStart } from './define.js';
import './define.js';

const ACCOUNT = DEMO_ACCOUNTS.cafMigration;

async function migrationStart(counted: Counted): Promise<MigrationStart> {
  const outcome: LoginOutcome = await counted.memory.login({ identifierKind: 'nir', identifier: ACCOUNT.identifier, password: ACCOUNT.password, rememberMe: false });
  if (outcome.status !== 'migration-required') throw new Error(`unexpected ${outcome.status}`);
  return outcome;
}

async function migrationFlow(options: { key?: string; counted?: Counted; start?: boolean } = {}) {
  const counted = options.counted ?? countingAdapter({ agency: 'caf' });
  const start = options.start === false ? undefined : await migrationStart(counted);
  const region = await provided(counted.adapter, html`<mc-migration storage-key=${options.key ?? ''} .migration=${start}></mc-migration>`);
  const el = region.querySelector('mc-migration') as McMigration;
  await settle(el);
  return { ...counted, region, el };
}

const input = (el: Element, autocomplete: string) => el.querySelector<HTMLInputElement>(`form input[autocomplete="${autocomplete}"]`);
const newPasswords = (el: Element) => [...el.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')];

async function startAndAccept(el: McMigration) {
  await activate(el.querySelector('dialog')!, 'Commencer');
  await untilHeading('Étape 1 sur 3');
  await until(() => !!el.querySelector('input[name="terms"]'), 'the terms');
  await choose(el, 'J’ai lu et j’accepte');
  await activate(el, 'Continuer');
  await untilHeading('Étape 2 sur 3');
  await until(() => newPasswords(el).length === 2, 'the password fields');
}

async function choosePassword(el: McMigration, password = 'Nouveau2026') {
  await typeIn(newPasswords(el)[0]!, password);
  await typeIn(newPasswords(el)[1]!, password);
  await press('Enter');
  await untilHeading('Étape 3 sur 3');
  await settle(el);
}

describe('mc-migration', function () {
  // Whole journeys typed key by key: slower than a unit test, more so with another test file running alongside.
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  describe('The dialog', () => {
    it('opens as a native modal with the three steps and "5 à 10 minutes", the focus inside', async () => {
      const { el } = await migrationFlow();
      const dialog = el.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(dialog.contains(deepActive()) || dialog.contains(document.activeElement)).to.equal(true);
      const text = norm(dialog.textContent);
      expect(text).to.contain('Pour faire ce changement, 3 étapes. 5 à 10 minutes sont nécessaires.');
      expect(dialog.querySelectorAll('ol li')).to.have.length(3);
      expect(norm(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent)).to.equal('La connexion à Mon Compte change');
    });

    it('closes with Escape, and the flow is left (mc-flow-exit cancel)', async () => {
      const { el } = await migrationFlow();
      const exit = nextEvent<CustomEvent>(el, 'mc-flow-exit');
      await press('Escape');
      expect((await exit).detail).to.deep.equal({ flow: 'migration', reason: 'cancel' });
      expect(el.querySelector('dialog')?.open ?? false).to.equal(false);
    });
  });

  describe('Steps', () => {
    it('goes through the terms, the new password, the contact details and the code, then logs in', async () => {
      const { el, memory, inputs, count } = await migrationFlow();
      await activate(el.querySelector('dialog')!, 'Commencer');
      await untilHeading('Étape 1 sur 3 – Conditions générales d’utilisation');
      await until(() => !!el.querySelector('input[name="terms"]'), 'the terms');
      expect(norm(el.querySelector('[role="region"]')?.textContent)).to.contain('utilisation de Mon Compte');
      await activate(el, 'Continuer');
      await settle(el);
      expect(count('acceptTerms')).to.equal(0);
      expect(norm(el.textContent)).to.contain('Cochez la case pour accepter les conditions générales d’utilisation');
      await choose(el, 'J’ai lu et j’accepte');
      await activate(el, 'Continuer');
      await untilHeading('Étape 2 sur 3 – Mon nouveau mot de passe');
      expect(inputs<AcceptTermsInput>('acceptTerms')[0]?.termsVersion).to.equal('2026-01');
      await until(() => newPasswords(el).length === 2, 'the password fields');
      await choosePassword(el);
      await choose(el, 'Par SMS');
      await settle(el);
      await typeIn(input(el, 'tel'), '06 12 34 56 78');
      await press('Enter');
      await untilHeading('Étape 3 sur 3');
      expect(inputs<MigrationContactInput>('sendMigrationCode')[0]?.contact).to.deep.equal({ channel: 'sms', value: '0612345678' });
      await settle(el);
      expect(norm(el.textContent)).to.contain('Code envoyé au 06 •• •• •• 78');
      const login = nextEvent<CustomEvent>(el, 'mc-login');
      await typeIn(input(el, 'one-time-code'), '123456');
      expect((await login).detail.session.user.firstName).to.equal('Karim');
      await untilHeading('Votre nouveau mot de passe est enregistré');
      const again = await memory.login({ identifierKind: 'nir', identifier: ACCOUNT.identifier, password: 'Nouveau2026', rememberMe: false });
      expect(again.status).to.equal('success');
    });

    it('"Retour" keeps the ticked box and the password typed', async () => {
      const { el } = await migrationFlow();
      await startAndAccept(el);
      await typeIn(newPasswords(el)[0]!, 'Nouveau2026');
      await activate(el, 'Retour');
      await untilHeading('Étape 1 sur 3');
      await settle(el);
      expect(el.querySelector<HTMLInputElement>('input[name="terms"]')!.checked).to.equal(true);
      await activate(el, 'Continuer');
      await untilHeading('Étape 2 sur 3');
      await settle(el);
      expect(newPasswords(el)[0]!.value).to.equal('Nouveau2026');
    });
  });

  describe('Failures', () => {
    it('keeps the password and says what to do when saving it fails, then retries once', async () => {
      const { el, memory, count } = await migrationFlow();
      await startAndAccept(el);
      memory.faults.failNext('setMigrationPassword', 1, 'timeout');
      await typeIn(newPasswords(el)[0]!, 'Nouveau2026');
      await typeIn(newPasswords(el)[1]!, 'Nouveau2026');
      await press('Enter');
      await until(() => !!el.querySelector('mc-notice[variant="error"]'), 'the error');
      expect(norm(el.querySelector('mc-notice[variant="error"]')!.textContent)).to.contain('met trop de temps à répondre');
      expect(newPasswords(el).map((i) => i.value)).to.deep.equal(['Nouveau2026', 'Nouveau2026']);
      await activate(el, 'Réessayer');
      await untilHeading('Étape 3 sur 3');
      expect(count('setMigrationPassword')).to.equal(2);
    });
  });

  describe('Session expiry and reload', () => {
    it('asks to log in again (old password), then resumes at the contact details and sends the code', async () => {
      const { el, memory, count, inputs } = await migrationFlow();
      await startAndAccept(el);
      await choosePassword(el);
      await typeIn(input(el, 'email'), 'karim.b@exemple.fr');
      memory.faults.failNext('sendMigrationCode', 1, 'unauthorized');
      await press('Enter');
      await untilHeading('Votre session a expiré');
      await until(() => !!el.querySelector('mc-login-form input[autocomplete="current-password"]'), 'the login form');
      const form = el.querySelector('mc-login-form')!;
      await typeIn(form.querySelector('input[autocomplete="username"]'), ACCOUNT.identifier);
      await typeIn(form.querySelector('input[autocomplete="current-password"]'), ACCOUNT.password);
      await press('Enter');
      await untilHeading('Étape 3 sur 3');
      await settle(el);
      expect(input(el, 'email')!.value).to.equal('karim.b@exemple.fr');
      await activate(el, 'Envoyer le code');
      await until(() => !!input(el, 'one-time-code'), 'the code');
      // The terms and the password were sent again under the new token, within this one action.
      const tokens = inputs<MigrationContactInput>('sendMigrationCode').map((i) => i.migrationToken);
      expect(tokens[1]).to.not.equal(tokens[0]);
      expect(count('acceptTerms')).to.equal(2);
      expect(count('setMigrationPassword')).to.equal(2);
      const login = nextEvent<CustomEvent>(el, 'mc-login');
      await typeIn(input(el, 'one-time-code'), '123456');
      expect((await login).detail.session.agency).to.equal('caf');
    });

    it('after a reload, asks to log in again and resumes at the password with the contact details kept', async () => {
      const first = await migrationFlow({ key: 'migration-test' });
      await startAndAccept(first.el);
      await choosePassword(first.el, 'Secret2026x');
      await typeIn(input(first.el, 'email'), 'karim.b@exemple.fr');
      expect(sessionStorage.getItem('migration-test')).to.not.contain('Secret2026x');
      first.region.remove();
      const second = await migrationFlow({ key: 'migration-test', counted: first, start: false });
      await untilHeading('Votre session a expiré');
      // What it says promises no more than what follows: the password step comes back, the contact details are kept.
      expect(norm(second.el.textContent)).to.contain('Reconnectez-vous avec votre ancien mot de passe pour reprendre votre première connexion là où c’est possible');
      expect(norm(second.el.textContent)).to.not.contain('à la même étape');
      await until(() => !!second.el.querySelector('mc-login-form input[autocomplete="current-password"]'), 'the login form');
      const form = second.el.querySelector('mc-login-form')!;
      await typeIn(form.querySelector('input[autocomplete="username"]'), ACCOUNT.identifier);
      await typeIn(form.querySelector('input[autocomplete="current-password"]'), ACCOUNT.password);
      await press('Enter');
      await untilHeading('Étape 2 sur 3');
      await until(() => newPasswords(second.el).length === 2, 'the password fields');
      await choosePassword(second.el);
      expect(input(second.el, 'email')!.value).to.equal('karim.b@exemple.fr');
    });
  });
});
