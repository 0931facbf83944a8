/**
 * The credentials of `mc-login-form`, rendered by the form itself with the shared field pieces (`TextInput`,
 * `PasswordVisibility`), not as nested `mc-text-field` / `mc-password-input` elements: one element less to create,
 * upgrade and render per field, for the page every visitor loads. The DOM, the ids' pattern, the styles and the
 * behaviour are those of the two elements: errors after a blur that changed the value or a submit, a validator per
 * kind of identifier (each kind keeps its own value and interaction state), the password hidden again on submit and
 * on `pageshow`, Caps Lock warning, server errors shown at once until the value changes.
 *
 * The form registers ITSELF with its `<form>` as one field whose errors are these (see `form-registry.ts`); this
 * controller does it once the form is rendered and again when the host is reconnected.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  errorMessages,
  identifierMessages,
  loginPasswordProblemMessages,
  translate,
  validateLoginPassword,
  validateNir,
  validateProvisionalIdentifier,
  type AdapterError,
  type Catalogue,
  type IdentifierKind,
  type Locale,
  type Validation,
} from '@moncompte/core';
import { describedBy, Interaction, renderError, renderLabel, renderNote } from '../shared/form-field.js';
import { registerField, type FieldError, type FormField } from '../shared/form-registry.js';
import { PasswordVisibility } from '../shared/password-visibility.js';
import { TextInput, type TextInputSource } from '../shared/text-input.js';
import type { LoginFormConfig } from './login-config.js';

/** What the fields need from the form. */
export interface LoginFieldsHost extends ReactiveControllerHost, FormField {
  /** The host's `<form>` (there once the host has rendered). */
  readonly form: HTMLFormElement | null;
  readonly resolvedConfig: LoginFormConfig;
  /** The credentials wait, disabled, while the code step is shown. */
  readonly credentialsInactive: boolean;
  readonly locale: Locale;
  t(key: string, params?: Record<string, string | number>): string;
}

/** The catalogues of the problems shown: the validators' and the server's (`validation` failures). */
const VALIDATION = [identifierMessages, loginPasswordProblemMessages, errorMessages] as readonly Catalogue[];
const provisional = (value: string): Validation<string> => validateProvisionalIdentifier(value);
const nirStrict = (value: string): Validation<string> => validateNir(value);
const nirTemporary = (value: string): Validation<string> => validateNir(value, { allowTemporary: true });

/** The identifier of one kind: its value, server error and interaction, read by its `TextInput`. */
class IdentifierSource implements TextInputSource {
  readonly name = 'identifier';
  readonly type = 'text';
  readonly inputmode = '';
  readonly autocomplete = 'username';
  readonly required = true;
  readonly catalogues: readonly Catalogue[] = [];
  private typed = '';
  private serverError = '';

  constructor(
    private readonly host: LoginFieldsHost,
    private readonly kind: IdentifierKind,
  ) {}

  get label(): string {
    return this.host.t(this.kind === 'nir' ? 'login.nir.label' : 'login.provisional.label');
  }
  get hint(): string {
    return this.host.t(this.kind === 'nir' ? 'login.nir.hint' : 'login.provisional.hint');
  }
  get disabled(): boolean {
    return this.host.credentialsInactive;
  }
  get validator(): (value: string) => Validation<string> {
    if (this.kind === 'provisional') return provisional;
    return this.host.resolvedConfig.allowTemporaryNir ? nirTemporary : nirStrict;
  }
  get value(): string {
    return this.typed;
  }
  set value(value: string) {
    this.typed = value;
    this.host.requestUpdate();
  }
  get customError(): string {
    return this.serverError;
  }
  set customError(message: string) {
    this.serverError = message;
    this.host.requestUpdate();
  }
}

export class LoginFields implements ReactiveController {
  private readonly sources: Record<IdentifierKind, IdentifierSource>;
  private readonly interactions: Record<IdentifierKind | 'password', Interaction>;
  private readonly identifiers: Record<IdentifierKind, TextInput>;
  private readonly visibility: PasswordVisibility;
  /** The password as typed, and an error from the server. */
  private typedPassword = '';
  private passwordError = '';
  private unregister: (() => void) | undefined;

  constructor(
    private readonly host: LoginFieldsHost,
    /** Base of the ids: `${ids}-nir-input`, `${ids}-provisional-input`, `${ids}-password-input`… */
    private readonly ids: string,
  ) {
    host.addController(this);
    const interaction = () => new Interaction(host);
    this.interactions = { nir: interaction(), provisional: interaction(), password: interaction() };
    this.sources = { nir: new IdentifierSource(host, 'nir'), provisional: new IdentifierSource(host, 'provisional') };
    const identifier = (kind: IdentifierKind) =>
      new TextInput(host, this.sources[kind], { id: `${ids}-${kind}`, interaction: this.interactions[kind], locale: () => host.locale });
    this.identifiers = { nir: identifier('nir'), provisional: identifier('provisional') };
    this.visibility = new PasswordVisibility(host, () => [this.passwordInput]);
  }

  /** Registers the host as one field of its form: after its first render (the form is there), and when reconnected. */
  register(): void {
    this.unregister?.();
    this.unregister = registerField(this.host, this.host.form);
  }

  hostConnected(): void {
    if (this.host.form) this.register();
  }

  hostDisconnected(): void {
    this.unregister?.();
    this.unregister = undefined;
  }

  /** The identifier input of `kind`. */
  identifierInput(kind: IdentifierKind): HTMLInputElement | null {
    return this.identifiers[kind].input;
  }

  /** The identifier of `kind` as the adapter takes it (normalised by the core validator when it is valid). */
  identifier(kind: IdentifierKind): string {
    const validation = this.identifiers[kind].validation;
    return validation?.ok ? String(validation.value) : this.sources[kind].value.trim();
  }

  get passwordInput(): HTMLInputElement | null {
    return this.host.querySelector(`#${this.ids}-password-input`);
  }

  get password(): string {
    return this.typedPassword;
  }
  set password(value: string) {
    this.typedPassword = value;
    this.host.requestUpdate();
  }

  /** The server's errors of a `validation` failure, shown at once next to their field until its value changes. */
  setServerErrors(kind: IdentifierKind, fieldErrors: NonNullable<AdapterError['fieldErrors']>): void {
    const text = (field: string) =>
      (fieldErrors[field] ?? []).map((p) => translate(VALIDATION, this.host.locale, p.key, p.params)).join(' ');
    const [identifier, password] = [text('identifier'), text('password')];
    if (identifier) this.sources[kind].customError = identifier;
    if (password) {
      this.passwordError = password;
      this.host.requestUpdate();
    }
  }

  private get passwordErrors(): readonly string[] {
    if (this.host.credentialsInactive) return [];
    if (this.passwordError) return [this.passwordError];
    return validateLoginPassword(this.typedPassword).problems.map((p) => translate(VALIDATION, this.host.locale, p.key, p.params));
  }

  /** The errors of the credentials shown (the identifier of `kind`, the password), for the form's validation. */
  fieldErrors(kind: IdentifierKind): readonly FieldError[] {
    const password = this.passwordInput;
    return [
      ...this.identifiers[kind].fieldErrors(),
      ...(password ? this.passwordErrors.map((message) => ({ message, target: password })) : []),
    ];
  }

  /** A submit: errors show from now on, and the password is hidden at once (before the page unloads). */
  submitted(): void {
    for (const interaction of Object.values(this.interactions)) interaction.show();
    this.visibility.hide();
  }

  /** A reset of the form: everything typed goes, and the fields are pristine again. */
  reset(): void {
    for (const source of Object.values(this.sources)) {
      source.value = '';
      source.customError = '';
    }
    this.typedPassword = this.passwordError = '';
    for (const interaction of Object.values(this.interactions)) interaction.reset();
    this.visibility.reset();
  }

  /** After each render: the inputs' values and validity. */
  sync(kind: IdentifierKind): void {
    this.identifiers[kind].sync();
    const input = this.passwordInput;
    if (!input) return;
    if (input.value !== this.typedPassword) input.value = this.typedPassword;
    input.setCustomValidity(this.passwordErrors[0] ?? '');
  }

  renderIdentifier(kind: IdentifierKind): TemplateResult {
    return this.identifiers[kind].render();
  }

  private readonly onPasswordInput = (event: Event): void => {
    this.typedPassword = (event.target as HTMLInputElement).value;
    this.passwordError = '';
    this.host.requestUpdate();
  };

  renderPassword(): TemplateResult {
    const { host, visibility } = this;
    const t = host.t.bind(host);
    const id = `${this.ids}-password`;
    const interaction = this.interactions.password;
    const { passwordHint } = host.resolvedConfig;
    const hint = passwordHint ? t('login.password.hint', { min: passwordHint.min, max: passwordHint.max }) : '';
    const errors = interaction.showErrors || this.passwordError ? this.passwordErrors : [];
    const inactive = host.credentialsInactive;
    return html`${renderLabel(id, t('login.password.label'), t('form.required.marker'))} ${renderNote(`${id}-hint`, 'hint', hint)}
      ${renderError(`${id}-error`, t('form.error.prefix'), errors)}
      <div class="mc-password__row">
        ${visibility.renderInput({
          id: `${id}-input`,
          name: 'password',
          autocomplete: 'current-password',
          required: true,
          disabled: inactive,
          invalid: errors.length > 0,
          describedBy: describedBy(hint && `${id}-hint`, errors.length > 0 && `${id}-error`, visibility.capsLockOn && `${id}-caps`),
          interaction,
          value: () => this.typedPassword,
          onInput: this.onPasswordInput,
        })}
        ${visibility.renderToggle(t, `${id}-input`, inactive)}
      </div>
      ${visibility.renderStatus(t, id)}`;
  }
}
