// mc-connection: flows loaded only when needed, the history entry of an open flow, what a reload brings back.
import { expect, html } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { activate, countingAdapter, nextEvent, press, provided, settle, typeIn, until, untilHeading } from '../../../../test/journeys/helpers.js';
import type { McConnection } from './define.js';
import './define.js';

async function connection(template = html`<mc-connection agency="caf" storage-key="connection-test"></mc-connection>`) {
  const counted = countingAdapter({ agency: 'caf' });
  const region = await provided(counted.adapter, template);
  const element = region.querySelector('mc-connection') as McConnection;
  await settle(element);
  return { ...counted, region, element };
}

describe('mc-connection', function () {
  // Whole journeys typed key by key: slower than a unit test, more so with another test file running alongside.
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('shows the login form and loads a flow only when it is asked for', async () => {
    const { element } = await connection();
    expect(element.view).to.equal('login');
    expect(customElements.get('mc-registration')).to.equal(undefined);
    expect(customElements.get('mc-migration')).to.equal(undefined);
    await activate(element, 'Créer Mon Compte');
    await untilHeading('Étape 1 sur 4');
    expect(customElements.get('mc-registration') !== undefined).to.equal(true);
    expect(customElements.get('mc-migration')).to.equal(undefined);
  });

  it('with `history`, opening a flow adds a history entry and Back returns to the form', async () => {
    const { element } = await connection(html`<mc-connection agency="caf" storage-key="" history></mc-connection>`);
    const before = history.length;
    await activate(element, 'Mot de passe oublié');
    await untilHeading('Étape 1 sur 4');
    expect(history.length).to.equal(before + 1);
    const popped = nextEvent(window, 'popstate');
    history.back();
    await popped;
    await until(() => element.view === 'login' && !!element.querySelector('mc-login-form input[autocomplete="username"]'), 'the login form');
    await until(() => document.activeElement === element.querySelector('input[autocomplete="username"]'), 'the focus on the form');
  });

  it('left by the browser’s Back button, a flow keeps nothing of what was typed in the tab', async () => {
    const { element } = await connection(html`<mc-connection agency="caf" storage-key="connection-test" history></mc-connection>`);
    await typeIn(element.querySelector('input[autocomplete="username"]'), DEMO_ACCOUNTS.caf.identifier);
    await activate(element, 'Mot de passe oublié');
    await untilHeading('Étape 1 sur 4');
    await settle(element);
    await press('Tab');
    await activate(element, 'Continuer');
    await untilHeading('Étape 2 sur 4');
    expect(sessionStorage.getItem('connection-test:password-reset'), 'kept for a reload while in the flow').to.contain(DEMO_ACCOUNTS.caf.identifier);
    const popped = nextEvent(window, 'popstate');
    history.back();
    await popped;
    await until(() => element.view === 'login', 'the login form');
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('connection-test')), 'nothing left in the tab').to.deep.equal([]);
  });

  it('back at the form from a flow, what was typed in it is still there', async () => {
    const { element } = await connection();
    const login = element.querySelector('mc-login-form')!;
    const username = login.querySelector<HTMLInputElement>('input[autocomplete="username"]')!;
    const password = login.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!;
    await typeIn(username, DEMO_ACCOUNTS.cafMigration.identifier);
    await typeIn(password, DEMO_ACCOUNTS.cafMigration.password);
    // The first connection's dialog, then "Plus tard".
    await press('Enter');
    await until(() => !!element.querySelector('mc-migration'), 'the first connection');
    await until(() => [...element.querySelectorAll('mc-button, button')].some((b) => (b.textContent ?? '').includes('Plus tard')), 'its dialog');
    await activate(element, 'Plus tard');
    await until(() => element.view === 'login', 'the login form');
    expect(element.querySelector('mc-login-form'), 'the same form').to.equal(login);
    expect(username.value).to.equal(DEMO_ACCOUNTS.cafMigration.identifier);
    expect(password.value).to.equal(DEMO_ACCOUNTS.cafMigration.password);
    // "Mot de passe oublié ?" then "Revenir à la connexion": the same.
    await activate(element, 'Mot de passe oublié');
    await untilHeading('Étape 1 sur 4');
    await activate(element, 'Revenir à la connexion');
    await until(() => element.view === 'login', 'the login form again');
    expect([username.value, password.value]).to.deep.equal([DEMO_ACCOUNTS.cafMigration.identifier, DEMO_ACCOUNTS.cafMigration.password]);
  });

  it('passes the identifier typed to the forgotten-password flow', async () => {
    const { element } = await connection();
    await typeIn(element.querySelector('input[autocomplete="username"]'), DEMO_ACCOUNTS.caf.identifier);
    await activate(element, 'Mot de passe oublié');
    await untilHeading('Étape 1 sur 4');
    await settle(element);
    expect(element.querySelector<HTMLInputElement>('mc-password-reset input[autocomplete="username"]')!.value).to.equal(DEMO_ACCOUNTS.caf.identifier);
  });

  it('comes back to a migration in progress after a reload, asking to log in again; not to one never started', async () => {
    sessionStorage.setItem('connection-test', 'migration');
    const fresh = await connection();
    expect(fresh.element.view).to.equal('login');
    fresh.region.remove();

    sessionStorage.setItem('connection-test', 'migration');
    sessionStorage.setItem('connection-test:migration', JSON.stringify({ step: 'password', history: ['terms'], data: { termsChecked: true, termsAccepted: true } }));
    const { element } = await connection();
    expect(element.view).to.equal('migration');
    await untilHeading('Votre session a expiré');
    await until(() => !!element.querySelector('mc-migration mc-login-form input[autocomplete="current-password"]'), 'the login form');
    const form = element.querySelector('mc-migration mc-login-form')!;
    await typeIn(form.querySelector('input[autocomplete="username"]'), DEMO_ACCOUNTS.cafMigration.identifier);
    await typeIn(form.querySelector('input[autocomplete="current-password"]'), DEMO_ACCOUNTS.cafMigration.password);
    await press('Enter');
    await untilHeading('Étape 2 sur 3');
  });
});
