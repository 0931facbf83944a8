// axe on every state of the connection flows, in the CAF and MSA themes: each step, its errors, a failure, the
// session-expired login, the migration dialog and the confirmations.
import { expect, html } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { LoginOutcome } from '@moncompte/core';
import '@moncompte/components/password-reset.js';
import '@moncompte/components/registration.js';
import '@moncompte/components/migration.js';
import { activate, choose, countingAdapter, press, provided, retype, settle, typeIn, until, untilHeading } from './helpers.js';

const THEMES = ['caf', 'msa'] as const;
const field = (root: Element, autocomplete: string) => root.querySelector<HTMLInputElement>(`form input[autocomplete="${autocomplete}"]`);

/** axe on the region, after every element has rendered and announced notices have revealed their text. */
async function axe(region: HTMLElement, state: string, seen: string[]): Promise<void> {
  await settle(region);
  await new Promise((r) => setTimeout(r, 150));
  seen.push(state);
  try {
    await expect(region).to.be.accessible();
  } catch (error) {
    throw new Error(`axe, state "${state}": ${(error as Error).message}`);
  }
}

describe('Accessibility of the connection flows (axe, every state)', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  for (const theme of THEMES) {
    it(`forgotten password, every state (${theme})`, async () => {
      const seen: string[] = [];
      const { adapter, memory } = countingAdapter({ agency: theme });
      const region = await provided(adapter, html`<mc-password-reset agency=${theme} storage-key=""></mc-password-reset>`, theme);
      const el = region.querySelector('mc-password-reset')!;
      await axe(region, 'identifier', seen);
      await activate(el, 'Continuer');
      await axe(region, 'identifier, error', seen);
      await typeIn(field(el, 'username'), theme === 'caf' ? DEMO_ACCOUNTS.caf.identifier : DEMO_ACCOUNTS.msa.identifier);
      await press('Enter');
      await untilHeading('Étape 2 sur 4');
      await axe(region, 'channel', seen);
      await activate(el, 'Recevoir un code');
      await axe(region, 'channel, error', seen);
      await choose(el, 'Par SMS');
      memory.faults.failNext('requestPasswordReset', 1, 'server');
      await activate(el, 'Recevoir un code');
      await until(() => !!el.querySelector('mc-notice[variant="error"]'), 'the failure');
      await axe(region, 'channel, failure', seen);
      memory.faults.failNext('requestPasswordReset', 1, 'unauthorized');
      await activate(el, 'Réessayer');
      await untilHeading('Votre session a expiré');
      await until(() => !!el.querySelector('mc-login-form input'), 'the login form');
      await axe(region, 'session expired', seen);
      const form = el.querySelector('mc-login-form')!;
      await typeIn(form.querySelector('input[autocomplete="username"]'), theme === 'caf' ? DEMO_ACCOUNTS.caf.identifier : DEMO_ACCOUNTS.msa.identifier);
      await typeIn(form.querySelector('input[autocomplete="current-password"]'), DEMO_ACCOUNTS.caf.password);
      await press('Enter');
      await untilHeading('Étape 2 sur 4');
      await axe(region, 'resumed', seen);
      await activate(el, 'Recevoir un code');
      await untilHeading('Étape 3 sur 4');
      await axe(region, 'code', seen);
      await typeIn(field(el, 'one-time-code'), '111111');
      await until(() => (el.textContent ?? '').includes('Code incorrect'), 'the invalid code');
      await axe(region, 'code, invalid', seen);
      await retype(field(el, 'one-time-code'), '123456');
      await untilHeading('Étape 4 sur 4');
      await until(() => !!el.querySelector('mc-password-input'), 'the password field');
      await axe(region, 'password', seen);
      await typeIn(el.querySelector('input[autocomplete="new-password"]'), 'abc');
      await press('Enter');
      await axe(region, 'password, errors', seen);
      expect(seen).to.have.length(11);
    });

    it(`account creation, every state (${theme})`, async () => {
      const seen: string[] = [];
      const { adapter } = countingAdapter({ agency: theme });
      const region = await provided(
        adapter,
        html`<mc-registration agency=${theme} storage-key="" today="2026-03-02" ?ask-name=${theme === 'msa'}></mc-registration>`,
        theme,
      );
      const el = region.querySelector('mc-registration')!;
      await axe(region, 'identity', seen);
      await activate(el, 'Continuer');
      await axe(region, 'identity, errors', seen);
      await typeIn(field(el, 'username'), '1850578006084');
      if (theme === 'msa') {
        await typeIn(field(el, 'given-name'), 'Jeanne');
        await typeIn(field(el, 'family-name'), 'Martin');
      }
      await typeIn(field(el, 'bday'), '21/04/1985');
      await press('Enter');
      await untilHeading('Étape 2 sur 4');
      await axe(region, 'contact', seen);
      await typeIn(field(el, 'email'), 'pas-une-adresse');
      await press('Enter');
      await axe(region, 'contact, error', seen);
      expect(seen).to.have.length(4);
    });

    it(`migration, every state (${theme})`, async () => {
      const seen: string[] = [];
      const { adapter, memory } = countingAdapter({ agency: 'caf' });
      const start = (await memory.login({
        identifierKind: 'nir',
        identifier: DEMO_ACCOUNTS.cafMigration.identifier,
        password: DEMO_ACCOUNTS.cafMigration.password,
        rememberMe: false,
      })) as Extract<LoginOutcome, { status: 'migration-required' }>;
      const region = await provided(adapter, html`<mc-migration storage-key="" .migration=${start}></mc-migration>`, theme);
      const el = region.querySelector('mc-migration')!;
      await axe(region, 'dialog', seen);
      await activate(el.querySelector('dialog')!, 'Commencer');
      await untilHeading('Étape 1 sur 3');
      await until(() => !!el.querySelector('input[name="terms"]'), 'the terms');
      await axe(region, 'terms', seen);
      await activate(el, 'Continuer');
      await axe(region, 'terms, error', seen);
      await choose(el, 'J’ai lu et j’accepte');
      await activate(el, 'Continuer');
      await untilHeading('Étape 2 sur 3');
      await until(() => !!el.querySelector('mc-password-input'), 'the password field');
      await axe(region, 'password', seen);
      const [password, confirmation] = el.querySelectorAll('input[autocomplete="new-password"]');
      await typeIn(password!, 'Nouveau2026');
      await typeIn(confirmation!, 'Nouveau2026');
      await press('Enter');
      await untilHeading('Étape 3 sur 3');
      await axe(region, 'contact', seen);
      await typeIn(field(el, 'email'), 'karim.b@exemple.fr');
      await activate(el, 'Envoyer le code');
      await until(() => !!field(el, 'one-time-code'), 'the code');
      await axe(region, 'code', seen);
      await typeIn(field(el, 'one-time-code'), '123456');
      await untilHeading('Votre nouveau mot de passe est enregistré');
      await axe(region, 'connected', seen);
      expect(seen).to.have.length(7);
    });
  }
});
