import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import {
  CAF_PASSWORD_POLICY,
  fieldMessages,
  passwordMessages,
  translate,
  validateLoginPassword,
  loginPasswordProblemMessages,
  type Catalogue,
  type PasswordCheck,
  type PasswordPolicy,
  type Problem,
} from '@moncompte/core';
import { LocalizeController } from '../shared/localize-controller.js';
import { describedBy, FieldController, fieldStyles, messagesOf, renderError, renderLabel, renderNote } from '../shared/form-field.js';
import { systemClock, type Clock } from '../shared/form-clock.js';
import type { FieldError, FormField } from '../shared/form-registry.js';
import type { PasswordRules, RulesHost } from './password-rules.js';
import { PasswordVisibility } from '../shared/password-visibility.js';
import { passwordInputStyles } from './password-input.styles.js';

const VALIDATION = [loginPasswordProblemMessages] as readonly Catalogue[];

/** The rule checker's class, as `password-rules.ts` exports it. */
export type PasswordRulesClass = new (host: RulesHost) => PasswordRules;

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
export class McPasswordInput extends McElement implements FormField, RulesHost {
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

  /**
   * The rule checker of `new` mode. The element's entry point installs it; an element put in `new` mode without it
   * loads it (`import()`), so a log-in form's password field never carries it.
   */
  static rulesClass: PasswordRulesClass | undefined;
  /** @internal How the rule checker is loaded when it is not installed (tests replace it). */
  static loadRules = (): Promise<{ PasswordRules: PasswordRulesClass }> => import('./password-rules.js');

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

  /** The rule checker, in `new` mode once it is loaded. */
  private rules: PasswordRules | undefined;

  private readonly i18n = new LocalizeController(this, messagesOf(fieldMessages, passwordMessages));
  private readonly field = new FieldController(this, { styles: [fieldStyles, passwordInputStyles] });
  private readonly visibility = new PasswordVisibility(this, () => [this.input, this.confirmInput]);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get isNew(): boolean {
    return this.mode === 'new';
  }

  /** The password input, in the light DOM. */
  get input(): HTMLInputElement | null {
    return this.querySelector(`#${this.field.id}-input`);
  }
  /** The confirmation input (`new` mode). */
  get confirmInput(): HTMLInputElement | null {
    return this.querySelector(`#${this.field.id}-confirm-input`);
  }

  /** `new` mode: the core check of the value against the policy (`checkPassword`: lengths in code points). */
  get check(): PasswordCheck | undefined {
    return this.rules?.check;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.rules?.stop();
  }

  private problemText(problem: Problem): string {
    return translate(VALIDATION, this.i18n.locale, problem.key, problem.params);
  }

  /** Errors of the password itself, whether or not shown yet. */
  get errors(): readonly string[] {
    if (this.disabled) return [];
    if (this.customError) return [this.customError];
    if (!this.isNew) return this.required ? validateLoginPassword(this.value).problems.map((p) => this.problemText(p)) : [];
    // A new password is valid only once the rules have checked it (while their module loads, it is not).
    return this.rules ? this.rules.errors() : [this.i18n.t('form.password.checking')];
  }

  /** Errors of the confirmation (`new` mode). */
  get confirmErrors(): readonly string[] {
    return this.isNew ? (this.rules?.confirmErrors() ?? []) : [];
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
    this.rules?.confirmField.show();
    this.visibility.hide();
  }

  formReset(): void {
    this.value = this.getAttribute('value') ?? '';
    this.confirmation = '';
    this.customError = '';
    this.visibility.reset();
    this.field.reset();
    this.rules?.reset();
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input === this.confirmInput) {
      this.confirmation = input.value;
      return;
    }
    this.value = input.value;
    this.customError = '';
    if (this.isNew) this.rules?.typed();
  }

  /** The rule checker, created (or loaded first) when the element is in `new` mode. */
  private ensureRules(): void {
    const Rules = McPasswordInput.rulesClass;
    if (Rules) {
      this.rules = new Rules(this);
      return;
    }
    void McPasswordInput.loadRules().then(({ PasswordRules }) => {
      McPasswordInput.rulesClass ??= PasswordRules;
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.isNew) return;
    if (!this.rules) this.ensureRules();
    else if (changed.has('policy')) this.rules.policyChanged();
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
    const confirm = which === 'confirm';
    const id = `${this.field.id}-${confirm ? 'confirm-input' : 'input'}`;
    return this.visibility.renderInput({
      id,
      name: confirm ? this.confirmName : this.name,
      autocomplete: this.isNew ? 'new-password' : 'current-password',
      required: this.isNew || this.required,
      disabled: this.disabled,
      invalid: errors.length > 0,
      describedBy: described,
      interaction: confirm ? this.rules?.confirmField : this.field,
      value: () => (confirm ? this.confirmation : this.value),
      onInput: (event) => this.onInput(event),
    });
  }

  protected override render() {
    const { id } = this.field;
    const t = this.i18n.t.bind(this.i18n);
    const rules = this.isNew ? this.rules : undefined;
    const required = this.isNew || this.required;
    const marker = required && t('form.required.marker');
    const errors = this.field.showErrors || this.customError ? this.errors : [];
    const prefix = t('form.error.prefix');
    const caps = this.visibility.capsLockOn;
    const label = this.label || t(this.isNew ? 'form.password.newLabel' : 'form.password.label');
    const confirm = rules?.hasConfirm;
    const confirmErrors = confirm && rules.confirmField.showErrors ? this.confirmErrors : [];
    return html`
      ${renderLabel(id, label, marker)} ${renderNote(`${id}-hint`, 'hint', this.hint)} ${rules?.renderRules(id) ?? nothing}
      ${renderError(`${id}-error`, prefix, errors)}
      <div class="mc-password__row">
        ${this.renderInput(
          'input',
          errors,
          describedBy(
            this.hint && `${id}-hint`,
            rules && `${id}-rules-intro`,
            rules && `${id}-rules`,
            errors.length > 0 && `${id}-error`,
            caps && `${id}-caps`,
          ),
        )}
        ${this.visibility.renderToggle(t, confirm ? `${id}-input ${id}-confirm-input` : `${id}-input`, this.disabled)}
      </div>
      ${this.visibility.renderStatus(t, id)}
      ${confirm
        ? html`${rules.renderConfirmLabel(id, marker, prefix, confirmErrors)}
            <div class="mc-password__row">
              ${this.renderInput('confirm', confirmErrors, describedBy(confirmErrors.length > 0 && `${id}-confirm-error`))}
            </div>`
        : nothing}
      ${rules?.renderAnnouncement(id) ?? nothing}
    `;
  }
}
