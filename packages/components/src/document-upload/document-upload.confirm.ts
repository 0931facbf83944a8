/** The last screens of `mc-document-upload`: the confirmation with the attestation, and the acknowledgement. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatDate, formatFileSize, type AdapterError, type DocumentOptions } from '@moncompte/core';
import type { SummaryError } from '../error-summary/error-summary.component.js';
import type { McDocumentUpload, Translate } from './document-upload.component.js';
import { documentStep, draftOf } from './document-upload.model.js';
import { renderFrame, renderStepHeading } from './document-upload.steps.js';

type El = McDocumentUpload;

/** A part of the confirmation the back end refused: the sending itself (its subject) or the document `index`. */
export interface RefusedPart {
  readonly part: 'sending' | number;
  readonly message: string;
}

/**
 * What the back end said was wrong with the sending, in words, per part of the confirmation (its field names are
 * not for people). `complete`: every refused field has its part (else only the failure notice can say it).
 */
export function refusedParts(t: Translate, failure: AdapterError | undefined): { parts: RefusedPart[]; complete: boolean } {
  const parts: RefusedPart[] = [];
  if (failure?.kind !== 'validation') return { parts, complete: false };
  let complete = true;
  for (const field of Object.keys(failure.fieldErrors ?? {})) {
    const match = /^documents\.(\d+)\.(\w+)$/.exec(field);
    const index = Number(match?.[1]);
    const refused: RefusedPart | undefined =
      field === 'objectId'
        ? { part: 'sending', message: t('documents.problem.object') }
        : match
          ? { part: index, message: t(match[2] === 'uploadIds' ? 'documents.problem.files' : 'documents.problem.choice', { current: index + 1 }) }
          : undefined;
    if (!refused) complete = false;
    else if (!parts.some((p) => p.part === refused.part && p.message === refused.message)) parts.push(refused);
  }
  return { parts, complete: complete && parts.length > 0 };
}

const partId = (el: El, part: RefusedPart['part']) => `${el.ids}-refused-${part}`;

/** The refusals of one part (`refused`: those of the whole sending), under its heading. */
function renderRefused(el: El, refused: readonly RefusedPart[], part: RefusedPart['part']): TemplateResult | typeof nothing {
  const messages = refused.filter((p) => p.part === part);
  if (!messages.length) return nothing;
  return html`<div id=${partId(el, part)}>
    ${messages.map(({ message }) => html`<p class="mc-docs__error"><span class="mc-vh">${el.t('common.errorPrefix')} </span>${message}</p>`)}
  </div>`;
}

/**
 * The back end refused parts of the sending: each one, said in its part, is also listed in the error summary, which
 * takes the focus; its link goes to the part's "Modifier" (the part's heading scrolled into view).
 */
export async function showRefusedParts(el: El): Promise<void> {
  await el.updateComplete;
  const errors: SummaryError[] = refusedParts(el.t, el.runner.failure).parts.map(({ part, message }) => {
    const box = el.querySelector(`[id="${partId(el, part)}"]`)?.closest('.mc-docs__summary');
    return { message, target: box?.querySelector<HTMLElement>('mc-button') ?? null, label: box?.querySelector<HTMLElement>('h4') ?? null };
  });
  if (errors.length) await el.querySelector('mc-error-summary')?.show(errors);
}

const labelOf = (list: readonly { id: string; label: string }[], id: string) => list.find((x) => x.id === id)?.label ?? '';

/** "Modifier" with what it changes, for screen readers ("Modifier le document 2"). */
function renderEdit(el: El, what: string, go: () => void): TemplateResult {
  return html`<mc-button variant="tertiary" size="s" @click=${go}>${el.t('documents.confirm.edit')}<span class="mc-vh"> ${what}</span></mc-button>`;
}

function renderDocumentRecap(el: El, options: DocumentOptions, index: number, refused: readonly RefusedPart[]): TemplateResult {
  const { t, data } = el;
  const draft = draftOf(data, index);
  const object = options.objects.find((o) => o.id === data.objectId);
  const person = options.persons.find((p) => p.id === draft.personId);
  const files = el.uploads.entries(index);
  return html`<div class="mc-docs__summary">
    <h4 class="mc-docs__summary-title">${t('documents.confirm.document', { current: index + 1 })}</h4>
    ${renderRefused(el, refused, index)}
    <dl class="mc-docs__list">
      <dt>${t('documents.nature.label')}</dt>
      <dd>${labelOf(object?.natures ?? [], draft.natureId)}</dd>
      <dt>${t('documents.person.legend')}</dt>
      <dd>${person ? `${person.firstName} ${person.lastName}` : ''}</dd>
      <dt>${t('documents.motive.legend')}</dt>
      <dd>${labelOf(options.motives, draft.motiveId)}</dd>
      <dt>${t('documents.confirm.files')}</dt>
      <dd>
        <ul>
          ${files.map((f) => html`<li>${f.name} (${formatFileSize(el.i18n.locale, f.size)})</li>`)}
        </ul>
      </dd>
    </dl>
    ${renderEdit(el, t('documents.confirm.editDocument', { current: index + 1 }), () => el.edit(documentStep(index)))}
  </div>`;
}

/** The confirmation: everything listed, each part with "Modifier", then the attestation and "Envoyer". */
export function renderConfirm(el: El, options: DocumentOptions): TemplateResult {
  const { t, data } = el;
  const attestId = `${el.ids}-attest`;
  const attestError = el.submitted && !data.attested ? t('documents.attest.required') : '';
  const refused = refusedParts(t, el.runner.failure).parts;
  const body = html`<p class="mc-docs__hint">${t('documents.confirm.intro')}</p>
    <div class="mc-docs__summary">
      <h4 class="mc-docs__summary-title">${t('documents.sending.heading')}</h4>
      ${renderRefused(el, refused, 'sending')}
      <dl class="mc-docs__list">
        <dt>${t('documents.confirm.object')}</dt>
        <dd>${labelOf(options.objects, data.objectId)}</dd>
        <dt>${t('documents.confirm.count')}</dt>
        <dd>${data.count}</dd>
      </dl>
      ${renderEdit(el, t('documents.confirm.editSending'), () => el.edit('sending'))}
    </div>
    ${Array.from({ length: data.count }, (_, i) => renderDocumentRecap(el, options, i, refused))}
    <div class="mc-docs__field">
      ${attestError
        ? html`<p class="mc-docs__error" id=${`${attestId}-error`}><span class="mc-vh">${t('common.errorPrefix')} </span>${attestError}</p>`
        : nothing}
      <div class="mc-docs__choice">
        <input
          type="checkbox"
          id=${attestId}
          name="attested"
          required
          data-required-message=${t('documents.attest.required')}
          aria-invalid=${attestError ? 'true' : 'false'}
          aria-describedby=${attestError ? `${attestId}-error` : nothing}
          .checked=${live(data.attested)}
          @change=${(e: Event) => el.patch({ attested: (e.target as HTMLInputElement).checked })}
        />
        <label for=${attestId}>${t('documents.attest.label')}</label>
      </div>
    </div>`;
  return renderFrame(el, t('documents.confirm.heading'), body, t('documents.submit'));
}

/** The acknowledgement of receipt: reference, date, number of documents, where the acknowledgement went. */
export function renderDone(el: El): TemplateResult {
  const { t, receipt } = el;
  if (!receipt) return html`${nothing}`;
  const { acknowledgement } = receipt;
  return html`${renderStepHeading('', t('documents.done.heading'))}
    <mc-notice variant="success" announce>
      <p>${t('documents.done.text')}</p>
      <dl class="mc-docs__list">
        <dt>${t('documents.done.reference')}</dt>
        <dd><bdi>${receipt.reference}</bdi></dd>
        <dt>${t('documents.done.date')}</dt>
        <dd>${formatDate(el.i18n.locale, receipt.receivedAt, 'datetime')}</dd>
        <dt>${t('documents.done.count')}</dt>
        <dd>${receipt.documentCount}</dd>
        <dt>${t('documents.done.ack')}</dt>
        <dd>${t(`documents.done.ack.${acknowledgement.channel}`, { destination: acknowledgement.destination })}</dd>
      </dl>
    </mc-notice>
    <div class="mc-docs__actions">
      <mc-button variant="secondary" @click=${() => el.restart()}>${t('documents.done.again')}</mc-button>
    </div>`;
}
