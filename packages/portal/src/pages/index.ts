// Page id → module loader. Each page is its own chunk, loaded when its route is first shown.
import type { PageId } from '../routes.js';
import type { PageModule } from './page.js';

export const PAGES: Readonly<Record<PageId, () => Promise<{ page: PageModule }>>> = {
  connexion: () => import('./connexion.js'),
  accueil: () => import('./accueil.js'),
  'declarer-un-changement': () => import('./declarer-un-changement.js'),
  'envoyer-des-documents': () => import('./envoyer-des-documents.js'),
  autorisations: () => import('./autorisations.js'),
  'mot-de-passe': () => import('./mot-de-passe.js'),
  historique: () => import('./historique.js'),
  'a-venir': () => import('./a-venir.js'),
  profil: () => import('./profil.js'),
  franceconnect: () => import('./franceconnect.js'),
};
