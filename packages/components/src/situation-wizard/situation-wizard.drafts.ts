/**
 * What keeps a declaration from being lost:
 * - `DraftSync`: the draft on the back end (`saveSituationDraft` at each change of step, `deleteSituationDraft`
 *   when the path ends on an information step), one call at a time and always the latest state (a save asked
 *   while another is in flight waits for it, and only the last one waiting is sent); its failure is kept for
 *   the wizard to show, with the answers untouched.
 * - `LocalCopy`: a copy in this tab's `sessionStorage` of what was typed since the last saved draft (a reload in
 *   the middle of a step keeps it). It only ever completes the back end's draft it was based on (same
 *   `savedAt`), so it never shows a declaration to another account using the same tab.
 * - `SubmissionKeys`: the idempotency key of the declaration being sent, with a hash of what it sends, kept until
 *   a receipt comes back: a retry, a reload after a failure or the same answers sent again reuse it, and the back
 *   end declares once.
 *
 * Storage may be missing or throw (private browsing, quota): the wizard then works without it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  AnswersSchema,
  isAbortError,
  toAdapterError,
  type AdapterError,
  type Answers,
  type MonCompteAdapter,
  type SaveDraftInput,
  type SituationDraft,
} from '@moncompte/core';
import { declarationHash, newIdempotencyKey } from './situation-wizard.model.js';

export type DraftOperation = { readonly kind: 'save'; readonly input: SaveDraftInput } | { readonly kind: 'delete'; readonly flowId: string };

export class DraftSync implements ReactiveController {
  /** The failure of the last operation (cleared by the next one that succeeds). */
  failure: AdapterError | undefined;
  private queued: DraftOperation | undefined;
  private running: Promise<void> | undefined;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly adapter: () => MonCompteAdapter,
    /** Called with the draft saved (or `null` once deleted) of a flow. */
    private readonly done: (flowId: string, draft: SituationDraft | null) => void,
  ) {
    host.addController(this);
  }

  /** Brings the back end's draft to `operation` (after the one in flight, if any). */
  sync(operation: DraftOperation): void {
    this.queued = operation;
    this.running ??= this.flush();
  }

  /** Resolves once nothing is in flight or waiting (a submission waits for it, so no draft outlives it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Forgets the failure (a new declaration starts). */
  reset(): void {
    this.queued = undefined;
    this.failure = undefined;
  }

  private async flush(): Promise<void> {
    await Promise.resolve(); // `running` is set before the loop can end
    try {
      for (let operation = this.queued; operation; operation = this.queued) {
        this.queued = undefined;
        const controller = new AbortController();
        this.controller = controller;
        try {
          const adapter = this.adapter();
          if (operation.kind === 'save') {
            this.done(operation.input.flowId, await adapter.saveSituationDraft(operation.input, { signal: controller.signal }));
          } else {
            await adapter.deleteSituationDraft({ flowId: operation.flowId }, { signal: controller.signal });
            this.done(operation.flowId, null);
          }
          this.failure = undefined;
        } catch (e) {
          if (controller.signal.aborted || isAbortError(e)) return;
          this.failure = toAdapterError(e);
        }
        this.host.requestUpdate();
      }
    } finally {
      this.running = undefined;
      this.controller = undefined;
    }
  }

  hostDisconnected(): void {
    this.queued = undefined;
    this.controller?.abort();
  }
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function read(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // No storage: a reload starts from the back end's draft.
  }
}

/** What the tab keeps of a declaration in progress. */
export interface LocalDeclaration {
  readonly flowVersion: string;
  /** The `savedAt` of the back end's draft this copy continues. */
  readonly basedOn: string;
  readonly stepId: string;
  readonly answers: Answers;
}

export class LocalCopy {
  /** @param prefix the wizard's `storage-key`; empty: nothing is kept. */
  constructor(private readonly prefix: () => string) {}

  private key(flowId: string, kind: string): string {
    return `${this.prefix()}:${kind}:${flowId}`;
  }

  /** The copy that continues `draft`, if there is one (any other copy is dropped). */
  continuing(flowId: string, draft: SituationDraft): LocalDeclaration | undefined {
    if (!this.prefix()) return undefined;
    const value = read(this.key(flowId, 'answers')) as Partial<LocalDeclaration> | undefined;
    const answers = AnswersSchema.safeParse(value?.answers);
    if (value?.basedOn === draft.savedAt && value.flowVersion === draft.flowVersion && typeof value.stepId === 'string' && answers.success) {
      return { flowVersion: value.flowVersion, basedOn: value.basedOn, stepId: value.stepId, answers: answers.data };
    }
    this.clear(flowId);
    return undefined;
  }

  save(flowId: string, copy: LocalDeclaration | undefined): void {
    if (this.prefix()) write(this.key(flowId, 'answers'), copy);
  }

  clear(flowId: string): void {
    this.save(flowId, undefined);
  }

  // ── the idempotency key of the declaration being sent ──
  /** The key for these answers: the kept one when it was made for the same declaration, else a new one (kept). */
  submissionKey(flowId: string, flowVersion: string, answers: Answers, current: { key: string; hash: string } | undefined): { key: string; hash: string } {
    const hash = declarationHash(flowId, flowVersion, answers);
    if (current?.hash === hash) return current;
    const stored = this.prefix() ? (read(this.key(flowId, 'submission')) as { key?: unknown; hash?: unknown } | undefined) : undefined;
    const kept = stored?.hash === hash && typeof stored.key === 'string' ? { key: stored.key, hash } : { key: newIdempotencyKey(), hash };
    if (this.prefix()) write(this.key(flowId, 'submission'), kept);
    return kept;
  }

  /** A receipt came back: the key is used up. */
  submitted(flowId: string): void {
    if (!this.prefix()) return;
    write(this.key(flowId, 'submission'), undefined);
    this.clear(flowId);
  }
}
