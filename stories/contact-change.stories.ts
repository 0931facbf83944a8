import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_CODE, type MemoryAdapter } from '@moncompte/adapters/memory';
import '@moncompte/components/contact-change.js';
import type { ContactChangeStep, McContactChange } from '@moncompte/components/contact-change.js';

const agencyOf = (globals: Record<string, unknown>): 'caf' | 'msa' => (globals['theme'] === 'msa' ? 'msa' : 'caf');

const meta: Meta = {
  title: 'Compte/Modifier mes coordonnées',
  component: 'mc-contact-change',
  tags: ['autodocs'],
  parameters: {
    adapter: { signedIn: true },
    docs: {
      description: {
        component:
          '"Modifier mes coordonnées" (Mon profil), signed in: the current e-mail address and mobile number, the new one, then the confirmation code sent to it, which saves it. One adapter call per action; bad input is said next to the field and in the error summary. Inputs are in the light DOM, in a real form. The demo code is `123456`.',
      },
    },
  },
  render: (_args, { globals }) =>
    html`<div style="padding: 1.5rem"><mc-contact-change agency=${agencyOf(globals)} storage-key=""></mc-contact-change></div>`,
};
export default meta;
type Story = StoryObj;

/** Waits until the flow shows `step` with no call in flight, the current details loaded, and every field inside rendered. */
async function at(canvas: HTMLElement, step: ContactChangeStep): Promise<McContactChange> {
  const element = canvas.querySelector('mc-contact-change')!;
  const ready = () => element.flow.steps.current === step && !element.flow.runner.busy && (step !== 'contact' || !element.profile.loading);
  for (let i = 0; i < 200 && !ready(); i += 1) await new Promise((r) => setTimeout(r, 25));
  await element.updateComplete;
  for (const child of element.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
  return element;
}

/** A new e-mail address typed (as the field's value), then "Envoyer le code". */
async function sendTo(canvas: HTMLElement, email: string): Promise<McContactChange> {
  const element = await at(canvas, 'contact');
  element.flow.update({ contactChannel: 'email', contactValue: email });
  await at(canvas, 'contact');
  element.querySelector('form')?.requestSubmit();
  await new Promise((r) => setTimeout(r, 100));
  return at(canvas, element.flow.steps.current);
}

/** The current details, and the choice of what to change (e-mail address or mobile number). */
export const Form: Story = {};

/** Submitted empty: the error in the summary and next to the field. */
export const Errors: Story = { play: async ({ canvasElement }) => void (await sendTo(canvasElement, '')) };

/** The code sent to the new address: where it went, until when it is valid, resend. */
export const Code: Story = { play: async ({ canvasElement }) => void (await sendTo(canvasElement, 'nouvelle.adresse@exemple.fr')) };

/** The service could not be reached: what to do, with the address kept. */
export const Failure: Story = {
  parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => a.faults.failNext('sendContactChangeCode', 1, 'network') } },
  play: async ({ canvasElement }) => void (await sendTo(canvasElement, 'nouvelle.adresse@exemple.fr')),
};

/** The code was right: the new address is saved. */
export const Done: Story = {
  play: async ({ canvasElement }) => {
    const element = await sendTo(canvasElement, 'nouvelle.adresse@exemple.fr');
    await element.verifyCode(DEMO_CODE);
    await at(canvasElement, 'done');
  },
};
