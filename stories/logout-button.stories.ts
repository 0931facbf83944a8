import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryAdapter } from '@moncompte/adapters/memory';
import '@moncompte/components/logout-button.js';

interface Args {
  variant: 'primary' | 'secondary' | 'tertiary';
}

const meta: Meta<Args> = {
  title: 'Connexion/Bouton Déconnexion',
  component: 'mc-logout-button',
  tags: ['autodocs'],
  args: { variant: 'secondary' },
  argTypes: { variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary'] } },
  parameters: { adapter: { signedIn: true } },
  render: (args) => html`<div style="padding: 1.5rem" @mc-logout=${(e: Event) => ((e.currentTarget as HTMLElement).querySelector('output')!.value = 'mc-logout')}>
    <mc-logout-button variant=${args.variant}></mc-logout-button>
    <p><output aria-live="polite"></output></p>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** Log-out failed: a notice says what to do; the button works again. */
export const Failure: Story = {
  parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => a.faults.failNext('logout', 1, 'server') } },
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector('mc-logout-button')!;
    await button.updateComplete;
    await button.logout();
  },
};
