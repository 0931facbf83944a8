/**
 * The step controller of the connection flows (forgotten password, account creation, migration): the current
 * step, the steps behind it (so "Retour" goes back to the previous one, with what was typed, since the data lives
 * in the flow element and not in the step's fields), the progress "Étape 2 sur 3", and the focus moved to the new
 * step's heading after each change of step (never on first render: a page that loads keeps its focus).
 *
 * The heading a step renders carries `data-flow-heading` and `tabindex="-1"`; see `renderStepHeading`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface StepControllerOptions<S extends string> {
  readonly initial: S;
  /** Number of steps announced in the progress ("sur 3"). */
  readonly total: number;
  /** The progress position of a step (1-based), `undefined` for steps shown without progress (confirmation). */
  readonly positionOf: (step: S) => number | undefined;
  /** Called after every change of step (persistence, `mc-flow-step` event). */
  readonly onChange?: (step: S) => void;
}

export interface StepProgress {
  readonly current: number;
  readonly total: number;
}

export class StepController<S extends string> implements ReactiveController {
  private currentStep: S;
  private trail: S[] = [];
  private focusPending = false;

  constructor(
    private readonly host: Host,
    private readonly options: StepControllerOptions<S>,
  ) {
    this.currentStep = options.initial;
    host.addController(this);
  }

  get current(): S {
    return this.currentStep;
  }

  /** The steps behind the current one, oldest first. */
  get history(): readonly S[] {
    return this.trail;
  }

  get canGoBack(): boolean {
    return this.trail.length > 0;
  }

  get progress(): StepProgress | undefined {
    const current = this.options.positionOf(this.currentStep);
    return current === undefined ? undefined : { current, total: this.options.total };
  }

  /** Goes forward to `step`; "Retour" will come back to the current one. */
  go(step: S): void {
    if (step === this.currentStep) return this.refocus();
    this.trail = [...this.trail, this.currentStep];
    this.set(step);
  }

  /** Replaces the current step (the previous one is not kept: a code that was used cannot be typed again). */
  replace(step: S): void {
    this.set(step);
  }

  /** Goes back one step; false when there is none. */
  back(): boolean {
    const previous = this.trail.at(-1);
    if (previous === undefined) return false;
    this.trail = this.trail.slice(0, -1);
    this.set(previous);
    return true;
  }

  /** Puts the flow at `step` with `history` behind it (a reload restoring the flow); the focus does not move. */
  restore(step: S, history: readonly S[]): void {
    this.currentStep = step;
    this.trail = [...history];
    this.host.requestUpdate();
  }

  /** Moves the focus to the current step's heading after the next render (after a resume, say). */
  refocus(): void {
    this.focusPending = true;
    this.host.requestUpdate();
  }

  private set(step: S): void {
    this.currentStep = step;
    this.focusPending = true;
    this.host.requestUpdate();
    this.options.onChange?.(step);
  }

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    const heading = this.host.querySelector<HTMLElement>('[data-flow-heading]');
    heading?.focus();
  }
}
