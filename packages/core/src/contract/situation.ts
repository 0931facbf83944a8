/**
 * Change-of-situation flows ("Déclarer un changement") described AS DATA, so a wizard element renders any flow
 * the back end defines: steps of questions, options with help text, branching, an information end ("inutile de
 * déclarer"), a summary; drafts; and a submission with an idempotency key.
 *
 * Branching: after a `questions` step, the first transition of `next` whose conditions all hold gives the next
 * step id, or `summary` (the reserved id of the summary page). An `info` step ends the flow without a
 * declaration. A question with `showIf` is shown (and required) only when its conditions all hold.
 *
 * Repeated steps: a step with `forEachPerson: 'persons'` is asked for each person chosen in the `person` question
 * `persons` (on an earlier step), one person after the other, in the order of that answer; the steps repeated for
 * the same question form one section, whose transitions stay as written and all leave to one step (or to the
 * summary). Its answers stay one flat record: a repeated question's answer is under `personKey(questionId,
 * personId)` (`situation@p-lea`); its conditions name plain question ids and read that person's answers. An info
 * step in a section ends that person's part only (the flow goes on with the next person); the flow ends on it when
 * nobody has anything left to declare. `flowDataProblems` (flow-data.ts) lists the rules, which the schema checks.
 */
import * as z from 'zod/mini';
import { AcknowledgementSchema, IdSchema, IdempotencyKeySchema, IsoDateSchema, IsoDateTimeSchema, list } from './common.js';
import { MemberRoleSchema } from './files.js';
import { flowDataProblems } from './flow-data.js';

/** The reserved step id of the summary page (defined with the runner, flow.ts, which needs no schema). */
export { SUMMARY_STEP } from './flow.js';

export const ConditionSchema = z.object({
  questionId: IdSchema,
  /**
   * `equals` / `not-equals`: a single-choice or text answer compared with `value`; `includes` / `excludes`:
   * a multiple answer (choices or persons) containing `value` or not; `answered`: any non-empty answer.
   */
  operator: z.enum(['equals', 'not-equals', 'includes', 'excludes', 'answered']),
  value: z.optional(z.string()),
});
export type Condition = z.infer<typeof ConditionSchema>;

export const ChoiceOptionSchema = z.object({
  value: IdSchema,
  label: z.string(),
  /** Shown under the option ("Carsat, Caisse des dépôts, Sécurité sociale des indépendants, Cnro, Sncf etc"). */
  help: z.optional(z.string()),
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

const question = {
  id: IdSchema,
  label: z.string(),
  hint: z.optional(z.string()),
  required: z.boolean(),
  showIf: z.optional(list(ConditionSchema)),
};
/**
 * A date bound: a fixed date, `today`, or the answer to another date question of the flow (`{ question: 'startDate' }`:
 * an end date after its start date), checked only once that question is answered.
 */
const DateBoundSchema = z.union([IsoDateSchema, z.literal('today'), z.object({ question: IdSchema })]);

export const QuestionSchema = z.discriminatedUnion('type', [
  z.object({ ...question, type: z.literal('single-choice'), options: list(ChoiceOptionSchema) }),
  z.object({ ...question, type: z.literal('multiple-choice'), options: list(ChoiceOptionSchema) }),
  /** Household members of the current file (`getHousehold`), optionally only some roles; answer = member ids. */
  z.object({ ...question, type: z.literal('person'), multiple: z.boolean(), roles: z.optional(list(MemberRoleSchema)) }),
  z.object({ ...question, type: z.literal('date'), min: z.optional(DateBoundSchema), max: z.optional(DateBoundSchema) }),
  z.object({ ...question, type: z.literal('text'), maxLength: z.int().check(z.gte(1), z.lte(2000)), multiline: z.boolean() }),
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];

export const TransitionSchema = z.object({
  /** All must hold; empty = always. */
  when: list(ConditionSchema),
  /** A step id, or `summary`. */
  to: IdSchema,
});
export type Transition = z.infer<typeof TransitionSchema>;

/**
 * The id of an earlier `person` question: the step is asked for each person chosen in it, one after the other
 * (the person is named in its heading). Absent: the step is asked once.
 */
const ForEachPersonSchema = z.optional(IdSchema);

export const FlowStepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('questions'),
    id: IdSchema,
    title: z.string(),
    description: z.optional(z.string()),
    forEachPerson: ForEachPersonSchema,
    questions: list(QuestionSchema),
    next: list(TransitionSchema),
  }),
  /**
   * Ends the flow with information and nothing to declare; repeated for each person (`forEachPerson`), it ends that
   * person's part only.
   */
  z.object({
    kind: z.literal('info'),
    id: IdSchema,
    title: z.string(),
    forEachPerson: ForEachPersonSchema,
    paragraphs: list(z.string()),
    tone: z.enum(['info', 'warning']),
  }),
]);
export type FlowStep = z.infer<typeof FlowStepSchema>;

export const SituationFlowSchema = z.object({
  id: IdSchema,
  /** Changes whenever the steps change; drafts and submissions carry it. */
  version: z.string(),
  title: z.string(),
  description: z.optional(z.string()),
  firstStepId: IdSchema,
  steps: list(FlowStepSchema),
  summary: z.object({ title: z.string(), intro: z.optional(z.string()) }),
}).check(
  z.superRefine((flow, ctx) => {
    for (const message of flowDataProblems(flow)) ctx.issues.push({ code: 'custom', message, input: flow, path: ['steps'] });
  }),
);
export type SituationFlow = z.infer<typeof SituationFlowSchema>;

export const SituationFlowListSchema = z.object({
  flows: list(z.object({ id: IdSchema, title: z.string(), description: z.optional(z.string()) })),
});
export type SituationFlowList = z.infer<typeof SituationFlowListSchema>;

export const FlowRefInputSchema = z.object({ flowId: IdSchema });
export type FlowRefInput = z.infer<typeof FlowRefInputSchema>;

/**
 * Answers by question id: a choice value, an ISO date or a text (string); choices or person ids (list).
 */
export const AnswersSchema = z.record(IdSchema, z.union([z.string().check(z.maxLength(2000)), list(IdSchema)]));
export type Answers = z.infer<typeof AnswersSchema>;
export type Answer = Answers[string];

export const SaveDraftInputSchema = z.object({
  flowId: IdSchema,
  flowVersion: z.string(),
  /** Where the user is. */
  currentStepId: IdSchema,
  /** The steps visited, in order (the way back). */
  path: list(IdSchema),
  answers: AnswersSchema,
});
export type SaveDraftInput = z.infer<typeof SaveDraftInputSchema>;

export const SituationDraftSchema = z.object({
  flowId: IdSchema,
  flowVersion: z.string(),
  currentStepId: IdSchema,
  path: list(IdSchema),
  answers: AnswersSchema,
  savedAt: IsoDateTimeSchema,
});
export type SituationDraft = z.infer<typeof SituationDraftSchema>;

export const DraftResultSchema = z.object({ draft: z.nullable(SituationDraftSchema) });
export type DraftResult = z.infer<typeof DraftResultSchema>;

export const SubmitSituationInputSchema = z.object({
  /** Sent as the `Idempotency-Key` header by the HTTP adapter. */
  idempotencyKey: IdempotencyKeySchema,
  flowId: IdSchema,
  flowVersion: z.string(),
  answers: AnswersSchema,
});
export type SubmitSituationInput = z.infer<typeof SubmitSituationInputSchema>;

export const SituationReceiptSchema = z.object({
  reference: z.string(),
  submittedAt: IsoDateTimeSchema,
  /** "Un accusé de réception est immédiatement envoyé sur l'adresse mail connue dans le dossier". */
  acknowledgement: AcknowledgementSchema,
});
export type SituationReceipt = z.infer<typeof SituationReceiptSchema>;
