/**
 * Pure functions that run a `SituationFlow` from its answers: which questions are shown, which step comes next,
 * the path from the first step, and the problems of the answers. The wizard element and every adapter use the
 * same functions, so the browser and the back end agree on the branching.
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

export interface FlowPath {
  /** Step ids from the first step, in order (without `summary`). */
  readonly path: readonly string[];
  /** `summary`: the path reaches the summary; `info`: it ends on an information step; `broken`: bad flow data. */
  readonly end: 'summary' | 'info' | 'broken';
}

/** Follows the transitions from the first step with these answers. */
export function flowPath(flow: SituationFlow, answers: Answers): FlowPath {
  const path: string[] = [];
  let id: string | undefined = flow.firstStepId;
  while (id !== undefined && id !== SUMMARY_STEP) {
    const step = findStep(flow, id);
    if (!step || path.includes(id)) return { path, end: 'broken' };
    path.push(id);
    if (step.kind === 'info') return { path, end: 'info' };
    id = nextStepId(step, answers);
  }
  return { path, end: id === SUMMARY_STEP ? 'summary' : 'broken' };
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
      if (!question.multiple && values.length > 1) return [{ key: 'flow.invalidChoice' }];
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

/** The problems of a step's answers, by question id. */
export function checkStep(step: FlowStep, answers: Answers, context: AnswerContext): Record<string, Problem[]> {
  const problems: Record<string, Problem[]> = {};
  if (step.kind !== 'questions') return problems;
  for (const question of step.questions) {
    const found = checkAnswer(question, answers, context);
    if (found.length) problems[question.id] = found;
  }
  return problems;
}

/** The answers of the visible questions on the path: what a summary shows and what is submitted. */
export function relevantAnswers(flow: SituationFlow, answers: Answers): Answers {
  const kept: Record<string, Answer> = {};
  for (const id of flowPath(flow, answers).path) {
    const step = findStep(flow, id);
    if (step?.kind !== 'questions') continue;
    for (const q of step.questions) {
      const answer = answers[q.id];
      if (isQuestionVisible(q, answers) && answer !== undefined && isAnswered(answer)) kept[q.id] = answer;
    }
  }
  return kept;
}

/** Checks a whole submission: the path must reach the summary and every step on it must be answered well. */
export function checkFlow(flow: SituationFlow, answers: Answers, context: AnswerContext): FlowPath & { problems: Record<string, Problem[]> } {
  const route = flowPath(flow, answers);
  const problems: Record<string, Problem[]> = {};
  for (const id of route.path) {
    const step = findStep(flow, id);
    if (step) Object.assign(problems, checkStep(step, answers, context));
  }
  return { ...route, problems };
}
