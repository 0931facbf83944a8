import type { PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import {
  type Agency,
  type CodeChallenge,
  type CodeChannel,
  type IdentifierKind,
  type MonCompteAdapter,
} from '@moncompte/core';
import { systemClock, type Clock } from '../shared/form-clock.js';
import { uniqueId } from '../shared/form-registry.js';
import { FlowCore } from '../shared/flow-core.js';
import { challengeSent, flowI18n, passwordPolicyLoader, verifyChallenge } from '../shared/flow-element.js';
import { CodeState } from '../shared/flow-code.js';
import type { LoginFormConfig } from '../shared/flow-reauth.js';
import type { Translate } from '../shared/flow-view.js';
import { normaliseIdentifier } from '../shared/flow-fields.js';
import { renderResetStep } from './password-reset.steps.js';

export type PasswordResetStep = 'identifier' | 'channel' | 'code' | 'password' | 'done';
const STEPS: readonly PasswordResetStep[] = ['identifier', 'channel', 'code', 'password', 'done'];

/** What the flow keeps across a reload (no secret: no code, no password, no token). */
export interface PasswordResetData {
  identifierKind: IdentifierKind;
  identifier: string;
  channel: CodeChannel | '';
  challenge: CodeChallenge | null;
}

/**
 * @element mc-password-reset
 * @summary Forgotten password: identifier → channel of the code (SMS or e-mail) → code → new password (the
 * agency's rules) → confirmation. Every identifier gets the same screens and the same wording, whether an account
 * exists or not (no enumeration). Its inputs are real inputs of real forms in the LIGHT DOM (password managers,
 * SMS autofill). Each step's heading gets the focus; "Retour" keeps what was typed; a reload keeps the
 * identifier and channel (never the code or password); an expired session asks to log in again, then resumes.
 *
 * @fires mc-flow-step - The flow moved to another step. Detail: `{ flow, step, position?, total }`.
 * @fires mc-flow-exit - "Revenir à la connexion" (`cancel`) or "Se connecter" after the new password (`done`),
 * with the identifier typed.
 * @fires mc-reauth-required - An adapter call answered `unauthorized` (cancelable: then call `resume()`).
 *
 * @cssprop --mc-flow-max-width - Maximum width of the flow (40rem).
 * @cssprop --mc-flow-title-size - Font size of the flow's title.
 * @cssprop --mc-flow-heading-size - Font size of the step headings.
 * @cssprop --mc-flow-progress-color - Colour of "Étape n sur m".
 */
export class McPasswordReset extends McElement {
  /** The adapter; the nearest `<mc-adapter-provider>`'s otherwise. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** Prefills the identifier (from the login form's `mc-forgot-password`). */
  @property() identifier = '';
  @property({ attribute: 'identifier-kind' }) identifierKind: IdentifierKind = 'nir';
  /** `sessionStorage` key of the non-secret data; empty: nothing is kept across reloads. */
  /** Offers "J’ai un identifiant provisoire" (the agency's login configuration: CAF yes, MSA no). */
  @property({ type: Boolean, attribute: 'allow-provisional' }) allowProvisional = true;
  /** The agency (the login form shown when the session expires uses its preset). */
  @property({ reflect: true }) agency: Agency = 'caf';
  /** Time source of the code input (tests and stories inject a fake one). */
  @property({ attribute: false }) clock: Clock = systemClock;
  @property({ attribute: 'storage-key' }) storageKey = 'mc-password-reset';
  /** The flow's title (an `<h2>`); "Mot de passe oublié" by default. */
  @property() heading = '';
  /** Configuration of the login form shown when the session expires (agency wording). */
  @property({ attribute: false }) loginConfig?: Partial<LoginFormConfig>;

  /** Secrets, in memory only. */
  secrets = { password: '', confirmation: '', token: '' };

  /** Base of the ids of this instance's parts. */
  readonly ids = uniqueId('mc-reset');
  readonly i18n = flowI18n(this);
  readonly flow: FlowCore<PasswordResetStep, PasswordResetData> = new FlowCore<PasswordResetStep, PasswordResetData>(this, {
    flow: 'password-reset',
    steps: STEPS,
    initial: 'identifier',
    counted: ['identifier', 'channel', 'code', 'password'],
    final: ['done'],
    data: { identifierKind: 'nir', identifier: '', channel: '', challenge: null },
    t: () => this.t,
    // The code was used and the token is not kept: after the code, ask for a new one.
    restore: ({ step, history }) =>
      step === 'password' || step === 'done'
        ? { step: 'channel', history: ['identifier'], note: 'restoredNewCode' }
        : { step, history, note: 'restored' },
  });
  readonly policy = passwordPolicyLoader(this, () => this.flow.runner.adapter);
  readonly code = new CodeState(this);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get t(): Translate {
    return this.i18n.t.bind(this.i18n) as Translate;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.flow.wasRestored && !this.flow.data.identifier && this.identifier) {
      this.flow.data = { ...this.flow.data, identifier: this.identifier, identifierKind: this.identifierKind };
    }
  }

  /** Resumes after a new log-in, when the page handled `mc-reauth-required` itself. */
  resume(): void {
    this.flow.reauth.resume();
  }

  // ── actions (one adapter call each) ─────────────────────────────────────
  submitIdentifier(): void {
    this.flow.steps.go('channel');
  }

  async requestCode(): Promise<void> {
    const { channel } = this.flow.data;
    const identifierKind = this.allowProvisional ? this.flow.data.identifierKind : 'nir';
    if (!channel) return;
    const identifier = normaliseIdentifier(identifierKind, this.flow.data.identifier).value;
    const challenge = await this.flow.call(
      (adapter, signal) => adapter.requestPasswordReset({ identifierKind, identifier, channel }, { signal }),
      () => void this.requestCode(),
    );
    if (challenge) challengeSent(this.flow, this.code, challenge, 'code');
  }

  async verifyCode(code: string): Promise<void> {
    const outcome = await verifyChallenge(this.flow, this.code, code, () => void this.verifyCode(code));
    if (!outcome?.token) return;
    this.secrets.token = outcome.token;
    this.code.start();
    this.flow.steps.replace('password');
  }

  async savePassword(): Promise<void> {
    const resetToken = this.secrets.token;
    const newPassword = this.secrets.password;
    const done = await this.flow.call(
      (adapter, signal) => adapter.completePasswordReset({ resetToken, newPassword }, { signal }).then(() => true),
      () => void this.savePassword(),
    );
    if (!done) return;
    this.secrets = { password: '', confirmation: '', token: '' };
    this.flow.steps.replace('done');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.flow.steps.current === 'password') this.policy.ensure();
  }

  protected override render() {
    return this.flow.render(this.heading || this.t('connection.reset.title'), () => renderResetStep(this));
  }
}
