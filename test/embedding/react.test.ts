// Our elements inside a React 19 application, written as docs/embedding.md says: the adapter is a property React
// sets, mc-* events are heard with `on` + the event name. A person logs in by keyboard while the React tree
// re-renders (what they typed stays: the form's light DOM belongs to the element, not to React), the signed-in view
// replaces the form, and "Déconnexion" brings it back.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createElement as h, createRoot, flushSync, useState } from 'test-frameworks/react';
import '@moncompte/components/adapter-provider.js';
import '@moncompte/components/login-form.js';
import '@moncompte/components/logout-button.js';
import { createMemoryAdapter, DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import type { Session } from '@moncompte/core';
import { norm, tabTo, typeInto, until } from '../login/helpers.js';

interface AppProps {
  readonly adapter: MemoryAdapter;
  readonly log: string[];
}

function App({ adapter, log }: AppProps) {
  const [session, setSession] = useState<Session | null>(null);
  const [clicks, setClicks] = useState(0);
  return h(
    'mc-adapter-provider',
    { adapter },
    h('p', { id: 'clicks' }, `Rendu ${clicks}`),
    h('button', { type: 'button', id: 'rerender', onClick: () => setClicks((n: number) => n + 1) }, 'Mettre à jour la page'),
    session
      ? h(
          'div',
          { id: 'signed-in' },
          h('p', null, `Bonjour ${session.user.firstName}`),
          h('mc-logout-button', {
            'onmc-logout': () => {
              log.push('mc-logout');
              setSession(null);
            },
          }),
        )
      : h('mc-login-form', {
          agency: 'caf',
          'onmc-login': (event: CustomEvent<{ session: Session }>) => {
            log.push(`mc-login:${event.detail.session.user.firstName}`);
            setSession(event.detail.session);
          },
        }),
  );
}

describe('embedding: React 19', function () {
  this.timeout(20000);
  let host: HTMLElement;
  let unmount: () => void;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    unmount();
    host.remove();
  });

  it('sets the adapter as a property, hears mc-login and mc-logout, and keeps what was typed across a re-render', async () => {
    const adapter = createMemoryAdapter({ today: '2026-10-12' });
    const log: string[] = [];
    const root = createRoot(host);
    unmount = () => root.unmount();
    flushSync(() => root.render(h(App, { adapter, log })));

    const provider = host.querySelector('mc-adapter-provider') as HTMLElement & { adapter?: unknown };
    expect(provider.adapter, 'a property, not an attribute').to.equal(adapter);
    expect(provider.hasAttribute('adapter')).to.equal(false);
    await until(() => !!host.querySelector('form input[autocomplete="username"]'), 'the login form');

    const identifier = host.querySelector<HTMLInputElement>('form input[autocomplete="username"]')!;
    const password = host.querySelector<HTMLInputElement>('form input[autocomplete="current-password"]')!;
    await typeInto(identifier, DEMO_ACCOUNTS.caf.identifier);
    await typeInto(password, DEMO_ACCOUNTS.caf.password);
    // React renders the page again (another state changes): the same inputs, with what was typed.
    const rerender = host.querySelector<HTMLButtonElement>('#rerender')!;
    await tabTo(rerender);
    await sendKeys({ press: 'Enter' });
    await until(() => norm(host.querySelector('#clicks')?.textContent) === 'Rendu 1', 'the React re-render');
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
  });
});
