// Our elements inside a React 19 application, written as docs/embedding.md says: the adapter is a property React
// sets, mc-* events are heard with `on` + the event name. A person logs in by keyboard while the React tree
// re-renders (what they typed stays: the form's light DOM belongs to the element, not to React), the signed-in view
// replaces the form, and "Déconnexion" brings it back.
import { createElement as h, createRoot, flushSync, useState } from 'test-frameworks/react';
import '@moncompte/components/adapter-provider.js';
import '@moncompte/components/login-form.js';
import '@moncompte/components/logout-button.js';
import { createMemoryAdapter, type MemoryAdapter } from '@moncompte/adapters/memory';
import type { Session } from '@moncompte/core';
import { logInAndOut } from './journey.js';

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

    await logInAndOut(host, adapter, log, 'React');
  });
});
