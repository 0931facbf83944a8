// The portal's whole configuration, as data: one entry per agency (labels, theme, routes). Pure data with no
// browser API, so vite.config.ts reads it too (to write one index.html per route in the static build).
// Adding a page: add a route here (path, page id, title, navigation label) and a module in src/pages/ listed
// in src/pages/index.ts.

export type AgencyId = 'caf' | 'msa';

/** Page modules of src/pages/ (one per route; an agency may not offer every page). */
export type PageId =
  | 'connexion'
  | 'accueil'
  | 'declarer-un-changement'
  | 'envoyer-des-documents'
  | 'autorisations'
  | 'mot-de-passe'
  | 'historique'
  | 'a-venir'
  | 'profil'
  | 'franceconnect';

export interface RouteConfig {
  /** Path under the agency prefix, without slashes at either end: `documents/envoyer`. */
  readonly path: string;
  readonly page: PageId;
  /** The page's `<h1>` and the first part of `document.title`. */
  readonly title: string;
  /** Label in the main navigation; routes without one are reached by other links. */
  readonly navLabel?: string;
  /** For a page the demo does not build yet (`a-venir`): what it will show, ending the sentence "Cette page arrive bientôt : …". */
  readonly upcoming?: string;
}

export interface AgencyConfig {
  readonly id: AgencyId;
  /** Value of `data-mc-theme` on `<html>` (packages/themes). */
  readonly theme: 'caf' | 'msa';
  /** Brand name shown as text: no official logo is used in this demo. */
  readonly brand: string;
  /** Long name of the agency, for the home page and the footer. */
  readonly agencyName: string;
  readonly product: string;
  /** Page id shown at the agency root (`/caf/`) and used as the brand link target. */
  readonly homePage: PageId;
  readonly signedOutPage: PageId;
  readonly routes: readonly RouteConfig[];
}

const SHARED_ROUTES: readonly RouteConfig[] = [
  { path: 'connexion', page: 'connexion', title: 'Connexion' },
  { path: 'accueil', page: 'accueil', title: 'Accueil', navLabel: 'Accueil' },
  {
    path: 'demarches/declarer-un-changement',
    page: 'declarer-un-changement',
    title: 'Déclarer un changement',
    navLabel: 'Déclarer un changement',
  },
  { path: 'documents/envoyer', page: 'envoyer-des-documents', title: 'Envoyer des documents', navLabel: 'Envoyer des documents' },
  {
    path: 'gerer-mon-compte/autorisations',
    page: 'autorisations',
    title: 'Autorisations',
    navLabel: 'Autorisations',
  },
  { path: 'gerer-mon-compte/mot-de-passe', page: 'mot-de-passe', title: 'Mot de passe' },
  { path: 'gerer-mon-compte/historique', page: 'historique', title: 'Historique de mon compte' },
  { path: 'profil', page: 'profil', title: 'Mon profil', navLabel: 'Mon profil' },
  // Where "S’identifier avec FranceConnect" leads in the demo (no identity provider): see pages/franceconnect.ts.
  { path: 'franceconnect', page: 'franceconnect', title: 'S’identifier avec FranceConnect' },
  // Where the dashboard's other links lead: said plainly, rather than "Page introuvable".
  { path: 'messages', page: 'a-venir', title: 'Mes messages', upcoming: 'vos messages et les réponses de votre caisse.' },
  { path: 'paiements', page: 'a-venir', title: 'Mes paiements et mes droits', upcoming: 'le détail de vos paiements et de vos droits.' },
  { path: 'paiements/attestations', page: 'a-venir', title: 'Mes attestations', upcoming: 'vos attestations, à télécharger.' },
  { path: 'paiements/dettes', page: 'a-venir', title: 'Mes dettes', upcoming: 'le détail de vos dettes et de leur remboursement.' },
  { path: 'ressources', page: 'a-venir', title: 'Mes ressources', upcoming: 'la déclaration et le suivi de vos ressources.' },
  { path: 'demarches', page: 'a-venir', title: 'Mes démarches', upcoming: 'le suivi de toutes vos démarches.' },
  {
    path: 'demarches/simuler',
    page: 'a-venir',
    title: 'Simuler ou faire une demande de prestation',
    upcoming: 'les simulations et les demandes de prestation en ligne.',
  },
  // Where the links of the demo data lead (the in-memory adapter's `linkBase` is the agency's prefix).
  { path: 'paiements/releves', page: 'a-venir', title: 'Mes relevés de compte', upcoming: 'vos relevés de compte, mois par mois.' },
  { path: 'documents', page: 'a-venir', title: 'Mes documents', upcoming: 'les documents que vous avez reçus et envoyés.' },
  { path: 'contact/message', page: 'a-venir', title: 'Nous écrire', upcoming: 'l’envoi d’un message à votre caisse.' },
  { path: 'rendez-vous', page: 'a-venir', title: 'Prendre rendez-vous', upcoming: 'la prise de rendez-vous avec un conseiller.' },
  { path: 'actualites', page: 'a-venir', title: 'Actualités', upcoming: 'toutes les actualités de votre caisse.' },
  { path: 'services', page: 'a-venir', title: 'Services en ligne', upcoming: 'les services en ligne de votre caisse.' },
];

export const AGENCIES: Readonly<Record<AgencyId, AgencyConfig>> = {
  caf: {
    id: 'caf',
    theme: 'caf',
    brand: 'Caf',
    agencyName: 'Caisse d’allocations familiales',
    product: 'Mon Compte',
    homePage: 'accueil',
    signedOutPage: 'connexion',
    routes: SHARED_ROUTES,
  },
  msa: {
    id: 'msa',
    theme: 'msa',
    brand: 'MSA',
    agencyName: 'Mutualité sociale agricole',
    product: 'Mon espace privé',
    homePage: 'accueil',
    signedOutPage: 'connexion',
    // The management authorisation between spouses is the CAF's (its user guide, seed 001); the MSA's guide has none.
    routes: SHARED_ROUTES.filter((route) => route.page !== 'autorisations'),
  },
};

export const AGENCY_IDS = Object.keys(AGENCIES) as AgencyId[];

/** Absolute URL path of a page of an agency: `/caf/documents/envoyer`. */
export function pagePath(agency: AgencyConfig, page: PageId): string {
  const route = agency.routes.find((r) => r.page === page);
  return route ? `/${agency.id}/${route.path}` : `/${agency.id}/`;
}

/** `document.title` of a route, most specific first (RGAA 8.6). */
export function pageTitle(agency: AgencyConfig, route: RouteConfig): string {
  return `${route.title} – ${agency.product} – ${agency.brand}`;
}

export const HOME_TITLE = 'Choisir un organisme – démonstration moncompte-ui';
export const NOT_FOUND_TITLE = 'Page introuvable – démonstration moncompte-ui';

export type Match =
  | { readonly kind: 'home' }
  | { readonly kind: 'agency-root'; readonly agency: AgencyConfig }
  | { readonly kind: 'page'; readonly agency: AgencyConfig; readonly route: RouteConfig }
  | { readonly kind: 'not-found'; readonly agency?: AgencyConfig };

/** Matches a URL path (`/caf/profil`, `/msa/`, `/`) to what the portal shows. Trailing slashes are ignored. */
export function matchPath(pathname: string): Match {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'index.html')) return { kind: 'home' };
  const agency = AGENCIES[parts[0] as AgencyId] as AgencyConfig | undefined;
  if (!agency || !Object.hasOwn(AGENCIES, parts[0] ?? '')) return { kind: 'not-found' };
  const rest = parts.slice(1).filter((p) => p !== 'index.html').join('/');
  if (rest === '') return { kind: 'agency-root', agency };
  // A page below a coming-soon page (`messages/msg-3` below `messages`) is coming soon too: the closest one says so.
  const route =
    agency.routes.find((r) => r.path === rest) ??
    agency.routes.filter((r) => r.upcoming && rest.startsWith(`${r.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
  return route ? { kind: 'page', agency, route } : { kind: 'not-found', agency };
}
