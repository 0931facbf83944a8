// Every dashboard tile in its four states, from the in-memory adapter's fault injection (loading: a hung call;
// error: an injected failure) or a back end answering nothing (empty), then retried; axe on every state in the
// CAF and MSA themes, light and dark.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AdapterMethod, MonCompteAdapter } from '@moncompte/core';
import type { MemoryAdapter } from '@moncompte/adapters/memory';
import { THEME_COMBOS, themedFixture } from '../themes/theme-fixture.js';
import { answering, cardOf, deepActive, html, memory, msaMemory, settled, stateOf, textOf, tile, TODAY, type TileElement } from './helpers.js';
import '../../packages/components/src/alerts-tile/define.js';
import '../../packages/components/src/payments-tile/define.js';
import '../../packages/components/src/procedures-tile/define.js';
import '../../packages/components/src/news-tile/define.js';
import '../../packages/components/src/profile-tile/define.js';
import '../../packages/components/src/contact-tile/define.js';
import '../../packages/components/src/agenda-tile/define.js';
import '../../packages/components/src/pajemploi-tile/define.js';
import '../../packages/components/src/files-tile/define.js';
import '../../packages/components/src/account-tile/define.js';
import '../../packages/components/src/service-catalogue-tile/define.js';

interface TileCase {
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
    shows: ['Mes démarches', "Demande de prime d'activité", 'En cours de traitement', 'Référence PA-2026-004512', 'Suivre mes démarches', 'Déclarer un changement', 'Simuler ou faire une demande de prestation'],
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
    shows: ['Muriel Lefèvre', 'Dossier n° 1234567', 'En vie maritale depuis le 23 février 2018', '24 résidence des Tilleuls', 'muriel.lefevre@exemple.fr', 'Consulter ou modifier mon profil'],
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
    tag: 'mc-service-catalogue-tile',
    method: 'getServiceCatalogue',
    adapter: msaMemory,
    empty: (a) => answering(a, 'getServiceCatalogue', { groups: [] }),
    shows: ['Tous mes services en ligne', 'Mes services pro', 'Attestations / Exploitation', 'Régler mes factures', 'Mes services perso', 'Vous pouvez également', 'Demander un rendez-vous'],
    emptyText: 'Aucun service en ligne n’est disponible pour le moment.',
  },
];

const busy = (el: Element) => cardOf(el).shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy');
const retryButton = (el: Element) => cardOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');

for (const c of CASES) {
  describe(c.tag, () => {
    it('loading: shows the skeleton, aria-busy, while the call hangs', async () => {
      const adapter = c.adapter();
      adapter.faults.hang(c.method);
      const el = await tile<TileElement>(c.tag, adapter, false);
      await cardOf(el).updateComplete;
      expect(stateOf(el)).to.equal('loading');
      expect(busy(el)).to.equal('true');
      expect(cardOf(el).shadowRoot!.querySelector('[part~="skeleton"]')).to.not.equal(null);
      expect(el.hasAttribute('hidden')).to.equal(false);
    });

    it('ready: shows the data', async () => {
      const el = await tile<TileElement>(c.tag, c.adapter());
      expect(stateOf(el)).to.equal('ready');
      expect(busy(el)).to.equal(null);
      const text = textOf(el);
      for (const expected of c.shows) expect(text, expected).to.include(expected);
    });

    it('empty: says there is nothing to show', async () => {
      const el = await tile<TileElement>(c.tag, c.empty(c.adapter()));
      if (c.emptyText === 'hidden') {
        expect(el.hasAttribute('hidden')).to.equal(true);
        expect(el.getBoundingClientRect().height).to.equal(0);
      } else {
        expect(stateOf(el)).to.equal('empty');
        expect(textOf(el)).to.include(c.emptyText);
      }
    });

    it('error: shows the message of the error kind; "Réessayer" (Enter) loads again and recovers, focus kept in the tile', async () => {
      const adapter = c.adapter();
      adapter.faults.failNext(c.method, 2, 'timeout');
      const el = await tile<TileElement>(c.tag, adapter);
      expect(stateOf(el)).to.equal('error');
      expect(textOf(el)).to.include('Le service met trop de temps à répondre.');
      // First retry fails again: the (new) retry button gets the focus back.
      retryButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      await new Promise((r) => setTimeout(r));
      expect(stateOf(el)).to.equal('error');
      expect(deepActive()).to.equal(retryButton(el));
      // Second retry succeeds: the content is shown and the focus stays in the tile.
      await sendKeys({ press: 'Enter' });
      await settled(el);
      await new Promise((r) => setTimeout(r));
      expect(stateOf(el)).to.equal('ready');
      for (const expected of c.shows) expect(textOf(el)).to.include(expected);
      expect(el.shadowRoot!.activeElement, 'focus in the tile').to.not.equal(null);
    });

    describe('Accessibility', () => {
      for (const { theme, scheme } of THEME_COMBOS) {
        it(`passes axe in ${theme} ${scheme} in every state`, async function () {
          this.timeout(30000); // axe over four tiles, on a shared machine
          const hung = c.adapter();
          hung.faults.hang(c.method);
          const failing = c.adapter();
          failing.faults.failNext(c.method, 1, 'server');
          const region = await themedFixture(html``, theme, scheme);
          const adapters = [c.adapter(), hung, failing, c.empty(c.adapter())];
          const tiles = adapters.map((adapter) => {
            const el = document.createElement(c.tag) as TileElement;
            el.adapter = adapter;
            region.append(el);
            return el;
          });
          await Promise.all(tiles.slice(0, 1).concat(tiles.slice(2)).map((t) => settled(t)));
          await cardOf(tiles[1]!).updateComplete;
          expect(tiles.map((t) => stateOf(t))).to.deep.equal(['ready', 'loading', 'error', c.emptyText === 'hidden' ? 'hidden' : 'empty']);
          await expect(region).to.be.accessible();
        });
      }
    });
  });
}
