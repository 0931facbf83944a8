import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { McElement } from '../shared/mc-element.js';
import {
  commonMessages,
  documentUploadMessages,
  errorMessages,
  fileMessages,
  formatFileSize,
  type Problem,
} from '@moncompte/core';
import { LocalizeController } from '../shared/localize-controller.js';
import { FieldController, describedBy, messagesOf } from '../shared/form-field.js';
import { validateForm, type FieldError, type FormField } from '../shared/form-registry.js';
import type { McErrorSummary } from '../error-summary/error-summary.component.js';
import type { FileEntry } from './document-upload.model.js';
import type { UploadQueue } from './document-upload.uploads.js';
import { documentUploadStyles } from './document-upload.styles.js';

const CATALOGUES = messagesOf(documentUploadMessages, fileMessages, errorMessages, commonMessages);
type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

const STATE_KEYS: Readonly<Record<FileEntry['state'], string>> = {
  queued: 'documents.files.queued',
  uploading: 'documents.files.uploading',
  uploaded: 'documents.files.uploaded',
  failed: 'documents.files.failed',
  cancelled: 'documents.files.cancelled',
  interrupted: 'documents.files.interrupted',
  removing: 'documents.files.removing',
};

/** A problem's text, its byte limit formatted for the locale ("1 Mo"). */
export function problemText(t: Translate, locale: string, problem: Problem): string {
  const params: Record<string, string | number> = { ...problem.params };
  if (typeof params['limit'] === 'number') params['limit'] = formatFileSize(locale, params['limit']);
  return t(problem.key, params);
}

/**
 * @element mc-document-files
 * @summary The files of one document of `mc-document-upload` (which renders it): a real `<input type="file"
 * multiple>` in the LIGHT DOM of the step's form, with its label and the rules as a hint, presented in the page's
 * language (a « Choisir des fichiers » button and the number of files chosen, not the browser's own words), a drop
 * zone around it (an enhancement: the input works alone), and the list of files with their size, state, upload
 * progress and actions (cancel, try again, remove). It takes part in its form's validation like our other fields:
 * at least one file, every upload finished; refused files are named next to the field and in the error summary at
 * once.
 *
 * @cssprop --mc-document-files-drop-border-color - Border colour of the drop zone.
 * @cssprop --mc-document-files-drop-background - Background of the drop zone while files are dragged over it.
 * @cssprop --mc-document-files-button-color - Text and border colour of the « Choisir des fichiers » button.
 * @cssprop --mc-document-files-button-background - Background of the « Choisir des fichiers » button.
 * @cssprop --mc-document-files-button-color-hover - Text and border colour of the button under the pointer.
 * @cssprop --mc-document-files-button-background-hover - Background of the button under the pointer.
 */
export class McDocumentFiles extends McElement implements FormField {
  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    accept: {},
    index: { type: Number },
    entries: { attribute: false },
    problems: { attribute: false },
    queue: { attribute: false },
    dragging: { state: true },
  };

  /** Visible label of the input. */
  label = '';
  /** The rules ("PDF, JPEG ou PNG, moins de 1 Mo par fichier…"). */
  hint = '';
  /** `accept` of the input. */
  accept = '';
  /** Index of the document (0-based) in the sending. */
  index = 0;
  /** The files of the document. */
  entries: readonly FileEntry[] = [];
  /** Files refused at the last choice. */
  problems: readonly Problem[] = [];
  /** The upload queue of the owning `mc-document-upload`. */
  queue: UploadQueue | undefined;
  private dragging = false;

  private readonly i18n = new LocalizeController(this, CATALOGUES);
  private readonly field = new FieldController(this, { styles: [documentUploadStyles] });
  /** The action button that had the focus before an update, to move the focus on if it disappears. */
  private focused: { element: Element; entryId: string | undefined } | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get t(): Translate {
    return this.i18n.t.bind(this.i18n) as Translate;
  }

  /** The real file input, in the light DOM. */
  get input(): HTMLInputElement | null {
    return this.querySelector(`#${this.field.id}-input`);
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** What must be put right before the step can be left: no file, unfinished or failed uploads. */
  fieldErrors(): readonly FieldError[] {
    const input = this.input;
    if (!input) return [];
    const { t } = this;
    const errors: FieldError[] = [];
    if (this.entries.length === 0) errors.push({ message: t('documents.files.required'), target: input });
    for (const entry of this.entries) {
      const key =
        entry.state === 'queued' || entry.state === 'uploading'
          ? 'documents.files.pending'
          : entry.state === 'failed' || entry.state === 'cancelled'
            ? 'documents.files.notSent'
            : entry.state === 'interrupted'
              ? 'documents.files.interruptedError'
              : undefined;
      if (!key) continue;
      const target = this.querySelector<HTMLElement>(`[data-entry="${entry.id}"] [data-action]`) ?? input;
      errors.push({ message: t(key, { name: entry.name }), target, label: this.querySelector<HTMLElement>(`[data-entry="${entry.id}"]`) });
    }
    return errors;
  }

  formSubmitted(): void {
    this.submitted = true;
    this.field.show();
  }

  formReset(): void {
    this.submitted = false;
    this.field.reset();
  }

  /** The form was submitted (its errors are shown): the summary then lists the other fields' errors too. */
  private submitted = false;

  private problemMessages(): string[] {
    return this.problems.map((p) => problemText(this.t, this.i18n.locale, p));
  }

  /**
   * Refused files are said at once, in the summary too (linked to the input, the summary focused), while the others
   * upload. The summary keeps the other fields' errors once the form was submitted, and drops the refusals of an
   * earlier choice (without taking the focus) when this one has none.
   */
  private async choose(files: readonly File[]): Promise<void> {
    if (!this.queue || files.length === 0) return;
    const problems = await this.queue.add(this.index, files);
    await this.updateComplete;
    const input = this.input;
    const form = this.closest('form');
    const summary = form?.querySelector<McErrorSummary>('mc-error-summary');
    if (!summary || !input || !form) return;
    const others = this.submitted ? validateForm(form).errors.filter((e) => !this.contains(e.target)) : [];
    const refused = problems.map((p) => ({ message: problemText(this.t, this.i18n.locale, p), target: input }));
    void summary.show([...others, ...refused], refused.length > 0);
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same file again is a change; the list below shows what was chosen.
    input.value = '';
    void this.choose(files);
  }

  private onDrag(event: DragEvent, over: boolean): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    if (over) event.dataTransfer.dropEffect = 'copy';
    this.dragging = over;
  }

  private onDrop(event: DragEvent): void {
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    this.dragging = false;
    void this.choose(files);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The focused element of the tree the field is in (the page, or a shadow root that holds it).
    const active = (this.getRootNode() as Document | ShadowRoot).activeElement;
    this.focused = active && this.contains(active) && active !== this.input
      ? { element: active, entryId: active.closest<HTMLElement>('[data-entry]')?.dataset['entry'] }
      : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The focused button went away (the upload ended, was cancelled, the file was removed): the focus moves to
    // the file's next action, else to the input, instead of being lost to the page.
    const previous = this.focused;
    this.focused = undefined;
    if (!previous || previous.element.isConnected) return;
    const row = previous.entryId ? this.querySelector(`[data-entry="${previous.entryId}"]`) : null;
    const next: (HTMLElement & { updateComplete?: Promise<unknown> }) | null = row?.querySelector<HTMLElement>('[data-action]') ?? this.input;
    // A button created by this render has not rendered its own inner button yet: focus it once it has.
    void Promise.resolve(next?.updateComplete).then(() => next?.focus());
  }

  private renderActions(entry: FileEntry): TemplateResult {
    const { t } = this;
    const queue = this.queue;
    // The visible verb, then the file's name for screen readers: "Annuler l’envoi de « a.pdf »", "Retirer « a.pdf »".
    const named = (key: 'documents.files.of' | 'documents.files.retryOf' | 'documents.files.removeOf') =>
      html`<span class="mc-vh"> ${t(key, { name: entry.name })}</span>`;
    const cancel = html`<mc-button variant="secondary" size="s" data-action="cancel" @click=${() => queue?.cancel(entry.id)}
      >${t('documents.files.cancel')}${named('documents.files.of')}</mc-button
    >`;
    const retry = html`<mc-button variant="secondary" size="s" data-action="retry" @click=${() => queue?.retry(entry.id)}
      >${t('documents.files.retry')}${named('documents.files.retryOf')}</mc-button
    >`;
    const remove = html`<mc-button variant="tertiary" size="s" data-action="remove" ?busy=${entry.state === 'removing'}
      @click=${() => void queue?.remove(entry.id)}>${t('documents.files.remove')}${named('documents.files.removeOf')}</mc-button
    >`;
    const canRetry = (entry.state === 'failed' || entry.state === 'cancelled') && this.queue?.hasBytes(entry.id) && entry.error?.retryable !== false;
    const first =
      entry.state === 'queued' || entry.state === 'uploading' ? cancel : canRetry || (entry.state === 'uploaded' && entry.error?.removal) ? retry : nothing;
    // One template for every state, so that "Retirer" stays the same button (and keeps the focus) as the state changes.
    return html`${first}${remove}`;
  }

  private renderEntry(entry: FileEntry): TemplateResult {
    const { t } = this;
    const locale = this.i18n.locale;
    const percent = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(
      entry.size > 0 ? entry.loaded / entry.size : 0,
    );
    const error = entry.error
      ? entry.error.removal
        ? t('documents.files.removeFailed', { name: entry.name, reason: t(entry.error.key) })
        : problemText(t, locale, { key: entry.error.key, params: { name: entry.name, ...entry.error.params } })
      : entry.state === 'interrupted'
        ? t('documents.files.interruptedError', { name: entry.name })
        : '';
    return html`<li class="mc-files__item" data-entry=${entry.id} data-state=${entry.state}>
      <span class="mc-files__name">${entry.name}</span>
      <span class="mc-files__size">${formatFileSize(locale, entry.size)}</span>
      <span class=${`mc-files__state mc-files__state--${entry.state}`}>${t(STATE_KEYS[entry.state])}</span>
      ${entry.state === 'uploading'
        ? html`<span class="mc-files__progress-row">
            <progress
              class="mc-files__progress"
              max=${Math.max(1, entry.size)}
              .value=${entry.loaded}
              aria-label=${t('documents.files.progress', { name: entry.name })}
              aria-valuetext=${percent}
            ></progress>
            <span class="mc-files__percent" aria-hidden="true">${percent}</span>
          </span>`
        : nothing}
      ${error ? html`<span class="mc-files__entry-error">${error}</span>` : nothing}
      <span class="mc-files__actions">${this.renderActions(entry)}</span>
    </li>`;
  }

  /**
   * The file chooser, in the page's language: « Choisir des fichiers » and « Aucun fichier choisi » / « 2 fichiers
   * choisis », never the browser's "Choose Files" / "No file chosen".
   *
   * The control IS the real `<input type="file">`, made transparent and laid exactly over the button we draw (CSS:
   * `.mc-files__picker`), rather than a `<button>` that would call `input.click()` with the input hidden. So there is
   * one control, one tab stop, and everything that works on the input keeps working: a click or a tap on the button
   * lands on the input itself and opens the browser's chooser (user activation intact, no script in between); Tab
   * reaches it and Enter or Space opens the chooser natively; its `<label for>`, `aria-describedby` (hint, errors),
   * `accept`, `multiple` and validity stay; the error summary's link and the focus after a removal go to it; a
   * screen reader's or a magnifier's focus is where the button is seen. What the input would show itself is
   * drawn instead: our button (its focus ring, hover and error border follow the input's state through `+`) and the
   * status. Both are `aria-hidden` because the input's name says them — label, button text, status
   * (`aria-labelledby`) — so that a screen reader hears them in the page's language, once, on the control
   * ("Fichiers du document Choisir des fichiers, 2 fichiers choisis, bouton"), and a speech user can say the words
   * of the button. The status counts the files of the list: the input is emptied after each choice, its own
   * "No file chosen" would be wrong as soon as a file was added.
   */
  private renderChooser(invalid: boolean): TemplateResult {
    const { id } = this.field;
    const { t } = this;
    return html`<div class="mc-files__chooser">
      <span class="mc-files__picker">
        <input
          class="mc-files__input"
          id=${`${id}-input`}
          type="file"
          multiple
          accept=${this.accept || nothing}
          aria-labelledby=${`${id}-label ${id}-button ${id}-status`}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy(this.hint && `${id}-hint`, invalid && `${id}-error`)}
          @change=${this.onChange}
        />
        <span class="mc-files__button" id=${`${id}-button`} aria-hidden="true"
          ><span>${t('documents.files.choose')}<span class="mc-files__comma">,</span></span></span
        >
      </span>
      <span class="mc-files__status" id=${`${id}-status`} aria-hidden="true">${t('documents.files.chosen', { count: this.entries.length })}</span>
    </div>`;
  }

  protected override render() {
    const { id } = this.field;
    const { t } = this;
    const required = this.field.showErrors ? this.fieldErrors().map((e) => e.message) : [];
    const errors = [...this.problemMessages(), ...required];
    return html`<label class="mc-files__label" id=${`${id}-label`} for=${`${id}-input`}>${this.label}</label>
      ${this.hint ? html`<p class="mc-files__hint" id=${`${id}-hint`}>${this.hint}</p>` : nothing}
      ${errors.length
        ? html`<p class="mc-files__error" id=${`${id}-error`}>
            <span class="mc-vh">${t('common.errorPrefix')} </span>${errors.map((m, i) => html`${i ? html`<br />` : nothing}${m}`)}
          </p>`
        : nothing}
      <div
        class=${`mc-files__drop${this.dragging ? ' mc-files__drop--over' : ''}`}
        @dragenter=${(e: DragEvent) => this.onDrag(e, true)}
        @dragover=${(e: DragEvent) => this.onDrag(e, true)}
        @dragleave=${(e: DragEvent) => this.onDrag(e, false)}
        @drop=${this.onDrop}
      >
        ${this.renderChooser(errors.length > 0)}
        <p class="mc-files__drop-text">${t('documents.files.drop')}</p>
      </div>
      ${this.entries.length
        ? html`<ul class="mc-files__list" aria-labelledby=${`${id}-label`}>
            ${this.entries.map((entry) => this.renderEntry(entry))}
          </ul>`
        : nothing}`;
  }
}
