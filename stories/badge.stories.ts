import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BadgeVariant } from '@moncompte/components/badge.js';
import '@moncompte/components/badge.js';

interface Args {
  variant: BadgeVariant;
  text: string;
  label: string;
}

const meta: Meta<Args> = {
  title: 'Primitives/Badge',
  component: 'mc-badge',
  tags: ['autodocs'],
  args: { variant: 'neutral', text: 'Brouillon', label: '' },
  argTypes: { variant: { control: 'inline-radio', options: ['neutral', 'info', 'success', 'warning', 'error', 'new'] } },
  render: (a) => html`<mc-badge variant=${a.variant} label=${a.label}>${a.text}</mc-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Neutral: Story = {};
export const Info: Story = { args: { variant: 'info', text: 'En cours de traitement' } };
export const Success: Story = { args: { variant: 'success', text: 'Validé' } };
export const Warning: Story = { args: { variant: 'warning', text: 'Pièce manquante' } };
export const ErrorState: Story = { name: 'Error', args: { variant: 'error', text: 'Refusé' } };
export const New: Story = { args: { variant: 'new', text: 'Nouveau' } };

/** Visible "3", read "3 nouveaux messages". */
export const CountWithAccessibleLabel: Story = {
  render: () => html`<p>Mes messages <mc-badge variant="new" label="3 nouveaux messages">3</mc-badge></p>`,
};

/** Without visible text, the label is shown: a badge is never a coloured dot alone. */
export const LabelOnly: Story = { args: { variant: 'success', text: '', label: 'À jour' } };
