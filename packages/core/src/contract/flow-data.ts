/**
 * What makes a flow's data runnable beyond its shape: the rules of the steps repeated for each person
 * (`forEachPerson`). `SituationFlowSchema` refuses a flow that breaks them (so does the HTTP adapter, which parses
 * what the back end sends), and a back end or a test can check its own flows with `flowDataProblems`. Pure: no
 * schema library, no DOM.
 */
import { findStep, PERSON_KEY_SEPARATOR, repeatedQuestionIds, sectionExits } from './flow.js';
import type { Condition, FlowStep, SituationFlow } from './situation.js';

/** The conditions and date bounds of a step, as the question ids they name. */
function namedQuestions(step: FlowStep): string[] {
  if (step.kind !== 'questions') return [];
  const named = (conditions: readonly Condition[] | undefined) => (conditions ?? []).map((c) => c.questionId);
  const ids = step.next.flatMap((t) => named(t.when));
  for (const q of step.questions) {
    ids.push(...named(q.showIf));
    if (q.type === 'date') for (const bound of [q.min, q.max]) if (bound && typeof bound === 'object') ids.push(bound.question);
  }
  return ids;
}

/**
 * The problems of a flow's repeated steps, in words for the developer writing the flow (empty: fine):
 * - `forEachPerson` names a `person` question of a step asked once, and the first step is not repeated;
 * - in a flow with repeated steps, no step or question id contains `@` (the separator of per-person keys);
 * - a repeated question does not share its id with a question asked once;
 * - a step asked once does not name a repeated question (in a condition or a date bound): it has one answer per person;
 * - the transitions leaving a section all go to the same step (or all to the summary): where the flow goes on
 *   once every person's part is done.
 */
export function flowDataProblems(flow: SituationFlow): string[] {
  const repeatedSteps = flow.steps.filter((s) => s.forEachPerson !== undefined);
  if (repeatedSteps.length === 0) return [];
  const problems: string[] = [];
  const onceQuestions = flow.steps.filter((s) => s.forEachPerson === undefined).flatMap((s) => (s.kind === 'questions' ? s.questions : []));
  const repeated = repeatedQuestionIds(flow);
  for (const step of repeatedSteps) {
    const section = step.forEachPerson!;
    const source = onceQuestions.find((q) => q.id === section);
    if (source?.type !== 'person') problems.push(`step "${step.id}": forEachPerson "${section}" is not a person question of a step asked once`);
  }
  if (findStep(flow, flow.firstStepId)?.forEachPerson !== undefined) problems.push(`the first step "${flow.firstStepId}" cannot be repeated for each person`);
  const ids = flow.steps.flatMap((s) => [s.id, ...(s.kind === 'questions' ? s.questions.map((q) => q.id) : [])]);
  for (const id of new Set(ids)) if (id.includes(PERSON_KEY_SEPARATOR)) problems.push(`id "${id}" contains "${PERSON_KEY_SEPARATOR}"`);
  for (const q of onceQuestions) if (repeated.has(q.id)) problems.push(`question "${q.id}" is both repeated for each person and asked once`);
  for (const step of flow.steps) {
    if (step.forEachPerson !== undefined) continue;
    for (const id of new Set(namedQuestions(step))) {
      if (repeated.has(id)) problems.push(`step "${step.id}" is asked once but names "${id}", a question repeated for each person`);
    }
  }
  for (const section of new Set(repeatedSteps.map((s) => s.forEachPerson!))) {
    const exits = sectionExits(flow, section);
    if (exits.length > 1) problems.push(`the steps repeated for "${section}" leave to different steps (${exits.join(', ')}): they must go on to one`);
  }
  return problems;
}
