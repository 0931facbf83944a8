/**
 * The confirmation-code step of the connection flows: an `mc-otp-input` (one real input in the light DOM,
 * `autocomplete="one-time-code"`) for the flow's challenge. A full code submits the step's form once (the OTP
 * input's `mc-otp-complete`, then Enter does not submit it again); the outcome of the last verification (invalid
 * with attempts left, expired, too many attempts) is shown by the input and blocks a new submit of the same code;
 * "Renvoyer le code" and "Recevoir le code par …" go through the adapter (`resendCode`, `switchCodeChannel`), or,
 * after too many attempts, through the flow's own "send the code" action again. The code is kept in memory only.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CodeChallenge, CodeChannel, CodeVerification } from '@moncompte/core';
import type { McOtpInput } from '../otp-input/otp-input.component.js';
import { systemClock, type Clock } from './form-clock.js';
import type { FlowCore } from './flow-core.js';
import type { Translate } from './flow-view.js';

export type CodeOutcomeView = Exclude<CodeVerification, { status: 'valid' }>;

export class CodeState implements ReactiveController {
  /** The code typed (memory only). */
  value = '';
  /** The last answer that was not `valid`, shown by the OTP input. */
  outcome: CodeOutcomeView | undefined;
  /** A new code was sent (resend or other channel): said once. */
  resent = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new challenge: nothing typed, nothing shown. */
  start(): void {
    this.value = '';
    this.outcome = undefined;
    this.resent = false;
    this.host.requestUpdate();
  }

  show(outcome: CodeOutcomeView): void {
    this.outcome = outcome;
    this.host.requestUpdate();
  }

  /** The code to verify: what the OTP input holds now (normalised), else the last one typed. */
  get code(): string {
    return this.host.querySelector<McOtpInput>('mc-otp-input')?.code ?? this.value;
  }
}

export interface CodeStepOptions {
  readonly t: Translate;
  readonly state: CodeState;
  readonly challenge: CodeChallenge;
  /** Said before the field (forgotten password: "Si un compte correspond…"). */
  readonly intro?: string;
  readonly clock?: Clock;
  /** "Renvoyer le code" (outside the cooldown). */
  readonly onResend: () => void;
  /** "Recevoir le code par SMS / e-mail". */
  readonly onSwitch: (channel: CodeChannel) => void;
}

export function renderCodeStep(options: CodeStepOptions): TemplateResult {
  const { state, t } = options;
  return html`${options.intro ? html`<p class="mc-flow__text">${options.intro}</p>` : ''}
    ${state.resent ? html`<mc-notice variant="success" announce><p>${t('connection.code.newCode')}</p></mc-notice>` : ''}
    <mc-otp-input
      name="one-time-code"
      .challenge=${options.challenge}
      .status=${state.outcome}
      .clock=${options.clock ?? systemClock}
      @input=${(e: Event) => (state.value = (e.currentTarget as McOtpInput).value)}
      @mc-otp-complete=${(e: CustomEvent<{ code: string }>) => (state.value = e.detail.code)}
      @mc-otp-resend=${() => options.onResend()}
      @mc-channel-change=${(e: CustomEvent<{ channel: CodeChannel }>) => options.onSwitch(e.detail.channel)}
    ></mc-otp-input>`;
}

/**
 * "Renvoyer le code" / "Recevoir le code par …": one adapter call (`resendCode`, or `switchCodeChannel` for another
 * channel). After too many wrong codes the challenge is spent: the flow's own send action (`restart`) asks for a
 * new one instead.
 */
export async function sendNewCode<S extends string, D extends { challenge: CodeChallenge | null }>(
  flow: FlowCore<S, D>,
  code: CodeState,
  channel: CodeChannel | undefined,
  restart: () => Promise<void>,
): Promise<void> {
  const challenge = flow.data.challenge;
  if (!challenge) return;
  if (code.outcome?.status === 'too-many-attempts') {
    await restart();
    if (flow.data.challenge !== challenge) code.resent = true;
    return;
  }
  const next = await flow.call(
    (adapter, signal) =>
      channel && channel !== challenge.channel
        ? adapter.switchCodeChannel({ challengeId: challenge.id, channel }, { signal })
        : adapter.resendCode({ challengeId: challenge.id }, { signal }),
    () => void sendNewCode(flow, code, channel, restart),
  );
  if (!next) return;
  code.start();
  code.resent = true;
  flow.update({ challenge: next } as Partial<D>);
}
