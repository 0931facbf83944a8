// `/caf/accueil`, `/msa/accueil`: the home page, an mc-dashboard configured per agency (tiles, their order,
// wording, links to the portal's own pages). Links the portal routes are intercepted through `mc-navigate`;
// the others are followed by the browser. Without a session (the page opened directly), the demo signs in
// with the agency's demo account first and says so.
import { html } from 'lit';
import '@moncompte/components/dashboard.js';
import type { TileLinks } from '@moncompte/components/dashboard.js';
import { matchPath, type AgencyId } from '../routes.js';
import { withDemoSession } from './demo-session.js';
import type { PageContext, PageModule } from './page.js';

/** Which tiles each agency's home page shows, in order (the CAF user guide; the MSA service catalogue first). */
const TILES: Readonly<Record<AgencyId, string>> = {
  caf: 'alerts payments procedures news profile contact agenda pajemploi files account',
  msa: 'services alerts payments news profile contact agenda account',
};

function dashboard(context: PageContext) {
  const { agency } = context;
  const links: TileLinks = {
    'procedures-declare': context.href('declarer-un-changement'),
    // An empty link hides it: an agency without the page (the MSA) offers no "Gérer mes autorisations".
    'account-authorisations': agency.routes.some((route) => route.page === 'autorisations') ? context.href('autorisations') : '',
    'account-password': context.href('mot-de-passe'),
    'account-history': context.href('historique'),
    profile: context.href('profil'),
  };
  const onNavigate = (event: GlobalEventHandlersEventMap['mc-navigate']) => {
    const url = new URL(event.detail.href, location.href);
    if (url.origin !== location.origin || matchPath(url.pathname).kind !== 'page') return;
    event.preventDefault();
    context.navigate(url.pathname + url.search + url.hash);
  };
  return html`<mc-dashboard tiles=${TILES[agency.id]} agency-name=${agency.brand} .links=${links} @mc-navigate=${onNavigate}></mc-dashboard>`;
}

export const page: PageModule = {
  render: (context) => withDemoSession(context, 'Chargement de votre espace…', () => dashboard(context)),
};
