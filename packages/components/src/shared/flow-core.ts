/**
 * What every connection flow element has, as one controller: its data (non-secret, kept in `sessionStorage`), its
 * steps, its adapter calls (one at a time), per-field errors from the server, the notes shown at the top of a
 * step, the "log in again" of an expired session, and the events `mc-flow-step` / `mc-flow-exit`.
 *
 * It also does what every flow element's lifecycle needs: the flow styles adopted on connection, the native
 * validity of its radio groups synced after each update, and its content framed by `render` (the title, then the
 * login form of an expired session or the current step).
 *
 * The element keeps its secrets (passwords, code, tokens) in its own fields, in memory only.
 *
 * A flow of a signed-in person (`signedIn`: the password and contact-details changes) ends with the session: at
 * `mc-logout` reaching the document (see `SessionEndController`) the call in flight is dropped, what was typed,
 * stored for a reload or loaded goes (the element's own part through `forget`), and the flow says « Vous êtes
 * déconnecté. » under its title; at the next `mc-login` it starts again at its first step.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Agency, AdapterError, AdapterErrorKind, MonCompteAdapter } from '@moncompte/core';
import { emit } from './emit.js';
import { FlowRunner } from './flow-action.js';
import { StepController } from './flow-steps.js';
import { FlowStorage, type StoredFlow } from './flow-storage.js';
import { ReauthController, type ReauthOutcome } from './flow-reauth.js';
import { SessionEndController } from './session-end.js';
import type { AdapterHost } from './adapter-context.js';
import type { FlowName, FlowExitDetail, FlowStepDetail } from './flow-events.js';
import type { FlowNote } from './flow-notes.js';
import type { FrameHost } from './flow-frame.js';
import { flowStyles, renderTitle, syncNativeValidity, type Translate } from './flow-view.js';
import { adoptStyles } from './form-field.js';
import type { LoginFormConfig } from './flow-reauth.js';

type Host = ReactiveControllerHost &
  AdapterHost & {
    storageKey: string;
    /** The agency and the configuration of the login form shown when the session expires. */
    readonly agency: Agency;
    readonly loginConfig?: Partial<LoginFormConfig> | undefined;
  };

export interface FlowCoreOptions<S extends string, D extends object> {
  readonly flow: FlowName;
  readonly steps: readonly S[];
  readonly initial: S;
  /**
   * Steps counted in the progress, in order ("Étape n sur m"); the others show no progress. An entry may group
   * several steps shown as one (the migration's contact details and code are both "Étape 3 sur 3").
   */
  readonly counted: readonly (S | readonly S[])[];
  readonly data: D;
  readonly t: () => Translate;
  /**
   * Where a reload puts the flow back, from what was stored (a step that needed a secret, a token say, goes back
   * to where the secret can be had again); `undefined` starts again.
   */
  readonly restore: (saved: StoredFlow<S, Partial<D>>) => { step: S; history: readonly S[]; note: FlowNote } | undefined;
  /** Steps after which nothing is kept (the flow ended). */
  readonly final?: readonly S[];
  readonly onResume?: (outcome: ReauthOutcome | undefined) => void;
  /** The text above the login form of an expired session, instead of the connection catalogue's. */
  readonly reauthText?: string;
  /** Failures that mean "log in again" besides `unauthorized` (the migration's expired token: `not-found`). */
  readonly reauthKinds?: readonly AdapterErrorKind[];
  /** The flow's own wording for some failures (e.g. "un compte existe déjà"), instead of the generic one. */
  readonly failureText?: (error: AdapterError) => string | undefined;
  /**
   * A flow of a signed-in page (the password and contact changes): its steps offer no "Revenir à la connexion", and
   * it ends with the session (`mc-logout`).
   */
  readonly signedIn?: boolean;
  /** What the element forgets when the session ends (signed-in flows): its secrets, what it loaded or shows. */
  readonly forget?: () => void;
}

export class FlowCore<S extends string, D extends object> implements ReactiveController, FrameHost {
  data: D;
  note: FlowNote = '';
  fieldErrors: Readonly<Record<string, string>> = {};
  private submittedState = false;
  readonly runner: FlowRunner;
  readonly steps: StepController<S>;
  readonly reauth: ReauthController;
  /** Signed-in flows: the end of the session. */
  private readonly signedOut: SessionEndController | undefined;
  private readonly storage: FlowStorage<S, D>;
  private restored = false;

  constructor(
    private readonly host: Host,
    private readonly options: FlowCoreOptions<S, D>,
  ) {
    this.data = options.data;
    this.runner = new FlowRunner(host);
    this.steps = new StepController<S>(host, {
      initial: options.initial,
      total: options.counted.length,
      positionOf: (step) => {
        const index = options.counted.findIndex((entry) => entry === step || (Array.isArray(entry) && entry.includes(step)));
        return index < 0 ? undefined : index + 1;
      },
      onChange: (step) => this.stepChanged(step),
    });
    this.reauth = new ReauthController(host, {
      flow: options.flow,
      step: () => this.steps.current,
      // Signed out, nobody is asked for: the next session's person is, once it started.
      ...(options.signedIn ? { adapter: () => (this.ended ? undefined : this.runner.adapter) } : {}),
      ...(options.reauthText
        ? { keys: { title: 'connection.reauth.title', text: options.reauthText, otherPerson: 'connection.reauth.otherPerson' } }
        : {}),
      onResume: (outcome) => {
        this.note = 'resumed';
        this.steps.refocus();
        options.onResume?.(outcome);
      },
    });
    this.storage = new FlowStorage<S, D>(() => host.storageKey);
    this.signedOut = options.signedIn ? new SessionEndController(host, () => this.end()) : undefined;
    host.addController(this);
  }

  /** The session ended (`mc-logout`) and no new one started: the flow shows only that. */
  get ended(): boolean {
    return this.signedOut?.ended ?? false;
  }

  /** The session ended: back to the first step, with nothing typed, kept for a reload, loaded or pending. */
  private end(): void {
    this.runner.abort();
    this.storage.clear();
    this.data = this.options.data;
    this.fieldErrors = {};
    this.note = '';
    this.submittedState = false;
    this.steps.restore(this.options.initial, []);
    this.reauth.forget();
    this.options.forget?.();
  }

  get t(): Translate {
    return this.options.t();
  }

  get signedIn(): boolean {
    return this.options.signedIn ?? false;
  }

  get submitted(): boolean {
    return this.submittedState;
  }

  set submitted(value: boolean) {
    this.submittedState = value;
    this.host.requestUpdate();
  }

  /** Adopts the flow styles; restores a reload's data once, when first connected. */
  hostConnected(): void {
    adoptStyles(this.host, [flowStyles]);
    if (this.restored) return;
    this.restored = true;
    const saved = this.storage.load((v): v is S => this.options.steps.includes(v as S));
    if (!saved) return;
    const place = this.options.restore(saved);
    if (!place) {
      this.storage.clear();
      return;
    }
    this.data = { ...this.data, ...saved.data };
    this.steps.restore(place.step, place.history);
    this.note = place.note;
  }

  /** After each update: the radio groups' native validity follows their state (see `syncNativeValidity`). */
  hostUpdated(): void {
    syncNativeValidity(this.host);
  }

  /** The element's content: its title, then the login form when the session expired, else `step()`; signed out, only that. */
  render(title: string, step: () => unknown): TemplateResult {
    const body = this.ended
      ? html`<p class="mc-flow__text">${this.t('logout.signedOut')}</p>`
      : this.reauth.active
        ? this.reauth.render(this.t, this.host.agency, this.host.loginConfig, this.runner.adapter)
        : step();
    return html`${renderTitle(title)}${body}`;
  }

  /** Whether the flow was put back from storage (the element then ignores its prefill properties). */
  get wasRestored(): boolean {
    return this.note === 'restored' || this.note === 'restoredNewCode';
  }

  update(patch: Partial<D>): void {
    this.data = { ...this.data, ...patch };
    this.save();
    this.host.requestUpdate();
  }

  setFieldError(name: string, message: string): void {
    this.fieldErrors = { ...this.fieldErrors, [name]: message };
    this.host.requestUpdate();
  }

  clearFieldError(name: string): void {
    if (!(name in this.fieldErrors)) return;
    const { [name]: _gone, ...rest } = this.fieldErrors;
    this.fieldErrors = rest;
  }

  private save(): void {
    if (this.options.final?.includes(this.steps.current)) this.storage.clear();
    else this.storage.save({ step: this.steps.current, history: this.steps.history, data: this.data });
  }

  private stepChanged(step: S): void {
    this.submittedState = false;
    this.fieldErrors = {};
    this.note = '';
    this.runner.dismiss();
    // One summary serves every step (the same place in the frame): a new step starts without the last one's errors.
    this.host.querySelector<HTMLElement & { clear(): void }>('mc-error-summary')?.clear?.();
    this.save();
    const detail: FlowStepDetail = { flow: this.options.flow, step, position: this.steps.progress?.current, total: this.options.counted.length };
    emit(this.host, 'mc-flow-step', detail);
  }

  back(): void {
    this.steps.back();
  }

  failureText(error: AdapterError): string | undefined {
    return this.options.failureText?.(error);
  }

  /** Leaves the flow (`mc-flow-exit`) and forgets what was kept for a reload. */
  leave(reason: FlowExitDetail['reason'] = 'cancel', identifier?: string): void {
    this.storage.clear();
    emit<FlowExitDetail>(this.host, 'mc-flow-exit', { flow: this.options.flow, reason, ...(identifier ? { identifier } : {}) });
  }

  /** Forgets what was kept for a reload (the flow ended). */
  forget(): void {
    this.storage.clear();
  }

  /**
   * Calls the adapter for the current step (one call per user action). Failures are shown by the frame;
   * `unauthorized` asks to log in again; `validation` puts each field's first problem next to it.
   */
  async call<T>(work: (adapter: MonCompteAdapter, signal: AbortSignal) => Promise<T>, retry: () => void): Promise<T | undefined> {
    const result = await this.runner.run(work, retry);
    if (result.ok) return result.value;
    const error: AdapterError | undefined = result.error;
    if (error && (error.kind === 'unauthorized' || this.options.reauthKinds?.includes(error.kind))) this.reauth.request();
    if (error?.kind === 'validation') {
      for (const [field, problems] of Object.entries(error.fieldErrors ?? {})) {
        const problem = problems[0];
        if (problem) this.setFieldError(field, this.t(problem.key, problem.params));
      }
      void this.summariseFieldErrors();
    }
    return undefined;
  }

  /**
   * The back end's field errors, once each field shows its own, also in the step's error summary, which gets the
   * focus (as after a failed submit): bad input is said next to its field AND in the summary, wherever it was found.
   */
  private async summariseFieldErrors(): Promise<void> {
    await this.host.updateComplete;
    const elements = [...this.host.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
    await Promise.all(elements.map((element) => element.updateComplete));
    this.host.querySelector('mc-error-summary')?.validate();
  }
}
