// `/caf/gerer-mon-compte/autorisations`, `/msa/…`: "Gérer mon compte › Mes autorisations", an
// mc-authorisation-panel on the agency's adapter (given by the page's <mc-adapter-provider>): whom I authorise,
// who authorises me, granting, withdrawing or giving up, the history. "Me reconnecter" leads to the agency's
// connection page. Without a session (the page opened directly), the demo signs in with the agency's demo
// account first and says so, as the home page does.
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '@moncompte/components/authorisation-panel.js';
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

function panel(context: PageContext, demoHolder: string | undefined) {
  return html`${demoHolder
      ? html`<mc-notice variant="info">Démonstration&nbsp;: vous êtes connecté avec le compte de ${demoHolder}</mc-notice>`
      : ''}
    <mc-authorisation-panel login-href=${context.href('connexion')}></mc-authorisation-panel>`;
}

export const page: PageModule = {
  render: (context) =>
    html`${until(
      ensureSession(context.adapter, context.agency.id).then(
        (holder) => panel(context, holder),
        () => panel(context, undefined), // the panel shows the error itself
      ),
      html`<p class="portal-loading">Chargement de vos autorisations…</p>`,
    )}`,
};
