// Our elements inside a Vue 3 application, written as docs/embedding.md says: `mc-*` tags declared custom elements
// to the template compiler, the adapter bound with `.prop`, events heard with `@mc-…`. A person logs in by keyboard
// while Vue re-renders the page (what they typed stays), the signed-in view replaces the form, and "Déconnexion"
// brings it back.
import { createApp, markRaw, ref } from 'test-frameworks/vue';
import '@moncompte/components/adapter-provider.js';
import '@moncompte/components/login-form.js';
import '@moncompte/components/logout-button.js';
import { createMemoryAdapter } from '@moncompte/adapters/memory';
import type { Session } from '@moncompte/core';
import { logInAndOut } from './journey.js';

const TEMPLATE = `
  <mc-adapter-provider :adapter.prop="adapter">
    <p id="clicks">Rendu {{ clicks }}</p>
    <button type="button" id="rerender" @click="clicks++">Mettre à jour la page</button>
    <div v-if="session" id="signed-in">
      <p>Bonjour {{ session.user.firstName }}</p>
      <mc-logout-button @mc-logout="onLogout"></mc-logout-button>
    </div>
    <mc-login-form v-else agency="caf" @mc-login="onLogin"></mc-login-form>
  </mc-adapter-provider>`;

describe('embedding: Vue 3', function () {
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

  it('binds the adapter with .prop (kept raw in reactive state), hears mc-login and mc-logout, keeps what was typed', async () => {
    // In reactive state (a ref), the adapter is marked raw, so that the elements get the adapter itself and not a
    // deep reactive proxy of it (docs/embedding.md says so).
    const adapter = markRaw(createMemoryAdapter({ today: '2026-10-12' }));
    const log: string[] = [];
    const app = createApp({
      template: TEMPLATE,
      setup() {
        const session = ref<Session | null>(null);
        const clicks = ref(0);
        return {
          adapter: ref(adapter),
          session,
          clicks,
          onLogin(event: CustomEvent<{ session: Session }>) {
            log.push(`mc-login:${event.detail.session.user.firstName}`);
            session.value = event.detail.session;
          },
          onLogout() {
            log.push('mc-logout');
            session.value = null;
          },
        };
      },
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('mc-');
    app.mount(host);
    unmount = () => app.unmount();

    await logInAndOut(host, adapter, log, 'Vue');
  });
});
