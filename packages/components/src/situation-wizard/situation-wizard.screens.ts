/**
 * The screens of `mc-situation-wizard`, one small render function each: the list of flows, the loading of a flow,
 * the resume prompt, a questions step, an information step, the summary and the confirmation; and the failure
 * notices (what happened, that the answers are kept, a retry when it may help). Each screen is keyed (a repeated
 * step by its person's place), so a new step gets fresh controls and a fresh error summary. A step repeated for
 * each person names the person in its heading; the summary groups those answers under each person's name. Once
 * the session has ended, only the title and « Vous êtes déconnecté. ».
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  formatDate,
  isQuestionVisible,
  relevantAnswers,
  type AdapterError,
  type FlowStep,
  type Problem,
  type Question,
  type SituationReceipt,
} from '@moncompte/core';
import type { SummaryError } from '../error-summary/error-summary.component.js';
import { renderActions, renderStepHeading } from '../shared/flow-view.js';
import { safeHref } from '../shared/safe-url.js';
import { reloadFlow, restartDeclaration, resumeDraft, submitDeclaration } from './situation-wizard.actions.js';
import type { McSituationWizard } from './situation-wizard.component.js';
import { stepAnswers } from './situation-wizard.answers.js';
import { endsDeclaration } from './situation-wizard.model.js';
import { errorTarget, householdFailure, renderChoiceFieldset, renderQuestion } from './situation-wizard.questions.js';
import { groupRows, nameOf, personLabel, showSummaryProblems, summaryRow, summaryRows } from './situation-wizard.summary.js';

type El = McSituationWizard;
type QuestionsStep = Extract<FlowStep, { kind: 'questions' }>;
type InfoStep = Extract<FlowStep, { kind: 'info' }>;

const prevent = (action: () => void) => (event: Event) => {
  event.preventDefault();
  action();
};

function title(el: El): TemplateResult {
  return html`<h2 class="mc-situation__title">${el.heading || el.definition?.title || el.t('situation.title')}</h2>
    ${el.session.resumed ? html`<mc-notice variant="success" announce><p>${el.t('situation.reauth.resumed')}</p></mc-notice>` : nothing}`;
}

/**
 * What went wrong in words: the session expired (the answers are kept in this tab), the flow changed (reload it,
 * answers kept), the back end refused answers, or the adapter's message; then "Réessayer" when it may help.
 */
function failureNotice(
  el: El,
  failure: AdapterError | undefined,
  retry: (() => void) | undefined,
  lead = '',
  ofDraft = false,
): TemplateResult | typeof nothing {
  if (!failure) return nothing;
  const { t } = el;
  const kept = Object.keys(el.answers).length > 0;
  let text: string;
  let action: TemplateResult | typeof nothing = nothing;
  if (failure.kind === 'unauthorized') {
    const onDevice = el.drafts.keptOnDevice;
    text = onDevice ? t('situation.sessionExpired') : kept ? t('situation.sessionExpiredPage') : t('error.unauthorized');
    const href = safeHref(el.loginHref);
    // Answers only on this page: leaving it would lose them, so the log-in opens in a new tab (and says so).
    if (href) {
      action = onDevice || !kept
        ? html`<p><a class="mc-situation__login" href=${href}>${t('situation.login')}</a></p>`
        : html`<p><a class="mc-situation__login" href=${href} target="_blank" rel="noopener">${t('situation.loginNewTab')}</a></p>`;
    }
  }
  else if (failure.kind === 'conflict' && el.definition) {
    text = t('situation.flowChanged');
    action = html`<p>
      <mc-button variant="secondary" size="s" ?busy=${el.runner.busy} @click=${() => void reloadFlow(el)}>${t('situation.reloadFlow')}</mc-button>
    </p>`;
  } else {
    const wait = failure.kind === 'rate-limited' && failure.retryAfterSeconds ? ` ${t('error.retryIn', { count: failure.retryAfterSeconds })}` : '';
    text = `${failure.kind === 'validation' && el.screen === 'summary' && !ofDraft ? t('situation.summary.invalid') : t(failure.messageKey)}${wait}`;
    if (kept) text += ` ${t('situation.kept')}`;
    if (failure.retryable && retry) {
      action = html`<p><mc-button variant="secondary" size="s" ?busy=${el.runner.busy} @click=${retry}>${t('common.retry')}</mc-button></p>`;
    }
  }
  return html`<mc-notice class="mc-situation__failure" variant="error" announce>
    <p>${lead ? `${lead} ` : ''}${text}</p>
    ${action}
  </mc-notice>`;
}

/** The draft could not be saved: said at once; the answers stay; "Réessayer" saves the current state. */
function draftNotice(el: El): TemplateResult | typeof nothing {
  return failureNotice(el, el.drafts.failure, () => el.drafts.save(), el.t('situation.draft.failed'), true);
}

function loading(el: El): TemplateResult {
  const failure = el.runner.failure;
  if (!failure) return html`${title(el)}<p class="mc-situation__text" role="status">${el.t('situation.loading')}</p>`;
  // Chosen in the list (then kept for a reload): the way back to the list.
  const back = el.flow ? nothing : html`<div class="mc-flow__actions"><mc-button variant="secondary" @click=${() => el.start('')}>${el.t('common.back')}</mc-button></div>`;
  return html`${title(el)}${failureNotice(el, failure, el.runner.retry, el.t('situation.loadFailed'))}${back}`;
}

/** Shows the problems of a refused Continue in the step's error summary (linked to their fields), focused. */
export async function showStepErrors(el: El, step: QuestionsStep, problems: Readonly<Record<string, readonly Problem[]>>): Promise<void> {
  await el.updateComplete;
  const errors: SummaryError[] = [];
  for (const question of step.questions) {
    const problem = problems[question.id]?.[0];
    if (!problem) continue;
    const { target, label } = errorTarget(el, question);
    errors.push({ message: el.t('situation.problemLine', { label: question.label, message: el.problemText(problem) }), target, label });
  }
  await el.querySelector('mc-error-summary')?.show(errors);
}

async function showListError(el: El): Promise<void> {
  el.submitted = true;
  await el.updateComplete;
  const target = el.querySelector<HTMLElement>(`[id="${el.ids}-flows-0"]`);
  const label = el.querySelector<HTMLElement>(`[id="${el.ids}-flows-legend"]`);
  await el.querySelector('mc-error-summary')?.show([{ message: el.t('situation.choose.required'), target, label }]);
}

/** "Quel changement voulez-vous déclarer ?": the flows of `listSituationFlows`. */
function list(el: El): TemplateResult {
  const legend = el.t('situation.choose.legend');
  // One template for the heading whatever the state below it, so the focused heading stays when the list arrives.
  return html`<h2 class="mc-situation__title" data-flow-heading tabindex="-1">${legend}</h2>
    ${listBody(el, legend)}`;
}

function listBody(el: El, legend: string): TemplateResult {
  const { flows, t } = el;
  if (flows.error) return html`${failureNotice(el, flows.error, () => flows.retry(), t('situation.choose.failed'))}`;
  if (!flows.value) return html`<p class="mc-situation__text" role="status">${t('common.loading')}</p>`;
  if (!flows.value.flows.length) return html`<p class="mc-situation__text">${t('situation.choose.empty')}</p>`;
  const required = t('situation.choose.required');
  return html`${failureNotice(el, el.runner.failure, el.runner.retry, t('situation.loadFailed'))}
    <form class="mc-situation__form" novalidate @submit=${prevent(() => (el.chosen ? void el.choose() : void showListError(el)))}>
      <mc-error-summary heading-level="3"></mc-error-summary>
      ${renderChoiceFieldset({
        id: `${el.ids}-flows`,
        legend,
        optional: false,
        legendHidden: true,
        errors: el.submitted && !el.chosen ? [required] : [],
        errorPrefix: t('common.errorPrefix'),
        choices: flows.value.flows.map((f) => ({ value: f.id, label: f.title, help: f.description })),
        multiple: false,
        selected: el.chosen ? [el.chosen] : [],
        onChange: (value) => (el.chosen = value),
      })}
      ${renderActions(t, t('common.continue'), el.runner.busy, undefined)}
    </form>`;
}

/** "Reprendre votre déclaration ?": resume the saved draft, or start again (the draft is deleted). */
function resumePrompt(el: El): TemplateResult {
  const { t, resumable } = el;
  const date = resumable ? formatDate(el.i18n.locale, resumable.savedAt, 'datetime') : '';
  return html`${title(el)}${renderStepHeading(t, t('situation.resume.heading'), undefined)}
    <p class="mc-situation__text">${t('situation.resume.text', { date })}</p>
    ${failureNotice(el, el.runner.failure, el.runner.retry)}
    <div class="mc-flow__actions">
      <mc-button @click=${() => resumeDraft(el)}>${t('situation.resume.continue')}</mc-button>
      <mc-button variant="secondary" ?busy=${el.runner.busy} @click=${() => void restartDeclaration(el)}>${t('situation.resume.restart')}</mc-button>
    </div>
    <p class="mc-situation__text mc-situation__muted">${t('situation.resume.restartHint')}</p>`;
}

/**
 * The heading of the step shown: on a step repeated for each person, "Léa Carré : <title>" (the title alone until
 * the household's names arrive; its failure is said under it, with a retry).
 */
function stepHeading(el: El, text: string): TemplateResult {
  const personId = el.place?.personId;
  const name = personId === undefined ? undefined : nameOf(el, personId);
  const heading = name ? el.t('situation.forPerson', { person: name, title: text }) : text;
  const waiting =
    personId === undefined || name
      ? nothing
      : (householdFailure(el) ?? html`<p class="mc-situation__text" role="status">${el.t('situation.person.loading')}</p>`);
  return html`${renderStepHeading(el.t, heading, el.progress)}${waiting}`;
}

function questionsStep(el: El, step: QuestionsStep): TemplateResult {
  const { t } = el;
  const visible = step.questions.filter((q) => isQuestionVisible(q, stepAnswers(el)));
  // A step of one question whose label is the step title: the heading says it, the legend is only read.
  const repeats = (q: Question) => step.questions.length === 1 && q.type !== 'text' && q.label.trim() === step.title.trim();
  return html`${title(el)}${stepHeading(el, step.title)}
    ${step.description ? html`<p class="mc-situation__text">${step.description}</p>` : nothing}
    ${el.versionChanged ? html`<mc-notice variant="warning"><p>${t('situation.versionChanged')}</p></mc-notice>` : nothing}
    ${draftNotice(el)} ${failureNotice(el, el.runner.failure, el.runner.retry)}
    ${el.broken ? html`<mc-notice variant="error" announce><p>${t('situation.brokenFlow')}</p></mc-notice>` : nothing}
    <form class="mc-situation__form" novalidate @submit=${prevent(() => el.next())}>
      <mc-error-summary heading-level="4"></mc-error-summary>
      ${visible.map((q) => keyed(q.id, renderQuestion(el, q, repeats(q))))}
      <p class="mc-vh" aria-live="polite">${el.announcer.revealed}</p>
      ${renderActions(t, t('common.continue'), el.runner.busy, el.canGoBack ? () => el.back() : undefined)}
    </form>`;
}

/**
 * An information step ("Inutile de déclarer ce stage"): at the end of the path, nothing to declare ("Terminer");
 * in a section with more to come (the next person's part, the summary), "Continuer".
 */
function infoStep(el: El, step: InfoStep): TemplateResult {
  const { t } = el;
  const ends = endsDeclaration(el.definition!, el.answers, el.stepId);
  return html`${title(el)}${stepHeading(el, step.title)}
    <mc-notice variant=${step.tone}>${step.paragraphs.map((p) => html`<p>${p}</p>`)}</mc-notice>
    ${draftNotice(el)}
    <div class="mc-flow__actions">
      ${ends
        ? html`<mc-button @click=${() => el.finish('nothing-to-declare')}>${t('situation.finish')}</mc-button>`
        : html`<mc-button @click=${() => el.next()}>${t('common.continue')}</mc-button>`}
      <mc-button variant="secondary" @click=${() => el.back()}>${t('common.back')}</mc-button>
    </div>`;
}

/**
 * "Récapitulatif": each answer of `relevantAnswers`, with "Modifier" back to its step; the answers of steps repeated
 * for each person under that person's name (a heading); then the submission.
 */
function summary(el: El): TemplateResult {
  const { t } = el;
  const flow = el.definition!;
  const answers = relevantAnswers(flow, el.answers);
  const rows = summaryRows(el);
  // Refused answers that all have their row are said there and in the error summary: no notice on top.
  const refused = Object.keys(el.serverProblems);
  const listed = refused.length > 0 && refused.every((key) => rows.some((row) => row.key === key));
  return html`${title(el)}${renderStepHeading(t, flow.summary.title, el.progress)}
    ${flow.summary.intro ? html`<p class="mc-situation__text">${flow.summary.intro}</p>` : nothing}
    ${draftNotice(el)} ${listed ? nothing : failureNotice(el, el.runner.failure, el.runner.retry)}
    <form class="mc-situation__form" novalidate @submit=${prevent(() => void submitDeclaration(el).then(() => showSummaryProblems(el)))}>
      <mc-error-summary heading-level="3"></mc-error-summary>
      ${groupRows(rows).map((group) => {
        const personId = group[0]!.personId;
        const list = html`<dl class="mc-situation__answers">${group.map((row) => summaryRow(el, row, answers))}</dl>`;
        return personId === undefined ? list : html`<h4 class="mc-situation__person">${personLabel(el, personId)}</h4>${list}`;
      })}
      ${renderActions(t, t('situation.summary.submit'), el.runner.busy, () => el.back())}
    </form>`;
}

const ACK_KEYS = { email: 'situation.done.ackEmail', inbox: 'situation.done.ackInbox', postal: 'situation.done.ackPostal' } as const;

/** The confirmation: reference, date, where the acknowledgement went; announced, its heading focused. */
function done(el: El, receipt: SituationReceipt): TemplateResult {
  const { t } = el;
  const ack = receipt.acknowledgement;
  return html`${title(el)}${renderStepHeading(t, t('situation.done.heading'), undefined)}
    <mc-notice variant="success" announce>
      <dl class="mc-situation__receipt">
        <div>
          <dt>${t('situation.done.reference')}</dt>
          <dd><strong>${receipt.reference}</strong></dd>
        </div>
        <div>
          <dt>${t('situation.done.date')}</dt>
          <dd>${formatDate(el.i18n.locale, receipt.submittedAt, 'datetime')}</dd>
        </div>
      </dl>
      <p>${t(ACK_KEYS[ack.channel], { destination: ack.destination })}</p>
    </mc-notice>
    <p class="mc-situation__text">${t('situation.done.keep')}</p>
    <div class="mc-flow__actions">
      <mc-button @click=${() => el.finish('done')}>${t('situation.finish')}</mc-button>
      <mc-button variant="secondary" @click=${() => el.start(el.flow)}>${t('situation.done.another')}</mc-button>
    </div>`;
}

export function renderWizard(el: El): unknown {
  // The session ended (`mc-logout`): the title and that, nothing else, until the next session.
  if (el.session.ended) return keyed('signed-out', html`${title(el)}<p class="mc-situation__text">${el.t('logout.signedOut')}</p>`);
  const { reauth } = el.session;
  if (reauth.active) return keyed('reauth', html`${title(el)}${reauth.render(el.t, el.agency, el.loginConfig, el.runner.adapter)}`);
  switch (el.screen) {
    case 'idle':
    case 'loading':
      return loading(el);
    case 'list':
      return keyed('list', list(el));
    case 'resume':
      return keyed('resume', resumePrompt(el));
    case 'summary':
      return keyed('summary', summary(el));
    case 'done':
      return keyed('done', el.receipt ? done(el, el.receipt) : loading(el));
    case 'step': {
      const step = el.step;
      if (!step) return loading(el);
      return keyed(`step:${el.stepId}`, step.kind === 'info' ? infoStep(el, step) : questionsStep(el, step));
    }
  }
}
