/**
 * One render function per question type of a flow, every control a real input of the step's form in the light
 * DOM: radios or checkboxes in a fieldset with its legend (each option with its help text), household members,
 * a date entry in three fields (GOV.UK / DSFR), a text input or textarea with a character count.
 * Hint and error are linked with `aria-describedby`; errors come from the core runner (`errorsOf`). On a step
 * repeated for each person, every control reads and writes that person's answer (situation-wizard.answers.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MemberRole, Question } from '@moncompte/core';
import { describedBy, renderError, renderLabel, renderNote } from '../shared/form-field.js';
import { datePartsOf, errorsOf, keyOf, setAnswer, setDatePart, stepAnswers } from './situation-wizard.answers.js';
import type { McSituationWizard } from './situation-wizard.component.js';
import { DATE_PARTS, firstDatePartToFix, membersFor, personName, type DatePart } from './situation-wizard.model.js';

type El = McSituationWizard;
type Of<T extends Question['type']> = Extract<Question, { type: T }>;

interface Choice {
  readonly value: string;
  readonly label: string;
  readonly help?: string | undefined;
}

const ROLE_KEYS: Record<MemberRole, string> = {
  claimant: 'situation.role.claimant',
  partner: 'situation.role.partner',
  child: 'situation.role.child',
  dependant: 'situation.role.dependant',
};

export interface ChoiceFieldset {
  /** Base of the ids: `${id}-legend`, `${id}-hint`, `${id}-error`, `${id}-0`… */
  readonly id: string;
  readonly legend: string;
  /** Shows "(facultatif)" after the legend. */
  readonly optional: string | false;
  /** The legend repeats the step heading just above: visually hidden (still read with the group). */
  readonly legendHidden: boolean;
  readonly hint?: string | undefined;
  readonly errors: readonly string[];
  readonly errorPrefix: string;
  readonly choices: readonly Choice[];
  readonly multiple: boolean;
  readonly selected: readonly string[];
  readonly onChange: (value: string, checked: boolean) => void;
  /** Shown instead of the choices (loading, failure, nothing to choose). */
  readonly body?: TemplateResult | undefined;
}

/** A group of radios (one answer) or checkboxes (several), each option with its help text under its label. */
export function renderChoiceFieldset(options: ChoiceFieldset): TemplateResult {
  const { id, errors } = options;
  return html`<div class=${errors.length ? 'mc-situation__question mc-situation__question--error' : 'mc-situation__question'}>
    <fieldset class="mc-situation__fieldset" aria-describedby=${describedBy(options.hint && `${id}-hint`, errors.length > 0 && `${id}-error`)}>
      <legend class=${options.legendHidden ? 'mc-vh' : 'mc-situation__legend'} id=${`${id}-legend`}>
        ${options.legend}${options.optional ? html` <span class="mc-situation__marker">${options.optional}</span>` : nothing}
      </legend>
      ${renderNote(`${id}-hint`, 'hint', options.hint)} ${renderError(`${id}-error`, options.errorPrefix, errors)}
      ${options.body ??
      html`<div class="mc-situation__choices">
        ${options.choices.map(
          (choice, i) => html`<div class=${options.multiple ? 'mc-situation__choice mc-situation__choice--checkbox' : 'mc-situation__choice'}>
            <input
              type=${options.multiple ? 'checkbox' : 'radio'}
              id=${`${id}-${i}`}
              name=${id}
              .value=${choice.value}
              .checked=${options.selected.includes(choice.value)}
              aria-describedby=${choice.help ? `${id}-${i}-help` : nothing}
              @change=${(e: Event) => options.onChange(choice.value, (e.target as HTMLInputElement).checked)}
            />
            <label for=${`${id}-${i}`}>${choice.label}</label>
            ${choice.help ? html`<p class="mc-situation__choice-help" id=${`${id}-${i}-help`}>${choice.help}</p>` : nothing}
          </div>`,
        )}
      </div>`}
    </fieldset>
  </div>`;
}

function choiceGroup(
  el: El,
  question: Question,
  options: Pick<ChoiceFieldset, 'choices' | 'multiple' | 'selected' | 'onChange' | 'body'> & { readonly repeatsHeading: boolean },
): TemplateResult {
  return renderChoiceFieldset({
    ...options,
    id: el.qid(keyOf(el, question)),
    legend: question.label,
    optional: question.required ? false : el.t('situation.optional'),
    legendHidden: options.repeatsHeading,
    hint: question.hint,
    errors: errorsOf(el, question),
    errorPrefix: el.t('common.errorPrefix'),
  });
}

const selectedOf = (answer: string | readonly string[] | undefined): readonly string[] =>
  answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer;

function singleChoice(el: El, question: Of<'single-choice'>, repeatsHeading: boolean): TemplateResult {
  return choiceGroup(el, question, {
    choices: question.options,
    multiple: false,
    selected: selectedOf(stepAnswers(el)[question.id]),
    repeatsHeading,
    onChange: (value) => setAnswer(el, question, value),
  });
}

/** Toggles `value` in a list answer, keeping the order of `order`. */
function toggled(order: readonly string[], current: readonly string[], value: string, checked: boolean): string[] {
  const next = new Set(current);
  if (checked) next.add(value);
  else next.delete(value);
  return order.filter((v) => next.has(v));
}

function multipleChoice(el: El, question: Of<'multiple-choice'>, repeatsHeading: boolean): TemplateResult {
  const selected = selectedOf(stepAnswers(el)[question.id]);
  const order = question.options.map((o) => o.value);
  return choiceGroup(el, question, {
    choices: question.options,
    multiple: true,
    selected,
    repeatsHeading,
    onChange: (value, checked) => setAnswer(el, question, toggled(order, selected, value, checked)),
  });
}

/** The household could not be loaded: said, with "Réessayer" when it may help; `undefined` otherwise. */
export function householdFailure(el: El): TemplateResult | undefined {
  const { household, t } = el;
  if (!household.error) return undefined;
  return html`<mc-notice variant="error" announce>
    <p>${t('situation.person.failed')} ${t(household.error.messageKey)}</p>
    ${household.error.retryable
      ? html`<p><mc-button variant="secondary" size="s" @click=${() => household.retry()}>${t('common.retry')}</mc-button></p>`
      : nothing}
  </mc-notice>`;
}

/** Household members (`getHousehold`), only the question's roles: radios or checkboxes; the answer is their ids. */
function person(el: El, question: Of<'person'>, repeatsHeading: boolean): TemplateResult {
  const { household, t } = el;
  const members = household.value ? membersFor(question, household.value.members) : [];
  const selected = selectedOf(stepAnswers(el)[question.id]);
  const order = members.map((m) => m.id);
  let body = householdFailure(el);
  if (!body && !household.value) body = html`<p class="mc-situation__text" role="status">${t('situation.person.loading')}</p>`;
  else if (!body && !members.length) body = html`<p class="mc-situation__text">${t('situation.person.empty')}</p>`;
  return choiceGroup(el, question, {
    choices: members.map((m) => ({ value: m.id, label: personName(m), help: t(ROLE_KEYS[m.role]) })),
    multiple: question.multiple,
    selected,
    repeatsHeading,
    onChange: (value, checked) => setAnswer(el, question, question.multiple ? toggled(order, selected, value, checked) : [value]),
    ...(body ? { body } : {}),
  });
}

const PART_KEYS: Record<DatePart, string> = { day: 'situation.date.day', month: 'situation.date.month', year: 'situation.date.year' };

/** Three text fields (day, month, year) in a fieldset, numeric keyboard, no format imposed while typing. */
function date(el: El, question: Of<'date'>, repeatsHeading: boolean): TemplateResult {
  const id = el.qid(keyOf(el, question));
  const errors = errorsOf(el, question);
  const parts = datePartsOf(el, question);
  const invalid = errors.length > 0 ? 'true' : 'false';
  return html`<div class=${errors.length ? 'mc-situation__question mc-situation__question--error' : 'mc-situation__question'}>
    <fieldset
      class="mc-situation__fieldset"
      role="group"
      aria-describedby=${describedBy(question.hint && `${id}-hint`, `${id}-example`, errors.length > 0 && `${id}-error`)}
    >
      <legend class=${repeatsHeading ? 'mc-vh' : 'mc-situation__legend'} id=${`${id}-legend`}>
        ${question.label}${question.required ? nothing : html` <span class="mc-situation__marker">${el.t('situation.optional')}</span>`}
      </legend>
      ${renderNote(`${id}-hint`, 'hint', question.hint)}
      ${renderNote(`${id}-example`, 'hint', el.t('situation.date.example'))}
      ${renderError(`${id}-error`, el.t('common.errorPrefix'), errors)}
      <div class="mc-situation__date">
        ${DATE_PARTS.map(
          (part) => html`<div class="mc-situation__date-item">
            <label class="mc-situation__date-label" for=${`${id}-${part}`}>${el.t(PART_KEYS[part])}</label>
            <input
              class=${`mc-situation__input mc-situation__input--${part === 'year' ? 'year' : 'short'}`}
              id=${`${id}-${part}`}
              name=${`${id}-${part}`}
              type="text"
              inputmode="numeric"
              autocomplete="off"
              spellcheck="false"
              .value=${parts[part]}
              aria-invalid=${invalid}
              @input=${(e: Event) => setDatePart(el, question, part, (e.target as HTMLInputElement).value)}
            />
          </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

/**
 * A text input, or a textarea when `multiline`, with GOV.UK's character count: the limit is part of the field's
 * description, the count is shown as the person types, and said politely once typing pauses. Typing past the
 * limit is allowed (a paste is never cut); the runner's `flow.tooLong` says so.
 */
function text(el: El, question: Of<'text'>): TemplateResult {
  const id = el.qid(keyOf(el, question));
  const errors = errorsOf(el, question);
  const value = typeof stepAnswers(el)[question.id] === 'string' ? (stepAnswers(el)[question.id] as string) : '';
  const count = (v: string) => {
    const left = question.maxLength - [...v].length;
    return left >= 0 ? el.t('situation.count.remaining', { count: left }) : el.t('situation.count.over', { count: -left });
  };
  const over = [...value].length > question.maxLength;
  const described = describedBy(question.hint && `${id}-hint`, `${id}-limit`, errors.length > 0 && `${id}-error`);
  const onInput = (e: Event) => {
    const typed = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    setAnswer(el, question, typed);
    el.announcer.typed(keyOf(el, question), count(typed));
  };
  const common = { id: `${id}-input`, invalid: errors.length > 0 ? 'true' : 'false' };
  return html`<div class=${errors.length ? 'mc-situation__question mc-situation__question--error' : 'mc-situation__question'}>
    ${renderLabel(id, question.label, question.required ? false : el.t('situation.optional'))}
    ${renderNote(`${id}-hint`, 'hint', question.hint)} ${renderError(`${id}-error`, el.t('common.errorPrefix'), errors)}
    ${question.multiline
      ? html`<textarea
          class="mc-situation__input mc-situation__textarea"
          id=${common.id}
          name=${common.id}
          rows="5"
          .value=${value}
          aria-describedby=${described}
          aria-invalid=${common.invalid}
          @input=${onInput}
        ></textarea>`
      : html`<input
          class="mc-situation__input mc-situation__input--text"
          id=${common.id}
          name=${common.id}
          type="text"
          .value=${value}
          aria-describedby=${described}
          aria-invalid=${common.invalid}
          @input=${onInput}
        />`}
    <p class="mc-vh" id=${`${id}-limit`}>${el.t('situation.count.limit', { count: question.maxLength })}</p>
    <p class=${over ? 'mc-situation__count mc-situation__count--over' : 'mc-situation__count'} aria-hidden="true">${count(value)}</p>
    <p class="mc-vh" aria-live="polite">${el.announcer.count(keyOf(el, question))}</p>
  </div>`;
}

/** A question of a step; `repeatsHeading`: its label is the step's heading (the legend is then visually hidden). */
export function renderQuestion(el: El, question: Question, repeatsHeading: boolean): TemplateResult {
  switch (question.type) {
    case 'single-choice':
      return singleChoice(el, question, repeatsHeading);
    case 'multiple-choice':
      return multipleChoice(el, question, repeatsHeading);
    case 'person':
      return person(el, question, repeatsHeading);
    case 'date':
      return date(el, question, repeatsHeading);
    case 'text':
      return text(el, question);
  }
}

/** What the error summary's link of a question focuses, and what it scrolls into view. */
export function errorTarget(el: El, question: Question): { target: HTMLElement | null; label: HTMLElement | null } {
  const id = el.qid(keyOf(el, question));
  const find = (suffix: string) => el.querySelector<HTMLElement>(`[id="${id}-${suffix}"]`);
  switch (question.type) {
    case 'text':
      return { target: find('input'), label: find('label') };
    case 'date': {
      return { target: find(firstDatePartToFix(datePartsOf(el, question))), label: find('legend') };
    }
    default:
      return { target: find('0'), label: find('legend') };
  }
}

/**
 * Where "Modifier" of a question on the summary puts the focus, once its step is shown: its field (the choice made,
 * in a group); `null` when no question is being edited (the step heading takes it).
 */
export function editTarget(el: El): HTMLElement | null {
  const step = el.step;
  const question = step?.kind === 'questions' ? step.questions.find((q) => q.id === el.editing) : undefined;
  el.editing = undefined;
  if (!question) return null;
  const { target } = errorTarget(el, question);
  if (!(target instanceof HTMLInputElement) || !target.name) return target;
  return el.querySelector<HTMLElement>(`input[name="${CSS.escape(target.name)}"]:checked`) ?? target;
}
