import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { nirKey } from '@moncompte/core';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import '@moncompte/components/login-form.js';
import type { LoginFormConfig, LoginStatus, McLoginForm } from '@moncompte/components/login-form.js';

interface Args {
  config?: Partial<LoginFormConfig>;
}

/** The agency follows the toolbar theme, as the story's in-memory adapter does. */
const agencyOf = (globals: Record<string, unknown>): 'caf' | 'msa' => (globals['theme'] === 'msa' ? 'msa' : 'caf');

const meta: Meta<Args> = {
  title: 'Connexion/Formulaire de connexion',
  component: 'mc-login-form',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The log-in form (light DOM: the page’s own `<form>` and inputs, for password managers). FranceConnect first, then the social security number or a provisional identifier. Agency wording comes from `config` over the CAF / MSA presets (switch the theme in the toolbar). Demo accounts: CAF `2840375108123` / `Bonjour2026`, first connection `1790612345678` / `12345678`, MSA `1650221234567` / `Bonjour2026`; code `123456`.',
      },
    },
  },
  render: (args, { globals }) => html`<div style="padding: 1.5rem" @mc-franceconnect-redirect=${(e: Event) => e.preventDefault()}>
    <mc-login-form agency=${agencyOf(globals)} .config=${args.config}></mc-login-form>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

async function form(canvas: HTMLElement): Promise<McLoginForm> {
  const element = canvas.querySelector('mc-login-form')!;
  await element.updateComplete;
  return element;
}

async function settled(element: McLoginForm, statuses: readonly LoginStatus[], step?: 'code'): Promise<void> {
  for (let i = 0; i < 100 && !(statuses.includes(element.status) && (!step || element.step === step)); i += 1) {
    await new Promise((r) => setTimeout(r, 30));
  }
  await element.updateComplete;
}

/** Fills the fields (as typing does: the value, then an `input` event) and submits the form as "Se connecter" would. */
async function submit(canvas: HTMLElement, identifier: string, password: string): Promise<McLoginForm> {
  const element = await form(canvas);
  for (const [input, value] of [[element.identifierInput!, identifier], [element.passwordInput!, password]] as const) {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await element.updateComplete;
  element.form!.requestSubmit();
  return element;
}

const account = (canvas: HTMLElement) => DEMO_ACCOUNTS[(canvas.querySelector('mc-login-form')?.agency ?? 'caf') as 'caf' | 'msa'];

/** The form as it first appears (CAF: "Première connexion ? Créer Mon Compte"; MSA: "Pas encore inscrit ? S’inscrire"). */
export const Default: Story = {};

export const FranceConnectPlus: Story = { args: { config: { franceConnectPlus: true } } };

export const WithoutFranceConnect: Story = { args: { config: { showFranceConnect: false } } };

/** With links: "Mot de passe oublié ?" and the sign-up link follow these hrefs unless the page cancels their events. */
export const WithLinks: Story = { args: { config: { forgotPasswordHref: '#mot-de-passe-oublie', registerHref: '#inscription' } } };

/** "J’ai un identifiant provisoire" ticked (CAF; the MSA preset does not offer it). */
export const ProvisionalIdentifier: Story = {
  args: { config: { allowProvisionalIdentifier: true } },
  play: async ({ canvasElement }) => {
    const element = await form(canvasElement);
    element.querySelector<HTMLInputElement>('input[aria-controls]')?.click();
    await element.updateComplete;
  },
};

/** An empty submit: each error next to its field and in the focused summary. */
export const MissingFields: Story = {
  play: async ({ canvasElement }) => {
    const element = await form(canvasElement);
    element.form!.requestSubmit();
    await element.updateComplete;
  },
};

/** A social security number whose key (the last 2 digits) does not match. */
export const WrongKey: Story = {
  play: async ({ canvasElement }) => {
    const body = account(canvasElement).identifier;
    const wrong = String(((nirKey(body) ?? 0) % 97) + 1).padStart(2, '0');
    await submit(canvasElement, `${body} ${wrong}`, 'Bonjour2026');
  },
};

/** A right key is dropped, with a notice next to the field. */
export const KeyRemoved: Story = {
  parameters: { adapter: { setup: (a: MemoryAdapter) => a.faults.hang('login') } },
  play: async ({ canvasElement }) => {
    const { identifier, password } = account(canvasElement);
    await submit(canvasElement, `${identifier} ${String(nirKey(identifier)).padStart(2, '0')}`, password);
  },
};

/** ONE message whatever was wrong (unknown identifier or wrong password). */
export const InvalidCredentials: Story = {
  play: async ({ canvasElement }) => settled(await submit(canvasElement, '1850578006084', 'Mauvais2026'), ['invalid-credentials']),
};

export const Locked: Story = {
  parameters: { adapter: { options: { maxLoginFailures: 1 } } },
  play: async ({ canvasElement }) => settled(await submit(canvasElement, '1850578006084', 'Mauvais2026'), ['locked']),
};

/** The adapter could not be reached: what to do, and everything typed is kept. */
export const NetworkFailure: Story = {
  parameters: { adapter: { setup: (a: MemoryAdapter) => a.faults.failNext('login', 1, 'network') } },
  play: async ({ canvasElement }) => {
    const { identifier, password } = account(canvasElement);
    await settled(await submit(canvasElement, identifier, password), ['failed']);
  },
};

/** Too many requests: when to try again. */
export const RateLimited: Story = {
  parameters: { adapter: { setup: (a: MemoryAdapter) => a.faults.failNext('login', 1, 'rate-limited') } },
  play: async ({ canvasElement }) => {
    const { identifier, password } = account(canvasElement);
    await settled(await submit(canvasElement, identifier, password), ['failed']);
  },
};

/** The call is running: "Se connecter" is busy and ignores further activations. */
export const Pending: Story = {
  parameters: { adapter: { setup: (a: MemoryAdapter) => a.faults.hang('login') } },
  play: async ({ canvasElement }) => {
    const { identifier, password } = account(canvasElement);
    await settled(await submit(canvasElement, identifier, password), ['pending']);
  },
};

/** A second factor: the confirmation-code step in the same form (demo code 123456). */
export const CodeStep: Story = {
  parameters: { adapter: { options: { requireCodeAtLogin: true } } },
  play: async ({ canvasElement }) => {
    const { identifier, password } = account(canvasElement);
    await settled(await submit(canvasElement, identifier, password), ['idle'], 'code');
  },
};

export const Success: Story = {
  play: async ({ canvasElement }) => {
    const { identifier, password } = account(canvasElement);
    await settled(await submit(canvasElement, identifier, password), ['success']);
  },
};

/** The CAF first connection: the form fires `mc-migration-required` (the migration flow takes over). */
export const MigrationRequired: Story = {
  play: async ({ canvasElement }) => {
    const element = await form(canvasElement);
    if (element.agency !== 'caf') return;
    const { identifier, password } = DEMO_ACCOUNTS.cafMigration;
    await settled(await submit(canvasElement, identifier, password), ['migration-required']);
  },
};
