import type { PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import {
  type Agency,
  type CodeChallenge,
  type CodeChannel,
  type MonCompteAdapter,
  type TermsOfUse,
} from '@moncompte/core';
import { systemClock, type Clock } from '../shared/form-clock.js';
import { adoptStyles } from '../shared/form-field.js';
import { uniqueId } from '../shared/form-registry.js';
import { emit } from '../shared/emit.js';
import { FlowCore } from '../shared/flow-core.js';
import { OnceLoader } from '../shared/flow-loader.js';
import { challengeSent, flowI18n, passwordPolicyLoader, verifyChallenge } from '../shared/flow-element.js';
import { CodeState } from '../shared/flow-code.js';
import type { LoginFormConfig, ReauthOutcome } from '../shared/flow-reauth.js';
import type { Translate } from '../shared/flow-view.js';
import { validateContact } from '../shared/flow-validators.js';
import { renderMigrationStep } from './migration.steps.js';
import { migrationStyles } from './migration.styles.js';

export type MigrationStep = 'intro' | 'terms' | 'password' | 'contact' | 'code' | 'connected';
const STEPS: readonly MigrationStep[] = ['intro', 'terms', 'password', 'contact', 'code', 'connected'];

/** What starts the migration: the `migration-required` outcome of the log-in (`mc-migration-required`'s detail). */
export interface MigrationStart {
  readonly migrationToken: string;
  readonly termsVersion?: string;
}

/** What the flow keeps across a reload (no secret: no password, no code, no migration token). */
export interface MigrationData {
  /** The box "J'ai lu et j'accepte" is ticked. */
  termsChecked: boolean;
  /** The terms were accepted (sent again under a new token after a new log-in). */
  termsAccepted: boolean;
  contactChannel: CodeChannel;
  contactValue: string;
  challenge: CodeChallenge | null;
}

/**
 * @element mc-migration
 * @summary The CAF first connection with the old 8-digit password (seed 002): a modal dialog explains the
 * three steps and "5 à 10 minutes" → "Commencer" → 1. accept the terms of use → 2. new password and confirmation
 * (the agency's rules) → 3. contact details (e-mail or mobile) → "Envoyer le code" → code → "Valider" →
 * connected: `mc-login` with the session. Progress "Étape n sur 3"; "Retour" keeps what was typed; a failure keeps
 * everything and says what to do; when the migration's session expired, it asks to log in again (old password)
 * and resumes at the same step, re-sending what the back end had accepted (terms, password) under the new token.
 *
 * @fires mc-login - The migration is complete and the person is logged in. Detail: `{ session }`.
 * @fires mc-flow-step - The flow moved to another step. Detail: `{ flow, step, position?, total }`.
 * @fires mc-flow-exit - The dialog was closed ("Plus tard", Escape) or "Revenir à la connexion" (`cancel`).
 * @fires mc-reauth-required - An adapter call answered `unauthorized` or the migration expired (cancelable).
 *
 * @cssprop --mc-migration-dialog-width - Width of the dialog (36rem).
 * @cssprop --mc-migration-terms-height - Height of the scrollable terms (20rem).
 * @cssprop --mc-flow-max-width - Maximum width of the flow (40rem).
 * @cssprop --mc-flow-progress-color - Colour of "Étape n sur 3".
 */
export class McMigration extends McElement {
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** The log-in's `migration-required` outcome; setting it starts (or restarts) the flow with its dialog. */
  @property({ attribute: false }) migration?: MigrationStart;
  /** The flow's title (an `<h2>`); "La connexion à Mon Compte change" by default. */
  @property() heading = '';
  /** The agency (the login form shown when the session expires uses its preset). */
  @property({ reflect: true }) agency: Agency = 'caf';
  /** Time source of the code input (tests and stories inject a fake one). */
  @property({ attribute: false }) clock: Clock = systemClock;
  @property({ attribute: 'storage-key' }) storageKey = 'mc-migration';
  /** Configuration of the login form shown to log in again (the CAF's). */
  @property({ attribute: false }) loginConfig?: Partial<LoginFormConfig>;

  secrets = { password: '', confirmation: '', token: '' };
  /** What the back end accepted under the current token (replayed under a new token after a new log-in). */
  private accepted = { terms: false, password: false };
  /** The version of the terms the log-in asked for (used when replaying after a reload, the terms not loaded). */
  private termsVersion: string | undefined;

  /** Base of the ids of this instance's parts. */
  readonly ids = uniqueId('mc-migration');
  readonly i18n = flowI18n(this);
  readonly flow: FlowCore<MigrationStep, MigrationData> = new FlowCore<MigrationStep, MigrationData>(this, {
    flow: 'migration',
    // A new log-in starts a new migration: the step can be an earlier one (a password the reload did not keep).
    reauthText: 'connection.migration.reauth.text',
    steps: STEPS,
    initial: 'intro',
    counted: ['terms', 'password', ['contact', 'code']],
    final: ['connected'],
    data: { termsChecked: false, termsAccepted: false, contactChannel: 'email', contactValue: '', challenge: null },
    t: () => this.t,
    reauthKinds: ['not-found'],
    // The password is never stored: after a reload, it is chosen again; the contact details are kept.
    restore: ({ step }) => {
      if (step === 'intro' || step === 'connected') return undefined;
      return step === 'terms' ? { step, history: [], note: 'restored' } : { step: 'password', history: ['terms'], note: 'restored' };
    },
    onResume: (outcome) => this.resumed(outcome),
  });
  readonly terms = new OnceLoader<TermsOfUse>(this, () => this.flow.runner.adapter, (adapter, signal) => adapter.getTermsOfUse({ signal }));
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
    adoptStyles(this, [migrationStyles]);
    if (this.migration && !this.secrets.token) this.adopt(this.migration);
    // Restored after a reload without a new log-in: the token is never stored, log in again to get one.
    if (this.flow.wasRestored && !this.secrets.token) void this.updateComplete.then(() => this.flow.reauth.request());
  }

  /** A new migration token: what the back end accepted under the old one must be sent again. */
  private adopt(start: MigrationStart): void {
    this.secrets = { ...this.secrets, token: start.migrationToken };
    this.termsVersion = start.termsVersion ?? this.termsVersion;
    this.accepted = { terms: false, password: false };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('migration') && this.migration && this.migration.migrationToken !== this.secrets.token) {
      const restarted = this.secrets.token !== '';
      this.adopt(this.migration);
      if (restarted) this.flow.steps.restore('intro', []);
    }
    const step = this.flow.steps.current;
    if (step === 'terms') this.terms.ensure();
    if (step === 'password') this.policy.ensure();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const dialog = this.querySelector<HTMLDialogElement>('dialog.mc-migration__dialog');
    if (dialog && !dialog.open && dialog.isConnected) dialog.showModal();
  }

  /** Resumes after a new log-in, when the page handled `mc-reauth-required` itself; pass the new migration start. */
  resume(start?: MigrationStart): void {
    this.flow.reauth.resume(start ? { kind: 'migration', detail: start } : undefined);
  }

  /** After a new log-in: a new token (the code step goes back to the contact details: its code was the old token's). */
  private resumed(outcome: ReauthOutcome | undefined): void {
    if (outcome?.kind === 'login') {
      // The account needs no migration any more (completed meanwhile): the person is logged in.
      this.flow.steps.replace('connected');
      emit(this, 'mc-login', outcome.detail);
      return;
    }
    const start = outcome?.detail as MigrationStart | undefined;
    if (!start?.migrationToken) return;
    this.adopt(start);
    if (this.flow.steps.current === 'code') this.flow.steps.replace('contact');
  }

  /**
   * Sends again, under the current token, what the person already did (after a new log-in or a reload): the terms
   * they accepted and, for the contact step, the password they chose. Part of the user's action that needs it.
   */
  private async replay(adapter: MonCompteAdapter, signal: AbortSignal, withPassword: boolean): Promise<void> {
    const migrationToken = this.secrets.token;
    const termsVersion = this.terms.value?.version ?? this.termsVersion;
    if (!this.accepted.terms && this.flow.data.termsAccepted && termsVersion) {
      await adapter.acceptTerms({ migrationToken, termsVersion }, { signal });
      this.accepted.terms = true;
    }
    if (withPassword && !this.accepted.password) {
      await adapter.setMigrationPassword({ migrationToken, newPassword: this.secrets.password }, { signal });
      this.accepted.password = true;
    }
  }

  // ── actions ──────────────────────────────────────────────────────────────
  start(): void {
    this.querySelector<HTMLDialogElement>('dialog.mc-migration__dialog')?.close('start');
    this.flow.steps.go('terms');
    // Started without a log-in (a page that did not pass one): log in first.
    if (!this.secrets.token) this.flow.reauth.request();
  }

  /** The dialog closed without "Commencer" (Escape, "Plus tard"). */
  dialogClosed(dialog: HTMLDialogElement): void {
    if (dialog.returnValue !== 'start' && this.flow.steps.current === 'intro') this.flow.leave('cancel');
  }

  async acceptTerms(): Promise<void> {
    const terms = this.terms.value;
    if (!terms) return;
    const migrationToken = this.secrets.token;
    const ok = await this.flow.call(
      (adapter, signal) => adapter.acceptTerms({ migrationToken, termsVersion: terms.version }, { signal }).then(() => true),
      () => void this.acceptTerms(),
    );
    if (!ok) return;
    this.accepted.terms = true;
    this.flow.update({ termsAccepted: true });
    this.flow.steps.go('password');
  }

  async savePassword(): Promise<void> {
    const migrationToken = this.secrets.token;
    const newPassword = this.secrets.password;
    const ok = await this.flow.call(async (adapter, signal) => {
      await this.replay(adapter, signal, false);
      await adapter.setMigrationPassword({ migrationToken, newPassword }, { signal });
      return true;
    }, () => void this.savePassword());
    if (!ok) return;
    this.accepted.password = true;
    this.flow.steps.go('contact');
  }

  async sendCode(): Promise<void> {
    const { contactChannel, contactValue } = this.flow.data;
    const migrationToken = this.secrets.token;
    const contact = { channel: contactChannel, value: validateContact(contactChannel, contactValue).value };
    const challenge = await this.flow.call(async (adapter, signal) => {
      await this.replay(adapter, signal, true);
      return adapter.sendMigrationCode({ migrationToken, contact }, { signal });
    }, () => void this.sendCode());
    if (challenge) challengeSent(this.flow, this.code, challenge, 'code');
  }

  async verifyCode(code: string): Promise<void> {
    const outcome = await verifyChallenge(this.flow, this.code, code, () => void this.verifyCode(code));
    if (!outcome?.session) return;
    this.secrets = { password: '', confirmation: '', token: '' };
    this.flow.steps.replace('connected');
    emit(this, 'mc-login', { session: outcome.session });
  }

  protected override render() {
    return this.flow.render(this.heading || this.t('connection.migration.title'), () => renderMigrationStep(this));
  }
}
