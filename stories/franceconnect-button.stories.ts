import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryAdapter } from '@moncompte/adapters/memory';
import type { Redirect } from '@moncompte/core';
import '@moncompte/components/franceconnect-button.js';

interface Args {
  variant: 'franceconnect' | 'franceconnect-plus';
}

/** In Storybook the redirect is printed instead of followed (the demo has no identity provider). */
function print(event: Event, redirect: Redirect): void {
  const output = (event.target as HTMLElement).closest('div')?.querySelector('output');
  if (output) output.value = `${redirect.method} ${redirect.url}`;
}

const meta: Meta<Args> = {
  title: 'Connexion/Bouton FranceConnect',
  component: 'mc-franceconnect-button',
  tags: ['autodocs'],
  args: { variant: 'franceconnect' },
  argTypes: { variant: { control: 'inline-radio', options: ['franceconnect', 'franceconnect-plus'] } },
  parameters: {
    docs: {
      description: {
        component:
          'FranceConnect’s official button: its colours are hard-coded and no theme restyles it (switch the theme: it does not change). It asks the adapter where to go, then navigates (GET) or posts a form (POST) in the current tab; here the redirect is printed instead.',
      },
    },
  },
  render: (args) => html`<div style="padding: 1.5rem">
    <mc-franceconnect-button
      variant=${args.variant}
      @mc-franceconnect-redirect=${(e: CustomEvent<{ redirect: Redirect }>) => {
        e.preventDefault();
        print(e, e.detail.redirect);
      }}
    ></mc-franceconnect-button>
    <output aria-live="polite"></output>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const FranceConnect: Story = {};

export const FranceConnectPlus: Story = { args: { variant: 'franceconnect-plus' } };

/** The adapter failed: what happened and what to do, under the button. */
export const Failure: Story = {
  parameters: { adapter: { setup: (a: MemoryAdapter) => a.faults.failNext('startFranceConnect', 1, 'network') } },
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector('mc-franceconnect-button')!;
    await button.updateComplete;
    await button.start();
  },
};
