import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryAdapter } from '@moncompte/adapters/memory';
import '@moncompte/components/dashboard.js';
import '@moncompte/components/logout-button.js';

/** What each agency's portal shows on its home page (the portal configures this per agency). */
const AGENCY = {
  caf: { name: 'Caf', tiles: 'alerts payments procedures news profile contact agenda pajemploi files account' },
  msa: { name: 'MSA', tiles: 'services alerts payments news profile contact agenda account' },
} as const;

const agencyOf = (theme: unknown) => (theme === 'msa' ? AGENCY.msa : AGENCY.caf);

const meta: Meta = {
  title: 'Dashboard/Dashboard',
  component: 'mc-dashboard',
  tags: ['autodocs'],
  parameters: { adapter: { signedIn: true } },
  render: (_args, { globals }) => {
    const agency = agencyOf(globals['theme']);
    return html`<div style="padding: 1rem"><mc-dashboard tiles=${agency.tiles} agency-name=${agency.name}></mc-dashboard></div>`;
  },
};
export default meta;
type Story = StoryObj;

/** The home page of the toolbar agency's demo account: CAF "Mon Compte" or MSA "Mon espace privé". */
export const HomePage: Story = {};

/**
 * Payments fail and news never answer: every other tile loads; "Réessayer" reloads the payments tile only
 * (here it fails again, the back end is down).
 */
export const FailingAndSlowTiles: Story = {
  parameters: {
    adapter: {
      signedIn: true,
      setup: (a: MemoryAdapter) => {
        a.faults.failNext('getPaymentsSummary', 1000, 'server');
        a.faults.hang('getNews');
      },
    },
  },
};

/** Every tile loading (the back end is slow). */
export const Loading: Story = {
  parameters: {
    adapter: {
      signedIn: true,
      setup: (a: MemoryAdapter) => {
        for (const method of ['getAlerts', 'getPaymentsSummary', 'getProcedures', 'getNews', 'getProfile', 'getContactChannels', 'getAgenda', 'getPajemploi', 'getFiles', 'getAccountHistory', 'getServiceCatalogue'] as const) {
          a.faults.hang(method);
        }
      },
    },
  },
};

/** A 320 px phone: one column, no horizontal scroll. */
export const Phone: Story = {
  render: (_args, { globals }) => {
    const agency = agencyOf(globals['theme']);
    return html`<div style="width: 320px; padding: 0; margin: 0 auto">
      <mc-dashboard tiles=${agency.tiles} agency-name=${agency.name}></mc-dashboard>
    </div>`;
  },
};

/**
 * After « Déconnexion » (the page's `mc-logout-button`, here above the tiles; its `mc-logout` reaches the document):
 * every tile has forgotten the account's data and says « Vous êtes déconnecté. », with no link; Pajemploi hides.
 * Nothing of the page clears them. They load again when `mc-login` reaches the document (a new log-in).
 */
export const SignedOut: Story = {
  render: (_args, { globals }) => {
    const agency = agencyOf(globals['theme']);
    return html`<div style="padding: 1rem">
      <p><mc-logout-button></mc-logout-button></p>
      <mc-dashboard tiles=${agency.tiles} agency-name=${agency.name}></mc-dashboard>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector('mc-logout-button')!;
    await button.updateComplete;
    await button.logout();
  },
};

/** A portal with another selection and order, and its own links (`links` property). */
export const ConfiguredSelection: Story = {
  render: () => html`<div style="padding: 1rem">
    <mc-dashboard
      tiles="procedures files profile"
      .links=${{ 'procedures-declare': '/caf/demarches/declarer-un-changement', profile: '/caf/profil' }}
    ></mc-dashboard>
  </div>`,
};
