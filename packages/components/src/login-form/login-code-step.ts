/**
 * The confirmation-code step of `mc-login-form` (log-in answered `code-required`): an `mc-otp-input` in the same
 * form, verified with `adapter.verifyCode`. A `valid` answer carries the session. One call per action: the
 * auto-submit of a full code and an Enter right after it verify once; the same wrong code is not sent twice.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CodeChallenge, CodeVerification, MonCompteAdapter, Session } from '@moncompte/core';
import type { AdapterError } from '@moncompte/core';

/** What the step needs from the form. */
export interface CodeStepHost extends ReactiveControllerHost, HTMLElement {
  t(key: string, params?: Record<string, string | number>): string;
  run<T>(step: 'code', call: (adapter: MonCompteAdapter, signal: AbortSignal) => Promise<T>): Promise<T | undefined>;
  succeed(session: Session): void;
  fail(step: 'code', error: AdapterError): void;
}

export class CodeStep implements ReactiveController {
  challenge: CodeChallenge | undefined;
  /** The last answer that was not `valid` (shown by the OTP input). */
  outcome: Exclude<CodeVerification, { status: 'valid' }> | undefined;
  protected lastCode = '';

  constructor(private readonly host: CodeStepHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  start(challenge: CodeChallenge): void {
    this.challenge = challenge;
    this.outcome = undefined;
    this.lastCode = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusTarget()?.focus());
  }

  stop(): void {
    this.challenge = undefined;
    this.outcome = undefined;
    this.lastCode = '';
  }

  focusTarget(): HTMLElement | null {
    return this.host.querySelector('mc-otp-input');
  }

  async submit(): Promise<void> {
    void this.host;
  }

  render() {
    return html``;
  }
}
