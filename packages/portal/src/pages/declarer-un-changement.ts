// `/caf/demarches/declarer-un-changement`, `/msa/…`: mc-situation-wizard — "Quel changement voulez-vous
// déclarer ?", then the chosen flow (the seeded ones: a change of professional situation, a separation), its
// summary and the declaration with its receipt. Drafts are kept by the agency's adapter (in localStorage), so a
// reload offers to resume. "Terminer" goes back to the home page. Without a session (the page opened directly),
// the demo signs in with the agency's demo account first and says so.
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '@moncompte/components/situation-wizard.js';
import '@moncompte/components/notice.js';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import type { AgencyId } from '../routes.js';
import type { PageContext, PageModule } from './page.js';

/** Signs in with the agency's demo account when nobody is; resolves to the demo holder's name if it did. */
async function ensureSession(adapter: MemoryAdapter, agency: AgencyId): Promise<string | undefined> {
  const { session } = await adapter.getSession();
  if (session) return undefined;
  const account = DEMO_ACCOUNTS[agency];
  await adapter.login({ identifierKind: account.identifierKind, identifier: account.identifier, password: account.password, rememberMe: false });
  return account.holder;
}

function wizard(context: PageContext, demoHolder: string | undefined) {
  return html`${demoHolder
      ? html`<mc-notice variant="info">Démonstration&nbsp;: vous êtes connecté avec le compte de ${demoHolder}</mc-notice>`
      : ''}
    <mc-situation-wizard
      storage-key=${`portal-situation-${context.agency.id}`}
      @mc-situation-exit=${() => context.navigate(context.href('accueil'))}
    ></mc-situation-wizard>`;
}

export const page: PageModule = {
  render: (context) =>
    html`${until(
      ensureSession(context.adapter, context.agency.id).then(
        (holder) => wizard(context, holder),
        () => wizard(context, undefined), // the wizard shows the failure itself
      ),
      html`<p class="portal-loading">Chargement de votre démarche…</p>`,
    )}`,
};
