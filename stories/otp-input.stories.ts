import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CodeChallenge, CodeOutcome } from '@moncompte/core';
import '@moncompte/components/otp-input.js';

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

function challenge(overrides: Partial<CodeChallenge> = {}): CodeChallenge {
  return {
    id: 'story',
    channel: 'sms',
    maskedDestination: '06 •• •• •• 42',
    length: 6,
    expiresAt: inSeconds(600),
    resendAvailableAt: inSeconds(45),
    channels: ['sms', 'email'],
    ...overrides,
  };
}

interface Args {
  challenge?: () => CodeChallenge | undefined;
  status?: CodeOutcome;
  value: string;
  disabled: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/OTP input',
  component: 'mc-otp-input',
  tags: ['autodocs'],
  args: { challenge: () => challenge(), value: '', disabled: false },
  argTypes: { challenge: { control: false }, status: { control: 'object' } },
  render: (a) => html`<form @submit=${(e: SubmitEvent) => e.preventDefault()}>
    <mc-otp-input
      name="code"
      value=${a.value}
      ?disabled=${a.disabled}
      .challenge=${a.challenge?.()}
      .status=${a.status}
    ></mc-otp-input>
  </form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Code sent by SMS; resending possible in 45 s (counted down, announced once when possible). */
export const Sms: Story = {};

export const Email: Story = {
  args: { challenge: () => challenge({ channel: 'email', maskedDestination: 'm•••@exemple.fr', resendAvailableAt: inSeconds(-1) }) },
};

/** Forgotten password: the destination is not disclosed (nothing reveals whether the account exists). */
export const DestinationNotDisclosed: Story = { args: { challenge: () => challenge({ maskedDestination: '', channels: [] }) } };

export const Invalid: Story = { args: { value: '123456', status: { status: 'invalid', attemptsLeft: 2 } } };

export const LastAttempt: Story = { args: { value: '123456', status: { status: 'invalid', attemptsLeft: 1 } } };

export const Expired: Story = { args: { challenge: () => challenge({ expiresAt: inSeconds(-60), resendAvailableAt: inSeconds(-60) }) } };

export const TooManyAttempts: Story = { args: { status: { status: 'too-many-attempts' } } };

/** Letters are kept as typed (nothing is cut) and are an error at once. */
export const Letters: Story = { args: { value: '12a456' }, play: async ({ canvasElement }) => {
  const field = canvasElement.querySelector('mc-otp-input')!;
  await field.updateComplete;
  field.formSubmitted();
} };

export const EightDigits: Story = { args: { challenge: () => challenge({ length: 8 }) } };

export const WithoutChallenge: Story = { args: { challenge: undefined } };

export const Disabled: Story = { args: { disabled: true } };
