/**
 * Pure functions that run a `SituationFlow` from its answers: which questions are shown, which step comes next,
 * the path from the first step, and the problems of the answers. The wizard element and every adapter use the
 * same functions, so the browser and the back end agree on the branching.
 *
 * Steps repeated for each person (`forEachPerson`): the steps that name the same `person` question form a section,
 * run for each person chosen in it, one after the other. On the path, a repeated step's place is
 * `personKey(stepId, personId)`; in the answers (one flat record), a repeated question's answer is under
 * `personKey(questionId, personId)`. Inside a section, conditions and date bounds name plain question ids and
 * read that person's answers (`personAnswers`). An information step in a section ends that person's part; the
 * flow ends on it only when every person's part ended on one.
 *
 * Problem keys (a situation catalogue translates them): `flow.required`, `flow.invalidChoice`,
 * `flow.unknownPerson`, `flow.invalidDate`, `flow.dateTooEarly` ({min}), `flow.dateTooLate` ({max}),
 * `flow.tooLong` ({max}, and {count} = the same number, which picks the plural form of the message).
 */
import type { Problem } from '../validators/types.js';
import type { Answer, Answers, Condition, FlowStep, Question, SituationFlow } from './situation.js';

type DateBound = NonNullable<Extract<Question, { type: 'date' }>['min']>;

/**
 * The reserved step id of the summary page (re-exported by situation.ts). It lives here, with the runner, so that
 * a browser element using the runner does not load the contract's zod schemas with it.
 */
export const SUMMARY_STEP = 'summary';

function asList(answer: Answer | undefined): readonly string[] {
  if (answer === undefined) return [];
  return typeof answer === 'string' ? (answer === '' ? [] : [answer]) : answer;
}

export function isAnswered(answer: Answer | undefined): boolean {
  return asList(answer).length > 0;
}

export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  const answer = answers[condition.questionId];
  const values = asList(answer);
  const value = condition.value ?? '';
  switch (condition.operator) {
    case 'equals':
      return typeof answer === 'string' && answer === value;
    case 'not-equals':
      return !(typeof answer === 'string' && answer === value);
    case 'includes':
      return values.includes(value);
    case 'excludes':
      return !values.includes(value);
    case 'answered':
      return values.length > 0;
  }
}

export function allHold(conditions: readonly Condition[] | undefined, answers: Answers): boolean {
  return (conditions ?? []).every((c) => evaluateCondition(c, answers));
}

export function isQuestionVisible(question: Question, answers: Answers): boolean {
  return allHold(question.showIf, answers);
}

export function findStep(flow: SituationFlow, stepId: string): FlowStep | undefined {
  return flow.steps.find((s) => s.id === stepId);
}

/** The step after a questions step for these answers (a step id or `summary`); `undefined` for an info step. */
export function nextStepId(step: FlowStep, answers: Answers): string | undefined {
  if (step.kind !== 'questions') return undefined;
  return step.next.find((t) => allHold(t.when, answers))?.to;
}

// ── steps repeated for each person ─────────────────────────────────────────
/** Between an id and a person's id in a per-person key (step and question ids of a section never contain it). */
export const PERSON_KEY_SEPARATOR = '@';

/**
 * THE per-person key: a repeated question's answer for one person (`personKey('situation', 'p-lea')` =
 * `situation@p-lea`), or a repeated step's place on the path for that person. Every other module derives such
 * keys through this function.
 */
export function personKey(id: string, personId: string): string {
  return `${id}${PERSON_KEY_SEPARATOR}${personId}`;
}

/** Where a question's answer is kept: `personKey(questionId, personId)` on a step repeated for `personId`, else its id. */
export function answerKey(questionId: string, personId?: string): string {
  return personId === undefined ? questionId : personKey(questionId, personId);
}

/** A place on a flow's path: a step, and the person it is asked for when it is repeated (`forEachPerson`). */
export interface FlowPlace {
  readonly step: FlowStep;
  /** The person of a repeated step; absent for a step asked once. */
  readonly personId?: string;
}

/** The place of a key of the path: a step id (a step asked once), or `personKey(stepId, personId)` (a repeated step). */
export function stepAt(flow: SituationFlow, key: string): FlowPlace | undefined {
  const step = findStep(flow, key);
  if (step) return step.forEachPerson === undefined ? { step } : undefined;
  const at = key.indexOf(PERSON_KEY_SEPARATOR);
  if (at <= 0 || at === key.length - 1) return undefined;
  const repeated = findStep(flow, key.slice(0, at));
  return repeated?.forEachPerson === undefined ? undefined : { step: repeated, personId: key.slice(at + 1) };
}

/** The ids of the questions of repeated steps (answered once per person). */
export function repeatedQuestionIds(flow: SituationFlow): Set<string> {
  const ids = new Set<string>();
  for (const step of flow.steps) if (step.forEachPerson !== undefined && step.kind === 'questions') for (const q of step.questions) ids.add(q.id);
  return ids;
}

/**
 * The answers as the steps repeated for `personId` see them: each repeated question under its plain id (that
 * person's answer, never another's), with the answers of the questions asked once.
 */
export function personAnswers(flow: SituationFlow, answers: Answers, personId: string): Answers {
  const repeated = repeatedQuestionIds(flow);
  const seen: Record<string, Answer> = {};
  for (const [key, answer] of Object.entries(answers)) if (!repeated.has(key)) seen[key] = answer;
  for (const id of repeated) {
    const answer = answers[personKey(id, personId)];
    if (answer !== undefined) seen[id] = answer;
  }
  return seen;
}

/** The answers as the step at `key` of the path sees them (that person's, for a repeated step). */
export function answersAt(flow: SituationFlow, answers: Answers, key: string): Answers {
  const personId = stepAt(flow, key)?.personId;
  return personId === undefined ? answers : personAnswers(flow, answers, personId);
}

/** The persons chosen in a person question, in the order of its answer, each once. */
export function chosenPersons(answers: Answers, personQuestionId: string): string[] {
  return [...new Set(asList(answers[personQuestionId]))];
}

/** Where the transitions leaving the section of `personQuestionId` go (step ids or `summary`, each once). */
export function sectionExits(flow: SituationFlow, personQuestionId: string): string[] {
  const inside = (id: string) => findStep(flow, id)?.forEachPerson === personQuestionId;
  const exits = new Set<string>();
  for (const step of flow.steps) {
    if (step.forEachPerson !== personQuestionId || step.kind !== 'questions') continue;
    for (const t of step.next) if (!inside(t.to)) exits.add(t.to);
  }
  return [...exits];
}

export interface FlowPath {
  /**
   * Keys of the steps from the first step, in order (without `summary`): a step id, or for a repeated step
   * `personKey(stepId, personId)`, for each person in turn.
   */
  readonly path: readonly string[];
  /** `summary`: the path reaches the summary; `info`: it ends on an information step; `broken`: bad flow data. */
  readonly end: 'summary' | 'info' | 'broken';
}

type SectionRun = { readonly exit: string } | { readonly end: 'info' | 'broken' };

/**
 * Runs the section entered at `entry` for each person chosen in its person question, one after the other, adding
 * its places to `path`: then where the flow goes on (the section's one exit), or its end — `info` when every
 * person's part ended on an information step; `broken` on a loop, an unknown step or persons leaving to different
 * steps. Nobody chosen: straight to the section's exit.
 */
function runSection(flow: SituationFlow, entry: FlowStep, answers: Answers, path: string[]): SectionRun {
  const section = entry.forEachPerson!;
  const persons = chosenPersons(answers, section);
  let exit: string | undefined;
  for (const personId of persons) {
    const seen = personAnswers(flow, answers, personId);
    for (let step: FlowStep | undefined = entry; step; ) {
      const key = personKey(step.id, personId);
      if (path.includes(key)) return { end: 'broken' };
      path.push(key);
      if (step.kind === 'info') break; // this person's part ends here
      const to = nextStepId(step, seen);
      const next = to === undefined || to === SUMMARY_STEP ? undefined : findStep(flow, to);
      if (to === undefined || (to !== SUMMARY_STEP && !next)) return { end: 'broken' };
      if (next?.forEachPerson === section) {
        step = next;
        continue;
      }
      if (exit !== undefined && exit !== to) return { end: 'broken' };
      exit = to;
      step = undefined;
    }
  }
  if (exit !== undefined) return { exit };
  if (persons.length > 0) return { end: 'info' };
  const exits = sectionExits(flow, section);
  return exits.length === 1 ? { exit: exits[0]! } : { end: 'broken' };
}

/** Follows the transitions from the first step with these answers, each section run for each person chosen. */
export function flowPath(flow: SituationFlow, answers: Answers): FlowPath {
  const path: string[] = [];
  let id: string | undefined = flow.firstStepId;
  while (id !== undefined && id !== SUMMARY_STEP) {
    const step = findStep(flow, id);
    if (!step) return { path, end: 'broken' };
    if (step.forEachPerson !== undefined) {
      const run = runSection(flow, step, answers, path);
      if ('end' in run) return { path, end: run.end };
      id = run.exit;
      continue;
    }
    if (path.includes(id)) return { path, end: 'broken' };
    path.push(id);
    if (step.kind === 'info') return { path, end: 'info' };
    id = nextStepId(step, answers);
  }
  return { path, end: id === SUMMARY_STEP ? 'summary' : 'broken' };
}

/**
 * The key after `key` on the path of these answers: the next place, or `summary` after the last place of a path
 * that reaches it; `undefined` when `key` ends the path (an information end, bad flow data) or is not on it.
 */
export function nextPlace(flow: SituationFlow, answers: Answers, key: string): string | undefined {
  const route = flowPath(flow, answers);
  const index = route.path.indexOf(key);
  if (index < 0) return undefined;
  if (index < route.path.length - 1) return route.path[index + 1];
  return route.end === 'summary' ? SUMMARY_STEP : undefined;
}

export interface AnswerContext {
  /** Today, `YYYY-MM-DD`, for `today` date bounds. */
  readonly today: string;
  /** Household member ids a `person` question may name (not checked when absent). */
  readonly personIds?: readonly string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A date bound as a date: `today`, a fixed date, or another question's answer when it is a date. */
function dateBound(bound: DateBound | undefined, answers: Answers, context: AnswerContext): string | undefined {
  if (bound === undefined || typeof bound === 'string') return bound === 'today' ? context.today : bound;
  const other = answers[bound.question];
  return typeof other === 'string' && isIsoDate(other) ? other : undefined;
}

/** The problems of one question's answer (empty when fine or hidden). */
export function checkAnswer(question: Question, answers: Answers, context: AnswerContext): Problem[] {
  if (!isQuestionVisible(question, answers)) return [];
  const answer = answers[question.id];
  if (!isAnswered(answer)) return question.required ? [{ key: 'flow.required', params: { label: question.label } }] : [];
  const values = asList(answer);
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const single = question.type === 'single-choice';
      const allowed = question.options.map((o) => o.value);
      const wrongShape = single ? typeof answer !== 'string' : typeof answer === 'string';
      return wrongShape || values.some((v) => !allowed.includes(v)) ? [{ key: 'flow.invalidChoice' }] : [];
    }
    case 'person': {
      if ((!question.multiple && values.length > 1) || new Set(values).size < values.length) return [{ key: 'flow.invalidChoice' }];
      const known = context.personIds;
      return known && values.some((v) => !known.includes(v)) ? [{ key: 'flow.unknownPerson' }] : [];
    }
    case 'date': {
      if (typeof answer !== 'string' || !isIsoDate(answer)) return [{ key: 'flow.invalidDate' }];
      const min = dateBound(question.min, answers, context);
      const max = dateBound(question.max, answers, context);
      if (min !== undefined && answer < min) return [{ key: 'flow.dateTooEarly', params: { min } }];
      if (max !== undefined && answer > max) return [{ key: 'flow.dateTooLate', params: { max } }];
      return [];
    }
    case 'text':
      if (typeof answer !== 'string') return [{ key: 'flow.invalidChoice' }];
      return [...answer].length > question.maxLength ? [{ key: 'flow.tooLong', params: { max: question.maxLength, count: question.maxLength } }] : [];
  }
}

/** The problems of a step's answers, by question id (for a repeated step, pass that person's `answersAt`). */
export function checkStep(step: FlowStep, answers: Answers, context: AnswerContext): Record<string, Problem[]> {
  const problems: Record<string, Problem[]> = {};
  if (step.kind !== 'questions') return problems;
  for (const question of step.questions) {
    const found = checkAnswer(question, answers, context);
    if (found.length) problems[question.id] = found;
  }
  return problems;
}

/**
 * The answers of the visible questions on the path: what a summary shows and what is submitted. A repeated
 * question's answer is kept for each person on the path only (under its `personKey`): the answers of a person no
 * longer chosen are left out.
 */
export function relevantAnswers(flow: SituationFlow, answers: Answers): Answers {
  const kept: Record<string, Answer> = {};
  for (const key of flowPath(flow, answers).path) {
    const place = stepAt(flow, key);
    if (place?.step.kind !== 'questions') continue;
    const seen = answersAt(flow, answers, key);
    for (const q of place.step.questions) {
      const answer = seen[q.id];
      if (isQuestionVisible(q, seen) && answer !== undefined && isAnswered(answer)) kept[answerKey(q.id, place.personId)] = answer;
    }
  }
  return kept;
}

/**
 * Checks a whole submission: the path must reach the summary and every step on it must be answered well. The
 * problems are by answer key (`personKey(questionId, personId)` for a repeated question).
 */
export function checkFlow(flow: SituationFlow, answers: Answers, context: AnswerContext): FlowPath & { problems: Record<string, Problem[]> } {
  const route = flowPath(flow, answers);
  const problems: Record<string, Problem[]> = {};
  for (const key of route.path) {
    const place = stepAt(flow, key);
    if (!place) continue;
    for (const [id, found] of Object.entries(checkStep(place.step, answersAt(flow, answers, key), context))) problems[answerKey(id, place.personId)] = found;
  }
  return { ...route, problems };
}
