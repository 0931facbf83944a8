import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import '@moncompte/components/registration.js';
import { CONNECTION_PRESETS } from '@moncompte/components/connection.js';
import type { McRegistration, RegistrationStep } from '@moncompte/components/registration.js';

const agencyOf = (globals: Record<string, unknown>): 'caf' | 'msa' => (globals['theme'] === 'msa' ? 'msa' : 'caf');

const meta: Meta = {
  title: 'Connexion/Création de compte',
  component: 'mc-registration',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Account creation ("Créer Mon Compte" at the CAF, "S’inscrire" at the MSA, with the agency’s options: the MSA asks names and sends the code by e-mail only): identifier and birth date → contact details → code → password → logged in (`mc-login`). Demo code `123456`.',
      },
    },
  },
  render: (_args, { globals }) => {
    const agency = agencyOf(globals);
    const { channels, askName } = CONNECTION_PRESETS[agency].registration;
    return html`<div style="padding: 1.5rem">
      <mc-registration
        agency=${agency}
        heading=${agency === 'msa' ? 'S’inscrire' : 'Créer Mon Compte'}
        storage-key=""
        ?ask-name=${askName}
        .channels=${channels}
        .allowProvisional=${agency === 'caf'}
      ></mc-registration>
    </div>`;
  },
};
export default meta;
type Story = StoryObj;

async function flow(canvas: HTMLElement): Promise<McRegistration> {
  const element = canvas.querySelector('mc-registration')!;
  await element.updateComplete;
  return element;
}

async function at(element: McRegistration, step: RegistrationStep): Promise<void> {
  for (let i = 0; i < 200 && (element.flow.steps.current !== step || element.flow.runner.busy); i += 1) await new Promise((r) => setTimeout(r, 25));
  await element.updateComplete;
  for (const child of element.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
}

const submitStep = async (element: McRegistration) => {
  element.querySelector('form')?.requestSubmit();
  await element.updateComplete;
};

async function toContact(canvas: HTMLElement, identifier = '1850578006084'): Promise<McRegistration> {
  const element = await flow(canvas);
  element.flow.update({ identifier, birthDate: '21/04/1985', firstName: 'Jeanne', lastName: 'Martin' });
  element.submitIdentity();
  await at(element, 'contact');
  return element;
}

async function toCode(canvas: HTMLElement, identifier?: string): Promise<McRegistration> {
  const element = await toContact(canvas, identifier);
  element.flow.update({ contactChannel: 'email', contactValue: 'jeanne.martin@exemple.fr' });
  await element.sendCode();
  await at(element, 'code');
  return element;
}

async function toPassword(canvas: HTMLElement, identifier?: string): Promise<McRegistration> {
  const element = await toCode(canvas, identifier);
  await element.verifyCode('123456');
  await at(element, 'password');
  element.secrets = { ...element.secrets, password: 'Bienvenue2026#', confirmation: 'Bienvenue2026#' };
  element.requestUpdate();
  await at(element, 'password');
  return element;
}

/** Step 1: identifier and birth date (and names at the MSA). */
export const Identity: Story = {};

export const IdentityMissing: Story = { play: async ({ canvasElement }) => submitStep(await flow(canvasElement)) };

export const BirthDateInvalid: Story = {
  play: async ({ canvasElement }) => {
    const element = await flow(canvasElement);
    element.flow.update({ identifier: '1850578006084', birthDate: '31/02/1985', firstName: 'Jeanne', lastName: 'Martin' });
    await submitStep(element);
  },
};

/** Step 2: where to receive the code (e-mail or mobile at the CAF, e-mail at the MSA). */
export const Contact: Story = { play: async ({ canvasElement }) => void (await toContact(canvasElement)) };

export const ContactInvalid: Story = {
  play: async ({ canvasElement }) => {
    const element = await toContact(canvasElement);
    element.flow.update({ contactValue: 'jeanne.martin@' });
    await at(element, 'contact');
    await submitStep(element);
  },
};

/** Sending the code failed: what to do, everything kept, "Réessayer". */
export const SendFailed: Story = {
  parameters: { adapter: { setup: (a: MemoryAdapter) => a.faults.failNext('startRegistration', 1, 'timeout') } },
  play: async ({ canvasElement }) => {
    const element = await toContact(canvasElement);
    element.flow.update({ contactValue: 'jeanne.martin@exemple.fr' });
    await element.sendCode();
    await at(element, 'contact');
  },
};

/** Step 3: the code sent to the address given. */
export const Code: Story = { play: async ({ canvasElement }) => void (await toCode(canvasElement)) };

/** Step 4: the password, with the agency's rules. */
export const Password: Story = { play: async ({ canvasElement }) => void (await toPassword(canvasElement)) };

/** An account already exists for this identifier. */
export const AccountExists: Story = {
  play: async ({ canvasElement }) => {
    const element = await toPassword(canvasElement, DEMO_ACCOUNTS.caf.identifier);
    await element.createAccount();
    await at(element, 'password');
  },
};

/** Created and logged in (the page navigates on `mc-login`). */
export const Connected: Story = {
  play: async ({ canvasElement }) => {
    const element = await toPassword(canvasElement);
    await element.createAccount();
    await at(element, 'connected');
  },
};
