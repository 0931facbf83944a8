// A connection page that reloads mid-flow (the element removed and created again with the same storage key) comes
// back to the flow with the non-secret data; a session that expires mid-flow asks to log in again and resumes.
import { expect, html } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import '@moncompte/components/connection.js';
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
  type Counted,
} from './helpers.js';

async function page(counted: Counted, key = 'journey') {
  const region = await provided(counted.adapter, html`<mc-connection agency="caf" storage-key=${key}></mc-connection>`);
  const element = region.querySelector('mc-connection')!;
  await settle(element);
  return { region, page: element };
}

const field = (root: Element, autocomplete: string) => root.querySelector<HTMLInputElement>(`input[autocomplete="${autocomplete}"]`);

describe('Reload and session expiry through mc-connection', function () {
  // Whole journeys typed key by key: slower than a unit test, more so with another test file running alongside.
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('comes back to account creation after a reload, with the identity and contact details', async () => {
    const counted = countingAdapter({ agency: 'caf' });
    const first = await page(counted);
    await activate(first.page, 'Créer Mon Compte');
    await untilHeading('Étape 1 sur 4');
    await settle(first.page);
    await typeIn(field(first.page, 'username'), '1850578006084');
    await typeIn(field(first.page, 'bday'), '21/04/1985');
    await press('Enter');
    await untilHeading('Étape 2 sur 4');
    await settle(first.page);
    await typeIn(field(first.page, 'email'), 'nouveau@exemple.fr');
    first.region.remove();

    const second = await page(counted);
    await until(() => !!second.page.querySelector('mc-registration h3'), 'the registration');
    await settle(second.page);
    expect(norm(second.page.querySelector('mc-registration h3')?.textContent)).to.contain('Étape 2 sur 4');
    expect(field(second.page, 'email')!.value).to.equal('nouveau@exemple.fr');
    await activate(second.page, 'Retour');
    await untilHeading('Étape 1 sur 4');
    await settle(second.page);
    expect(field(second.page, 'bday')!.value).to.equal('21/04/1985');
  });

  it('comes back to the login form after a flow was left', async () => {
    const counted = countingAdapter({ agency: 'caf' });
    const first = await page(counted);
    await activate(first.page, 'Créer Mon Compte');
    await untilHeading('Étape 1 sur 4');
    await activate(first.page, 'Revenir à la connexion');
    await until(() => !!first.page.querySelector('mc-login-form'), 'the login form');
    first.region.remove();
    const second = await page(counted);
    expect(!!second.page.querySelector('mc-login-form')).to.equal(true);
  });

  it('migration: the session expires while saving the password; logging in again resumes with the password typed', async () => {
    const counted = countingAdapter({ agency: 'caf' });
    const { page: connection } = await page(counted);
    const account = DEMO_ACCOUNTS.cafMigration;
    await typeIn(field(connection, 'username'), account.identifier);
    await typeIn(field(connection, 'current-password'), account.password);
    await press('Enter');
    await until(() => !!connection.querySelector('mc-migration dialog[open]'), 'the dialog');
    await activate(connection.querySelector('dialog')!, 'Commencer');
    await untilHeading('Étape 1 sur 3');
    await until(() => !!connection.querySelector('input[name="terms"]'), 'the terms');
    await choose(connection, 'J’ai lu et j’accepte');
    await activate(connection, 'Continuer');
    await untilHeading('Étape 2 sur 3');
    await until(() => connection.querySelectorAll('input[autocomplete="new-password"]').length === 2, 'the password fields');
    const [password, confirmation] = connection.querySelectorAll('input[autocomplete="new-password"]');
    await typeIn(password!, 'Nouveau2026');
    await typeIn(confirmation!, 'Nouveau2026');
    counted.memory.faults.failNext('setMigrationPassword', 1, 'unauthorized');
    await press('Enter');
    await untilHeading('Votre session a expiré');
    await until(() => !!connection.querySelector('mc-migration mc-login-form input[autocomplete="current-password"]'), 'the login form');
    const form = connection.querySelector('mc-migration mc-login-form')!;
    await typeIn(field(form, 'username'), account.identifier);
    await typeIn(field(form, 'current-password'), account.password);
    await press('Enter');
    await untilHeading('Étape 2 sur 3');
    await settle(connection);
    const fields = [...connection.querySelectorAll<HTMLInputElement>('input[autocomplete="new-password"]')];
    expect(fields.map((f) => f.value)).to.deep.equal(['Nouveau2026', 'Nouveau2026']);
    // Still in the migration: the inner log-in did not reach the page's handlers.
    expect(!!connection.querySelector('mc-migration')).to.equal(true);
    await activate(connection, 'Continuer');
    await untilHeading('Étape 3 sur 3');
    expect(counted.count('acceptTerms')).to.equal(2);
  });
});
