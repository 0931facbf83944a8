/**
 * The screens of `mc-document-upload`, rendered in its LIGHT DOM: the frame of a step (heading with "Étape n sur
 * 3", notes, failure, the form with its error summary and actions), the sending, each document, and the native
 * controls they use (radio groups, selects) with their errors shown once the step was submitted.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fileKindName, formatFileSize, type DocumentOptions, type FileRules } from '@moncompte/core';
import type { McDocumentUpload, Translate } from './document-upload.component.js';
import { PARTS, documentIndex, draftOf, stepPart, stepSequence } from './document-upload.model.js';
import { refusedParts, renderConfirm, renderDone } from './document-upload.confirm.js';

type El = McDocumentUpload;

/** Gives the native required controls our message as their validity message (the error summary lists it). */
export function syncRequiredValidity(root: HTMLElement): void {
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-required-message]')) {
    let filled: boolean;
    if (control instanceof HTMLSelectElement) filled = control.value !== '';
    else if (control.type === 'radio') filled = [...root.querySelectorAll<HTMLInputElement>(`input[type=radio]`)].some((r) => r.name === control.name && r.checked);
    else filled = control.checked;
    control.setCustomValidity(filled ? '' : (control.dataset['requiredMessage'] ?? ''));
  }
}

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string | undefined;
}

function renderFieldError(t: Translate, id: string, message: string): TemplateResult | typeof nothing {
  return message
    ? html`<p class="mc-docs__error" id=${id}><span class="mc-vh">${t('common.errorPrefix')} </span>${message}</p>`
    : nothing;
}

/** A required radio group (native fieldset); its error shows once the step was submitted without a choice. */
export function renderRadios(
  el: El,
  o: { id: string; legend: string; choices: readonly Choice[]; value: string; required: string; onChange: (value: string) => void },
): TemplateResult {
  const { t } = el;
  const error = el.submitted && !o.value ? o.required : '';
  return html`<fieldset class="mc-docs__fieldset" aria-describedby=${error ? `${o.id}-error` : nothing}>
    <legend class="mc-docs__legend">${o.legend}</legend>
    ${renderFieldError(t, `${o.id}-error`, error)}
    ${o.choices.map(
      (choice, i) => html`<div class="mc-docs__choice">
        <input
          type="radio"
          id=${`${o.id}-${i}`}
          name=${o.id}
          .value=${choice.value}
          .checked=${live(o.value === choice.value)}
          required
          data-required-message=${o.required}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${choice.hint ? `${o.id}-${i}-hint` : nothing}
          @change=${() => o.onChange(choice.value)}
        />
        <label for=${`${o.id}-${i}`}>${choice.label}</label>
        ${choice.hint ? html`<p class="mc-docs__choice-hint" id=${`${o.id}-${i}-hint`}>${choice.hint}</p>` : nothing}
      </div>`,
    )}
  </fieldset>`;
}

/** A native select; with `placeholder` it starts empty and is required. */
export function renderSelect(
  el: El,
  o: { id: string; label: string; hint?: string; placeholder?: string; choices: readonly Choice[]; value: string; required?: string; onChange: (value: string) => void },
): TemplateResult {
  const { t } = el;
  const error = o.required && el.submitted && !o.value ? o.required : '';
  const describedBy = [o.hint ? `${o.id}-hint` : '', error ? `${o.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="mc-docs__field">
    <label class="mc-docs__label" for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="mc-docs__hint" id=${`${o.id}-hint`}>${o.hint}</p>` : nothing}
    ${renderFieldError(t, `${o.id}-error`, error)}
    <select
      class="mc-docs__select"
      id=${o.id}
      ?required=${!!o.required}
      data-required-message=${o.required || nothing}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      ${o.placeholder ? html`<option value="" .selected=${o.value === ''}>${o.placeholder}</option>` : nothing}
      ${o.choices.map((c) => html`<option value=${c.value} .selected=${c.value === o.value}>${c.label}</option>`)}
    </select>
  </div>`;
}

/** The step heading, focused when the step changes; the progress is part of it, so it is read with it. */
export function renderStepHeading(progress: string, heading: string): TemplateResult {
  return html`<h3 class="mc-docs__heading" data-flow-heading tabindex="-1">
    ${progress ? html`<span class="mc-docs__progress">${progress}</span><span class="mc-vh"> – </span>` : nothing}${heading}
  </h3>`;
}

/** The failure of the submission: what happened, that everything is kept, and a retry when it may help. */
function renderFailure(el: El): TemplateResult | typeof nothing {
  const { t } = el;
  const failure = el.runner.failure;
  if (!failure || failure.kind === 'unauthorized') return nothing;
  const wait = failure.kind === 'rate-limited' && failure.retryAfterSeconds ? ` ${t('error.retryIn', { count: failure.retryAfterSeconds })}` : '';
  const { parts, complete } = refusedParts(t, failure);
  // Refused parts of the confirmation are said on each part and in the error summary: no notice on top.
  if (complete && el.step === 'confirm') return nothing;
  const problems = [...new Set(parts.map((p) => p.message))];
  return html`<mc-notice variant="error" announce>
    <p>${t(failure.messageKey)}${wait}</p>
    ${problems.length ? html`<ul>${problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
    <p>${t('documents.kept')}</p>
    ${failure.retryable && el.runner.retry
      ? html`<p><mc-button variant="secondary" size="s" ?busy=${el.runner.busy} @click=${el.runner.retry}>${t('common.retry')}</mc-button></p>`
      : nothing}
  </mc-notice>`;
}

/** The frame of a step: heading, notes, failure, then the form (error summary, fields, "Continuer"/"Retour"). */
export function renderFrame(el: El, heading: string, body: unknown, submit: string): TemplateResult {
  const { t } = el;
  const sequence = stepSequence(el.data.count);
  const position = sequence.indexOf(el.step);
  // The parts of the sending, not its screens: "Étape 2 sur 3" on every document, whatever their number.
  const part = stepPart(el.step);
  const progress = part ? t('common.step', { current: part, total: PARTS }) : '';
  return html`${renderStepHeading(progress, heading)}
    ${el.restored ? html`<mc-notice variant="info"><p>${t('documents.restored')}</p></mc-notice>` : nothing}
    ${el.expired ? html`<mc-notice variant="warning" announce><p>${t('documents.expired')}</p></mc-notice>` : nothing}
    ${el.resumedOn === el.step ? html`<mc-notice variant="success" announce><p>${t('documents.reauth.resumed')}</p></mc-notice>` : nothing}
    ${renderFailure(el)}
    <form
      class="mc-docs__form"
      novalidate
      @mc-form-invalid=${() => {
        el.submitted = true;
        el.requestUpdate();
      }}
      @submit=${(e: Event) => {
        e.preventDefault();
        el.next();
      }}
    >
      <mc-error-summary heading-level="4"></mc-error-summary>
      ${body}
      <div class="mc-docs__actions">
        <mc-button type="submit" ?busy=${el.runner.busy}>${submit}</mc-button>
        ${position > 0 ? html`<mc-button variant="secondary" @click=${() => el.back()}>${t('common.back')}</mc-button>` : nothing}
      </div>
    </form>`;
}

/** "Les documents contenant des informations médicales doivent être transmis par courrier", with the address. */
export function renderMedicalNotice(t: Translate, notice: DocumentOptions['medicalNotice']): TemplateResult {
  return html`<mc-notice variant="info" heading=${t('documents.medical.heading')}>
    <p>${notice.text}</p>
    ${notice.address.length
      ? html`<address>${notice.address.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</address>`
      : nothing}
  </mc-notice>`;
}

const TAGS = { fr: 'fr-FR', en: 'en-GB' } as const;
const ACCEPT: Readonly<Record<FileRules['accepted'][number], string>> = {
  pdf: '.pdf,application/pdf',
  jpeg: '.jpg,.jpeg,image/jpeg',
  png: '.png,image/png',
};

/** "PDF, JPEG/JPG ou PNG, moins de 1 Mo par fichier, 5 fichiers au plus." */
export function filesHint(el: El, rules: FileRules): string {
  const locale = el.i18n.locale;
  const types = new Intl.ListFormat(TAGS[locale], { type: 'disjunction' }).format(rules.accepted.map(fileKindName));
  return el.t('documents.files.hint', { types, limit: formatFileSize(locale, rules.maxBytes), count: rules.maxFiles });
}

function sendingStep(el: El, options: DocumentOptions): TemplateResult {
  const { t, data } = el;
  const max = options.maxDocuments;
  const body = html`<p class="mc-docs__hint">${t('documents.allRequired')}</p>
    ${renderRadios(el, {
      id: `${el.ids}-object`,
      legend: t('documents.object.legend'),
      choices: options.objects.map((o) => ({ value: o.id, label: o.label, hint: o.help })),
      value: data.objectId,
      required: t('documents.object.required'),
      onChange: (value) => el.chooseObject(value),
    })}
    ${renderSelect(el, {
      id: `${el.ids}-count`,
      label: t('documents.count.label'),
      hint: t('documents.count.hint', { count: max }),
      choices: Array.from({ length: max }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
      value: String(Math.min(data.count, max)),
      onChange: (value) => el.setCount(Number(value)),
    })}
    ${renderMedicalNotice(t, options.medicalNotice)}`;
  return renderFrame(el, t('documents.sending.heading'), body, t('common.continue'));
}

function documentStep(el: El, options: DocumentOptions, index: number): TemplateResult {
  const { t, data } = el;
  const draft = draftOf(data, index);
  const object = options.objects.find((o) => o.id === data.objectId);
  const id = `${el.ids}-doc${index + 1}`;
  const body = html`<p class="mc-docs__hint">${t('documents.allRequired')}</p>
    ${renderSelect(el, {
      id: `${id}-nature`,
      label: t('documents.nature.label'),
      placeholder: t('documents.nature.placeholder'),
      choices: (object?.natures ?? []).map((n) => ({ value: n.id, label: n.label })),
      value: draft.natureId,
      required: t('documents.nature.required'),
      onChange: (natureId) => el.patchDocument(index, { natureId }),
    })}
    ${renderRadios(el, {
      id: `${id}-person`,
      legend: t('documents.person.legend'),
      choices: options.persons.map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` })),
      value: draft.personId,
      required: t('documents.person.required'),
      onChange: (personId) => el.patchDocument(index, { personId }),
    })}
    ${renderRadios(el, {
      id: `${id}-motive`,
      legend: t('documents.motive.legend'),
      choices: options.motives.map((m) => ({ value: m.id, label: m.label })),
      value: draft.motiveId,
      required: t('documents.motive.required'),
      onChange: (motiveId) => el.patchDocument(index, { motiveId }),
    })}
    ${renderMedicalNotice(t, options.medicalNotice)}
    <mc-document-files
      label=${t('documents.files.label')}
      hint=${filesHint(el, options.rules)}
      accept=${options.rules.accepted.map((k) => ACCEPT[k]).join(',')}
      .index=${index}
      .entries=${el.uploads.entries(index)}
      .problems=${el.uploads.problems(index)}
      .queue=${el.uploads}
    ></mc-document-files>`;
  return renderFrame(el, t('documents.document.heading', { current: index + 1, total: data.count }), body, t('common.continue'));
}

/** While the options load, or when loading them failed (with a retry when it may help). */
function renderPending(el: El): TemplateResult {
  const { t } = el;
  const error = el.options.error;
  if (!error) return html`<p class="mc-docs__hint" role="status">${t('common.loading')}</p>`;
  const expired = error.kind === 'unauthorized';
  return html`<mc-notice variant=${expired ? 'warning' : 'error'} announce>
    <p>${expired ? t('documents.expired') : `${t('documents.loadFailed')} ${t(error.messageKey)}`}</p>
    ${error.retryable || expired
      ? html`<p><mc-button variant="secondary" size="s" @click=${() => el.options.retry()}>${t('common.retry')}</mc-button></p>`
      : nothing}
  </mc-notice>`;
}

/** The current step (options loaded), or the loading / failed state. */
export function renderBody(el: El, options: DocumentOptions | undefined): TemplateResult {
  if (!options) return renderPending(el);
  const index = documentIndex(el.step);
  if (index !== undefined) return documentStep(el, options, index);
  if (el.step === 'confirm') return renderConfirm(el, options);
  if (el.step === 'done') return renderDone(el);
  return sendingStep(el, options);
}
