/**
 * The confirmation-code step of `mc-login-form` (log-in answered `code-required`): an `mc-otp-input` in the same
 * form, verified with `adapter.verifyCode`, whose `valid` answer carries the session. The OTP input submits the
 * form by itself once the code is complete (and swallows an Enter right after); the form's in-flight guard makes
 * any other repeat a no-op, so each action verifies once. Resending and switching channel go through the adapter
 * too, and the OTP input shows the new challenge.
 *
 * Loaded with `import()` (see `loadCodeStep` in the form): most log-ins never need it, so the form's entry does not
 * carry the OTP input.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { AdapterError, type CodeChallenge, type CodeChannel, type CodeOutcome, type MonCompteAdapter, type Session } from '@moncompte/core';
// This module is its own chunk, loaded by the form when a log-in answers `code-required`: the OTP input comes with it.
import '../otp-input/define.js';
import type { McOtpInput } from '../otp-input/otp-input.component.js';

/** What the step needs from the form. */
export interface CodeStepHost extends ReactiveControllerHost, HTMLElement {
  t(key: string, params?: Record<string, string | number>): string;
  run<T>(step: 'code', call: (adapter: MonCompteAdapter, signal: AbortSignal) => Promise<T>): Promise<T | undefined>;
  succeed(session: Session): void;
  fail(step: 'code', error: AdapterError): void;
  announceResent(): void;
}

export class CodeStep implements ReactiveController {
  /** The challenge being answered (undefined outside the code step). */
  challenge: CodeChallenge | undefined;
  /** The last answer that was not `valid`, shown by the OTP input. */
  outcome: Exclude<CodeOutcome, { status: 'valid' }> | undefined;

  constructor(private readonly host: CodeStepHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  get input(): McOtpInput | null {
    return this.host.querySelector('mc-otp-input');
  }

  start(challenge: CodeChallenge): void {
    this.challenge = challenge;
    this.outcome = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.input?.focus());
  }

  stop(): void {
    this.challenge = undefined;
    this.outcome = undefined;
    this.host.requestUpdate();
  }

  focusTarget(): HTMLElement | null {
    return this.input;
  }

  /** Verifies the code typed (the form was submitted and is valid). */
  async submit(): Promise<void> {
    const challenge = this.challenge;
    const code = this.input?.code ?? '';
    if (!challenge || !code) return;
    const result = await this.host.run('code', (adapter, signal) => adapter.verifyCode({ challengeId: challenge.id, code }, { signal }));
    if (!result || this.challenge !== challenge) return;
    if (result.status === 'valid') {
      if (result.session) this.host.succeed(result.session);
      else this.host.fail('code', new AdapterError('invalid-response', 'verifyCode answered valid without a session'));
      return;
    }
    this.outcome = result;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.input?.focus();
  }

  private async renew(call: (adapter: MonCompteAdapter, signal: AbortSignal, challengeId: string) => Promise<CodeChallenge>): Promise<void> {
    const challenge = this.challenge;
    if (!challenge) return;
    const next = await this.host.run('code', (adapter, signal) => call(adapter, signal, challenge.id));
    if (!next || this.challenge !== challenge) return;
    this.challenge = next;
    this.outcome = undefined;
    this.host.announceResent();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.input?.focus();
  }

  private readonly onResend = (): void => {
    void this.renew((adapter, signal, challengeId) => adapter.resendCode({ challengeId }, { signal }));
  };

  private readonly onChannel = (event: CustomEvent<{ channel: CodeChannel }>): void => {
    const { channel } = event.detail;
    void this.renew((adapter, signal, challengeId) => adapter.switchCodeChannel({ challengeId, channel }, { signal }));
  };

  render() {
    const t = this.host.t.bind(this.host);
    return html`<div class="mc-login__code">
      <h2 class="mc-login__code-title">${t('login.code.title')}</h2>
      <p>${t('login.code.intro')}</p>
      <mc-otp-input
        name="code"
        .challenge=${this.challenge}
        .status=${this.outcome}
        @mc-otp-resend=${this.onResend}
        @mc-channel-change=${this.onChannel}
      ></mc-otp-input>
    </div>`;
  }
}
