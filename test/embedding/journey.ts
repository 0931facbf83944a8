// The journey every framework test makes, once the framework has rendered the page (an `mc-adapter-provider` holding
// the adapter, a "Mettre à jour la page" button `#rerender` that re-renders it and counts in `#clicks`, the login
// form, then a `#signed-in` view with a logout button): the adapter arrived as a property; a person types their
// identifier and password, the framework renders the page again and what they typed stays; Enter logs in; the
// signed-in view replaces the form; "Déconnexion" ends the session and brings the form back.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import { norm, tabTo, typeInto, until } from '../login/helpers.js';

/** Drives the page inside `host`; `log` is what the framework's event handlers recorded. */
export async function logInAndOut(host: HTMLElement, adapter: MemoryAdapter, log: readonly string[], framework: string): Promise<void> {
  const provider = host.querySelector('mc-adapter-provider') as HTMLElement & { adapter?: unknown };
  expect(provider.adapter, 'the adapter itself, as a property').to.equal(adapter);
  expect(provider.hasAttribute('adapter'), 'not an attribute').to.equal(false);
  await until(() => !!host.querySelector('form input[autocomplete="username"]'), 'the login form');

  const identifier = host.querySelector<HTMLInputElement>('form input[autocomplete="username"]')!;
  const password = host.querySelector<HTMLInputElement>('form input[autocomplete="current-password"]')!;
  await typeInto(identifier, DEMO_ACCOUNTS.caf.identifier);
  await typeInto(password, DEMO_ACCOUNTS.caf.password);
  // The framework renders the page again (another state changes): the same inputs, with what was typed.
  await tabTo(host.querySelector('#rerender')!);
  await sendKeys({ press: 'Enter' });
  await until(() => norm(host.querySelector('#clicks')?.textContent) === 'Rendu 1', `the ${framework} re-render`);
  expect(host.querySelector('form input[autocomplete="username"]')).to.equal(identifier);
  expect(identifier.value).to.equal(DEMO_ACCOUNTS.caf.identifier);
  expect(password.value).to.equal(DEMO_ACCOUNTS.caf.password);

  await tabTo(password, { back: true });
  await sendKeys({ press: 'Enter' });
  await until(() => !!host.querySelector('#signed-in'), 'the signed-in view');
  expect(log).to.deep.equal(['mc-login:Muriel']);
  expect(norm(host.querySelector('#signed-in p')?.textContent)).to.equal('Bonjour Muriel');
  expect(host.querySelector('mc-login-form')).to.equal(null);
  expect((await adapter.getSession()).session?.user.firstName).to.equal('Muriel');

  const logout = host.querySelector('mc-logout-button')!;
  await until(() => !!logout.shadowRoot?.querySelector('mc-button'), 'the logout button');
  await tabTo(logout);
  await sendKeys({ press: 'Enter' });
  await until(() => !!host.querySelector('mc-login-form'), 'the login form again');
  expect(log).to.deep.equal(['mc-login:Muriel', 'mc-logout']);
  expect((await adapter.getSession()).session).to.equal(null);
}
