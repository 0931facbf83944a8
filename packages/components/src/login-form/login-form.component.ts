import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import {
  commonMessages,
  errorMessages,
  isAbortError,
  loginMessages,
  toAdapterError,
  fieldMessages,
  passwordMessages,
  type AdapterError,
  type Agency,
  type IdentifierKind,
  type Locale,
  type LoginOutcome,
  type MonCompteAdapter,
  type Session,
} from '@moncompte/core';
import { AdapterController } from '../shared/adapter-context.js';
import { emit } from '../shared/emit.js';
import { adoptStyles, fieldStyles, messagesOf } from '../shared/form-field.js';
import { uniqueId, type FieldError, type FormField } from '../shared/form-registry.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { safeHref } from '../shared/safe-url.js';
import { passwordInputStyles } from '../password-input/password-input.styles.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import { resolveLoginConfig, type LoginFormConfig } from './login-config.js';
import type { CodeStep, CodeStepHost } from './login-code-step.js';
import { LoginFields, type LoginFieldsHost } from './login-fields.js';
import { loginFormStyles } from './login-form.styles.js';
import { renderOutcome, type Shown } from './login-outcome.js';
import { renderLoginForm } from './login-form.view.js';
import type {
  ForgotPasswordDetail,
  LoginErrorDetail,
  LoginStatus,
  LoginStep,
  LoginSuccessDetail,
  MigrationRequiredDetail,
  RegisterDetail,
} from './login-types.js';

export type * from './login-types.js';

/** The light-DOM styles of the form and of the fields it renders (those of mc-text-field and mc-password-input). */
const STYLES = [...loginFormStyles, fieldStyles, textFieldStyles, passwordInputStyles];
/** The code step is its own chunk, loaded when a log-in answers `code-required`: most log-ins never need it. */
const loadCodeStep = () => import('./login-code-step.js');

/**
 * @element mc-login-form
 * @summary The log-in form of a Mon Compte portal: FranceConnect first, then a social security number (or a
 * provisional identifier) and a password, "Se souvenir de moi", "Mot de passe oublié ?" and the sign-up link.
 *
 * It renders into its LIGHT DOM: the `<form>`, the identifier input (`autocomplete="username"`) and the password
 * input (`current-password`) are the page's, so password managers fill them. Agency wording and options come
 * from `config` over the preset of `agency` (`CAF_LOGIN_CONFIG`, `MSA_LOGIN_CONFIG`); the element stores nothing
 * in the browser.
 *
 * The adapter's answer decides what follows: `success` fires `mc-login` (the page navigates);
 * `migration-required` fires `mc-migration-required` (the migration flow starts); `code-required` shows a code
 * step in the same form, verified with `verifyCode`; `invalid-credentials` shows ONE generic message whatever
 * was wrong; `locked` says until when and what to do. A failure of the adapter shows what happened and keeps
 * everything typed. Each action makes one adapter call: a double click, or Enter then a click, submit once.
 *
 * @fires mc-login - Logged in. Detail: `{ session }`.
 * @fires mc-migration-required - First CAF connection: start the migration. Detail: `{ migrationToken, termsVersion, identifierKind, identifier }`.
 * @fires mc-forgot-password - "Mot de passe oublié ?" was chosen. Cancelable: `preventDefault()` keeps the page
 *   (the flow opens in place); otherwise the link follows `config.forgotPasswordHref`. Detail: `{ identifierKind, identifier }`.
 * @fires mc-register - The sign-up link was chosen. Cancelable like `mc-forgot-password`. Detail: `{ agency }`.
 * @fires mc-login-error - An adapter call failed (shown in the form too). Detail: `{ step, error }`.
 *
 * @cssprop --mc-login-form-max-width - Maximum width (32rem).
 * @cssprop --mc-login-form-color - Text colour.
 * @cssprop --mc-login-form-muted-color - Colour of hints and of the "ou" separator.
 * @cssprop --mc-login-form-separator-color - Colour of the separator lines.
 * @cssprop --mc-login-form-link-color - Colour of links.
 * @cssprop --mc-login-form-accent-color - Colour of the ticked checkboxes.
 *
 * The identifier and the password follow the tokens of `mc-text-field` and `mc-password-input` (`--mc-field-*`,
 * `--mc-text-field-width`, `--mc-password-input-width`, `--mc-password-toggle-color`): they are rendered the same way.
 */
export class McLoginForm extends McElement implements CodeStepHost, LoginFieldsHost, FormField {
  static override properties: PropertyDeclarations = {
    agency: { reflect: true },
    config: { attribute: false },
    adapter: { attribute: false },
    status: { reflect: true },
    step: { reflect: true },
    identifierKind: { state: true },
    shown: { state: true },
  };

  /** The agency whose preset applies (`caf` or `msa`). */
  agency: Agency = 'caf';
  /** Options and wording over the agency's preset (a partial configuration is fine). */
  config: Partial<LoginFormConfig> | undefined;
  /** The adapter; the provided one (`<mc-adapter-provider>`) otherwise. */
  adapter?: MonCompteAdapter;
  /** Where the form stands: `idle`, `pending` (a call is running), or the last outcome. */
  status: LoginStatus = 'idle';
  /** `credentials` or `code` (the confirmation-code step). */
  step: LoginStep = 'credentials';

  private identifierKind: IdentifierKind = 'nir';
  private shown: Shown | undefined;

  private readonly ids = uniqueId('mc-login');
  private readonly adapters = new AdapterController(this);
  private readonly i18n = new LocalizeController(this, messagesOf(loginMessages, errorMessages, commonMessages, fieldMessages, passwordMessages));
  private readonly fields = new LoginFields(this, this.ids);
  /** The code step, once a log-in needed it. */
  private code: CodeStep | undefined;
  private inflight: AbortController | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The configuration in force: `config` over the preset of `agency`. */
  get resolvedConfig(): LoginFormConfig {
    return resolveLoginConfig(this.agency, this.config);
  }

  /** The form element (light DOM). */
  get form(): HTMLFormElement | null {
    return this.querySelector(`#${this.ids}-form`);
  }
  /** The identifier input (of the kind shown), in the light DOM. */
  get identifierInput(): HTMLInputElement | null {
    return this.fields.identifierInput(this.identifierKind);
  }
  /** The password input, in the light DOM. */
  get passwordInput(): HTMLInputElement | null {
    return this.fields.passwordInput;
  }
  /** @internal The credentials wait, hidden and disabled, while the code step is shown. */
  get credentialsInactive(): boolean {
    return this.step === 'code';
  }
  /** @internal The locale of the nearest `lang`. */
  get locale(): Locale {
    return this.i18n.locale;
  }
  /** @internal The native submit button (password managers watch for it). */
  get submitButton(): HTMLButtonElement | null {
    return this.querySelector(`#${this.ids}-submit`);
  }
  /** @internal The adapter in force, or an error telling the developer to provide one. */
  requireAdapter(): MonCompteAdapter {
    return this.adapters.require();
  }
  /** @internal */
  t(key: Parameters<LocalizeController<string>['t']>[0], params?: Record<string, string | number>): string {
    return this.i18n.t(key as 'login.submit', params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, STYLES);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort();
  }

  // ── the credentials, one field of the form for its validation ────────────
  /** @internal The errors of the identifier and the password (the code step's input registers on its own). */
  fieldErrors(): readonly FieldError[] {
    return this.fields.fieldErrors(this.identifierKind);
  }
  /** @internal */
  formSubmitted(): void {
    this.fields.submitted();
  }
  /** @internal */
  formReset(): void {
    this.fields.reset();
  }

  /** Stops a running call (nothing is shown for it). */
  abort(): void {
    this.inflight?.abort();
    this.inflight = undefined;
  }

  /**
   * Back to a fresh credentials step (after a success the form ignores submits until then): the message goes and
   * a running call stops. What was typed stays, except the password, which is emptied.
   */
  reset(): void {
    this.abort();
    this.code?.stop();
    this.step = 'credentials';
    this.status = 'idle';
    this.show(undefined);
    this.fields.password = '';
  }

  override focus(options?: FocusOptions): void {
    (this.step === 'code' ? this.code?.focusTarget() : this.identifierInput)?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('config') || changed.has('agency')) && !this.resolvedConfig.allowProvisionalIdentifier) {
      this.identifierKind = 'nir';
    }
  }

  /** The identifier as the adapter takes it (normalised by the core validator). */
  private currentIdentifier(): string {
    return this.fields.identifier(this.identifierKind);
  }

  // ── running a call ───────────────────────────────────────────────────────
  /**
   * @internal Runs one adapter call for one user action: ignored while another runs; the submit button is busy
   * meanwhile (`status` is `pending`). Resolves to `undefined` when it was ignored, aborted or failed (the failure is
   * shown).
   */
  async run<T>(step: LoginStep, call: (adapter: MonCompteAdapter, signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    if (this.inflight || this.status === 'success') return undefined;
    const controller = (this.inflight = new AbortController());
    const previous = this.status;
    this.status = 'pending';
    try {
      // A new action: the message of the previous one goes, from the page too, so that the same message again is
      // new content of its live region (announced again).
      if (this.shown) {
        this.show(undefined);
        await this.updateComplete;
      }
      const result = await call(this.requireAdapter(), controller.signal);
      if (controller.signal.aborted) return undefined;
      // The caller sets the status of the outcome; until then the form is as before the call.
      this.status = previous;
      return result;
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) {
        this.status = previous;
        return undefined;
      }
      this.fail(step, toAdapterError(error));
      return undefined;
    } finally {
      if (this.inflight === controller) this.inflight = undefined;
    }
  }

  /** @internal Shows an adapter failure; everything typed stays where it is. */
  fail(step: LoginStep, error: AdapterError): void {
    this.status = 'failed';
    this.show({ kind: 'failed', error, step });
    if (error.kind === 'validation' && error.fieldErrors) this.fields.setServerErrors(this.identifierKind, error.fieldErrors);
    emit<LoginErrorDetail>(this, 'mc-login-error', { step, error });
  }

  /** @internal */
  show(shown: Shown | undefined): void {
    this.shown = shown;
  }

  // ── credentials step ─────────────────────────────────────────────────────
  private async login(): Promise<void> {
    const identifierKind = this.identifierKind;
    const identifier = this.currentIdentifier();
    const password = this.fields.password;
    // The box is the page's: its state is read, never kept apart.
    const rememberMe = this.resolvedConfig.showRememberMe && !!this.querySelector<HTMLInputElement>(`#${this.ids}-remember`)?.checked;
    const outcome = await this.run('credentials', async (adapter, signal) => {
      const answer = await adapter.login({ identifierKind, identifier, password, rememberMe }, { signal });
      // The code step comes with the answer that needs it: one busy state, and a failure to load it is a failure
      // of this action (shown, with everything kept).
      if (answer.status === 'code-required') this.code ??= new (await loadCodeStep()).CodeStep(this);
      return answer;
    });
    if (outcome) this.handleOutcome(outcome, identifierKind, identifier);
  }

  private handleOutcome(outcome: LoginOutcome, identifierKind: IdentifierKind, identifier: string): void {
    switch (outcome.status) {
      case 'success':
        this.succeed(outcome.session);
        return;
      case 'migration-required':
        this.status = 'migration-required';
        emit<MigrationRequiredDetail>(this, 'mc-migration-required', {
          migrationToken: outcome.migrationToken,
          termsVersion: outcome.termsVersion,
          identifierKind,
          identifier,
        });
        return;
      case 'code-required':
        this.status = 'idle';
        this.step = 'code';
        this.code?.start(outcome.challenge);
        return;
      case 'invalid-credentials':
        // ONE message, the same DOM, whether the identifier is unknown or the password wrong.
        this.status = 'invalid-credentials';
        this.show({ kind: 'invalid' });
        return;
      case 'locked':
        this.status = 'locked';
        this.show({ kind: 'locked', until: outcome.until });
        return;
    }
  }

  /** @internal A new code was sent (resend or another channel). */
  announceResent(): void {
    this.show({ kind: 'resent' });
  }

  /** @internal Logged in: says so and tells the page. */
  succeed(session: Session): void {
    this.status = 'success';
    this.show({ kind: 'success' });
    emit<LoginSuccessDetail>(this, 'mc-login', { session });
  }

  /** @internal Back from the code step to the credentials, with what was typed. */
  backToCredentials(): void {
    this.abort();
    this.step = 'credentials';
    this.status = 'idle';
    this.show(undefined);
    this.code?.stop();
    void this.updateComplete.then(() => this.identifierInput?.focus());
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    // Invalid forms never get here: the form registry stops their submit first and the summary shows the errors.
    event.preventDefault();
    if (this.step === 'code') void this.code?.submit();
    else void this.login();
  };

  /** The link's event, cancelable; cancelled (or without href), the link does not navigate. */
  private follow(event: MouseEvent, type: 'mc-forgot-password' | 'mc-register', href: string | undefined): void {
    const detail =
      type === 'mc-register'
        ? ({ agency: this.resolvedConfig.agency } satisfies RegisterDetail)
        : ({ identifierKind: this.identifierKind, identifier: this.currentIdentifier() } satisfies ForgotPasswordDetail);
    if (!emit(this, type, detail, { cancelable: true }) || !href) event.preventDefault();
  }

  private readonly onRegister = (event: MouseEvent, href: string | undefined): void => this.follow(event, 'mc-register', href);

  // ── rendering ────────────────────────────────────────────────────────────
  /** While a call runs, the button says so and ignores activations (the call in flight is the only one). */
  private readonly onSubmitClick = (event: MouseEvent): void => {
    if (this.status === 'pending') event.preventDefault();
  };

  private readonly onKindChange = (event: Event): void => {
    this.identifierKind = (event.target as HTMLInputElement).checked ? 'provisional' : 'nir';
  };

  private readonly onForgot = (event: MouseEvent, href: string | undefined): void => this.follow(event, 'mc-forgot-password', href);

  private readonly onBack = (): void => this.backToCredentials();

  protected override render() {
    const config = this.resolvedConfig;
    const kind = this.identifierKind;
    const t = this.t.bind(this);
    // The outcome goes into one of two live regions that are there from the start. Every action empties them first
    // (see `run`), so a message repeated by the next action is new content, announced again.
    return renderLoginForm({
      ids: this.ids,
      config,
      t,
      adapter: this.adapter,
      kind,
      identifier: this.fields.renderIdentifier(kind),
      password: this.fields.renderPassword(),
      busy: this.status === 'pending',
      outcome: this.shown && renderOutcome(this.shown, t, this.i18n.locale),
      codeStep: this.step === 'code' ? this.code?.render() : undefined,
      forgotHref: safeHref(config.forgotPasswordHref),
      registerHref: safeHref(config.registerHref),
      onSubmit: this.onSubmit,
      onSubmitClick: this.onSubmitClick,
      onKindChange: this.onKindChange,
      onForgot: this.onForgot,
      onRegister: this.onRegister,
      onBack: this.onBack,
    });
  }

  protected override firstUpdated(): void {
    this.fields.register();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.fields.sync(this.identifierKind);
  }
}
