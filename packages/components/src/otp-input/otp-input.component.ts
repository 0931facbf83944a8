import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import {
  fieldMessages,
  otpMessages,
  validateCode,
  codeMessages,
  type CodeChallenge,
  type CodeChannel,
  type CodeOutcome,
  type Validation,
} from '@moncompte/core';
import { LocalizeController } from '../shared/localize-controller.js';
import { emit } from '../shared/emit.js';
import { describedBy, FieldController, fieldStyles, messagesOf, renderError, renderLabel, renderNote } from '../shared/form-field.js';
import { systemClock, type Clock } from '../shared/form-clock.js';
import type { FieldError, FormField } from '../shared/form-registry.js';
import { otpInputStyles } from './otp-input.styles.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-otp-complete': CustomEvent<{ code: string }>;
    'mc-otp-resend': CustomEvent<{ channel: CodeChannel | undefined }>;
    'mc-channel-change': CustomEvent<{ channel: CodeChannel }>;
  }
}

/**
 * @element mc-otp-input
 * @summary Confirmation-code input: ONE real `<input>` in the LIGHT DOM of the page's form (`inputmode="numeric"`,
 * `autocomplete="one-time-code"` so SMS autofill sees it), drawn as one box per digit. Pasted codes are normalised
 * ("123 456", "123-456"); letters are an error and nothing is cut. When the code is complete it fires
 * `mc-otp-complete` once and, unless cancelled, submits the form (Enter right after does not submit it again).
 * Shows where the code was sent, until when it is valid (announced when it expires), a resend button with its
 * cooldown (announced once when resending is possible), a switch of channel when the challenge offers one, the
 * outcome of the last verification (`status`), and a "Code non reçu ?" help. Uses WebOTP when the browser has it.
 *
 * @fires mc-otp-complete - `{ code }` (digits only) when the code becomes complete; cancelable (then no submit).
 * @fires mc-otp-resend - `{ channel }` when the user asks for a new code (only outside the cooldown).
 * @fires mc-channel-change - `{ channel }` when the user asks to receive the code another way.
 *
 * @cssprop --mc-otp-cell-size - Size of a digit box (the target size by default).
 * @cssprop --mc-otp-gap - Gap between the boxes.
 * @cssprop --mc-otp-link-color - Colour of the resend / channel buttons and of the help.
 */
export class McOtpInput extends McElement implements FormField {
  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    name: {},
    value: {},
    challenge: { attribute: false },
    length: { type: Number },
    status: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    customError: { attribute: false },
    clock: { attribute: false },
  };

  label = '';
  hint = '';
  /** Name of the code in the form data. */
  name = '';
  /** The code as typed (digits, maybe separators or letters the user must correct). */
  value = '';
  /** The challenge from the adapter: length, masked destination, expiry, resend cooldown, channels. */
  challenge: CodeChallenge | undefined;
  /** Number of digits when there is no challenge. */
  length = 6;
  /** Outcome of the last verification, set by the flow: invalid (attempts left), expired, too many attempts. */
  status: CodeOutcome | undefined;
  disabled = false;
  /** An error from elsewhere, shown at once until the value changes. */
  customError = '';
  /** Time source for the expiry and the cooldown (tests and stories inject a fake one). */
  clock: Clock = systemClock;

  /** Last reading of the clock, and the text of the polite live region (rendered state, not properties). */
  private now = 0;
  private announcement = '';

  // The code validator's problems are translated with the element's own strings.
  private readonly i18n = new LocalizeController(this, messagesOf(fieldMessages, otpMessages, codeMessages));
  private readonly field = new FieldController(this, { styles: [fieldStyles, otpInputStyles] });
  /** The last complete code announced by `mc-otp-complete`, and the last one that submitted the form. */
  private completed = '';
  private submitted = '';
  private timer: number | undefined;
  private webOtp: AbortController | undefined;
  /** The challenge WebOTP was last asked for: once per code sent (a dismissed prompt is not asked again). */
  private webOtpFor: CodeChallenge | undefined | null = null;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get input(): HTMLInputElement | null {
    return this.querySelector(`#${this.field.id}-input`);
  }

  /** Number of digits expected. */
  get codeLength(): number {
    return this.challenge?.length ?? this.length;
  }

  /** The core validator's reading of the value: separators removed, never cut. */
  private get check(): Validation<string> {
    return validateCode(this.value, this.codeLength);
  }

  /** The code, normalised (separators removed); what `mc-otp-complete` carries. */
  get code(): string {
    return this.check.value;
  }

  private get expired(): boolean {
    return this.status?.status === 'expired' || (!!this.challenge && Date.parse(this.challenge.expiresAt) <= this.now);
  }
  /** Milliseconds before a new code may be asked for (0 or less: now). */
  private get resendIn(): number {
    return this.challenge ? Date.parse(this.challenge.resendAvailableAt) - this.now : 0;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.schedule(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clock.clearTimeout(this.timer);
    this.webOtp?.abort();
    this.webOtp = undefined;
    this.webOtpFor = null;
  }

  /** The message of the last verification's outcome (or of the expiry seen on the clock). */
  private get statusMessage(): string {
    const { status } = this;
    const t = this.i18n.t.bind(this.i18n);
    if (status?.status === 'too-many-attempts') return t('form.otp.tooManyAttempts');
    if (this.expired) return t('form.otp.expired');
    return status?.status === 'invalid' ? t('form.otp.invalid', { count: status.attemptsLeft }) : '';
  }

  get errors(): readonly string[] {
    if (this.disabled) return [];
    const first = this.customError || this.statusMessage;
    return first ? [first] : this.check.problems.map((p) => this.i18n.t(p.key as 'code.required', p.params));
  }

  fieldErrors(): readonly FieldError[] {
    const input = this.input;
    return input ? this.errors.map((message) => ({ message, target: input })) : [];
  }

  formSubmitted(): void {
    this.field.show();
  }

  formReset(): void {
    this.value = this.getAttribute('value') ?? '';
    this.customError = this.completed = this.submitted = '';
    this.field.reset();
  }

  /**
   * Re-reads the clock, announces once what changed since the last reading (resending possible, code expired), and
   * waits for the next change: the next second of the cooldown countdown, or the expiry.
   */
  private schedule(announce = true): void {
    this.clock.clearTimeout(this.timer);
    const cooling = this.resendIn > 0;
    const expired = this.expired;
    this.now = this.clock.now();
    this.requestUpdate();
    if (announce && cooling && this.resendIn <= 0) this.announcement = this.i18n.t('form.otp.resendReady');
    if (announce && !expired && this.expired) this.announcement = this.i18n.t('form.otp.expired');
    if (!this.challenge || !this.isConnected) return;
    const resendIn = this.resendIn;
    // The countdown is shown by the second; the expiry when it comes.
    const waits = [Date.parse(this.challenge.expiresAt) - this.now, resendIn > 0 ? ((resendIn - 1) % 1000) + 1 : 0].filter((ms) => ms > 0);
    // At most a minute at a time: a far expiry would overflow the timer's 32 bits (and fire at once, again and again).
    if (waits.length) this.timer = this.clock.setTimeout(() => this.schedule(), Math.min(...waits, 60_000));
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.customError = this.submitted = '';
    if (this.status?.status === 'invalid') this.status = undefined;
    if (/[^\s\p{Pd}0-9]/u.test(this.value)) this.field.show();
    this.complete();
  }

  /** Pasted text: separators removed when what is left is digits; anything else is kept as pasted (an error). */
  private onPaste(event: ClipboardEvent): void {
    const input = event.target as HTMLInputElement;
    const text = (event.clipboardData?.getData('text') ?? '').replace(/[\r\n]+/g, '');
    const digits = validateCode(text, this.codeLength).value;
    event.preventDefault();
    input.setRangeText(/^[0-9]*$/.test(digits) ? digits : text, input.selectionStart ?? 0, input.selectionEnd ?? 0, 'end');
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }

  private onKeydown(event: KeyboardEvent): void {
    // Enter right after the automatic submit would submit the same code a second time.
    if (event.key === 'Enter' && this.submitted && this.submitted === this.code) event.preventDefault();
  }

  /** Fires `mc-otp-complete` once per complete code, then submits the form unless cancelled. */
  private complete(): void {
    const { ok, value } = this.check;
    if (!ok) this.completed = '';
    if (!ok || value === this.completed || this.statusMessage) return;
    this.completed = value;
    if (emit(this, 'mc-otp-complete', { code: value }, { cancelable: true })) {
      this.submitted = value;
      // The submit is synchronous: the input's validity must not wait for the next render.
      this.input?.setCustomValidity('');
      this.field.form?.requestSubmit();
    }
  }

  /** WebOTP, when the browser has it: the code of the SMS fills the field (aborted when the element goes). */
  private startWebOtp(): void {
    if (this.webOtpFor === this.challenge || !('OTPCredential' in window)) return;
    this.webOtp?.abort();
    this.webOtpFor = this.challenge;
    const { signal } = (this.webOtp = new AbortController());
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal } as CredentialRequestOptions)
      .then(async (credential) => {
        const code = (credential as (Credential & { code?: string }) | null)?.code;
        if (!code || signal.aborted) return;
        this.value = code;
        await this.updateComplete;
        this.complete();
      })
      .catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('challenge')) {
      if (changed.get('challenge')) {
        // A new code was sent: the old one and the outcome of its verification no longer count.
        this.value = this.completed = '';
        this.status = undefined;
      }
      this.announcement = '';
      this.schedule(false);
    }
    if (changed.has('status')) this.submitted = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((this.challenge?.channel ?? 'sms') === 'sms') this.startWebOtp();
    else {
      this.webOtp?.abort();
      this.webOtp = undefined;
      this.webOtpFor = null;
    }
    const input = this.input;
    if (!input) return;
    // Written only when it differs: setting an input's value costs a layout, and typing already set it.
    if (input.value !== this.value) input.value = this.value;
    input.setCustomValidity(this.errors[0] ?? '');
    input.parentElement!.style.setProperty('--mc-otp-length', String(this.codeLength));
  }

  private renderActions(id: string, challenge: CodeChallenge) {
    const t = this.i18n.t.bind(this.i18n);
    const { channel } = challenge;
    const wait = Math.ceil(this.resendIn / 1000);
    const button = (label: string, onClick: () => unknown, waiting = false) =>
      html`<button
        type="button"
        class="mc-otp__link"
        aria-disabled=${waiting ? 'true' : 'false'}
        aria-describedby=${describedBy(waiting && `${id}-wait`)}
        ?disabled=${this.disabled}
        @click=${onClick}
      >
        ${label}
      </button>`;
    return html`<div class="mc-otp__actions">
        ${button(t('form.otp.resend'), () => wait > 0 || emit(this, 'mc-otp-resend', { channel }), wait > 0)}
        ${challenge.channels
          .filter((other) => other !== channel)
          .map((other) => button(t(other === 'sms' ? 'form.otp.useSms' : 'form.otp.useEmail'), () => emit(this, 'mc-channel-change', { channel: other })))}
      </div>
      ${renderNote(`${id}-wait`, 'hint', wait > 0 ? t('form.otp.resendIn', { count: wait }) : '')}`;
  }

  protected override render() {
    const { id } = this.field;
    const t = this.i18n.t.bind(this.i18n);
    const { challenge } = this;
    const email = challenge?.channel === 'email';
    const destination = challenge?.maskedDestination
      ? t(email ? 'form.otp.sentEmail' : 'form.otp.sentSms', { destination: challenge.maskedDestination })
      : '';
    const time = challenge && !this.expired
      ? t('form.otp.expiresAt', {
          time: new Intl.DateTimeFormat(this.i18n.locale, { hour: '2-digit', minute: '2-digit' }).format(Date.parse(challenge.expiresAt)),
        })
      : '';
    const hint = `${this.hint || t('form.otp.hint', { length: this.codeLength })} ${time}`.trim();
    const shown = this.field.showErrors || this.customError || this.statusMessage ? this.errors : [];
    return html`
      ${renderLabel(id, this.label || t('form.otp.label'), t('form.required.marker'))}
      ${renderNote(`${id}-dest`, 'hint', destination)} ${renderNote(`${id}-hint`, 'hint', hint)}
      <div aria-live="polite">${renderError(`${id}-error`, t('form.error.prefix'), shown)}</div>
      <div class="mc-otp__box">
        <span class="mc-otp__segments" aria-hidden="true">
          ${Array.from({ length: this.codeLength }, () => html`<span class="mc-otp__segment"></span>`)}
        </span>
        <input
          class="mc-field__input mc-otp__input"
          id=${`${id}-input`}
          name=${this.name || nothing}
          inputmode="numeric"
          autocomplete="one-time-code"
          spellcheck="false"
          autocapitalize="none"
          required
          ?disabled=${this.disabled}
          aria-invalid=${shown.length ? 'true' : 'false'}
          aria-describedby=${describedBy(destination && `${id}-dest`, `${id}-hint`, shown.length > 0 && `${id}-error`)}
          @input=${this.onInput}
          @paste=${this.onPaste}
          @keydown=${this.onKeydown}
          @focus=${() => this.field.focused(this.value)}
          @blur=${() => this.field.blurred(this.value)}
        />
      </div>
      ${challenge ? this.renderActions(id, challenge) : nothing}
      <p class="mc-vh" aria-live="polite">${this.announcement}</p>
      <details>
        <summary>${t('form.otp.helpTitle')}</summary>
        <p>${t(email ? 'form.otp.helpEmail' : 'form.otp.helpSms')}</p>
      </details>
    `;
  }
}
