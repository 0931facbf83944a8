import { html, type PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  commonMessages,
  documentUploadMessages,
  errorMessages,
  fileMessages,
  signedOutMessages,
  type Agency,
  type DocumentOptions,
  type DocumentReceipt,
  type MonCompteAdapter,
} from '@moncompte/core';
import { emit } from '../shared/emit.js';
import { FlowRunner } from '../shared/flow-action.js';
import { OnceLoader } from '../shared/flow-loader.js';
import { ReauthController, type LoginFormConfig } from '../shared/flow-reauth.js';
import { FlowStorage } from '../shared/flow-storage.js';
import { adoptStyles, messagesOf } from '../shared/form-field.js';
import { uniqueId } from '../shared/form-registry.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { SessionEndController } from '../shared/session-end.js';
import {
  documentIndex,
  draftOf,
  emptyDraft,
  initialData,
  isStep,
  newIdempotencyKey,
  restoredData,
  sanitise,
  stepComplete,
  stepSequence,
  submissionContent,
  type DocumentDraft,
  type DocumentUploadData,
  type DocumentUploadStep,
  type StoredData,
} from './document-upload.model.js';
import { UploadQueue } from './document-upload.uploads.js';
import { renderBody, syncRequiredValidity } from './document-upload.steps.js';
import { showRefusedParts } from './document-upload.confirm.js';
import { documentUploadStyles } from './document-upload.styles.js';

const CATALOGUES = messagesOf(documentUploadMessages, fileMessages, errorMessages, commonMessages, signedOutMessages);

/** The translation function of the element. */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** `mc-documents-submitted`: the sending was received. */
export interface DocumentsSubmittedDetail {
  readonly receipt: DocumentReceipt;
  readonly objectId: string;
}

/**
 * @element mc-document-upload
 * @summary "Nous envoyer un document": the object of the sending and the number of documents, then for each
 * document its nature, the person concerned, the motive and its files (PDF, JPEG or PNG under the agency's
 * limit, checked by content, uploaded one by one with their progress, cancellable and removable), the medical
 * notice (medical documents go by post), a confirmation page with the attestation, and the acknowledgement of
 * receipt. Its inputs are real controls of real forms in the LIGHT DOM; every step shows its errors next to
 * the fields and in an error summary. Nothing is lost: a reload keeps the choices and the uploaded files'
 * references (never the bytes), a failure keeps everything and offers a retry, and a sending is submitted with
 * one idempotency key (a double click, a retry or Enter + click send it once).
 *
 * When the session ends (`mc-logout` reaching the document), it forgets the choices, the persons, the files (their
 * bytes too; an upload in flight is cancelled), the acknowledgement, what a reload would keep and the login form of
 * an expired session; a sending still answering is dropped. It says « Vous êtes déconnecté. » under its title until
 * `mc-login` reaches the document, then starts again at its first step.
 *
 * @fires mc-documents-submitted - The sending was received. Detail: `{ receipt, objectId }`.
 * @fires mc-reauth-required - An adapter call answered `unauthorized`: the login form is shown in place, what was
 * prepared kept; once logged in, the same step is back and the files refused meanwhile are sent again
 * (cancelable: the page then handles the new log-in and calls `resume()`). Detail: `{ flow, step }`.
 *
 * @cssprop --mc-document-upload-max-width - Maximum width (40rem).
 * @cssprop --mc-document-upload-title-size - Font size of the title.
 * @cssprop --mc-document-upload-heading-size - Font size of the step headings.
 * @cssprop --mc-document-upload-muted-color - Colour of hints and of "Étape n sur m".
 * @cssprop --mc-document-upload-error-color - Colour of the error messages.
 * @cssprop --mc-document-upload-control-color - Colour of radio buttons, checkboxes and progress bars.
 * @cssprop --mc-document-upload-border-color - Border colour of the recap and the file list.
 */
export class McDocumentUpload extends McElement {
  /** The adapter; the nearest `<mc-adapter-provider>`'s otherwise. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** `sessionStorage` key of what a reload keeps; empty: nothing is kept. */
  @property({ attribute: 'storage-key' }) storageKey = 'mc-document-upload';
  /** The title (an `<h2>`); "Nous envoyer un document" by default. */
  @property() heading = '';
  /** The agency (the login form shown when the session expires uses its preset). */
  @property({ reflect: true }) agency: Agency = 'caf';
  /** Configuration of the login form shown when the session expires (agency wording). */
  @property({ attribute: false }) loginConfig?: Partial<LoginFormConfig>;

  data: DocumentUploadData = initialData();
  step: DocumentUploadStep = 'sending';
  /** The current step's form was submitted with errors: its native controls show them. */
  submitted = false;
  /** "We found the sending you had started", after a reload. */
  restored = false;
  /** The session expired (an adapter call answered `unauthorized`). */
  expired = false;
  /** The step where "Vous êtes reconnecté" is said, after a new log-in (until the step changes). */
  resumedOn: DocumentUploadStep | '' = '';
  /** What the polite live region says (start and end of uploads, removals). */
  announcement = '';
  receipt: DocumentReceipt | undefined;

  /** The end of the session (before the upload queue, so that one coming back after it uploads nothing again). */
  private readonly signedOut = new SessionEndController(this, () => this.forget());
  /** Base of the ids of this instance's parts. */
  readonly ids = uniqueId('mc-docs');
  readonly i18n = new LocalizeController(this, CATALOGUES);
  /** The submission (one call at a time). */
  readonly runner = new FlowRunner(this);
  readonly options: OnceLoader<DocumentOptions> = new OnceLoader(this, () => this.runner.adapter, (adapter, signal) =>
    adapter.getDocumentOptions({ signal }),
  );
  readonly uploads: UploadQueue = new UploadQueue(this, {
    adapter: () => this.runner.adapter,
    rules: () => this.options.value?.rules,
    changed: (persist) => {
      if (persist) this.save();
      this.requestUpdate();
    },
    announce: (key, name) => {
      this.announcement = this.t(key, { name });
      this.requestUpdate();
    },
    session: (expired) => this.sessionExpired(expired),
  });
  readonly reauth = new ReauthController(this, {
    flow: 'document-upload',
    step: () => this.step,
    keys: { title: 'documents.reauth.title', text: 'documents.reauth.text', otherPerson: 'documents.reauth.otherPerson' },
    adapter: () => (this.signedOut.ended ? undefined : this.runner.adapter),
    headingClass: 'mc-docs__heading',
    onResume: () => this.resumed(),
  });
  private readonly storage = new FlowStorage<DocumentUploadStep, StoredData>(() => this.storageKey);
  private loadedOnce = false;
  private placed = false;
  private focusPending = false;
  private seenLoadError: unknown;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get t(): Translate {
    return this.i18n.t.bind(this.i18n) as Translate;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, [documentUploadStyles]);
    if (!this.loadedOnce) {
      this.loadedOnce = true;
      this.restore();
    }
  }

  // ── data ────────────────────────────────────────────────────────────────
  /** Changes the data (kept for a reload) and renders again. */
  patch(patch: Partial<DocumentUploadData>): void {
    this.data = { ...this.data, ...patch };
    this.save();
    this.requestUpdate();
  }

  patchDocument(index: number, patch: Partial<DocumentDraft>): void {
    const documents = [...this.data.documents];
    while (documents.length <= index) documents.push(emptyDraft());
    documents[index] = { ...draftOf(this.data, index), ...patch };
    this.patch({ documents });
  }

  /** Chooses the object of the sending; natures it does not offer are cleared. */
  chooseObject(objectId: string): void {
    const natures = this.options.value?.objects.find((o) => o.id === objectId)?.natures ?? [];
    const documents = this.data.documents.map((d) => (natures.some((n) => n.id === d.natureId) ? d : { ...d, natureId: '' }));
    this.patch({ objectId, documents });
  }

  setCount(count: number): void {
    const documents = [...this.data.documents];
    while (documents.length < count) documents.push(emptyDraft());
    this.patch({ count, documents });
  }

  private save(): void {
    if (this.step === 'done' || this.signedOut.ended) this.storage.clear();
    else this.storage.save({ step: this.step, history: [], data: { ...this.data, files: this.uploads.stored() } });
  }

  private restore(): void {
    const saved = this.storage.load(isStep);
    if (!saved || saved.step === 'done') return;
    this.data = restoredData(saved.data);
    this.uploads.restore(saved.data.files);
    this.step = saved.step;
    this.restored = true;
  }

  /** Once the options are here: restored choices they no longer offer are cleared, and a restored step is only
   * kept when the steps before it are complete (else the first incomplete one is shown). */
  private place(options: DocumentOptions): void {
    this.placed = true;
    this.data = sanitise(this.data, options);
    if (!this.restored) return;
    const target = this.step;
    let place: DocumentUploadStep = 'sending';
    for (const step of stepSequence(this.data.count)) {
      place = step;
      if (step === target || !this.complete(step)) break;
    }
    this.step = place;
  }

  /** Whether a step has everything it needs. */
  complete(step: DocumentUploadStep): boolean {
    return stepComplete(this.data, step, (index) => this.uploads.entries(index));
  }

  // ── steps ───────────────────────────────────────────────────────────────
  /** Goes to `step`, its heading focused. */
  go(step: DocumentUploadStep): void {
    this.step = step;
    this.resumedOn = '';
    this.submitted = false;
    this.restored = false;
    this.runner.dismiss();
    this.focusPending = true;
    this.save();
    this.requestUpdate();
  }

  /** "Modifier" on the confirmation: that step; Continue (or Back) comes back as soon as every step is complete. */
  edit(step: DocumentUploadStep): void {
    this.editing = true;
    this.go(step);
  }
  private editing = false;

  /** Back to the confirmation after "Modifier", when nothing is left to fill in (a new document, say). */
  private backToConfirm(): boolean {
    if (!this.editing || !stepSequence(this.data.count).every((step) => this.complete(step))) return false;
    this.editing = false;
    this.go('confirm');
    return true;
  }

  /** The current step's form was submitted and is valid: the next step (or, on the confirmation, the sending). */
  next(): void {
    if (this.step === 'confirm') {
      void this.submit();
      return;
    }
    const index = documentIndex(this.step);
    if (index !== undefined) this.uploads.clearProblems(index);
    if (this.backToConfirm()) return;
    const sequence = stepSequence(this.data.count);
    this.go(sequence[sequence.indexOf(this.step) + 1] ?? 'confirm');
  }

  back(): void {
    if (this.backToConfirm()) return;
    const sequence = stepSequence(this.data.count);
    const previous = sequence[sequence.indexOf(this.step) - 1];
    if (previous) this.go(previous);
  }

  /** Starts a new sending after the acknowledgement. */
  restart(): void {
    this.receipt = undefined;
    this.data = initialData();
    this.uploads.reset();
    this.go('sending');
  }

  // ── calls ───────────────────────────────────────────────────────────────
  /**
   * Sends the sending (one call per action): the idempotency key is the one of this content — the same for a
   * retry or a second click, a new one only when the content changed since.
   */
  async submit(): Promise<void> {
    if (this.runner.busy || !this.options.value) return;
    const { count, objectId } = this.data;
    // Defensive: a step left incomplete (a file interrupted by a reload, say) is shown instead of sending.
    const incomplete = stepSequence(count).find((step) => !this.complete(step));
    if (incomplete && incomplete !== 'confirm') {
      this.go(incomplete);
      return;
    }
    const content = submissionContent(this.data, (i) => this.uploads.uploadIds(i));
    const fingerprint = JSON.stringify(content);
    let submission = this.data.submission;
    if (submission?.fingerprint !== fingerprint) {
      submission = { key: newIdempotencyKey(), fingerprint };
      this.patch({ submission });
    }
    const idempotencyKey = submission.key;
    this.querySelector('mc-error-summary')?.clear();
    const result = await this.runner.run(
      (adapter, signal) => adapter.submitDocuments({ idempotencyKey, ...content }, { signal }),
      () => void this.submit(),
    );
    if (!result.ok) {
      if (result.error?.kind === 'unauthorized') this.sessionExpired(true);
      if (result.error?.kind === 'validation') await showRefusedParts(this);
      return;
    }
    this.sessionExpired(false);
    // Documents beyond the number sent were kept in case the number went up again: their files go now.
    this.uploads.discardFrom(count);
    this.receipt = result.value;
    this.data = initialData();
    this.uploads.reset();
    this.go('done');
    emit<DocumentsSubmittedDetail>(this, 'mc-documents-submitted', { receipt: result.value, objectId });
  }

  /** The session ended: the calls in flight dropped, nothing chosen, uploaded, shown or kept for a reload. */
  private forget(): void {
    this.runner.abort();
    this.options.reset();
    this.reauth.forget();
    this.uploads.forget();
    this.storage.clear();
    this.data = initialData();
    this.step = 'sending';
    this.receipt = this.seenLoadError = undefined;
    this.announcement = this.resumedOn = '';
    this.submitted = this.restored = this.expired = this.placed = this.focusPending = this.editing = false;
  }

  /** Resumes after a new log-in, when the page handled `mc-reauth-required` itself. */
  resume(): void {
    this.reauth.resume();
  }

  private sessionExpired(expired: boolean): void {
    if (expired && !this.expired) this.reauth.request();
    this.expired = expired;
    this.requestUpdate();
  }

  /** Logged in again: the same step, the options loaded and the files refused meanwhile sent again. */
  private resumed(): void {
    this.expired = false;
    this.resumedOn = this.step;
    if (this.options.error?.kind === 'unauthorized') this.options.retry();
    if (this.runner.failure?.kind === 'unauthorized') this.runner.dismiss();
    this.uploads.retryExpired();
    this.focusPending = true;
    this.requestUpdate();
  }

  // ── rendering ───────────────────────────────────────────────────────────
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.signedOut.ended) return; // nothing is loaded until the next session
    this.options.ensure();
    const options = this.options.value;
    if (options && !this.placed) this.place(options);
    const loadError = this.options.error;
    if (loadError !== this.seenLoadError) {
      this.seenLoadError = loadError;
      if (loadError?.kind === 'unauthorized') this.sessionExpired(true);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    syncRequiredValidity(this);
    if (this.focusPending) {
      this.focusPending = false;
      this.querySelector<HTMLElement>('[data-flow-heading]')?.focus();
    }
  }

  protected override render() {
    const title = html`<h2 class="mc-docs__title">${this.heading || this.t('documents.title')}</h2>`;
    if (this.signedOut.ended) return html`${title}
      <p>${this.t('logout.signedOut')}</p>`;
    if (this.reauth.active) return html`${title}${this.reauth.render(this.t, this.agency, this.loginConfig, this.runner.adapter)}`;
    return html`${title}
      <p class="mc-vh" role="status">${this.announcement}</p>
      ${this.options.value ? keyed(this.step, renderBody(this, this.options.value)) : renderBody(this, undefined)}`;
  }
}
