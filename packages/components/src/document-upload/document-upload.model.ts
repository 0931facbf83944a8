/**
 * What `mc-document-upload` holds: the sending being prepared (object, number of documents, each document's
 * nature, person and motive), the steps, the file entries of the upload queue, and what a reload keeps
 * (metadata and the uploaded files' references — upload id, name, size, kind —, never the bytes).
 */
import type { DocumentOptions, FileKind, SubmitDocumentsInput } from '@moncompte/core';

export type DocumentUploadStep = 'sending' | `document-${number}` | 'confirm' | 'done';

/** One document of the sending ("Saisie des informations"). */
export interface DocumentDraft {
  natureId: string;
  personId: string;
  motiveId: string;
}

export interface DocumentUploadData {
  objectId: string;
  /** "Nombre de documents". Documents beyond it are kept (going back up brings them back), never sent. */
  count: number;
  documents: DocumentDraft[];
  attested: boolean;
  /** The idempotency key of this sending: the same for a retry, a new one only when the content changed. */
  submission: { key: string; fingerprint: string } | null;
}

export type FileState = 'queued' | 'uploading' | 'uploaded' | 'failed' | 'cancelled' | 'interrupted' | 'removing';

/** Why the last upload or removal of a file failed: a message key (with its parameters) and whether to retry. */
export interface EntryError {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly retryable: boolean;
  /** The failure was removing an uploaded file (the file is still uploaded). */
  readonly removal: boolean;
}

/** A file of a document, as the list shows it. */
export interface FileEntry {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly state: FileState;
  /** Bytes sent so far (progress). */
  readonly loaded: number;
  readonly uploadId?: string;
  readonly kind?: FileKind;
  readonly error?: EntryError;
}

/** A file as a reload keeps it: the uploaded file's reference, or (upload unfinished) its name and size. */
export interface StoredFile {
  readonly uploadId?: string;
  readonly name: string;
  readonly size: number;
  readonly kind?: FileKind;
}

/** What is written to `sessionStorage`. */
export interface StoredData extends DocumentUploadData {
  files: StoredFile[][];
}

export const emptyDraft = (): DocumentDraft => ({ natureId: '', personId: '', motiveId: '' });

export const initialData = (): DocumentUploadData => ({
  objectId: '',
  count: 1,
  documents: [emptyDraft()],
  attested: false,
  submission: null,
});

/** `document-2` → 1 (0-based index), anything else → undefined. */
export function documentIndex(step: string): number | undefined {
  const match = /^document-(\d+)$/.exec(step);
  return match ? Number(match[1]) - 1 : undefined;
}

export const documentStep = (index: number): DocumentUploadStep => `document-${index + 1}`;

/** The steps of a sending of `count` documents, in order (the acknowledgement is not one of them). */
export function stepSequence(count: number): DocumentUploadStep[] {
  return ['sending', ...Array.from({ length: count }, (_, i) => documentStep(i)), 'confirm'];
}

/** The parts of a sending that "Étape n sur 3" counts: the sending, the documents, the confirmation. */
export const PARTS = 3;

/**
 * The part of the sending a step belongs to (1-based), for "Étape n sur 3". The documents are ONE part however many
 * there are ("Étape 2 sur 3 – Document 1 sur 2"): the total is known from the first step and stays the same when
 * the number of documents is chosen or changed. The acknowledgement is not a step (undefined).
 */
export function stepPart(step: DocumentUploadStep): number | undefined {
  if (step === 'sending') return 1;
  if (documentIndex(step) !== undefined) return 2;
  return step === 'confirm' ? 3 : undefined;
}

export function isStep(value: unknown): value is DocumentUploadStep {
  return typeof value === 'string' && (value === 'sending' || value === 'confirm' || value === 'done' || documentIndex(value) !== undefined);
}

/** The data a reload kept, checked field by field (anything of the wrong shape is left out). */
export function restoredData(d: Partial<StoredData>): DocumentUploadData {
  const submission = d.submission;
  return {
    ...initialData(),
    objectId: typeof d.objectId === 'string' ? d.objectId : '',
    count: typeof d.count === 'number' ? d.count : 1,
    documents: Array.isArray(d.documents) ? d.documents.map((x) => ({ ...emptyDraft(), ...x })) : [emptyDraft()],
    attested: d.attested === true,
    submission:
      submission && typeof submission.key === 'string' && typeof submission.fingerprint === 'string'
        ? { key: submission.key, fingerprint: submission.fingerprint }
        : null,
  };
}

/** The draft of document `index`, an empty one when there is none yet. */
export function draftOf(data: DocumentUploadData, index: number): DocumentDraft {
  return data.documents[index] ?? emptyDraft();
}

/** Whether a step has everything it needs: the object; a document's three choices and its files, all uploaded. */
export function stepComplete(data: DocumentUploadData, step: DocumentUploadStep, files: (index: number) => readonly FileEntry[]): boolean {
  if (step === 'sending') return data.objectId !== '';
  const index = documentIndex(step);
  if (index === undefined) return true;
  const d = draftOf(data, index);
  const list = files(index);
  return (
    d.natureId !== '' && d.personId !== '' && d.motiveId !== '' &&
    list.length > 0 && list.every((f) => f.state === 'uploaded' || f.state === 'removing')
  );
}

/**
 * Keeps restored choices the options still offer (an id no longer offered is cleared, so the person chooses
 * again), and the number of documents within `maxDocuments`.
 */
export function sanitise(data: DocumentUploadData, options: DocumentOptions): DocumentUploadData {
  const object = options.objects.find((o) => o.id === data.objectId);
  const has = (list: readonly { id: string }[], id: string) => (list.some((x) => x.id === id) ? id : '');
  const count = Math.min(Math.max(1, Math.trunc(Number(data.count)) || 1), options.maxDocuments);
  const documents = (Array.isArray(data.documents) ? data.documents : []).map((d) => ({
    natureId: object ? has(object.natures, String(d?.natureId ?? '')) : '',
    personId: has(options.persons, String(d?.personId ?? '')),
    motiveId: has(options.motives, String(d?.motiveId ?? '')),
  }));
  while (documents.length < count) documents.push(emptyDraft());
  return { ...data, objectId: object ? data.objectId : '', count, documents, attested: data.attested === true };
}

/** The content of the submission (everything but the idempotency key). */
export function submissionContent(data: DocumentUploadData, uploadIds: (index: number) => string[]): Omit<SubmitDocumentsInput, 'idempotencyKey'> {
  return {
    objectId: data.objectId,
    documents: Array.from({ length: data.count }, (_, i) => ({ ...draftOf(data, i), uploadIds: uploadIds(i) })),
    attested: true,
  };
}

/** A random idempotency key (works without a secure context, where `crypto.randomUUID` is missing). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `docs-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
