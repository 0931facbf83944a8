import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import type { MonCompteAdapter } from '@moncompte/core';
import '@moncompte/components/migration.js';
import type { McMigration, MigrationStep } from '@moncompte/components/migration.js';

const meta: Meta = {
  title: 'Connexion/Première connexion',
  component: 'mc-migration',
  tags: ['autodocs'],
  parameters: {
    // A modal dialog per story: each story in its own frame on the docs page.
    docs: {
      story: { inline: false, iframeHeight: 640 },
      description: {
        component:
          'The CAF first connection with the old 8-digit password (seed 002): a dialog explains the 3 steps and "5 à 10 minutes" → terms of use → new password → contact details → code → logged in. Started with the log-in’s `migration-required` outcome (`migration` property). Demo account `1790612345678` / `12345678`, code `123456`.',
      },
    },
    adapter: { options: { agency: 'caf' } },
  },
  render: () => html`<div style="padding: 1.5rem"><mc-migration agency="caf" storage-key=""></mc-migration></div>`,
};
export default meta;
type Story = StoryObj;

/** The element, started with a fresh migration token of the demo account (as after the login form). */
async function started(canvas: HTMLElement): Promise<McMigration> {
  const element = canvas.querySelector('mc-migration')!;
  const adapter = (canvas.querySelector('mc-adapter-provider') as (HTMLElement & { adapter?: MonCompteAdapter }) | null)?.adapter;
  const { identifier, password } = DEMO_ACCOUNTS.cafMigration;
  const outcome = await adapter?.login({ identifierKind: 'nir', identifier, password, rememberMe: false });
  if (outcome?.status === 'migration-required') element.migration = outcome;
  await element.updateComplete;
  return element;
}

async function at(element: McMigration, step: MigrationStep): Promise<void> {
  for (let i = 0; i < 200 && (element.flow.steps.current !== step || element.flow.runner.busy || element.terms.loading || element.policy.loading); i += 1) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await element.updateComplete;
  for (const child of element.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
}

const submitStep = async (element: McMigration) => {
  element.querySelector('form')?.requestSubmit();
  await element.updateComplete;
};

async function toTerms(canvas: HTMLElement): Promise<McMigration> {
  const element = await started(canvas);
  element.start();
  await at(element, 'terms');
  return element;
}

async function toPassword(canvas: HTMLElement): Promise<McMigration> {
  const element = await toTerms(canvas);
  element.flow.update({ termsChecked: true });
  await element.acceptTerms();
  await at(element, 'password');
  return element;
}

async function toContact(canvas: HTMLElement): Promise<McMigration> {
  const element = await toPassword(canvas);
  element.secrets = { ...element.secrets, password: 'Nouveau2026', confirmation: 'Nouveau2026' };
  await element.savePassword();
  await at(element, 'contact');
  return element;
}

async function toCode(canvas: HTMLElement): Promise<McMigration> {
  const element = await toContact(canvas);
  element.flow.update({ contactChannel: 'sms', contactValue: '06 12 34 56 78' });
  await element.sendCode();
  await at(element, 'code');
  return element;
}

/** The dialog: what changes, the 3 steps, "5 à 10 minutes sont nécessaires", "Commencer". */
export const Dialog: Story = { play: async ({ canvasElement }) => void (await started(canvasElement)) };

/** Step 1: the terms of use, as text, and the box to tick. */
export const Terms: Story = { play: async ({ canvasElement }) => void (await toTerms(canvasElement)) };

export const TermsNotAccepted: Story = { play: async ({ canvasElement }) => submitStep(await toTerms(canvasElement)) };

export const TermsLoadFailed: Story = {
  parameters: { adapter: { options: { agency: 'caf' }, setup: (a: MemoryAdapter) => a.faults.failNext('getTermsOfUse', 1, 'server') } },
  play: async ({ canvasElement }) => void (await toTerms(canvasElement)),
};

/** Step 2: the new password (8 to 24 characters, a digit, an upper-case and a lower-case letter). */
export const Password: Story = { play: async ({ canvasElement }) => void (await toPassword(canvasElement)) };

export const PasswordErrors: Story = { play: async ({ canvasElement }) => submitStep(await toPassword(canvasElement)) };

/** Saving the password failed: the password is kept, "Réessayer". */
export const PasswordSaveFailed: Story = {
  parameters: { adapter: { options: { agency: 'caf' }, setup: (a: MemoryAdapter) => a.faults.failNext('setMigrationPassword', 1, 'network') } },
  play: async ({ canvasElement }) => {
    const element = await toPassword(canvasElement);
    element.secrets = { ...element.secrets, password: 'Nouveau2026', confirmation: 'Nouveau2026' };
    await element.savePassword();
    await at(element, 'password');
  },
};

/** Step 3: the contact details, then "Envoyer le code". */
export const Contact: Story = { play: async ({ canvasElement }) => void (await toContact(canvasElement)) };

/** Step 3: the code sent by SMS, then "Valider". */
export const Code: Story = { play: async ({ canvasElement }) => void (await toCode(canvasElement)) };

/** The session expired while sending the code: log in again (old password); the flow resumes. */
export const SessionExpired: Story = {
  parameters: { adapter: { options: { agency: 'caf' }, setup: (a: MemoryAdapter) => a.faults.failNext('sendMigrationCode', 1, 'unauthorized') } },
  play: async ({ canvasElement }) => {
    const element = await toContact(canvasElement);
    element.flow.update({ contactChannel: 'email', contactValue: 'karim.b@exemple.fr' });
    await element.sendCode();
    await element.updateComplete;
    await element.querySelector('mc-login-form')?.updateComplete;
  },
};

/** Done: logged in with the new password (the page navigates on `mc-login`). */
export const Connected: Story = {
  play: async ({ canvasElement }) => {
    const element = await toCode(canvasElement);
    await element.verifyCode('123456');
    await at(element, 'connected');
  },
};
