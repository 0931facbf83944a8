/** The events of `mc-situation-wizard` (declared in `GlobalEventHandlersEventMap` by define.ts). */
import type { SituationReceipt } from '@moncompte/core';

/** What the wizard shows: the list of flows, the resume prompt, a questions or info step, the summary, the confirmation. */
export type SituationScreenKind = 'list' | 'resume' | 'questions' | 'info' | 'summary' | 'done';

/** `mc-situation-step`: the wizard moved to another screen (history entries, analytics). */
export interface SituationStepDetail {
  /** The flow being declared ('' on the list of flows). */
  readonly flowId: string;
  /** The step id (`summary` for the summary; '' for the list, the resume prompt and the confirmation). */
  readonly stepId: string;
  /** The person a step repeated for each person (`forEachPerson`) is shown for. */
  readonly personId?: string;
  readonly kind: SituationScreenKind;
  /** "Étape n sur m", when the screen shows a progress. */
  readonly position?: number;
  readonly total?: number;
}

/** `mc-situation-submitted`: the change was declared; the receipt carries the reference and the acknowledgement. */
export interface SituationSubmittedDetail {
  readonly flowId: string;
  readonly flowVersion: string;
  readonly receipt: SituationReceipt;
}

/**
 * `mc-situation-exit`: "Terminer" — on an information end (`nothing-to-declare`: nothing was declared) or on the
 * confirmation (`done`). The page decides where to go.
 */
export interface SituationExitDetail {
  readonly flowId: string;
  readonly reason: 'nothing-to-declare' | 'done';
}
