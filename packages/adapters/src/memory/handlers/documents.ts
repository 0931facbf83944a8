/** Sending documents: options, one-file uploads (type by content, size, progress, abort), idempotent submission. */
import {
  AdapterError,
  detectFileKind,
  validateFiles,
  type DocumentOptions,
  type DocumentReceipt,
  type SubmitDocumentsInput,
  type UploadOptions,
  type UploadRefInput,
  type UploadedFile,
  type Problem,
} from '@moncompte/core';
import { throwIfAborted } from '../../shared/abort.js';
import { validationError, type Store } from '../store.js';
import { acknowledgement, once, reference } from './submissions.js';

export function getDocumentOptions(store: Store): DocumentOptions {
  const { account, session } = store.requireSession();
  const file = session.currentFileId ? store.fileById(session.currentFileId) : undefined;
  const persons = file ? file.members.map((m) => store.personRef(m.personId)) : [store.personRef(account.personId)];
  return { ...store.world.agencies[account.agency].documents, persons };
}

export async function uploadDocumentFile(store: Store, file: File, options: UploadOptions = {}): Promise<UploadedFile> {
  const { account } = store.requireSession();
  if (!(file instanceof Blob) || typeof file.name !== 'string') throw validationError({ file: [{ key: 'error.validation' }] });
  const { rules } = store.world.agencies[account.agency].documents;
  const { problems } = await validateFiles([file], { ...rules, maxFiles: 1 });
  if (problems.length > 0) throw validationError({ file: problems.map(({ key, params }) => ({ key, ...(params ? { params } : {}) })) });
  const kind = await detectFileKind(file);
  if (!kind) throw validationError({ file: [{ key: 'file.typeNotAccepted' }] });
  // Progress in four steps, each a chance to be aborted.
  for (let step = 1; step <= 4; step += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    throwIfAborted(options.signal);
    options.onProgress?.({ loaded: Math.round((file.size * step) / 4), total: file.size });
  }
  const uploadId = store.id('up');
  store.uploads.set(uploadId, { ownerId: account.id, name: file.name, size: file.size, kind });
  return { uploadId, name: file.name, size: file.size, kind };
}

export function discardDocumentUpload(store: Store, input: UploadRefInput): void {
  const { account } = store.requireSession();
  const upload = store.uploads.get(input.uploadId);
  if (!upload || upload.ownerId !== account.id) throw new AdapterError('not-found', `No upload ${input.uploadId}`);
  store.uploads.delete(input.uploadId);
}

export function submitDocuments(store: Store, input: SubmitDocumentsInput): DocumentReceipt {
  const { account } = store.requireSession();
  const { idempotencyKey, ...content } = input;
  return once(store, account, idempotencyKey, content, () => {
    const options = getDocumentOptions(store);
    const problems: Record<string, Problem[]> = {};
    const invalid = (field: string, key = 'error.validation', params?: Problem['params']) => {
      problems[field] = [{ key, ...(params ? { params } : {}) }];
    };
    const object = options.objects.find((o) => o.id === input.objectId);
    if (!object) invalid('objectId');
    if (input.documents.length > options.maxDocuments) invalid('documents', 'file.tooMany', { max: options.maxDocuments });
    input.documents.forEach((doc, i) => {
      if (object && !object.natures.some((n) => n.id === doc.natureId)) invalid(`documents.${i}.natureId`);
      if (!options.persons.some((p) => p.id === doc.personId)) invalid(`documents.${i}.personId`);
      if (!options.motives.some((m) => m.id === doc.motiveId)) invalid(`documents.${i}.motiveId`);
      const owned = doc.uploadIds.every((id) => store.uploads.get(id)?.ownerId === account.id);
      if (!owned) invalid(`documents.${i}.uploadIds`);
      else if (doc.uploadIds.length > options.rules.maxFiles) invalid(`documents.${i}.uploadIds`, 'file.tooMany', { max: options.rules.maxFiles });
    });
    if (Object.keys(problems).length > 0) throw validationError(problems);
    for (const doc of input.documents) for (const id of doc.uploadIds) store.uploads.delete(id);
    const receipt: DocumentReceipt = {
      reference: reference(store, account),
      receivedAt: store.nowIso(),
      documentCount: input.documents.length,
      acknowledgement: acknowledgement(account),
    };
    account.history.unshift({ id: store.id('h'), at: receipt.receivedAt, kind: 'documents-sent' });
    const messages = (store.world.messages[account.personId] ??= []);
    messages.unshift({
      id: store.id('msg'), subject: `Accusé de réception de votre envoi ${receipt.reference}`, sender: options.medicalNotice.address[0] ?? '',
      receivedAt: receipt.receivedAt, unread: true,
    });
    return receipt;
  });
}
