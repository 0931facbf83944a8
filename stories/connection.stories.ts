import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@moncompte/components/connection.js';
import type { McConnection } from '@moncompte/components/connection.js';

const agencyOf = (globals: Record<string, unknown>): 'caf' | 'msa' => (globals['theme'] === 'msa' ? 'msa' : 'caf');

const meta: Meta = {
  title: 'Connexion/Page de connexion',
  component: 'mc-connection',
  tags: ['autodocs'],
  parameters: {
    docs: {
      story: { inline: false, iframeHeight: 720 },
      description: {
        component:
          'What a portal drops on its connection page: the login form and, in its place, the forgotten-password, account-creation and first-connection flows, each loaded with `import()` when first needed. The agency (toolbar theme) picks the wording and options. Demo accounts: CAF `2840375108123` / `Bonjour2026`, first connection `1790612345678` / `12345678`, MSA `1650221234567` / `Bonjour2026`; code `123456`.',
      },
    },
  },
  render: (_args, { globals }) =>
    html`<div style="padding: 1.5rem"><mc-connection agency=${agencyOf(globals)} storage-key=""></mc-connection></div>`,
};
export default meta;
type Story = StoryObj;

/** Waits until the view's element has rendered its first step. */
async function show(canvas: HTMLElement, view: McConnection['view']): Promise<void> {
  const element = canvas.querySelector('mc-connection')!;
  await element.updateComplete;
  element.show(view, false);
  for (let i = 0; i < 200 && !element.querySelector(`mc-${view} h3, mc-${view} dialog`); i += 1) await new Promise((r) => setTimeout(r, 25));
  for (const child of element.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
}

/** The login form (FranceConnect first, the identifier, the password, the links to the flows). */
export const LoginForm: Story = {};

/** After "Mot de passe oublié ?". */
export const ForgottenPassword: Story = { play: async ({ canvasElement }) => show(canvasElement, 'password-reset') };

/** After "Créer Mon Compte" (CAF) / "S’inscrire" (MSA). */
export const AccountCreation: Story = { play: async ({ canvasElement }) => show(canvasElement, 'registration') };
