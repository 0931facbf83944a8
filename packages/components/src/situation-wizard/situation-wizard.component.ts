import { html, type PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property, state } from 'lit/decorators.js';
import {
  checkStep,
  commonMessages,
  errorMessages,
  flowMessages,
  flowPath,
  formatDate,
  nextPlace,
  signedOutMessages,
  situationWizardMessages,
  stepAt,
  SUMMARY_STEP,
  type Agency,
  type AnswerContext,
  type Answers,
  type FlowPlace,
  type FlowStep,
  type MonCompteAdapter,
  type Problem,
  type SituationFlow,
  type SituationReceipt,
} from '@moncompte/core';
import { AdapterController } from '../shared/adapter-context.js';
import { emit } from '../shared/emit.js';
import { FlowRunner } from '../shared/flow-action.js';
import { OnceLoader } from '../shared/flow-loader.js';
import type { LoginFormConfig } from '../shared/flow-reauth.js';
import type { StepProgress } from '../shared/flow-steps.js';
import type { Translate } from '../shared/flow-view.js';
import { systemClock, type Clock } from '../shared/form-clock.js';
import { adoptStyles, messagesOf } from '../shared/form-field.js';
import { uniqueId } from '../shared/form-registry.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { loadFlow } from './situation-wizard.actions.js';
import { stepAnswers } from './situation-wizard.answers.js';
import { Announcer } from './situation-wizard.announcer.js';
import { Drafts } from './situation-wizard.drafts.js';
import { WizardSession } from './situation-wizard.session.js';
import type { SituationExitDetail, SituationScreenKind, SituationStepDetail } from './situation-wizard.events.js';
import { isComplete, isoDay, pathBefore, placeOf, progressOf, showsPersons, type DateParts } from './situation-wizard.model.js';
import { renderWizard, showStepErrors } from './situation-wizard.screens.js';
import { editTarget } from './situation-wizard.questions.js';
import { situationWizardStyles } from './situation-wizard.styles.js';

const CATALOGUES = messagesOf(situationWizardMessages, flowMessages, commonMessages, errorMessages, signedOutMessages);

/** The screen shown: `idle` before the first update, `loading` while a flow given by `flow` loads. */
export type WizardScreen = 'idle' | 'list' | 'loading' | 'resume' | 'step' | 'summary' | 'done';

/** A saved draft offered for resuming (its answers, with what this tab typed since). */
export interface ResumableDraft {
  readonly savedAt: string;
  readonly stepId: string;
  readonly answers: Answers;
}

/**
 * @element mc-situation-wizard
 * @summary "Déclarer un changement": renders ANY change-of-situation flow from its data (`getSituationFlow`) —
 * questions steps (single and multiple choice, household members, dates, text), branching, questions shown only
 * for some answers, information ends ("Inutile de déclarer ce stage"), steps repeated for each person chosen
 * (`forEachPerson`: the person named in their heading, their answers grouped under the person's name on the summary),
 * a summary with "Modifier" links — and
 * declares it with one idempotency key per declaration; the confirmation gives the reference and says where the
 * acknowledgement was sent. Without `flow`, a first step lists the flows (`listSituationFlows`).
 *
 * Its inputs are real controls of real forms in the LIGHT DOM. Each step is checked with the core runner
 * (`checkStep`): errors next to each field and in an `mc-error-summary` that takes the focus. Each change of step
 * moves the focus to the step heading and saves the draft (`saveSituationDraft`); coming back offers to resume it
 * or start again, and what was typed since the last save is kept in this tab (`storage-key`). Every adapter
 * failure says what happened, keeps the answers and offers a retry when it may help; an expired session logs in
 * again in place and comes back to the same screen with the answers.
 *
 * When the session ends (`mc-logout` reaching the document), the wizard forgets the flows, the household's names,
 * the answers, the summary, the receipt, what it kept in this tab and the login form of an expired session; a call
 * in flight is dropped; it says « Vous êtes déconnecté. » under its title until `mc-login`, then starts afresh.
 *
 * @fires mc-situation-step - Another screen is shown. Detail: `{ flowId, stepId, personId?, kind, position?, total? }`
 * (`personId`: the person a repeated step is shown for).
 * @fires mc-situation-submitted - The change was declared. Detail: `{ flowId, flowVersion, receipt }`.
 * @fires mc-situation-exit - "Terminer" on an information end or on the confirmation. Detail: `{ flowId, reason }`.
 * @fires mc-reauth-required - A call answered `unauthorized`: the login form is shown in place, the answers kept
 * (cancelable: the page then handles the new log-in, and the notice offers `login-href`).
 *
 * @cssprop --mc-situation-max-width - Maximum width of the wizard (40rem).
 * @cssprop --mc-situation-heading-size - Font size of the step headings.
 * @cssprop --mc-situation-progress-color - Colour of "Étape n sur m".
 * @cssprop --mc-situation-control-color - Colour of the radio buttons and checkboxes.
 * @cssprop --mc-situation-error-color - Colour of the error messages and borders.
 * @cssprop --mc-situation-border-color - Border colour of the summary rows (the inputs take the field tokens, `--mc-field-*`).
 */
export class McSituationWizard extends McElement {
  /** The adapter; the nearest `<mc-adapter-provider>`'s otherwise. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** The id of the flow to declare; empty: the wizard first lists the flows. */
  @property() flow = '';
  /** The wizard's title (an `<h2>`) instead of the flow's title. */
  @property() heading = '';
  /** Prefix of the `sessionStorage` keys of what is typed between two saved drafts; empty: nothing is kept. */
  @property({ attribute: 'storage-key' }) storageKey = 'mc-situation-wizard';
  /** The agency (the login form shown when the session expires uses its preset). */
  @property({ reflect: true }) agency: Agency = 'caf';
  /** Configuration of the login form shown when the session expires (agency wording). */
  @property({ attribute: false }) loginConfig?: Partial<LoginFormConfig>;
  /**
   * The log-in page, for a page that handles an expired session itself (it cancelled `mc-reauth-required`): the
   * notice then offers "Me reconnecter". The link stays in this tab when the answers are kept on this device, and
   * opens a new tab when they are only on this page (`https:` or relative URLs only).
   */
  @property({ attribute: 'login-href' }) loginHref = '';
  /** Time source (today's date for date bounds, the character count's pause); tests inject a fake one. */
  @property({ attribute: false }) clock: Clock = systemClock;

  /** Base of the ids of this instance's parts. */
  readonly ids = uniqueId('mc-situation');
  readonly i18n = new LocalizeController(this, CATALOGUES);
  /** User actions (loading a flow, starting again, submitting): one at a time, failure kept with its retry. */
  readonly runner = new FlowRunner(this);
  private readonly adapters = new AdapterController(this);
  readonly flows = new OnceLoader(this, () => this.adapters.adapter, (a, signal) => a.listSituationFlows({ signal }));
  readonly household = new OnceLoader(this, () => this.adapters.adapter, (a, signal) => a.getHousehold(undefined, { signal }));
  readonly drafts = new Drafts(
    this,
    () => this.adapters.require(),
    () => this.storageKey,
    () => ({ flow: this.definition, stepId: this.stepId, answers: this.answers, inProgress: (this.screen === 'step' || this.screen === 'summary') && !this.receipt }),
  );
  readonly announcer = new Announcer(this, () => this.clock);
  /** An expired session: the login form in place, then back to the same screen. */
  readonly session = new WizardSession(this);

  @state() screen: WizardScreen = 'idle';
  /** The flow being declared, once loaded. */
  @state() definition: SituationFlow | undefined;
  /** The flow id being declared (the `flow` attribute, or the one chosen in the list). */
  flowId = '';
  /** The flow chosen in the list. */
  @state() chosen = '';
  /** The answers, one flat record (a repeated question's answer under its per-person key, `situation@p-lea`). */
  @state() answers: Answers = {};
  /** What each date question's three fields hold, as typed (by answer key). */
  readonly dateParts = new Map<string, DateParts>();
  /** The step shown: a step id, or a repeated step's place for one person (`contract@p-lea`); `summary`. */
  @state() stepId = '';
  /** "Étape n sur m" of the current step (computed when it is entered). */
  progress: StepProgress | undefined;
  /** A Continue was refused on this step: its errors are shown, and follow the answers from then on. */
  @state() submitted = false;
  /** "Modifier" from the summary: Continue (or Back) returns to it as soon as the declaration is complete. */
  returnToSummary = false;
  /** The draft was made with another version of the flow (shown on the first step). */
  @state() versionChanged = false;
  /** The flow data leads nowhere from this step. */
  @state() broken = false;
  @state() resumable: ResumableDraft | undefined;
  @state() receipt: SituationReceipt | undefined;
  /** Problems the back end found on submit, by question id (shown on the summary). */
  @state() serverProblems: Readonly<Record<string, readonly Problem[]>> = {};
  /** @internal The next screen's heading takes the focus once shown (after a user action). */
  focusPending = false;
  /** The flow of `flowId` is to be loaded at the next update (when an adapter is there and no call is in flight). */
  private loadWanted = false;
  private readonly questionIds = new Map<string, string>();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, [situationWizardStyles]);
  }

  get t(): Translate {
    return this.i18n.t.bind(this.i18n) as Translate;
  }

  get context(): AnswerContext {
    const members = this.household.value?.members;
    return { today: isoDay(this.clock.now()), ...(members ? { personIds: members.map((m) => m.id) } : {}) };
  }

  /** The step shown, and its person when it is repeated for each person. */
  get place(): FlowPlace | undefined {
    return this.definition && this.screen === 'step' ? stepAt(this.definition, this.stepId) : undefined;
  }

  get step(): FlowStep | undefined {
    return this.place?.step;
  }

  /** Whether Back has somewhere to go (a step behind, the summary being edited, or the list of flows). */
  get canGoBack(): boolean {
    if (!this.definition) return false;
    return this.screen === 'summary' || pathBefore(this.definition, this.answers, this.stepId).length > 0 || !this.flow;
  }

  /** The base id of a question's parts. */
  qid(questionId: string): string {
    let id = this.questionIds.get(questionId);
    if (!id) this.questionIds.set(questionId, (id = uniqueId(`${this.ids}-q`)));
    return id;
  }

  /** A problem of the core runner in words (dates in its parameters formatted in the page's language). */
  problemText(problem: Problem): string {
    const params: Record<string, string | number> = { ...problem.params };
    for (const name of ['min', 'max']) {
      const value = params[name];
      if (typeof value === 'string') params[name] = formatDate(this.i18n.locale, value, 'long');
    }
    return this.t(problem.key, params);
  }

  // ── loading ────────────────────────────────────────────────────────────
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.session.ended) return; // nothing is loaded until the next session
    // A reload goes back to the flow chosen in the list (its draft is then offered).
    if (this.screen === 'idle') this.start(this.flow || this.drafts.local.chosenFlow(), false);
    else if (changed.has('flow') && this.flow !== this.flowId) this.start(this.flow, false);
    if (this.screen === 'list') this.flows.ensure();
    if (this.screen === 'loading' && this.loadWanted && !this.runner.busy && this.adapters.adapter) {
      this.loadWanted = false;
      void loadFlow(this, this.focusPending);
    }
    const flow = this.definition;
    if (flow && (this.screen === 'step' || this.screen === 'summary') && showsPersons(flow, this.stepId, this.answers)) this.household.ensure();
  }

  /** Resumes after a new log-in, when the page handled `mc-reauth-required` itself. */
  resume(): void {
    this.session.reauth.resume();
  }

  /** Starts a new declaration: of `flowId`, or from the list of flows. */
  start(flowId: string, focus = true): void {
    this.definition = undefined;
    this.answers = {};
    this.dateParts.clear();
    this.resumable = undefined;
    this.receipt = undefined;
    this.versionChanged = false;
    this.runner.dismiss();
    this.drafts.reset();
    this.flowId = flowId;
    this.loadWanted = !!flowId;
    this.chosen = flowId || this.chosen;
    if (!this.flow) this.drafts.local.choose(flowId);
    this.show(flowId ? 'loading' : 'list', focus);
  }

  // ── moving between steps ─────────────────────────────────────────────────
  /**
   * Shows `screen`. After a user action (`focus`), the focus goes to its heading and `mc-situation-step` says where
   * the wizard is; the first screen of a page, or one set by the page (`flow` changed), does neither.
   */
  show(screen: WizardScreen, focus = true): void {
    this.screen = screen;
    this.submitted = false;
    this.announcer.reset();
    if (!focus || screen === 'idle') return;
    this.focusPending = true; // kept while loading: the loaded screen's heading takes it
    if (screen === 'loading') return;
    const kind: SituationScreenKind = screen === 'step' ? (this.step?.kind ?? 'questions') : screen;
    const inFlow = screen === 'step' || screen === 'summary';
    const progress = inFlow ? this.progress : undefined;
    const place = this.place;
    const detail: SituationStepDetail = {
      flowId: this.definition?.id ?? '',
      stepId: place?.step.id ?? (inFlow ? this.stepId : ''),
      ...(place?.personId === undefined ? {} : { personId: place.personId }),
      kind,
      ...(progress ? { position: progress.current, total: progress.total } : {}),
    };
    emit(this, 'mc-situation-step', detail);
  }

  /** Shows `stepId` (a step or `summary`); a change of step saves the draft. */
  enter(stepId: string, options: { save?: boolean; focus?: boolean } = {}): void {
    const definition = this.definition;
    if (!definition) return;
    const { save = true, focus = true } = options;
    this.stepId = stepId;
    this.submitted = false;
    this.broken = false;
    this.serverProblems = {};
    if (save) this.versionChanged = false;
    this.runner.dismiss();
    this.progress = progressOf(definition, this.answers, stepId);
    this.show(stepId === SUMMARY_STEP ? 'summary' : 'step', focus);
    if (save) this.drafts.save();
    this.drafts.keep();
  }

  /**
   * Continue: a questions step is checked by the core runner; then the next place on the path (the next person's
   * part after an information step in a section), or back to the summary.
   */
  next(): void {
    const { definition, step } = this;
    if (!definition || !step) return;
    const problems = step.kind === 'questions' ? checkStep(step, stepAnswers(this), this.context) : {};
    if (step.kind === 'questions' && Object.keys(problems).length > 0) {
      this.submitted = true;
      void showStepErrors(this, step, problems);
      return;
    }
    const to = nextPlace(definition, this.answers, this.stepId);
    if (!to) {
      this.broken = true;
      return;
    }
    // Back to the summary from "Modifier" once complete, else straight to what it still needs further on (a person
    // just added); an information step on the way is shown even then: it tells the person something.
    const info = to !== SUMMARY_STEP && stepAt(definition, to)?.step.kind === 'info';
    const needed = this.returnToSummary && !info ? placeOf(definition, this.answers, this.context, SUMMARY_STEP) : to;
    const { path } = flowPath(definition, this.answers);
    if (needed === SUMMARY_STEP) this.returnToSummary = false;
    this.enter(needed === SUMMARY_STEP || path.indexOf(needed) > path.indexOf(this.stepId) ? needed : to);
  }

  /** Back: the previous step on the path of the answers (the summary while editing from it; the list of flows). */
  back(): void {
    const { definition } = this;
    if (!definition) return;
    if (this.returnToSummary && this.screen === 'step' && isComplete(definition, this.answers, this.context)) {
      this.returnToSummary = false;
      this.enter(SUMMARY_STEP);
      return;
    }
    const previous = pathBefore(definition, this.answers, this.screen === 'summary' ? SUMMARY_STEP : this.stepId).at(-1);
    if (previous) this.enter(previous);
    else if (!this.flow) {
      this.chosen = definition.id;
      this.drafts.local.choose('');
      this.show('list');
    }
  }

  /** "Modifier" on the summary: the question's step (that person's, for a repeated one), its field focused (`editing`). */
  edit(stepId: string, questionId?: string): void {
    this.returnToSummary = true;
    this.editing = questionId;
    this.enter(stepId);
  }
  /** @internal The question whose "Modifier" was chosen, until its field has the focus. */
  editing: string | undefined;

  /** Continue on the list of flows. */
  async choose(): Promise<void> {
    if (!this.chosen || this.runner.busy) return;
    if (this.definition?.id === this.chosen) {
      this.enter(this.definition.firstStepId, { save: false });
      return;
    }
    this.start(this.chosen, false);
    this.screen = 'list'; // stays on the list, its button busy, while the flow loads
    this.loadWanted = false;
    await loadFlow(this, true);
  }

  /** "Terminer". */
  finish(reason: SituationExitDetail['reason']): void {
    emit<SituationExitDetail>(this, 'mc-situation-exit', { flowId: this.flowId, reason });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusPending) return;
    const heading = this.querySelector<HTMLElement>('[data-flow-heading]');
    if (!heading) return; // still loading: the heading gets the focus once shown
    this.focusPending = false;
    (editTarget(this) ?? heading).focus();
  }

  protected override render() {
    return html`${renderWizard(this)}`;
  }
}
