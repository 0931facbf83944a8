import { html, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { Task, TaskStatus } from '@lit/task';
import {
  AdapterError,
  authorisationPanelMessages,
  commonMessages,
  errorMessages,
  isAbortError,
  signedOutMessages,
  toAdapterError,
  type Agency,
  type Authorisation,
  type AuthorisationStatus,
  type Catalogue,
  type Locale,
  type MonCompteAdapter,
} from '@moncompte/core';
import { AdapterController } from '../shared/adapter-context.js';
import { emit } from '../shared/emit.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { SessionEndController } from '../shared/session-end.js';
import { fill, personName } from '../shared/tile-view.js';
import type { LoginFormConfig } from '../shared/flow-reauth.js';
import { HistoryController } from './authorisation-history.js';
import { PanelSession } from './authorisation-session.js';
import { authorisationPanelStyles } from './authorisation-panel.styles.js';
import {
  otherPerson,
  withAction,
  type AuthorisationEventDetail,
  type PanelKey,
  type PendingAction,
  type Translate,
} from './authorisation-panel.types.js';
import { aboutContent, confirmDialog, failureMessage, statusContent, type DialogView } from './authorisation-panel.view.js';

const CATALOGUES = [authorisationPanelMessages, commonMessages, errorMessages, signedOutMessages] as unknown as readonly Catalogue<PanelKey>[];

/** The panel's state, as its status card shows it; `signed-out` once the session ended (`mc-logout`). */
export type AuthorisationPanelState = 'loading' | 'error' | 'ready' | 'signed-out';

/** A line said at the top of the panel after an action (polite for a success, assertive for a late failure). */
interface Outcome {
  readonly id: number;
  readonly variant: 'success' | 'error';
  readonly message: unknown;
}

/**
 * The spouse management authorisation ("autorisation de gestion", CAF Mon Compte, "Gérer mon compte › Mes
 * autorisations"), both ways: "J'autorise" (whom the person allows to manage their file, since when) and "Je suis
 * autorisé(e)" (whose file they may manage), who can be authorised (the partner on a file the person holds), what
 * an authorisation allows and does not allow, and the history.
 *
 * **Actions.** "Autoriser …" (grant), "Ne plus autoriser …" (revoke, by the grantor) and "Renoncer à gérer le
 * dossier de …" (by the grantee) each open a confirmation, a native modal `<dialog>` that says what the other
 * person will be able to do, or no longer do. "Oui, …" makes ONE adapter call (a double click or Enter then a
 * click make one); "Annuler" or Escape changes nothing and gives the focus back. On success the panel shows the
 * new state from the adapter's answer (no reload), announces it politely, fires its event and focuses the new
 * authorisation (or the section it left). A failure keeps everything as it was, says what happened inside the
 * dialog and offers "Réessayer" when retrying may help. An expired session (`unauthorized`) fires the cancelable
 * `mc-reauth-required`; not cancelled, the confirmation closes and a login form takes the panel's place (in its
 * light DOM, slot `reauth`), then the status loads again and the confirmation of the same action opens again.
 * Cancelled, the failure says so, with a "Me reconnecter" link when `login-href` is set.
 *
 * **States.** The status loads with `getAuthorisations` (loading skeleton, failure with "Réessayer" when
 * retryable, ready). The history loads only when its disclosure is first opened (`getAuthorisationHistory`).
 *
 * **Log-out.** When the session ends (`mc-logout` reaching the document), the panel forgets the status, the history
 * and any action: the confirmation closes, an action in flight or a load still answering is dropped, the login form
 * of an expired session goes. The status card then says « Vous êtes déconnecté. », with what an authorisation
 * allows and nothing of the account, until `mc-login` reaches the document (or `refresh()`): then it loads again.
 *
 * @element mc-authorisation-panel
 * @summary Gives, withdraws or gives up the partner's management authorisation; status both ways and history.
 *
 * @fires mc-authorisation-granted - An authorisation was given (`detail.authorisation`, active).
 * @fires mc-authorisation-revoked - An authorisation was withdrawn by the grantor or given up by the grantee
 *   (`detail.authorisation`, ended; `endedBy` says who).
 * @fires mc-reauth-required - A call answered `unauthorized` (cancelable: the page then logs in and calls `resume()`).
 *
 * @slot reauth - Where the panel puts its login form while the session has expired (set by the panel itself).
 *
 * @csspart base - The wrapper of the cards.
 * @csspart status - The `mc-card` of the status (both directions).
 * @csspart given - The "J'autorise" section.
 * @csspart received - The "Je suis autorisé(e)" section.
 * @csspart about - The `mc-card` saying what an authorisation allows.
 * @csspart history - The `mc-card` of the history.
 * @csspart history-toggle - The button that shows or hides the history.
 * @csspart history-table - The scrollable wrapper of the history table.
 * @csspart notice - The notice announcing the outcome of an action.
 * @csspart dialog - The confirmation dialog.
 * @csspart dialog-error - The notice of a failed action, in the dialog.
 *
 * @cssprop --mc-authorisation-panel-gap - Space between the cards (default: `--mc-space-5`).
 * @cssprop --mc-authorisation-panel-item-border-color - Marker line of an authorisation (default: `--mc-color-action`).
 * @cssprop --mc-authorisation-panel-link-color - Colour of links (default: `--mc-color-link`).
 * @cssprop --mc-authorisation-panel-button-color - Text and border colour of the history buttons (default: `--mc-color-action`).
 * @cssprop --mc-authorisation-panel-button-background - Background of the history buttons (default: `--mc-color-surface-raised`).
 * @cssprop --mc-authorisation-panel-table-border-color - Borders of the history table (default: `--mc-color-border`).
 * @cssprop --mc-authorisation-panel-table-header-background - Background of its header cells (default: `--mc-color-surface`).
 * @cssprop --mc-authorisation-panel-dialog-width - Width of the confirmation dialog (default: 36rem).
 * @cssprop --mc-authorisation-panel-dialog-background - Background of the dialog (default: `--mc-color-surface-raised`).
 * @cssprop --mc-authorisation-panel-dialog-border-color - Border of the dialog (default: `--mc-color-border-strong`).
 */
export class McAuthorisationPanel extends McElement {
  static override styles = authorisationPanelStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** Level of the cards' headings, 2 (default) or 3; the "J'autorise" and "Je suis autorisé(e)" headings are one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: 2 | 3 = 2;
  /**
   * Where "Me reconnecter" leads when the session has expired, for a page that handles it itself (it cancelled
   * `mc-reauth-required`; only `https:` or relative; no link without it).
   */
  @property({ attribute: 'login-href' }) loginHref?: string;
  /** The agency (the login form shown when the session expires uses its preset). */
  @property({ reflect: true }) agency: Agency = 'caf';
  /** Configuration of the login form shown when the session expires (agency wording). */
  @property({ attribute: false }) loginConfig?: Partial<LoginFormConfig>;

  /** The status shown: the last load, then updated by each successful action. */
  @state() private status: AuthorisationStatus | undefined;
  @state() private pending: PendingAction | undefined;
  @state() private busy = false;
  @state() private actionError: AdapterError | undefined;
  @state() private attempt = 0;
  @state() private outcome: Outcome | undefined;

  private readonly i18n = new LocalizeController<PanelKey>(this, CATALOGUES);
  private readonly adapters = new AdapterController(this);
  private readonly history = new HistoryController(this, () => this.adapters.require());
  private readonly signedOut = new SessionEndController(this, () => this.forget(), () => this.refresh());
  private readonly load = new Task(this, {
    args: () => [this.adapters.adapter, this.generation] as const,
    // Signed out: a run that loads nothing, so that a load in flight is dropped whenever it answers.
    task: (_args, { signal }) => (this.signedOut.ended ? undefined : this.adapters.require().getAuthorisations({ signal })),
    onComplete: (value) => {
      this.status = value;
    },
    onError: (error) => {
      if (toAdapterError(error).kind === 'unauthorized') this.session.request(undefined);
    },
  });
  private readonly session = new PanelSession(this, {
    adapter: () => this.adapters.adapter,
    closeDialog: () => this.dialog?.close('reauth'),
    resumed: (action) => void this.resumed(action),
  });
  private generation = 0;
  private outcomes = 0;
  private trigger: Element | undefined;
  private running: AbortController | undefined;

  private readonly t: Translate = (key, params) => this.i18n.t(key, params);

  /** `loading` also while a reload runs. */
  get state(): AuthorisationPanelState {
    if (this.signedOut.ended) return 'signed-out';
    if (this.load.status === TaskStatus.ERROR) return 'error';
    return this.load.status === TaskStatus.COMPLETE && this.status ? 'ready' : 'loading';
  }

  /** Loads the status again (as "Réessayer" does); after a log-out, as `mc-login` does. */
  refresh(): void {
    this.signedOut.resume();
    this.generation += 1;
    this.requestUpdate();
  }

  /** The session ended: nothing of the account stays (status, history, an action and its dialog, the login form). */
  private forget(): void {
    this.running?.abort();
    this.trigger = this.pending = this.actionError = this.outcome = this.status = undefined;
    this.busy = false;
    this.dialog?.close('signed-out');
    this.session.end();
    this.history.forget();
    void this.load.run();
  }

  /** Resumes after a new log-in, when the page handled `mc-reauth-required` itself. */
  resume(): void {
    this.session.resume();
  }

  /** Logged in again: the status loaded again, then the confirmation of `action` if it still applies. */
  private async resumed(action: PendingAction | undefined): Promise<void> {
    this.outcome = { id: ++this.outcomes, variant: 'success', message: this.t('authorisation.reauth.resumed') };
    this.refresh();
    await this.updateComplete;
    await this.load.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const s = this.status;
    const applies =
      !!action &&
      !!s &&
      (action.kind === 'grant'
        ? s.candidates.some((c) => c.id === action.person.id)
        : (action.kind === 'revoke' ? s.given : s.received).some((a) => a.id === action.authorisation.id));
    if (action && applies) await this.ask(action, null);
    else this.renderRoot.querySelector<HTMLElement>('#given-heading')?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Aborted when the panel left the page: load again now that it is back.
    if (this.load.status === TaskStatus.ERROR && isAbortError(this.load.error)) void this.load.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    queueMicrotask(() => {
      if (this.isConnected) return; // moved, not removed
      if (this.load.status === TaskStatus.PENDING) this.load.abort();
      this.running?.abort();
    });
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  private get view(): DialogView {
    return {
      t: this.t,
      locale: this.i18n.locale as Locale,
      level: this.headingLevel === 3 ? 3 : 2,
      loginHref: this.loginHref,
      pending: this.pending,
      busy: this.busy,
      actionError: this.actionError,
      attempt: this.attempt,
      ask: (action, trigger) => void this.ask(action, trigger),
      perform: () => void this.perform(),
      cancel: () => this.dialog?.close('cancel'),
      onDialogCancel: (event) => {
        // Escape while the adapter is answering: wait for the answer.
        if (this.busy) event.preventDefault();
      },
      onDialogClose: (dialog) => this.dialogClosed(dialog.returnValue),
    };
  }

  /** Opens the confirmation of `action` (the buttons of the panel do). */
  private async ask(action: PendingAction, trigger: EventTarget | null): Promise<void> {
    const dialog = this.dialog;
    if (!dialog || dialog.open || this.busy) return;
    this.pending = action;
    this.actionError = undefined;
    this.trigger = trigger instanceof Element ? trigger : undefined;
    await this.updateComplete;
    if (!dialog.isConnected || dialog.open) return;
    dialog.returnValue = '';
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-dialog-heading]')?.focus();
  }

  /** "Oui, …" (or "Réessayer"): the one adapter call of the confirmed action. */
  private async perform(): Promise<void> {
    const action = this.pending;
    if (!action || this.busy) return;
    this.busy = true;
    this.actionError = undefined;
    const controller = (this.running = new AbortController());
    const { signal } = controller;
    try {
      const adapter = this.adapters.require();
      const result =
        action.kind === 'grant'
          ? await adapter.grantAuthorisation({ personId: action.person.id }, { signal })
          : await adapter.revokeAuthorisation({ authorisationId: action.authorisation.id }, { signal });
      if (signal.aborted) return; // the panel left the page, or the session ended: a late answer is dropped
      this.busy = false;
      this.succeeded(action, result);
    } catch (e) {
      if (signal.aborted || isAbortError(e)) return;
      const error = toAdapterError(e);
      this.busy = false;
      await this.failed(action, error);
    } finally {
      if (this.running === controller) this.running = undefined;
      this.busy = false;
    }
  }

  private succeeded(action: PendingAction, result: Authorisation): void {
    if (this.status) this.status = withAction(this.status, action.kind, result);
    this.history.invalidate();
    const dialog = this.dialog;
    if (dialog?.open) dialog.close('done');
    this.pending = undefined;
    this.trigger = undefined;
    const person = otherPerson(action);
    this.outcome = { id: ++this.outcomes, variant: 'success', message: fill(this.t(`authorisation.done.${action.kind}`), { name: personName(person) }) };
    const detail: AuthorisationEventDetail = { authorisation: result };
    emit(this, action.kind === 'grant' ? 'mc-authorisation-granted' : 'mc-authorisation-revoked', detail);
    void this.updateComplete.then(() => {
      const target =
        action.kind === 'grant'
          ? `[data-authorisation="${CSS.escape(result.id)}"]`
          : action.kind === 'revoke'
            ? '#given-heading'
            : '#received-heading';
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    });
  }

  private async failed(action: PendingAction, error: AdapterError): Promise<void> {
    if (error.kind === 'unauthorized' && this.session.request(action)) return;
    if (!this.dialog?.open) {
      // The dialog was forced closed meanwhile: say it at the top of the panel.
      const message = html`${this.t(`authorisation.failed.${action.kind}`)} ${failureMessage(this.view, error)}`;
      this.outcome = { id: ++this.outcomes, variant: 'error', message };
      return;
    }
    this.actionError = error;
    this.attempt += 1;
    await this.updateComplete;
    // Not retryable: the confirm button is gone, the focus goes to "Fermer".
    if (!error.retryable) this.dialog?.querySelector<HTMLElement>('[data-dialog-close]')?.focus();
  }

  /** The dialog closed: cancelled (nothing changes, the focus goes back to the button that opened it) or done. */
  private dialogClosed(reason: string): void {
    // Read from the dialog that closed: closed for a new log-in, it has left the panel's render already.
    if (reason === 'done') return;
    const trigger = this.trigger;
    this.pending = undefined;
    this.actionError = undefined;
    this.trigger = undefined;
    // Closed for a new log-in: the focus goes to the login form, not back to the button.
    if (reason !== 'reauth' && trigger?.isConnected && trigger instanceof HTMLElement) trigger.focus();
  }

  /** "Réessayer" of the status card: loads again, then focuses the content, or the retry button after another failure. */
  private async retry(): Promise<void> {
    void this.load.run();
    await this.load.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const card = this.renderRoot.querySelector('mc-card');
    await card?.updateComplete;
    (card?.shadowRoot?.querySelector<HTMLElement>('[part~="retry"]') ?? this.renderRoot.querySelector<HTMLElement>('#given-heading'))?.focus();
  }

  private renderStatus() {
    const state = this.state;
    const error = this.load.status === TaskStatus.ERROR ? this.load.error : undefined;
    const failure = error === undefined ? undefined : toAdapterError(error);
    const view = this.view;
    return html`<mc-card
      part="status"
      class=${failure && !failure.retryable ? 'no-retry' : ''}
      heading=${this.t('authorisation.title')}
      heading-level=${view.level}
      state=${state === 'signed-out' ? 'empty' : state}
      @mc-card-retry=${() => void this.retry()}
    >
      ${state === 'ready' && this.status ? statusContent(view, this.status) : nothing}
      ${failure ? html`<span slot="error">${failureMessage(view, failure)}</span>` : nothing}
      ${state === 'signed-out' ? html`<span slot="empty">${this.t('logout.signedOut')}</span>` : nothing}
    </mc-card>`;
  }

  override render() {
    const t = this.t;
    const level = this.headingLevel === 3 ? 3 : 2;
    const outcome = this.outcome;
    if (this.session.active) {
      // The login form is the panel's light-DOM child (slot `reauth`), so that password managers see its inputs.
      return html`<div part="base" class="base">
        <div class="reauth-title" role="heading" aria-level=${level} tabindex="-1" data-flow-heading>${t('authorisation.reauth.title')}</div>
        <mc-notice variant="warning" announce><p>${t('authorisation.reauth.text')}</p></mc-notice>
        <slot name="reauth"></slot>
      </div>`;
    }
    return html`<div part="base" class="base">
      ${outcome
        ? keyed(outcome.id, html`<mc-notice part="notice" variant=${outcome.variant} announce><p>${outcome.message}</p></mc-notice>`)
        : nothing}
      ${this.renderStatus()}
      <mc-card part="about" heading=${t('authorisation.about.title')} heading-level=${level}>${aboutContent(t)}</mc-card>
      ${this.signedOut.ended
        ? nothing
        : html`<mc-card part="history" heading=${t('authorisation.history.title')} heading-level=${level}>
              <div class="stack">${this.history.render(t, this.i18n.locale)}</div>
            </mc-card>
            ${confirmDialog(this.view)}`}
    </div>`;
  }
}
