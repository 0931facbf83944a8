import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import '@moncompte/components/password-change.js';
import type { McPasswordChange, PasswordChangeStep } from '@moncompte/components/password-change.js';

const agencyOf = (globals: Record<string, unknown>): 'caf' | 'msa' => (globals['theme'] === 'msa' ? 'msa' : 'caf');

const meta: Meta = {
  title: 'Compte/Changer mon mot de passe',
  component: 'mc-password-change',
  tags: ['autodocs'],
  parameters: {
    adapter: { signedIn: true },
    docs: {
      description: {
        component:
          '"Changer mon mot de passe" (Gérer mon compte), signed in: the current password, then the new one with the agency’s rules and its confirmation. One adapter call per submit; a wrong current password is said next to that field. Inputs are in the light DOM, in a real form. The demo account’s password is `Bonjour2026`.',
      },
    },
  },
  render: (_args, { globals }) => html`<div style="padding: 1.5rem"><mc-password-change agency=${agencyOf(globals)}></mc-password-change></div>`,
};
export default meta;
type Story = StoryObj;

/** Waits until the flow shows `step` with no call in flight, its policy loaded, and every field inside rendered. */
async function at(canvas: HTMLElement, step: PasswordChangeStep): Promise<McPasswordChange> {
  const element = canvas.querySelector('mc-password-change')!;
  for (let i = 0; i < 200 && (element.flow.steps.current !== step || element.flow.runner.busy || !element.policy.value); i += 1) {
    await new Promise((r) => setTimeout(r, 25));
  }
  await element.updateComplete;
  for (const child of element.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
  return element;
}

/** The passwords typed (as the fields' values), then the form submitted. */
async function submitWith(canvas: HTMLElement, current: string, password: string): Promise<McPasswordChange> {
  const element = await at(canvas, 'password');
  element.secrets = { current, password, confirmation: password };
  element.requestUpdate();
  await at(canvas, 'password');
  element.querySelector('form')?.requestSubmit();
  await new Promise((r) => setTimeout(r, 100));
  return at(canvas, element.flow.steps.current);
}

const passwordOf = (element: McPasswordChange) => DEMO_ACCOUNTS[element.agency === 'msa' ? 'msa' : 'caf'].password;

/** The form: current password, then the new one with the rule checklist and its confirmation. */
export const Form: Story = {};

/** Submitted empty: every error in the summary and next to its field. */
export const Errors: Story = {
  play: async ({ canvasElement }) => void (await submitWith(canvasElement, '', '')),
};

/** The back end refused the current password. */
export const WrongCurrentPassword: Story = {
  play: async ({ canvasElement }) => void (await submitWith(canvasElement, 'PasLeBon2026', 'Printemps-2027')),
};

/** The service could not be reached: what to do, with what was typed kept. */
export const Failure: Story = {
  parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => a.faults.failNext('changePassword', 1, 'network') } },
  play: async ({ canvasElement }) => {
    const element = await at(canvasElement, 'password');
    await submitWith(canvasElement, passwordOf(element), 'Printemps-2027');
  },
};

/** The session expired: the log-in form in place, then the form is back. */
export const SessionExpired: Story = {
  parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => a.faults.failNext('changePassword', 1, 'unauthorized') } },
  play: async ({ canvasElement }) => {
    const element = await at(canvasElement, 'password');
    await submitWith(canvasElement, passwordOf(element), 'Printemps-2027');
  },
};

/** The new password is saved. */
export const Done: Story = {
  play: async ({ canvasElement }) => {
    const element = await at(canvasElement, 'password');
    await submitWith(canvasElement, passwordOf(element), 'Printemps-2027');
    await at(canvasElement, 'done');
  },
};
