/**
 * The answers of the step shown, as the core runner reads them. A step repeated for each person (`forEachPerson`)
 * reads and writes ITS person's answers, kept in the wizard's one flat record under `answerKey(questionId,
 * personId)` (`situation@p-lea`); a step asked once, under its questions' ids. What each date question's three
 * fields hold is kept under the same key, so that two persons' dates never mix.
 */
import { answerKey, answersAt, checkAnswer, isQuestionVisible, type Answer, type Answers, type Question } from '@moncompte/core';
import type { McSituationWizard } from './situation-wizard.component.js';
import { decodeDate, encodeDate, type DatePart, type DateParts } from './situation-wizard.model.js';

type El = McSituationWizard;

/** Where a question of the step shown keeps its answer (its per-person key on a repeated step). */
export function keyOf(el: El, question: Question): string {
  return answerKey(question.id, el.place?.personId);
}

/** The answers as the step shown sees them (its person's, on a repeated step), by plain question id. */
export function stepAnswers(el: El): Answers {
  return el.definition && el.place ? answersAt(el.definition, el.answers, el.stepId) : el.answers;
}

/** The errors shown next to a question: after a refused Continue, following its answer live. */
export function errorsOf(el: El, question: Question): string[] {
  return el.submitted ? checkAnswer(question, stepAnswers(el), el.context).map((p) => el.problemText(p)) : [];
}

/** Sets (or, empty, removes) the answer of a question of the step shown; a question it reveals is announced. */
export function setAnswer(el: El, question: Question, value: Answer | undefined): void {
  const step = el.step;
  const shown = (answers: Answers) => (step?.kind === 'questions' ? step.questions.filter((q) => isQuestionVisible(q, answers)) : []);
  const before = shown(stepAnswers(el));
  const answers = { ...el.answers };
  const key = keyOf(el, question);
  if (value === undefined || value.length === 0) delete answers[key];
  else answers[key] = value;
  el.answers = answers;
  const added = shown(stepAnswers(el)).filter((q) => !before.includes(q));
  if (added.length) el.announcer.revealed = added.map((q) => el.t('situation.questionShown', { label: q.label })).join(' ');
  el.drafts.keep();
}

/** What the three fields of a date question hold, as typed (or as its answer reads). */
export function datePartsOf(el: El, question: Question): DateParts {
  return el.dateParts.get(keyOf(el, question)) ?? decodeDate(stepAnswers(el)[question.id]);
}

export function setDatePart(el: El, question: Question, part: DatePart, value: string): void {
  const parts = { ...datePartsOf(el, question), [part]: value };
  el.dateParts.set(keyOf(el, question), parts);
  setAnswer(el, question, encodeDate(parts));
}
