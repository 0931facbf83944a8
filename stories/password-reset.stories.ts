import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import '@moncompte/components/password-reset.js';
import type { McPasswordReset, PasswordResetStep } from '@moncompte/components/password-reset.js';

const agencyOf = (globals: Record<string, unknown>): 'caf' | 'msa' => (globals['theme'] === 'msa' ? 'msa' : 'caf');

const meta: Meta = {
  title: 'Connexion/Mot de passe oublié',
  component: 'mc-password-reset',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Forgotten password: identifier → channel (SMS or e-mail) → code → new password with the agency’s rules → confirmation. The same screens and words whatever the identifier (no enumeration). Inputs are in the light DOM, in real forms. Demo code `123456`.',
      },
    },
  },
  render: (_args, { globals }) =>
    html`<div style="padding: 1.5rem"><mc-password-reset agency=${agencyOf(globals)} storage-key=""></mc-password-reset></div>`,
};
export default meta;
type Story = StoryObj;

async function flow(canvas: HTMLElement): Promise<McPasswordReset> {
  const element = canvas.querySelector('mc-password-reset')!;
  await element.updateComplete;
  return element;
}

/** Waits until the flow shows `step` with no call in flight, and every field inside has rendered. */
async function at(element: McPasswordReset, step: PasswordResetStep): Promise<void> {
  for (let i = 0; i < 200 && (element.flow.steps.current !== step || element.flow.runner.busy); i += 1) await new Promise((r) => setTimeout(r, 25));
  await element.updateComplete;
  for (const child of element.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
}

const identifierOf = (element: McPasswordReset) => DEMO_ACCOUNTS[element.agency === 'msa' ? 'msa' : 'caf'].identifier;

/** Identifier typed and the channel chosen (SMS). */
async function toChannel(canvas: HTMLElement): Promise<McPasswordReset> {
  const element = await flow(canvas);
  element.flow.update({ identifier: identifierOf(element) });
  element.submitIdentifier();
  await at(element, 'channel');
  return element;
}

async function toCode(canvas: HTMLElement): Promise<McPasswordReset> {
  const element = await toChannel(canvas);
  element.flow.update({ channel: 'sms' });
  await element.requestCode();
  await at(element, 'code');
  return element;
}

async function toPassword(canvas: HTMLElement): Promise<McPasswordReset> {
  const element = await toCode(canvas);
  await element.verifyCode('123456');
  await at(element, 'password');
  return element;
}

const submitStep = async (element: McPasswordReset) => {
  element.querySelector('form')?.requestSubmit();
  await element.updateComplete;
};

/** Step 1: the identifier (NIR, or a provisional identifier at the CAF). */
export const Identifier: Story = {};

/** Prefilled from the login form's `mc-forgot-password`. */
export const IdentifierPrefilled: Story = {
  render: (_args, { globals }) =>
    html`<div style="padding: 1.5rem">
      <mc-password-reset agency=${agencyOf(globals)} storage-key="" identifier="2 84 03 75 108 123"></mc-password-reset>
    </div>`,
};

export const IdentifierMissing: Story = { play: async ({ canvasElement }) => submitStep(await flow(canvasElement)) };

/** Step 2: how to receive the code. */
export const Channel: Story = { play: async ({ canvasElement }) => void (await toChannel(canvasElement)) };

export const ChannelMissing: Story = { play: async ({ canvasElement }) => submitStep(await toChannel(canvasElement)) };

/** Sending the code failed: what to do, the choice kept, "Réessayer". */
export const SendFailed: Story = {
  parameters: { adapter: { setup: (a: MemoryAdapter) => a.faults.failNext('requestPasswordReset', 1, 'network') } },
  play: async ({ canvasElement }) => {
    const element = await toChannel(canvasElement);
    element.flow.update({ channel: 'email' });
    await element.requestCode();
    await at(element, 'channel');
  },
};

/** The session expired: log in again; the flow resumes at the same step. */
export const SessionExpired: Story = {
  parameters: { adapter: { setup: (a: MemoryAdapter) => a.faults.failNext('requestPasswordReset', 1, 'unauthorized') } },
  play: async ({ canvasElement }) => {
    const element = await toChannel(canvasElement);
    element.flow.update({ channel: 'sms' });
    await element.requestCode();
    await element.updateComplete;
    await element.querySelector('mc-login-form')?.updateComplete;
  },
};

/** Step 3: the code, with the same words for every identifier ("Si un compte correspond…"). */
export const Code: Story = { play: async ({ canvasElement }) => void (await toCode(canvasElement)) };

export const CodeInvalid: Story = {
  play: async ({ canvasElement }) => {
    const element = await toCode(canvasElement);
    await element.verifyCode('111111');
    await at(element, 'code');
  },
};

export const CodeTooManyAttempts: Story = {
  parameters: { adapter: { options: { maxCodeAttempts: 1 } } },
  play: async ({ canvasElement }) => {
    const element = await toCode(canvasElement);
    await element.verifyCode('111111');
    await at(element, 'code');
  },
};

/** Step 4: the new password, with the agency's rules (CAF 8–24; MSA 8–64 with a special character). */
export const NewPassword: Story = { play: async ({ canvasElement }) => void (await toPassword(canvasElement)) };

export const NewPasswordErrors: Story = { play: async ({ canvasElement }) => submitStep(await toPassword(canvasElement)) };

/** Confirmation. */
export const Done: Story = {
  play: async ({ canvasElement }) => {
    const element = await toPassword(canvasElement);
    element.secrets = { ...element.secrets, password: 'Nouveau2026#', confirmation: 'Nouveau2026#' };
    await element.savePassword();
    await at(element, 'done');
  },
};
