import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { validateNir } from '@moncompte/core';
import '@moncompte/components/error-summary.js';
import '@moncompte/components/text-field.js';
import '@moncompte/components/password-input.js';

const nir = (value: string) => validateNir(value);

const meta: Meta = {
  title: 'Forms/Error summary',
  component: 'mc-error-summary',
  tags: ['autodocs'],
  render: () => html`<form @submit=${(e: SubmitEvent) => e.preventDefault()}>
    <mc-error-summary></mc-error-summary>
    <mc-text-field label="Numéro de sécurité sociale" name="username" autocomplete="username" required .validator=${nir}></mc-text-field>
    <mc-password-input name="password" required></mc-password-input>
    <label for="story-summary-email">Adresse électronique</label>
    <input id="story-summary-email" name="email" type="email" required />
    <p><button>Se connecter</button></p>
  </form>`,
};
export default meta;
type Story = StoryObj;

/** Nothing is shown until a submit fails. */
export const Empty: Story = {};

/** A failed submit: every error of the form (ours and the native e-mail input), links to each field. */
export const AfterFailedSubmit: Story = {
  play: async ({ canvasElement }) => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    canvasElement.querySelector('form')!.requestSubmit();
  },
};

/** Errors given by a flow (`show()`): the server's answer, one of them without a field. */
export const ServerErrors: Story = {
  play: async ({ canvasElement }) => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await canvasElement.querySelector('mc-error-summary')!.show([
      { message: 'Cette adresse électronique est déjà utilisée', target: 'story-summary-email' },
      { message: 'Le service est momentanément indisponible : réessayez dans quelques minutes' },
    ]);
  },
};
