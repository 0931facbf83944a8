import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ButtonSize, ButtonType, ButtonVariant } from '@moncompte/components/button.js';
import '@moncompte/components/button.js';

interface Args {
  label: string;
  variant: ButtonVariant;
  size: ButtonSize;
  type: ButtonType;
  busy: boolean;
  disabled: boolean;
  href?: string;
}

const meta: Meta<Args> = {
  title: 'Primitives/Button',
  component: 'mc-button',
  tags: ['autodocs'],
  args: { label: 'Continuer', variant: 'primary', size: 'm', type: 'button', busy: false, disabled: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary'] },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    type: { control: 'inline-radio', options: ['button', 'submit', 'reset'] },
    href: { control: 'text' },
  },
  render: (a) => html`<mc-button
    variant=${a.variant}
    size=${a.size}
    type=${a.type}
    href=${ifDefined(a.href || undefined)}
    ?busy=${a.busy}
    ?disabled=${a.disabled}
    >${a.label}</mc-button
  >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Primary: Story = {};

export const Secondary: Story = { args: { variant: 'secondary', label: 'Retour' } };

export const Tertiary: Story = { args: { variant: 'tertiary', label: 'Annuler' } };

export const Sizes: Story = {
  render: () => html`<mc-button size="s">Petit</mc-button> <mc-button>Moyen</mc-button> <mc-button size="l">Grand</mc-button>`,
};

/** Spinner, "En cours…" for screen readers, aria-disabled, still focusable; activations are ignored. */
export const Busy: Story = { args: { busy: true, label: 'Envoyer' } };

export const Disabled: Story = { args: { disabled: true, label: 'Valider' } };

export const AsLink: Story = { args: { href: '#accueil', variant: 'secondary', label: 'Retour à l’accueil' } };

export const FullWidth: Story = {
  render: () => html`<div style="max-width: 20rem"><mc-button full-width>Se connecter</mc-button></div>`,
};

/**
 * A real form: the submit listener calls `runBusy()` with the request, so a double click sends once and the
 * button comes back when the request settles (here after 1.5 s).
 */
export const SubmitsItsForm: Story = {
  render: () => {
    let sent = 0;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const button = form.querySelector('mc-button')!;
      const output = form.querySelector('output')!;
      void button.runBusy(new Promise((resolve) => setTimeout(resolve, 1500))).then(() => {
        sent += 1;
        output.textContent = `Envois : ${sent}`;
      });
    };
    return html`<form @submit=${onSubmit} style="display: grid; gap: var(--mc-space-3); max-width: 24rem">
      <label for="story-button-email">Adresse électronique</label>
      <input id="story-button-email" name="email" type="email" autocomplete="email" />
      <div><mc-button type="submit">Envoyer</mc-button> <mc-button type="reset" variant="tertiary">Effacer</mc-button></div>
      <output aria-live="polite">Envois : 0</output>
    </form>`;
  },
};
