// Our elements inside an Angular application (standalone component, zoneless, compiled in the browser), written as
// docs/embedding.md says: `CUSTOM_ELEMENTS_SCHEMA`, the adapter bound with `[adapter]`, events with `(mc-…)`. A person
// logs in by keyboard while Angular re-renders the page (what they typed stays), the signed-in view replaces the
// form, and "Déconnexion" brings it back.
import { bootstrapApplication, Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from 'test-frameworks/angular';
import '@moncompte/components/adapter-provider.js';
import '@moncompte/components/login-form.js';
import '@moncompte/components/logout-button.js';
import { createMemoryAdapter } from '@moncompte/adapters/memory';
import type { Session } from '@moncompte/core';
import { logInAndOut } from './journey.js';

const adapter = createMemoryAdapter({ today: '2026-10-12' });
const log: string[] = [];

@Component({
  selector: 'app-account',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <mc-adapter-provider [adapter]="adapter">
      <p id="clicks">Rendu {{ clicks() }}</p>
      <button type="button" id="rerender" (click)="clicks.set(clicks() + 1)">Mettre à jour la page</button>
      @if (session(); as current) {
        <div id="signed-in">
          <p>Bonjour {{ current.user.firstName }}</p>
          <mc-logout-button (mc-logout)="onLogout()"></mc-logout-button>
        </div>
      } @else {
        <mc-login-form agency="caf" (mc-login)="onLogin($event)"></mc-login-form>
      }
    </mc-adapter-provider>`,
})
class AccountComponent {
  readonly adapter = adapter;
  readonly session = signal<Session | null>(null);
  readonly clicks = signal(0);

  onLogin(event: Event): void {
    const { session } = (event as CustomEvent<{ session: Session }>).detail;
    log.push(`mc-login:${session.user.firstName}`);
    this.session.set(session);
  }

  onLogout(): void {
    log.push('mc-logout');
    this.session.set(null);
  }
}

describe('embedding: Angular', function () {
  this.timeout(20000);

  it('binds the adapter with [adapter], hears (mc-login) and (mc-logout), keeps what was typed across a re-render', async () => {
    const host = document.createElement('app-account');
    document.body.append(host);
    const app = await bootstrapApplication(AccountComponent, { providers: [provideZonelessChangeDetection()] });
    try {
      await logInAndOut(host, adapter, log, 'Angular');
    } finally {
      app.destroy();
      host.remove();
    }
  });
});
