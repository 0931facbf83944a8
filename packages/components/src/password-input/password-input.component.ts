import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  CAF_PASSWORD_POLICY,
  checkPassword,
  fieldMessages,
  passwordMessages,
  translate,
  validateLoginPassword,
  validatePasswordConfirmation,
  passwordProblemMessages,
  type Catalogue,
  type PasswordCheck,
  type PasswordPolicy,
  type Problem,
} from '@moncompte/core';
import { LocalizeController } from '../shared/localize-controller.js';
import { describedBy, FieldController, fieldStyles, Interaction, messagesOf, renderError, renderLabel, renderNote } from '../shared/form-field.js';
import { systemClock, type Clock } from '../shared/form-clock.js';
import type { FieldError, FormField } from '../shared/form-registry.js';
import { passwordInputStyles } from './password-input.styles.js';

const VALIDATION = [passwordProblemMessages] as readonly Catalogue[];

/**
 * @element mc-password-input
 * @summary Password field, in the LIGHT DOM of the page's form so password managers see it. `mode="current"`
 * (log-in, `autocomplete="current-password"`) or `mode="new"` (`new-password`): the agency's rules as a checklist
 * before the field, each rule's state in text, one polite announcement of what changed once typing pauses, a
 * confirmation field that must match, and a form that cannot be submitted until the policy is met.
 *
 * Show/hide is a real button (`aria-controls`) whose state is announced; the field returns to `type=password` on
 * submit and on `pageshow`. No `maxlength` (a pasted or managed password is never cut), paste allowed, no spell
 * check or auto-capitalisation, Caps Lock warning. Native `input`/`change` events bubble from the inputs.
 *
 * @cssprop --mc-password-input-width - Width of the input and its button (100% by default).
 * @cssprop --mc-password-toggle-color - Colour of the show/hide button.
 * @cssprop --mc-password-rule-met-color - Colour of the ✓ of a met rule.
 * @cssprop --mc-password-rule-unmet-color - Colour of the ✗ of an unmet rule.
 */
export class McPasswordInput extends LitElement implements FormField {
  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    label: {},
    hint: {},
    name: {},
    value: {},
    policy: { attribute: false },
    confirmLabel: { attribute: 'confirm-label' },
    confirmName: { attribute: 'confirm-name' },
    confirmation: { attribute: false },
    noConfirm: { type: Boolean, attribute: 'no-confirm' },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    customError: { attribute: false },
    announceDelay: { type: Number, attribute: 'announce-delay' },
    clock: { attribute: false },
  };

  /** `current` (log-in) or `new` (choose a password: rules and confirmation). */
  mode: 'current' | 'new' = 'current';
  /** Label; "Mot de passe" / "Nouveau mot de passe" by default. */
  label = '';
  hint = '';
  /** Name of the password in the form data. */
  name = '';
  value = '';
  /** The agency's policy (from `adapter.getPasswordPolicy()`), `new` mode; CAF's 8–24 by default. */
  policy: PasswordPolicy = CAF_PASSWORD_POLICY;
  /** Label of the confirmation field (`new` mode). */
  confirmLabel = '';
  /** Name of the confirmation in the form data (none by default: it is not sent). */
  confirmName = '';
  /** The confirmation typed (`new` mode). */
  confirmation = '';
  /** `new` mode without a confirmation field. */
  noConfirm = false;
  /** `current` mode: an empty password is an error (`new` mode always requires one). */
  required = false;
  disabled = false;
  /** An error from elsewhere (the server), shown at once until the value changes. */
  customError = '';
  /** Pause after the last keystroke before the rules' state is announced (ms). */
  announceDelay = 1000;
  /** Time source of the announcement's debounce (tests inject a fake one). */
  clock: Clock = systemClock;

  // Rendered state (not properties): each change below asks for an update itself.
  private visible = false;
  private toggled = false;
  private capsLock = false;
  /** Text of the polite live region that summarises the rules. */
  private announcement = '';

  private readonly i18n = new LocalizeController(this, messagesOf(fieldMessages, passwordMessages));
  private readonly field = new FieldController(this, { styles: [fieldStyles, passwordInputStyles] });
  private readonly confirmField = new Interaction(this);
  private cache: { value: string; policy: PasswordPolicy; check: PasswordCheck } | undefined;
  private announced = '';
  private timer: number | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get isNew(): boolean {
    return this.mode === 'new';
  }
  private get hasConfirm(): boolean {
    return this.isNew && !this.noConfirm;
  }

  /** The password input, in the light DOM. */
  get input(): HTMLInputElement | null {
    return this.querySelector(`#${this.field.id}-input`);
  }
  /** The confirmation input (`new` mode). */
  get confirmInput(): HTMLInputElement | null {
    return this.querySelector(`#${this.field.id}-confirm-input`);
  }

  /** The core check of the value against the policy (`checkPassword`: lengths in code points). */
  get check(): PasswordCheck {
    const { value, policy } = this;
    if (this.cache?.value !== value || this.cache.policy !== policy) this.cache = { value, policy, check: checkPassword(value, policy) };
    return this.cache.check;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.hide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.hide);
    this.clock.clearTimeout(this.timer);
  }

  private text(problem: Problem): string {
    return translate(VALIDATION, this.i18n.locale, problem.key, problem.params);
  }

  /** Errors of the password itself, whether or not shown yet. */
  get errors(): readonly string[] {
    if (this.disabled) return [];
    if (this.customError) return [this.customError];
    if (!this.isNew) return this.required ? validateLoginPassword(this.value).problems.map((p) => this.text(p)) : [];
    const check = this.check;
    if (check.ok) return [];
    if (this.value === '') return check.problems.map((p) => this.text(p));
    const rules = check.rules.filter((r) => !r.ok).map((r) => this.text(r).toLowerCase());
    return [this.i18n.t('form.password.rulesUnmet', { rules: rules.join(', ') })];
  }

  /** Errors of the confirmation (`new` mode). */
  get confirmErrors(): readonly string[] {
    if (this.disabled || !this.hasConfirm) return [];
    return validatePasswordConfirmation(this.value, this.confirmation).problems.map((p) => this.text(p));
  }

  fieldErrors(): readonly FieldError[] {
    const errors: FieldError[] = [];
    const { input, confirmInput } = this;
    if (input) errors.push(...this.errors.map((message) => ({ message, target: input })));
    if (confirmInput) errors.push(...this.confirmErrors.map((message) => ({ message, target: confirmInput })));
    return errors;
  }

  /** A submit: errors are shown from now on, and the password is hidden at once (before the page unloads). */
  formSubmitted(): void {
    this.field.show();
    this.confirmField.show();
    this.hide();
  }

  formReset(): void {
    this.value = this.getAttribute('value') ?? '';
    this.confirmation = '';
    this.customError = '';
    this.announcement = '';
    this.announced = '';
    this.capsLock = false;
    this.toggled = false;
    this.clock.clearTimeout(this.timer);
    this.hide();
    this.field.reset();
    this.confirmField.reset();
  }

  private readonly hide = (): void => {
    this.visible = false;
    this.requestUpdate();
    for (const input of [this.input, this.confirmInput]) if (input) input.type = 'password';
  };

  private toggle(): void {
    this.visible = !this.visible;
    this.toggled = true;
    this.requestUpdate();
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input === this.confirmInput) {
      this.confirmation = input.value;
      return;
    }
    this.value = input.value;
    this.customError = '';
    if (this.isNew) {
      this.clock.clearTimeout(this.timer);
      this.timer = this.clock.setTimeout(() => this.announce(), this.announceDelay);
    }
  }

  /** One polite announcement of the rules' state, only when which rules are met changed since the last one. */
  private announce(): void {
    const { rules } = this.check;
    const met = rules.filter((r) => r.ok).length;
    const signature = rules.map((r) => (r.ok ? 1 : 0)).join('');
    if (signature === this.announced) return;
    this.announced = signature;
    this.requestUpdate();
    this.announcement =
      met === rules.length ? this.i18n.t('form.password.allMet') : this.i18n.t('form.password.progress', { count: met, total: rules.length });
  }

  private onKey(event: KeyboardEvent): void {
    const on = event.getModifierState?.('CapsLock') ?? false;
    if (on !== this.capsLock) {
      this.capsLock = on;
      this.requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The state the checklist starts from is not announced: only changes are.
    if (!this.announced || changed.has('policy')) this.announced = this.check.rules.map((r) => (r.ok ? 1 : 0)).join('');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { input, confirmInput } = this;
    // Written only when it differs: setting an input's value costs a layout, and typing already set it.
    if (input && input.value !== this.value) input.value = this.value;
    if (confirmInput && confirmInput.value !== this.confirmation) confirmInput.value = this.confirmation;
    input?.setCustomValidity(this.errors[0] ?? '');
    confirmInput?.setCustomValidity(this.confirmErrors[0] ?? '');
  }

  private renderInput(which: 'input' | 'confirm', errors: readonly string[], described: string | typeof nothing) {
    const id = `${this.field.id}-${which === 'confirm' ? 'confirm-input' : 'input'}`;
    const confirm = which === 'confirm';
    const interaction = confirm ? this.confirmField : this.field;
    return html`<input
      class="mc-field__input"
      id=${id}
      type=${this.visible ? 'text' : 'password'}
      name=${(confirm ? this.confirmName : this.name) || nothing}
      autocomplete=${this.isNew ? 'new-password' : 'current-password'}
      spellcheck="false"
      autocapitalize="none"
      autocorrect="off"
      ?required=${this.isNew || this.required}
      ?disabled=${this.disabled}
      aria-invalid=${errors.length ? 'true' : 'false'}
      aria-describedby=${described}
      @input=${this.onInput}
      @keydown=${this.onKey}
      @keyup=${this.onKey}
      @focus=${() => interaction.focused(confirm ? this.confirmation : this.value)}
      @blur=${() => {
        interaction.blurred(confirm ? this.confirmation : this.value);
        if (this.capsLock) {
          this.capsLock = false;
          this.requestUpdate();
        }
      }}
    />`;
  }

  private renderRules() {
    const { id } = this.field;
    return html`<p class="mc-field__hint" id=${`${id}-rules-intro`}>${this.i18n.t('form.password.rulesIntro')}</p>
      <ul class="mc-password__rules" id=${`${id}-rules`}>
        ${this.check.rules.map(
          (rule) =>
            html`<li class="mc-password__rule" ?data-ok=${rule.ok}>
              <span
                >${this.text(rule)}
                <span class="mc-vh">${this.i18n.t(rule.ok ? 'form.password.ruleMet' : 'form.password.ruleUnmet')}</span></span
              >
            </li>`,
        )}
      </ul>`;
  }

  protected override render() {
    const { id } = this.field;
    const t = this.i18n.t.bind(this.i18n);
    const required = this.isNew || this.required;
    const marker = required && t('form.required.marker');
    const errors = this.field.showErrors || this.customError ? this.errors : [];
    const confirmErrors = this.confirmField.showErrors ? this.confirmErrors : [];
    const prefix = t('form.error.prefix');
    const caps = this.capsLock ? t('form.password.capsLock') : '';
    const label = this.label || t(this.isNew ? 'form.password.newLabel' : 'form.password.label');
    return html`
      ${renderLabel(id, label, marker)} ${renderNote(`${id}-hint`, 'hint', this.hint)}
      ${this.isNew ? this.renderRules() : nothing} ${renderError(`${id}-error`, prefix, errors)}
      <div class="mc-password__row">
        ${this.renderInput(
          'input',
          errors,
          describedBy(
            this.hint && `${id}-hint`,
            this.isNew && `${id}-rules-intro`,
            this.isNew && `${id}-rules`,
            errors.length > 0 && `${id}-error`,
            caps && `${id}-caps`,
          ),
        )}
        <button
          type="button"
          class="mc-password__toggle"
          aria-controls=${this.hasConfirm ? `${id}-input ${id}-confirm-input` : `${id}-input`}
          ?disabled=${this.disabled}
          @click=${this.toggle}
        >
          ${t(this.visible ? 'form.password.hide' : 'form.password.show')}<span class="mc-vh">
            ${t('form.password.toggleSuffix')}</span
          >
        </button>
      </div>
      <div aria-live="polite">${renderNote(`${id}-caps`, 'warning', caps)}</div>
      <p class="mc-vh" aria-live="polite">
        ${this.toggled ? t(this.visible ? 'form.password.shown' : 'form.password.hidden') : ''}
      </p>
      ${this.hasConfirm
        ? html`${renderLabel(`${id}-confirm`, this.confirmLabel || t('form.password.confirmLabel'), marker)}
          ${renderError(`${id}-confirm-error`, prefix, confirmErrors)}
          <div class="mc-password__row">
            ${this.renderInput('confirm', confirmErrors, describedBy(confirmErrors.length > 0 && `${id}-confirm-error`))}
          </div>`
        : nothing}
      ${this.isNew ? html`<p class="mc-vh" aria-live="polite" id=${`${id}-live`}>${this.announcement}</p>` : nothing}
    `;
  }
}
