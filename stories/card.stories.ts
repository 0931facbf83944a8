import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CardHeadingLevel, CardState } from '@moncompte/components/card.js';
import '@moncompte/components/card.js';
import '@moncompte/components/badge.js';

interface Args {
  heading: string;
  headingLevel: CardHeadingLevel;
  href: string;
  state: CardState;
}

const icon = html`<svg slot="icon" aria-hidden="true" width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor"
  stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><rect x="3" y="6" width="18" height="13" rx="2" /><path d="M3 10h18" /></svg>`;

const meta: Meta<Args> = {
  title: 'Primitives/Card',
  component: 'mc-card',
  tags: ['autodocs'],
  args: { heading: 'Mes paiements', headingLevel: 2, href: '', state: 'ready' },
  argTypes: {
    state: { control: 'inline-radio', options: ['ready', 'loading', 'error', 'empty'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4] },
  },
  render: (a) => html`<div style="max-width: 22rem">
    <mc-card heading=${a.heading} heading-level=${a.headingLevel} href=${ifDefined(a.href || undefined)} state=${a.state}>
      <p>Dernier paiement : 312,45 € le 5 mars 2026.</p>
    </mc-card>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};

/** The whole card is clickable through its heading's link: one link for screen readers. */
export const WholeCardLink: Story = { args: { href: '#paiements' } };

export const WithIconBadgeAndFooter: Story = {
  render: () => html`<div style="max-width: 22rem">
    <mc-card heading="Mes messages" href="#messages">
      ${icon}
      <p>Vous avez <mc-badge variant="new" label="2 nouveaux messages">2</mc-badge> messages non lus.</p>
      <a slot="footer" href="#tout-lire">Tout marquer comme lu</a>
    </mc-card>
  </div>`,
};

export const Loading: Story = { args: { state: 'loading' } };

export const ErrorState: Story = { name: 'Error', args: { state: 'error', heading: 'Mon agenda' } };

export const Empty: Story = { args: { state: 'empty', heading: 'Mes démarches en cours' } };

export const DashboardGrid: Story = {
  render: () => html`<div style="display: grid; gap: var(--mc-space-4); grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))">
    <mc-card heading="Mes paiements" href="#paiements"><p>Dernier paiement : 312,45 € le 5 mars.</p></mc-card>
    <mc-card heading="Mes documents" state="loading"></mc-card>
    <mc-card heading="Mon agenda" state="error"></mc-card>
    <mc-card heading="Mes démarches" state="empty"></mc-card>
  </div>`,
};
