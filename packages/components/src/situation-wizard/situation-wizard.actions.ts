/**
 * The user actions of `mc-situation-wizard` that call the adapter, one call each through the wizard's runner (a
 * second activation while one is in flight does nothing; a failure is kept with its retry): loading a flow and its
 * draft, resuming or deleting the draft, loading a changed flow again, and declaring.
 */
import { relevantAnswers, SUMMARY_STEP, type SituationDraft, type SituationFlow } from '@moncompte/core';
import { emit } from '../shared/emit.js';
import type { McSituationWizard } from './situation-wizard.component.js';
import type { SituationSubmittedDetail } from './situation-wizard.events.js';
import { isComplete, placeOf } from './situation-wizard.model.js';

type El = McSituationWizard;

/** Loads the flow of `el.flowId` and its draft; `focus`: the action was the user's (the heading takes the focus). */
export async function loadFlow(el: El, focus: boolean): Promise<void> {
  const flowId = el.flowId;
  const result = await el.runner.run(
    async (adapter, signal) => {
      const [definition, found] = await Promise.all([adapter.getSituationFlow({ flowId }, { signal }), adapter.getSituationDraft({ flowId }, { signal })]);
      return { definition, draft: found.draft };
    },
    () => void loadFlow(el, true),
  );
  if (result.ok && flowId === el.flowId) begin(el, result.value.definition, result.value.draft, focus);
}

/** A draft of this version offers to resume; one of another version is dropped, and the first step says so. */
function begin(el: El, definition: SituationFlow, draft: SituationDraft | null, focus: boolean): void {
  el.definition = definition;
  if (draft && draft.flowVersion === definition.version) {
    const local = el.drafts.local.continuing(definition.id, draft);
    el.resumable = { savedAt: draft.savedAt, stepId: local?.stepId ?? draft.currentStepId, answers: local?.answers ?? draft.answers };
    el.show('resume', focus);
    return;
  }
  el.drafts.local.clear(definition.id);
  el.versionChanged = !!draft;
  el.enter(definition.firstStepId, { save: false, focus });
}

/** "Reprendre ma déclaration": the draft's answers, at its step (or where they now lead). */
export function resumeDraft(el: El): void {
  const { definition, resumable } = el;
  if (!definition || !resumable) return;
  el.answers = { ...resumable.answers };
  el.drafts.reset(resumable.savedAt);
  el.resumable = undefined;
  el.enter(placeOf(definition, el.answers, el.context, resumable.stepId), { save: false });
}

/** "Recommencer": the draft is deleted, then the first step, with no answer. */
export async function restartDeclaration(el: El): Promise<void> {
  const { definition } = el;
  if (!definition) return;
  const result = await el.runner.run(
    (adapter, signal) => adapter.deleteSituationDraft({ flowId: definition.id }, { signal }),
    () => void restartDeclaration(el),
  );
  if (!result.ok || definition !== el.definition) return;
  el.drafts.local.clear(definition.id);
  el.drafts.reset();
  el.resumable = undefined;
  el.answers = {};
  el.enter(definition.firstStepId, { save: false });
}

/** The flow changed on the back end (`conflict`): load it again and check the answers kept against it. */
export async function reloadFlow(el: El): Promise<void> {
  const flowId = el.flowId;
  const result = await el.runner.run((adapter, signal) => adapter.getSituationFlow({ flowId }, { signal }), () => void reloadFlow(el));
  if (!result.ok || flowId !== el.flowId) return;
  el.definition = result.value;
  el.enter(placeOf(result.value, el.answers, el.context, el.screen === 'summary' ? SUMMARY_STEP : el.stepId));
}

/**
 * "Valider ma déclaration": the answers on the path, with ONE idempotency key for this declaration however often
 * it is sent (double click, Enter + click, a retry, a reload after a lost answer).
 */
export async function submitDeclaration(el: El): Promise<void> {
  const { definition } = el;
  if (!definition || el.runner.busy || el.receipt) return;
  if (!isComplete(definition, el.answers, el.context)) {
    el.enter(placeOf(definition, el.answers, el.context, SUMMARY_STEP), { save: false });
    return;
  }
  const answers = relevantAnswers(definition, el.answers);
  const key = el.drafts.key(definition, answers);
  el.serverProblems = {};
  el.querySelector('mc-error-summary')?.clear();
  const result = await el.runner.run(
    async (adapter, signal) => {
      await el.drafts.idle(); // no draft is saved after the declaration
      signal.throwIfAborted(); // the session ended meanwhile: nothing is sent
      return adapter.submitSituationChange({ idempotencyKey: key, flowId: definition.id, flowVersion: definition.version, answers }, { signal });
    },
    () => void submitDeclaration(el),
  );
  if (definition !== el.definition) return;
  if (!result.ok) {
    if (result.error?.kind === 'validation') el.serverProblems = result.error.fieldErrors ?? {};
    return;
  }
  el.receipt = result.value;
  el.drafts.declared(definition.id);
  el.show('done');
  const detail: SituationSubmittedDetail = { flowId: definition.id, flowVersion: definition.version, receipt: result.value };
  emit(el, 'mc-situation-submitted', detail);
}
