import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { NoticeVariant } from '@moncompte/components/notice.js';
import '@moncompte/components/notice.js';
import '@moncompte/components/button.js';

interface Args {
  variant: NoticeVariant;
  heading: string;
  message: string;
  dismissible: boolean;
}

const meta: Meta<Args> = {
  title: 'Primitives/Notice',
  component: 'mc-notice',
  tags: ['autodocs'],
  args: { variant: 'info', heading: '', message: 'Vos informations sont à jour.', dismissible: false },
  argTypes: { variant: { control: 'inline-radio', options: ['info', 'success', 'warning', 'error'] } },
  render: (a) => html`<mc-notice variant=${a.variant} heading=${a.heading} ?dismissible=${a.dismissible}>
    <p>${a.message}</p>
  </mc-notice>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Info: Story = {};

export const Success: Story = {
  args: { variant: 'success', heading: 'Déclaration envoyée', message: 'Un accusé de réception vous a été envoyé par courriel.' },
};

export const Warning: Story = {
  args: { variant: 'warning', message: 'Les documents médicaux ne doivent pas être envoyés en ligne : envoyez-les par courrier.' },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { variant: 'error', heading: 'Connexion impossible', message: 'Le service est momentanément indisponible. Réessayez plus tard.' },
};

export const WithHeadingAndLink: Story = {
  render: () => html`<mc-notice variant="info" heading-level="2">
    <span slot="heading">Nouveau mot de passe</span>
    <p>Il doit contenir de 8 à 24 caractères, dont un chiffre, une majuscule et une minuscule.</p>
    <p><a href="#aide">Comment choisir un mot de passe</a></p>
  </mc-notice>`,
};

export const Dismissible: Story = { args: { variant: 'success', dismissible: true, message: 'Vos coordonnées ont été enregistrées.' } };

/** Appears after an action: `announce` makes it a live region (alert for errors, status otherwise). */
export const AnnouncedAfterAnAction: Story = {
  render: () => {
    const show = (variant: NoticeVariant, text: string) => (event: Event) => {
      const zone = (event.currentTarget as HTMLElement).closest('div')!.querySelector('.zone')!;
      const notice = document.createElement('mc-notice');
      notice.variant = variant;
      notice.announce = true;
      notice.dismissible = true;
      const p = document.createElement('p');
      p.textContent = text;
      notice.append(p);
      zone.replaceChildren(notice);
    };
    return html`<div style="display: grid; gap: var(--mc-space-3)">
      <div>
        <mc-button @click=${show('success', 'Document envoyé.')}>Réussir</mc-button>
        <mc-button variant="secondary" @click=${show('error', 'L’envoi a échoué. Réessayez.')}>Échouer</mc-button>
      </div>
      <div class="zone"></div>
    </div>`;
  },
};
