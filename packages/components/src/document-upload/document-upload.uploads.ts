/**
 * The files of each document and their uploads, as a reactive controller of `mc-document-upload`.
 *
 * Files chosen for a document are checked with the core validator (`validateFiles`: type by content, size
 * strictly under the limit, empty, duplicate, too many); the accepted ones are queued and uploaded ONE AT A TIME
 * (across documents) with their progress. An upload can be cancelled (its signal is aborted) and retried; an
 * uploaded file can be removed (`discardDocumentUpload`). A failure keeps the file in the list, with a retry when
 * it may help. The bytes stay in memory only; a reload keeps the references of uploaded files (see `stored`).
 * When the session ends, `forget()` cancels the upload in flight and lets go of every file and its bytes; what
 * was under way then (a choice being checked, a removal) changes nothing once it answers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isAbortError,
  toAdapterError,
  validateFiles,
  type AdapterError,
  type FileProblem,
  type FileRules,
  type MonCompteAdapter,
} from '@moncompte/core';
import type { EntryError, FileEntry, StoredFile } from './document-upload.model.js';

export interface UploadQueueOptions {
  readonly adapter: () => MonCompteAdapter | undefined;
  readonly rules: () => FileRules | undefined;
  /** The list changed; `persist`: something a reload keeps changed too (not a mere progress step). */
  readonly changed: (persist: boolean) => void;
  /** Says something politely (start and end of an upload, a removal), never every percent. */
  readonly announce: (key: string, name: string) => void;
  /** A call answered: `unauthorized` (the session expired) or anything else (it is back). */
  readonly session: (expired: boolean) => void;
}

const sameFile = (entry: FileEntry, file: File) => entry.name === file.name && entry.size === file.size;

/** The error to show for a failed upload: the server's problem with the file when it gave one. */
function uploadError(error: AdapterError): EntryError {
  const problem = error.kind === 'validation' ? Object.values(error.fieldErrors ?? {})[0]?.[0] : undefined;
  if (problem) return { key: problem.key, ...(problem.params ? { params: problem.params } : {}), retryable: false, removal: false };
  return { key: error.messageKey, retryable: error.retryable, removal: false };
}

export class UploadQueue implements ReactiveController {
  private lists: FileEntry[][] = [];
  private problemLists: FileProblem[][] = [];
  /** The bytes of the files chosen in this page (none for files restored after a reload). */
  private readonly files = new Map<string, File>();
  private active: { readonly id: string; readonly controller: AbortController } | undefined;
  private sequence = 0;
  /** Uploads run only while the element is in the page; one stopped by its removal waits to start again. */
  private connected = false;
  private detached: AbortController | undefined;
  /** Counts the ends of session: work started before the last one is dropped when it answers. */
  private generation = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UploadQueueOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.pump();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detached = this.active?.controller;
    this.detached?.abort();
  }

  /** The files of document `index`. */
  entries(index: number): readonly FileEntry[] {
    return this.lists[index] ?? [];
  }

  /** The files refused at the last choice for document `index`. */
  problems(index: number): readonly FileProblem[] {
    return this.problemLists[index] ?? [];
  }

  /** Whether the bytes of an entry are here (so its upload can be started again). */
  hasBytes(id: string): boolean {
    return this.files.has(id);
  }

  /** Upload ids of the uploaded files of document `index`. */
  uploadIds(index: number): string[] {
    return this.entries(index).flatMap((e) => (e.uploadId && (e.state === 'uploaded' || e.state === 'removing') ? [e.uploadId] : []));
  }

  /** Whether any upload runs or waits. */
  get busy(): boolean {
    return this.lists.some((list) => list.some((e) => e.state === 'queued' || e.state === 'uploading'));
  }

  /** What a reload keeps: uploaded files by reference; unfinished ones by name and size (to be chosen again). */
  stored(): StoredFile[][] {
    return this.lists.map((list) =>
      list.map((e) =>
        e.uploadId && (e.state === 'uploaded' || e.state === 'removing')
          ? { uploadId: e.uploadId, name: e.name, size: e.size, ...(e.kind ? { kind: e.kind } : {}) }
          : { name: e.name, size: e.size },
      ),
    );
  }

  /** Puts back what a reload kept: uploaded files as uploaded, the others as interrupted. */
  restore(stored: unknown): void {
    if (!Array.isArray(stored)) return;
    this.lists = stored.map((list) =>
      (Array.isArray(list) ? (list as Partial<StoredFile>[]) : [])
        .filter((f) => typeof f?.name === 'string' && typeof f.size === 'number')
        .map((f) => ({
          id: this.nextId(),
          name: String(f.name),
          size: Number(f.size),
          loaded: typeof f.uploadId === 'string' ? Number(f.size) : 0,
          ...(typeof f.uploadId === 'string' ? { uploadId: f.uploadId, state: 'uploaded' as const } : { state: 'interrupted' as const }),
          ...(f.kind === 'pdf' || f.kind === 'jpeg' || f.kind === 'png' ? { kind: f.kind } : {}),
        })),
    );
  }

  /** Forgets everything (after the sending was received). Uploads in flight are aborted. */
  reset(): void {
    this.active?.controller.abort();
    this.lists = [];
    this.problemLists = [];
    this.files.clear();
    this.options.changed(true);
  }

  /**
   * The session ended (`mc-logout`): the upload in flight is cancelled (its answer, should it come, is dropped and
   * the file discarded), every file goes with its bytes and problems; a choice still being checked or a removal still
   * answering changes nothing.
   */
  forget(): void {
    this.generation += 1;
    this.detached = undefined;
    this.reset();
  }

  clearProblems(index?: number): void {
    if (index === undefined) this.problemLists = [];
    else this.problemLists[index] = [];
    this.options.changed(false);
  }

  /**
   * Checks the files chosen for document `index`: the accepted ones join the list and the queue, the others are
   * returned as problems (each naming its file) and kept to be shown next to the field.
   */
  /**
   * Checks and queues the files chosen for document `index`. Choices made in quick succession (a drop, then the
   * file picker) are checked one after the other, each against the list the previous one left.
   */
  add(index: number, chosen: readonly File[]): Promise<readonly FileProblem[]> {
    const added = this.adding.then(() => this.addNow(index, chosen));
    this.adding = added.catch(() => undefined);
    return added;
  }

  private adding: Promise<unknown> = Promise.resolve();

  private async addNow(index: number, chosen: readonly File[]): Promise<readonly FileProblem[]> {
    const rules = this.options.rules();
    if (!rules || chosen.length === 0) return [];
    const generation = this.generation;
    const list = this.entries(index);
    // Files uploaded before a reload have no bytes here: the same name and size is the same file.
    const remembered = list.filter((e) => !this.files.has(e.id) && e.state !== 'interrupted');
    const problems: FileProblem[] = [];
    const fresh: File[] = [];
    for (const file of chosen) {
      if (remembered.some((e) => sameFile(e, file))) problems.push({ key: 'file.duplicate', params: { name: file.name }, fileName: file.name });
      else fresh.push(file);
    }
    // Files already in the list count towards the limit; those without bytes are stood for by empty placeholders.
    const already = list
      .filter((e) => e.state !== 'interrupted')
      .map((e) => this.files.get(e.id) ?? new File([], `\u0000${e.id}`));
    const result = await validateFiles(fresh, rules, already);
    if (generation !== this.generation) return []; // the session ended meanwhile: nothing is added
    problems.push(...result.problems);
    let next = [...this.entries(index)];
    for (const file of result.accepted) {
      // A file chosen again after an interrupted upload takes its place.
      next = next.filter((e) => !(e.state === 'interrupted' && sameFile(e, file)));
      const id = this.nextId();
      this.files.set(id, file);
      next.push({ id, name: file.name, size: file.size, state: 'queued', loaded: 0 });
    }
    this.lists[index] = next;
    this.problemLists[index] = problems;
    this.options.changed(result.accepted.length > 0);
    this.pump();
    return problems;
  }

  /** Stops an upload in flight (its signal is aborted) or waiting; the file stays, to be sent again or removed. */
  cancel(id: string): void {
    if (this.active?.id === id) {
      this.active.controller.abort();
      return;
    }
    const entry = this.find(id);
    if (entry?.state === 'queued') {
      this.patch(id, { state: 'cancelled', loaded: 0 });
      this.options.announce('documents.announce.cancelled', entry.name);
      this.options.changed(true);
    }
  }

  /** Sends a failed or cancelled file again (that file alone), or retries its removal. */
  retry(id: string): void {
    const entry = this.find(id);
    if (!entry) return;
    if (entry.error?.removal) {
      void this.remove(id);
      return;
    }
    if ((entry.state !== 'failed' && entry.state !== 'cancelled') || !this.files.has(id)) return;
    this.patch(id, { state: 'queued', loaded: 0, error: undefined });
    this.options.changed(false);
    this.pump();
  }

  /** After a new log-in: every file refused because the session had expired is sent (or removed) again. */
  retryExpired(): void {
    for (const entry of this.lists.flat()) if (entry.error?.key === 'error.unauthorized') this.retry(entry.id);
  }

  /** Removes a file: an uploaded one is discarded through the adapter first (it stays if that fails). */
  async remove(id: string): Promise<void> {
    const entry = this.find(id);
    if (!entry || entry.state === 'removing') return;
    if (this.active?.id === id) this.active.controller.abort();
    if (entry.uploadId && entry.state === 'uploaded') {
      const adapter = this.options.adapter();
      if (!adapter) return;
      const generation = this.generation;
      this.patch(id, { state: 'removing', error: undefined });
      this.options.changed(false);
      try {
        await adapter.discardDocumentUpload({ uploadId: entry.uploadId });
        if (generation !== this.generation) return; // the session ended meanwhile
        this.options.session(false);
      } catch (e) {
        if (generation !== this.generation) return;
        const error = toAdapterError(e);
        // Gone already (expired upload): nothing left to remove.
        if (error.kind !== 'not-found') {
          this.patch(id, { state: 'uploaded', error: { key: error.messageKey, retryable: true, removal: true } });
          if (error.kind === 'unauthorized') this.options.session(true);
          this.options.changed(true);
          return;
        }
      }
    }
    this.drop(id);
    this.options.announce('documents.announce.removed', entry.name);
    this.options.changed(true);
  }

  /** Discards, without showing anything, the uploaded files of documents from `index` on (not part of the sending). */
  discardFrom(index: number): void {
    const adapter = this.options.adapter();
    if (!adapter) return;
    for (const list of this.lists.slice(index)) {
      for (const entry of list) if (entry.uploadId) adapter.discardDocumentUpload({ uploadId: entry.uploadId }).catch(() => undefined);
    }
  }

  private nextId(): string {
    this.sequence += 1;
    return `file-${this.sequence}`;
  }

  private find(id: string): FileEntry | undefined {
    for (const list of this.lists) for (const entry of list) if (entry.id === id) return entry;
    return undefined;
  }

  private patch(id: string, patch: Partial<FileEntry>): void {
    this.lists = this.lists.map((list) =>
      list.some((e) => e.id === id)
        ? list.map((e) => {
            if (e.id !== id) return e;
            const next: FileEntry = { ...e, ...patch };
            if (patch.error === undefined && 'error' in patch) delete (next as { error?: EntryError }).error;
            return next;
          })
        : list,
    );
  }

  private drop(id: string): void {
    this.files.delete(id);
    this.lists = this.lists.map((list) => list.filter((e) => e.id !== id));
  }

  /** Starts the next waiting upload when none runs. */
  private pump(): void {
    if (this.active || !this.connected) return;
    const next = this.lists.flat().find((e) => e.state === 'queued');
    const file = next && this.files.get(next.id);
    const adapter = this.options.adapter();
    if (!next || !file || !adapter) return;
    void this.upload(adapter, next, file);
  }

  private async upload(adapter: MonCompteAdapter, entry: FileEntry, file: File): Promise<void> {
    const controller = new AbortController();
    this.active = { id: entry.id, controller };
    this.patch(entry.id, { state: 'uploading', loaded: 0 });
    this.options.announce('documents.announce.start', entry.name);
    this.options.changed(false);
    try {
      const uploaded = await adapter.uploadDocumentFile(file, {
        signal: controller.signal,
        onProgress: ({ loaded }) => {
          if (controller.signal.aborted || !this.find(entry.id)) return;
          this.patch(entry.id, { loaded: Math.min(loaded, entry.size) });
          this.options.changed(false);
        },
      });
      this.options.session(false);
      if ((controller.signal.aborted && this.detached !== controller) || !this.find(entry.id)) {
        // Cancelled or removed as it ended: the server has it, but the person does not want it.
        adapter.discardDocumentUpload({ uploadId: uploaded.uploadId }).catch(() => undefined);
        this.cancelled(entry);
      } else {
        this.patch(entry.id, { state: 'uploaded', loaded: entry.size, uploadId: uploaded.uploadId, kind: uploaded.kind });
        this.options.announce('documents.announce.done', entry.name);
      }
    } catch (e) {
      if (this.detached === controller) {
        // Stopped because the element left the page, not by the person: it starts again if the element comes back.
        this.patch(entry.id, { state: 'queued', loaded: 0 });
      } else if (controller.signal.aborted || isAbortError(e)) {
        this.cancelled(entry);
      } else {
        const error = toAdapterError(e);
        if (error.kind === 'unauthorized') this.options.session(true);
        this.patch(entry.id, { state: 'failed', loaded: 0, error: uploadError(error) });
        this.options.announce('documents.announce.failed', entry.name);
      }
    } finally {
      this.active = undefined;
      if (this.detached === controller) this.detached = undefined;
      this.options.changed(true);
      this.pump();
    }
  }

  private cancelled(entry: FileEntry): void {
    if (!this.find(entry.id)) return; // removed
    this.patch(entry.id, { state: 'cancelled', loaded: 0 });
    this.options.announce('documents.announce.cancelled', entry.name);
  }
}
