// End-to-end journeys of a connection page (`mc-connection` inside an adapter provider, as the portal has it),
// by keyboard alone — Tab, typing, Enter, Space, Escape — against the in-memory adapter and its seeded accounts.
import { expect, html } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { Session } from '@moncompte/core';
import '@moncompte/components/connection.js';
import '@moncompte/components/logout-button.js';
import type { McConnection } from '@moncompte/components/connection.js';
import {
  activate,
  choose,
  countingAdapter,
  deepText,
  tabTo,
  nextEvent,
  norm,
  press,
  resetPasswordFromStepOne,
  provided,
  settle,
  typeIn,
  until,
  untilHeading,
  type Counted,
} from './helpers.js';

type Agency = 'caf' | 'msa';

async function connectionPage(agency: Agency = 'caf', counted: Counted = countingAdapter({ agency })) {
  const region = await provided(counted.adapter, html`<mc-connection agency=${agency} storage-key=""></mc-connection>`, agency);
  const page = region.querySelector('mc-connection') as McConnection;
  await settle(page);
  return { ...counted, region, page };
}

const field = (root: Element, autocomplete: string) => root.querySelector<HTMLInputElement>(`input[autocomplete="${autocomplete}"]`);

/** Logs in with the login form of the page; resolves with the session of `mc-login`. */
async function logIn(page: Element, identifier: string, password: string, provisional = false): Promise<Session> {
  const login = nextEvent<CustomEvent<{ session: Session }>>(page, 'mc-login');
  if (provisional) await choose(page, 'J’ai un identifiant provisoire');
  await settle(page);
  await typeIn(field(page, 'username'), identifier);
  await typeIn(field(page, 'current-password'), password);
  await press('Enter');
  return (await login).detail.session;
}

describe('Connection journeys (keyboard only, in-memory adapter)', function () {
  // Whole journeys typed key by key: slower than a unit test, more so with another test file running alongside.
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('logs in with the CAF account', async () => {
    const { page } = await connectionPage('caf');
    const session = await logIn(page, DEMO_ACCOUNTS.caf.identifier, DEMO_ACCOUNTS.caf.password);
    expect(session).to.include({ agency: 'caf', method: 'password' });
    expect(session.user.firstName).to.equal('Muriel');
  });

  it('logs in with the MSA account', async () => {
    const { page } = await connectionPage('msa');
    const session = await logIn(page, DEMO_ACCOUNTS.msa.identifier, DEMO_ACCOUNTS.msa.password);
    expect(session.agency).to.equal('msa');
  });

  it('logs in with a provisional identifier', async () => {
    const { page, inputs } = await connectionPage('caf');
    const session = await logIn(page, DEMO_ACCOUNTS.cafProvisional.identifier, DEMO_ACCOUNTS.cafProvisional.password, true);
    expect(session.user.firstName).to.equal('Awa');
    expect(inputs<{ identifierKind: string }>('login')[0]?.identifierKind).to.equal('provisional');
  });

  it('takes the migration account through every step, from the login form to the session', async () => {
    const { page, count } = await connectionPage('caf');
    await typeIn(field(page, 'username'), DEMO_ACCOUNTS.cafMigration.identifier);
    await typeIn(field(page, 'current-password'), DEMO_ACCOUNTS.cafMigration.password);
    await press('Enter');
    await until(() => !!page.querySelector('mc-migration dialog[open]'), 'the migration dialog');
    const dialog = page.querySelector('mc-migration dialog')!;
    expect(norm(dialog.textContent)).to.contain('5 à 10 minutes sont nécessaires');
    await activate(dialog, 'Commencer');
    await untilHeading('Étape 1 sur 3');
    await until(() => !!page.querySelector('input[name="terms"]'), 'the terms');
    await choose(page, 'J’ai lu et j’accepte');
    await activate(page, 'Continuer');
    await untilHeading('Étape 2 sur 3');
    await until(() => page.querySelectorAll('input[autocomplete="new-password"]').length === 2, 'the new password');
    const [password, confirmation] = page.querySelectorAll('input[autocomplete="new-password"]');
    await typeIn(password!, 'Nouveau2026');
    await typeIn(confirmation!, 'Nouveau2026');
    await press('Enter');
    await untilHeading('Étape 3 sur 3');
    await settle(page);
    await typeIn(field(page, 'email'), 'karim.b@exemple.fr');
    await activate(page, 'Envoyer le code');
    await until(() => !!field(page, 'one-time-code'), 'the code input');
    // Listened for just before the last action: its time limit is for the code's check, not the whole journey.
    const login = nextEvent<CustomEvent<{ session: Session }>>(page, 'mc-login');
    await typeIn(field(page, 'one-time-code'), '123456');
    const { session } = (await login).detail;
    expect(session.user.firstName).to.equal('Karim');
    expect(count('login')).to.equal(1);
    expect(count('verifyCode')).to.equal(1);
  });

  it('forgotten password: from the link to the confirmation, back to the form, then logs in with the new password', async () => {
    const { page } = await connectionPage('caf');
    await typeIn(field(page, 'username'), DEMO_ACCOUNTS.caf.identifier);
    await activate(page, 'Mot de passe oublié');
    await untilHeading('Étape 1 sur 4');
    await settle(page);
    expect(field(page, 'username')!.value).to.equal(DEMO_ACCOUNTS.caf.identifier);
    await resetPasswordFromStepOne(page, 'Printemps2026');
    await activate(page, 'Se connecter');
    await until(() => !!page.querySelector('mc-login-form') && !!field(page, 'current-password'), 'the login form again');
    // The same form: the identifier typed is there, the old password is not.
    expect(field(page, 'username')!.value).to.equal(DEMO_ACCOUNTS.caf.identifier);
    expect(field(page, 'current-password')!.value).to.equal('');
    const login = nextEvent<CustomEvent<{ session: Session }>>(page, 'mc-login');
    await typeIn(field(page, 'current-password'), 'Printemps2026');
    await press('Enter');
    expect((await login).detail.session.user.firstName).to.equal('Muriel');
  });

  it('creates an account from "Créer Mon Compte" and is logged in', async () => {
    const { page } = await connectionPage('caf');
    await activate(page, 'Créer Mon Compte');
    await untilHeading('Étape 1 sur 4');
    expect(norm(page.querySelector('mc-registration h2')?.textContent)).to.equal('Créer Mon Compte');
    await settle(page);
    await typeIn(field(page, 'username'), '1850578006084');
    await typeIn(field(page, 'bday'), '21/04/1985');
    await press('Enter');
    await untilHeading('Étape 2 sur 4');
    await settle(page);
    await typeIn(field(page, 'email'), 'nouveau@exemple.fr');
    await press('Enter');
    await untilHeading('Étape 3 sur 4');
    await settle(page);
    await typeIn(field(page, 'one-time-code'), '123456');
    await untilHeading('Étape 4 sur 4');
    await settle(page);
    const [password, confirmation] = page.querySelectorAll('input[autocomplete="new-password"]');
    const login = nextEvent<CustomEvent<{ session: Session }>>(page, 'mc-login');
    await typeIn(password!, 'Bienvenue2026');
    await typeIn(confirmation!, 'Bienvenue2026');
    await press('Enter');
    expect((await login).detail.session.agency).to.equal('caf');
  });

  it('MSA: "S’inscrire" asks names and sends the code by e-mail only', async () => {
    const { page } = await connectionPage('msa');
    await activate(page, 'S’inscrire');
    await untilHeading('Étape 1 sur 4');
    expect(norm(page.querySelector('mc-registration h2')?.textContent)).to.equal('S’inscrire');
    await settle(page);
    expect(field(page, 'given-name') !== null).to.equal(true);
    // The MSA offers no provisional identifier.
    expect(page.querySelectorAll('mc-registration input[type=checkbox]').length).to.equal(0);
  });

  it('logs out: the adapter ends the session and mc-logout tells the page', async () => {
    const counted = countingAdapter({ agency: 'caf' });
    const { page, region } = await connectionPage('caf', counted);
    await logIn(page, DEMO_ACCOUNTS.caf.identifier, DEMO_ACCOUNTS.caf.password);
    const button = document.createElement('mc-logout-button');
    region.querySelector('mc-adapter-provider')!.append(button);
    await settle(region);
    const logout = nextEvent(button, 'mc-logout');
    expect(norm(deepText(button))).to.equal('Déconnexion');
    await tabTo(button);
    await press('Enter');
    await logout;
    expect(counted.count('logout')).to.equal(1);
    expect((await counted.memory.getSession()).session).to.equal(null);
  });

  it('leaves a flow with "Revenir à la connexion" and gives the focus back to the form', async () => {
    const { page } = await connectionPage('caf');
    await activate(page, 'Créer Mon Compte');
    await untilHeading('Étape 1 sur 4');
    await activate(page, 'Revenir à la connexion');
    await until(() => document.activeElement === field(page, 'username'), 'the focus on the identifier');
  });
});
