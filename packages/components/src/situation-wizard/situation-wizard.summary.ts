/**
 * The rows of `mc-situation-wizard`'s summary: each answer on the path, those of steps repeated for each person
 * grouped under the person's name, each with "Modifier" back to its place (that person's step); and the back end's
 * refusals of answers, on their rows and in the error summary. Names of household members, never their ids.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { answerKey, flowPath, relevantAnswers, stepAt, type Answers, type Question } from '@moncompte/core';
import type { SummaryError } from '../error-summary/error-summary.component.js';
import type { McSituationWizard } from './situation-wizard.component.js';
import { answerTexts, memberName } from './situation-wizard.model.js';

type El = McSituationWizard;

const prevent = (action: () => void) => (event: Event) => {
  event.preventDefault();
  action();
};

/**
 * A person's name (never an id): "Une personne qui ne fait pas partie de votre foyer" for an id the household does
 * not have; `undefined` while the household loads or when it failed to.
 */
export function nameOf(el: El, personId: string): string | undefined {
  const members = el.household.value?.members;
  return members ? (memberName(members, personId) ?? el.t('situation.person.unknown')) : undefined;
}

/** A person's name, or while the household loads (or failed to) what the person rows say instead. */
export function personLabel(el: El, personId: string): string {
  return nameOf(el, personId) ?? el.t(el.household.error ? 'situation.person.failed' : 'situation.person.loading');
}

/** A row of the summary: an answered question, at its place on the path (`stepKey`), under its answer key. */
export interface SummaryRow {
  readonly stepKey: string;
  readonly question: Question;
  readonly key: string;
  /** The person of a repeated step's answer. */
  readonly personId: string | undefined;
}

/** The rows of the summary: each answered question of the flow's path (a repeated one for each person), in order. */
export function summaryRows(el: El): SummaryRow[] {
  const flow = el.definition!;
  const answers = relevantAnswers(flow, el.answers);
  const rows: SummaryRow[] = [];
  for (const stepKey of flowPath(flow, el.answers).path) {
    const place = stepAt(flow, stepKey);
    if (place?.step.kind !== 'questions') continue;
    for (const question of place.step.questions) {
      const key = answerKey(question.id, place.personId);
      if (key in answers) rows.push({ stepKey, question, key, personId: place.personId });
    }
  }
  return rows;
}

/** The rows in groups: the answers given once, and each person's answers together (the path keeps them together). */
export function groupRows(rows: readonly SummaryRow[]): SummaryRow[][] {
  const groups: SummaryRow[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last[0]!.personId === row.personId) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

/** A row's question as the summary names it: with its person's name for a repeated question. */
function rowLabel(el: El, row: SummaryRow): string {
  return row.personId === undefined ? row.question.label : el.t('situation.answerFor', { label: row.question.label, person: personLabel(el, row.personId) });
}

/**
 * The back end refused answers of the summary: each one, already said on its row, is also listed in the summary's
 * error summary, which takes the focus; its link goes to the row's "Modifier".
 */
export async function showSummaryProblems(el: El): Promise<void> {
  await el.updateComplete;
  if (!el.definition) return; // the session ended meanwhile: no summary
  const errors: SummaryError[] = [];
  for (const row of summaryRows(el)) {
    const problem = el.serverProblems[row.key]?.[0];
    if (!problem) continue;
    const target = el.querySelector<HTMLElement>(`a[aria-describedby="${el.qid(row.key)}-server"]`);
    const label = target?.closest('.mc-situation__row')?.querySelector<HTMLElement>('dt') ?? null;
    errors.push({ message: el.t('situation.problemLine', { label: rowLabel(el, row), message: el.problemText(problem) }), target, label });
  }
  if (errors.length) await el.querySelector('mc-error-summary')?.show(errors);
}

/** A row of the summary: the question, the answer (names of persons, never ids), a refusal, "Modifier". */
export function summaryRow(el: El, row: SummaryRow, answers: Answers): TemplateResult {
  const { t } = el;
  const { question } = row;
  const members = el.household.value?.members;
  const texts =
    question.type === 'person' && !members
      ? [t(el.household.error ? 'situation.person.failed' : 'situation.person.loading')]
      : answerTexts(question, answers[row.key]!, el.i18n.locale, members);
  const problem = el.serverProblems[row.key]?.[0];
  const errorId = `${el.qid(row.key)}-server`;
  return html`<div class="mc-situation__row">
    <dt class="mc-situation__key">${question.label}</dt>
    <dd class="mc-situation__value">
      ${texts.length > 1 ? html`<ul>${texts.map((text) => html`<li>${text}</li>`)}</ul>` : html`<span class="mc-situation__answer">${texts[0]}</span>`}
      ${problem
        ? html`<p class="mc-field__error" id=${errorId}><span class="mc-vh">${t('common.errorPrefix')} </span>${el.problemText(problem)}</p>`
        : nothing}
    </dd>
    <dd class="mc-situation__action">
      <a href=${`#${row.stepKey}`} aria-describedby=${problem ? errorId : nothing} @click=${prevent(() => el.edit(row.stepKey, question.id))}
        >${t('common.edit')}<span class="mc-vh"> ${rowLabel(el, row)}</span></a
      >
    </dd>
  </div>`;
}

