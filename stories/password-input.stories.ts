import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAF_PASSWORD_POLICY, type PasswordPolicy } from '@moncompte/core';
import '@moncompte/components/password-input.js';
import type { McPasswordInput } from '@moncompte/components/password-input.js';

const MSA_POLICY: PasswordPolicy = { minLength: 8, maxLength: 64, classes: ['digit', 'uppercase', 'lowercase', 'special'] };

const submitted = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  for (const field of canvasElement.querySelectorAll<McPasswordInput>('mc-password-input')) {
    await field.updateComplete;
    field.formSubmitted();
  }
};

interface Args {
  mode: 'current' | 'new';
  required: boolean;
  disabled: boolean;
  value: string;
  confirmation: string;
  policy: PasswordPolicy;
}

const meta: Meta<Args> = {
  title: 'Forms/Password input',
  component: 'mc-password-input',
  tags: ['autodocs'],
  args: { mode: 'current', required: true, disabled: false, value: '', confirmation: '', policy: CAF_PASSWORD_POLICY },
  argTypes: { mode: { control: 'inline-radio', options: ['current', 'new'] }, policy: { control: 'object' } },
  render: (a) => html`<form>
    <mc-password-input
      mode=${a.mode}
      name="password"
      value=${a.value}
      ?required=${a.required}
      ?disabled=${a.disabled}
      .policy=${a.policy}
      .confirmation=${a.confirmation}
    ></mc-password-input>
  </form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Log-in: `current-password`, show/hide, Caps Lock warning. */
export const Current: Story = {};

export const CurrentRequiredError: Story = { play: submitted };

/** The password shown (the button says "Masquer"; the state was announced). */
export const Shown: Story = {
  args: { value: 'Mon mot de passe' },
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector('mc-password-input')!;
    await field.updateComplete;
    field.querySelector('button')!.click();
  },
};

/** New password, CAF policy: 8 to 24 characters, a digit, an upper-case and a lower-case letter. */
export const NewCaf: Story = { args: { mode: 'new' } };

/** New password with another agency's policy (8 to 64, a special character too). */
export const NewOtherPolicy: Story = { args: { mode: 'new', policy: MSA_POLICY, value: 'abcdefgh' } };

/** After a submit: the rules not met, and the confirmation missing. */
export const NewRulesNotMet: Story = { args: { mode: 'new', value: 'motdepasse' }, play: submitted };

export const NewMismatch: Story = { args: { mode: 'new', value: 'Printemps2026', confirmation: 'Printemps2025' }, play: submitted };

export const NewValid: Story = { args: { mode: 'new', value: 'Printemps2026', confirmation: 'Printemps2026' }, play: submitted };

export const Disabled: Story = { args: { disabled: true } };
