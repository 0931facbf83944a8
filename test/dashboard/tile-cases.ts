// The dashboard tiles' test cases: for each tile, the adapter method behind its states, what it shows
// loaded and empty. Used by test/dashboard/<tile>.test.ts through describeTile (tile-suite.ts).
import type { AdapterMethod, MonCompteAdapter } from '@moncompte/core';
import type { MemoryAdapter } from '@moncompte/adapters/memory';
import { answering, memory, msaMemory, TODAY } from './helpers.js';

export interface TileCase {
  readonly tag: string;
  /** The adapter method whose faults drive the loading and error states. */
  readonly method: AdapterMethod;
  readonly adapter: () => MemoryAdapter;
  /** Makes the back end answer the tile's empty state. */
  readonly empty: (adapter: MonCompteAdapter) => MonCompteAdapter;
  /** What the loaded tile shows (text, spaces collapsed). */
  readonly shows: readonly string[];
  /** What the empty tile shows; `hidden` when the tile hides itself. */
  readonly emptyText: string | 'hidden';
}

const EMPTY_PAYMENTS = {
  lastPayment: null,
  recentPayments: [],
  rights: [],
  familyQuotient: null,
  attestations: [],
  lastStatement: null,
  resources: { declarationRequired: false, dueDate: null },
  debts: { count: 0, totalAmount: 0 },
};

export const CASES: readonly TileCase[] = [
  {
    tag: 'mc-alerts-tile',
    method: 'getAlerts',
    adapter: memory,
    empty: (a) => answering(answering(a, 'getAlerts', { alerts: [] }), 'getMessagesSummary', { unreadCount: 0, totalCount: 0, latest: [] }),
    shows: ['Mes alertes et mes messages', '1 nouveau message', 'Information manquante', 'Déclaration de ressources', 'Votre attestation de paiement est disponible', 'De Caf du Finistère, reçu le 23 novembre 2026'],
    emptyText: 'Aucune alerte ni aucun message pour le moment.',
  },
  {
    tag: 'mc-payments-tile',
    method: 'getPaymentsSummary',
    adapter: memory,
    empty: (a) => answering(a, 'getPaymentsSummary', EMPTY_PAYMENTS),
    shows: ['Mon dernier paiement', '134,55 €', 'Versé le 25 octobre 2026', 'Versé à un tiers', 'Mon quotient familial', '652,00 €', 'Déclaration de ressources attendue avant le 14 décembre 2026', 'Attestation de quotient familial', 'Mon dernier relevé de compte'],
    emptyText: 'Aucun paiement ni aucun droit pour le moment.',
  },
  {
    tag: 'mc-procedures-tile',
    method: 'getProcedures',
    adapter: memory,
    empty: (a) => answering(a, 'getProcedures', { inProgress: [] }),
    shows: ['Mes démarches', "Demande de prime d’activité", 'En cours de traitement', 'Référence PA-2026-004512', 'Suivre mes démarches', 'Déclarer un changement', 'Simuler ou faire une demande de prestation'],
    emptyText: 'Aucune démarche en cours.',
  },
  {
    tag: 'mc-news-tile',
    method: 'getNews',
    adapter: memory,
    empty: (a) => answering(a, 'getNews', { items: [] }),
    shows: ['La Caf m’informe', 'Important : Aide au logement étudiant', '19 novembre 2026'],
    emptyText: 'Aucune actualité pour le moment.',
  },
  {
    tag: 'mc-profile-tile',
    method: 'getProfile',
    adapter: memory,
    empty: (a) =>
      answering(a, 'getProfile', {
        person: { id: 'p', firstName: 'Awa', lastName: 'Diallo' }, fileNumber: null, situation: [], address: null, email: null, mobile: null,
      }),
    shows: ['Muriel Lefèvre', 'Dossier n° 1234567', 'En vie maritale depuis le 23 février 2018', '24 résidence des Tilleuls', 'muriel.lefevre@exemple.fr', '06 12 34 56 78', 'Consulter ou modifier mon profil'],
    emptyText: 'Votre profil n’est pas encore renseigné.',
  },
  {
    tag: 'mc-contact-tile',
    method: 'getContactChannels',
    adapter: memory,
    empty: (a) => answering(a, 'getContactChannels', { agencyName: 'Caf du Finistère', channels: [] }),
    shows: ['Contacter ma Caf', 'Caf du Finistère', 'Par téléphone', '3230', 'Par message', 'Prendre rendez-vous'],
    emptyText: 'Aucun moyen de contact n’est disponible pour le moment.',
  },
  {
    tag: 'mc-agenda-tile',
    method: 'getAgenda',
    adapter: memory,
    empty: (a) => answering(a, 'getAgenda', { from: TODAY, to: '2027-05-24', events: [] }),
    shows: ['Mon agenda', 'décembre 2026', '14 décembre 2026 · Déclaration', 'Déclaration de vos ressources annuelles', '25 décembre 2026 · Paiement', '646,85 €'],
    emptyText: 'Aucun événement prévu dans les 6 prochains mois.',
  },
  {
    tag: 'mc-pajemploi-tile',
    method: 'getPajemploi',
    adapter: memory,
    empty: (a) => answering(a, 'getPajemploi', { eligible: false, href: null }),
    shows: ['Accéder à Pajemploi', 'Aller sur le site Pajemploi'],
    emptyText: 'hidden',
  },
  {
    tag: 'mc-files-tile',
    method: 'getFiles',
    adapter: memory,
    empty: (a) => answering(a, 'getFiles', { currentFileId: null, files: [] }),
    shows: ['Vous êtes présent sur 2 dossiers.', 'Dossier n° 1234567', 'Dossier affiché', 'Fabrice Carré vous autorise à gérer son dossier.', 'Afficher le dossier n° 7654321'],
    emptyText: 'Vous n’êtes rattaché à aucun dossier pour le moment.',
  },
  {
    tag: 'mc-account-tile',
    method: 'getAccountHistory',
    adapter: memory,
    empty: (a) => answering(a, 'getAccountHistory', { events: [] }),
    shows: ['Gérer mon compte', 'Dernière connexion le', 'Changer mon mot de passe', 'Voir mon historique', 'Gérer mes autorisations'],
    emptyText: 'Aucune connexion enregistrée.',
  },
  {
    // Not a tile of the dashboard (the page "Voir mon historique" links to), but a card with the tiles' states.
    tag: 'mc-account-history',
    method: 'getAccountHistory',
    adapter: memory,
    empty: (a) => answering(a, 'getAccountHistory', { events: [] }),
    shows: ['Mon historique', 'Connexion avec le mot de passe', '23 novembre 2026', 'Mot de passe modifié'],
    emptyText: 'Aucune action n’est enregistrée sur votre compte.',
  },
  {
    tag: 'mc-service-catalogue-tile',
    method: 'getServiceCatalogue',
    adapter: msaMemory,
    empty: (a) => answering(a, 'getServiceCatalogue', { groups: [] }),
    shows: ['Tous mes services en ligne', 'Mes services pro', 'Attestations / Exploitation', 'Régler mes factures', 'Mes services perso', 'Vous pouvez également', 'Demander un rendez-vous'],
    emptyText: 'Aucun service en ligne n’est disponible pour le moment.',
  },
];


/** The case of one tile, by tag. */
export function tileCase(tag: string): TileCase {
  const found = CASES.find((c) => c.tag === tag);
  if (!found) throw new Error(`no test case for ${tag}`);
  return found;
}
