/**
 * Pure helpers of `mc-situation-wizard` over the core flow runner: the progress of a step, the way back, where a
 * resumed declaration goes, the date entry's three parts, how an answer reads in the summary, and the
 * idempotency key of a declaration. No DOM, no Lit.
 */
import {
  answerKey,
  checkFlow,
  chosenPersons,
  flowPath,
  formatDate,
  nextPlace,
  stepAt,
  SUMMARY_STEP,
  type Answer,
  type Answers,
  type AnswerContext,
  type HouseholdMember,
  type Question,
  type SituationFlow,
} from '@moncompte/core';
import type { StepProgress } from '../shared/flow-steps.js';

/** Stands for "a person" while nobody is chosen yet (never stored, never sent). */
const SOMEONE = '\u0000';

/**
 * The answers with one person assumed in each person question that repeats steps and is not answered yet: so that
 * the progress counts the repeated steps once before anyone is chosen (as it counts a branch not taken yet).
 */
function assumingSomeone(flow: SituationFlow, answers: Answers): Answers {
  const assumed: Record<string, Answer> = { ...answers };
  for (const step of flow.steps) {
    const section = step.forEachPerson;
    if (section !== undefined && chosenPersons(answers, section).length === 0) assumed[section] = [SOMEONE];
  }
  return assumed;
}

/**
 * "Étape n sur m": the places of the path for these answers (each repeated step once per person; an information
 * step counts when the path goes on after it), plus the summary when the path reaches it.
 */
export function progressOf(flow: SituationFlow, answers: Answers, stepId: string): StepProgress | undefined {
  const route = flowPath(flow, assumingSomeone(flow, answers));
  const counted = route.end === 'info' ? route.path.slice(0, -1) : [...route.path];
  const total = counted.length + (route.end === 'summary' ? 1 : 0);
  if (stepId === SUMMARY_STEP) return route.end === 'summary' ? { current: total, total } : undefined;
  const index = counted.indexOf(stepId);
  return index < 0 ? undefined : { current: index + 1, total };
}

/** Whether the step at `stepId` is an information step that ends the declaration (nothing after it on the path). */
export function endsDeclaration(flow: SituationFlow, answers: Answers, stepId: string): boolean {
  return stepAt(flow, stepId)?.step.kind === 'info' && nextPlace(flow, answers, stepId) === undefined;
}

/** The steps before `stepId` on the path of these answers (the way back; the whole path for the summary). */
export function pathBefore(flow: SituationFlow, answers: Answers, stepId: string): string[] {
  const { path } = flowPath(flow, answers);
  const index = path.indexOf(stepId);
  return index < 0 ? [...path] : path.slice(0, index);
}

/** Whether the answers make a complete declaration: the path reaches the summary with no problem on the way. */
export function isComplete(flow: SituationFlow, answers: Answers, context: AnswerContext): boolean {
  const result = checkFlow(flow, answers, context);
  return result.end === 'summary' && Object.keys(result.problems).length === 0;
}

/**
 * Where a declaration resumed at `target` goes: the first step with a problem when it comes before (answers that no
 * longer fit: the flow or the household changed), the summary only when complete; a step that is no longer on the
 * path of the answers gives way to the last step of the path.
 */
export function placeOf(flow: SituationFlow, answers: Answers, context: AnswerContext, target: string): string {
  const result = checkFlow(flow, answers, context);
  const firstProblem = result.path.find((key) => {
    const place = stepAt(flow, key);
    return place?.step.kind === 'questions' && place.step.questions.some((q) => answerKey(q.id, place.personId) in result.problems);
  });
  if (target === SUMMARY_STEP) {
    if (result.end === 'summary' && !firstProblem) return SUMMARY_STEP;
    return firstProblem ?? result.path.at(-1) ?? flow.firstStepId;
  }
  const index = result.path.indexOf(target);
  if (index < 0) return firstProblem ?? result.path.at(-1) ?? flow.firstStepId;
  return firstProblem && result.path.indexOf(firstProblem) < index ? firstProblem : target;
}

/**
 * Whether a step shows household members (a person question) or names one (a step repeated for each person), or the
 * summary names some (a person answer, which repeated steps follow).
 */
export function showsPersons(flow: SituationFlow, stepId: string, answers: Answers): boolean {
  if (stepId !== SUMMARY_STEP) {
    const place = stepAt(flow, stepId);
    return place?.personId !== undefined || (place?.step.kind === 'questions' && place.step.questions.some((q) => q.type === 'person'));
  }
  return flow.steps.some((s) => s.kind === 'questions' && s.questions.some((q) => q.type === 'person' && q.id in answers));
}

/** Today (`YYYY-MM-DD`, local time) for the `today` date bounds. */
export function isoDay(time: number): string {
  const date = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// ── the date entry (GOV.UK / DSFR: three fields, day, month, year) ─────────────
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}
export type DatePart = keyof DateParts;
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * The answer of three date fields: an ISO date when they hold numbers (`27`, `3`, `2025` → `2025-03-27`), else
 * what was typed joined as `year-month-day` (which the core runner reports as not a real date); nothing when
 * the three are empty.
 */
export function encodeDate(parts: DateParts): string | undefined {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return undefined;
  const pad = (v: string) => (/^\d$/.test(v) ? `0${v}` : v);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The three fields of a stored date answer (the reverse of `encodeDate`). */
export function decodeDate(answer: Answer | undefined): DateParts {
  if (typeof answer !== 'string' || !answer) return { day: '', month: '', year: '' };
  const [year = '', month = '', ...day] = answer.split('-');
  return { day: day.join('-'), month, year };
}

/** The first of the three fields to fix (the error summary's link goes there): an empty one, else the day. */
export function firstDatePartToFix(parts: DateParts): DatePart {
  return DATE_PARTS.find((p) => !parts[p].trim()) ?? 'day';
}

// ── reading an answer ──────────────────────────────────────────────────────
export function personName(member: Pick<HouseholdMember, 'firstName' | 'lastName'>): string {
  return `${member.firstName} ${member.lastName}`;
}

/** The name of a household member by id (`undefined` until the household is loaded, or for an unknown id). */
export function memberName(members: readonly HouseholdMember[] | undefined, personId: string): string | undefined {
  const member = members?.find((m) => m.id === personId);
  return member ? personName(member) : undefined;
}

/** The members a `person` question offers: the household, only the question's roles when it names some. */
export function membersFor(question: Extract<Question, { type: 'person' }>, members: readonly HouseholdMember[]): HouseholdMember[] {
  return members.filter((m) => !question.roles?.length || question.roles.includes(m.role));
}

/** An answer as the summary lists it: labels of choices, names of persons, a long date, the text. */
export function answerTexts(question: Question, answer: Answer, locale: string, members: readonly HouseholdMember[] | undefined): string[] {
  const values = typeof answer === 'string' ? [answer] : [...answer];
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return values.map((v) => question.options.find((o) => o.value === v)?.label ?? v);
    case 'person':
      return values.map((v) => {
        const member = members?.find((m) => m.id === v);
        return member ? personName(member) : v;
      });
    case 'date':
      return values.map((v) => formatDate(locale, v, 'long'));
    case 'text':
      return values;
  }
}

// ── one idempotency key per declaration ─────────────────────────────────────
/** JSON with sorted keys, so equal answers give equal text whatever order they were given in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** A short hash of a declaration (flow, version, answers): tells whether a kept key still fits what is sent. */
export function declarationHash(flowId: string, flowVersion: string, answers: Answers): string {
  const text = stableJson({ flowId, flowVersion, answers });
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

/** A new idempotency key (a UUID where the platform has one). */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
