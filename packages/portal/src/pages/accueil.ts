// `/caf/accueil`, `/msa/accueil`: the home page, an mc-dashboard configured per agency (tiles, their order,
// wording, links to the portal's own pages). Links the portal routes are intercepted through `mc-navigate`;
// the others are followed by the browser. Without a session (the page opened directly), the demo signs in
// with the agency's demo account first and says so.
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '@moncompte/components/dashboard.js';
import '@moncompte/components/notice.js';
import type { TileLinks } from '@moncompte/components/dashboard.js';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import { matchPath, type AgencyId } from '../routes.js';
import type { PageContext, PageModule } from './page.js';

/** Which tiles each agency's home page shows, in order (the CAF user guide; the MSA service catalogue first). */
const TILES: Readonly<Record<AgencyId, string>> = {
  caf: 'alerts payments procedures news profile contact agenda pajemploi files account',
  msa: 'services alerts payments news profile contact agenda account',
};

/** Signs in with the agency's demo account when nobody is; resolves to the demo holder's name if it did. */
async function ensureSession(adapter: MemoryAdapter, agency: AgencyId): Promise<string | undefined> {
  const { session } = await adapter.getSession();
  if (session) return undefined;
  const account = DEMO_ACCOUNTS[agency];
  await adapter.login({ identifierKind: account.identifierKind, identifier: account.identifier, password: account.password, rememberMe: false });
  return account.holder;
}

function dashboard(context: PageContext, demoHolder: string | undefined) {
  const { agency } = context;
  const links: TileLinks = {
    'procedures-declare': context.href('declarer-un-changement'),
    'account-authorisations': context.href('autorisations'),
    profile: context.href('profil'),
  };
  const onNavigate = (event: GlobalEventHandlersEventMap['mc-navigate']) => {
    const url = new URL(event.detail.href, location.href);
    if (url.origin !== location.origin || matchPath(url.pathname).kind !== 'page') return;
    event.preventDefault();
    context.navigate(url.pathname + url.search + url.hash);
  };
  return html`${demoHolder
      ? html`<mc-notice variant="info">Démonstration&nbsp;: vous êtes connecté avec le compte de ${demoHolder}</mc-notice>`
      : ''}
    <mc-dashboard tiles=${TILES[agency.id]} agency-name=${agency.brand} .links=${links} @mc-navigate=${onNavigate}></mc-dashboard>`;
}

export const page: PageModule = {
  render: (context) =>
    html`${until(
      ensureSession(context.adapter, context.agency.id).then(
        (holder) => dashboard(context, holder),
        () => dashboard(context, undefined), // the tiles show the error themselves
      ),
      html`<p class="portal-loading">Chargement de votre espace…</p>`,
    )}`,
};
