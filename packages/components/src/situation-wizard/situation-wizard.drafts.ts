/**
 * What keeps a declaration from being lost:
 * - `DraftSync`: the draft on the back end (`saveSituationDraft` at each change of step, `deleteSituationDraft`
 *   when the path ends on an information step), one call at a time and always the latest state (a save asked
 *   while another is in flight waits for it, and only the last one waiting is sent); its failure is kept for
 *   the wizard to show, with the answers untouched. Its steps are places of the path (`contract@p-lea`: a step
 *   repeated for a person).
 * - `LocalCopy`: a copy in this tab's `sessionStorage` of what was typed since the last saved draft (a reload in
 *   the middle of a step keeps it). It only ever completes the back end's draft it was based on (same
 *   `savedAt`), so it never shows a declaration to another account using the same tab.
 * - `SubmissionKeys`: the idempotency key of the declaration being sent, with a hash of what it sends, kept until
 *   a receipt comes back: a retry, a reload after a failure or the same answers sent again reuse it, and the back
 *   end declares once.
 *
 * - `Drafts`: the three together, as the wizard uses them.
 *
 * Storage may be missing or throw (private browsing, quota): the wizard then works without it. When the session
 * ends (`mc-logout`), `Drafts.forget()` drops the draft call in flight and everything kept in the tab.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isAbortError,
  toAdapterError,
  type AdapterError,
  type Answers,
  type MonCompteAdapter,
  type SaveDraftInput,
  type SituationDraft,
  type SituationFlow,
} from '@moncompte/core';
import { declarationHash, endsDeclaration, newIdempotencyKey, pathBefore } from './situation-wizard.model.js';

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

  /** The session ended: nothing waits, the call in flight is aborted (its answer, should it come, is dropped). */
  forget(): void {
    this.reset();
    this.controller?.abort();
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
          // Aborted (the wizard left the page, the session ended): what was asked since still goes.
          if (controller.signal.aborted || isAbortError(e)) continue;
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

/** Whether a stored value has the shape of answers (texts, or lists of ids), without loading a schema library. */
function isAnswers(value: unknown): value is Answers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((a) => typeof a === 'string' || (Array.isArray(a) && a.every((id) => typeof id === 'string')));
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
    if (value?.basedOn === draft.savedAt && value.flowVersion === draft.flowVersion && typeof value.stepId === 'string' && isAnswers(value.answers)) {
      return { flowVersion: value.flowVersion, basedOn: value.basedOn, stepId: value.stepId, answers: value.answers };
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

  /** The flow chosen in the list of flows, so that a reload goes back to it ('' when none). */
  chosenFlow(): string {
    const value = this.prefix() ? read(`${this.prefix()}:flow`) : undefined;
    return typeof value === 'string' ? value : '';
  }

  choose(flowId: string): void {
    if (this.prefix()) write(`${this.prefix()}:flow`, flowId || undefined);
  }

  /** The session ended: everything this wizard keeps in the tab goes (every flow's copy and key, the flow chosen). */
  forget(): void {
    const prefix = `${this.prefix()}:`;
    try {
      const store = storage();
      if (!store || prefix === ':') return;
      const keys = Array.from({ length: store.length }, (_, i) => store.key(i) ?? '');
      for (const key of keys) if (key.startsWith(prefix)) store.removeItem(key);
    } catch {
      // No storage: nothing was kept.
    }
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

/** Where the declaration is, as the drafts need it. */
export interface DeclarationState {
  readonly flow: SituationFlow | undefined;
  readonly stepId: string;
  readonly answers: Answers;
  /** On a step or the summary, not declared yet. */
  readonly inProgress: boolean;
}

/** The longest answer a draft accepts (longer text stays in the page and the tab's copy until it is fixed). */
const DRAFT_ANSWER_MAX = 2000;

/** The drafts of the declaration in progress: the back end's, this tab's copy, and the idempotency key. */
export class Drafts {
  private readonly sync: DraftSync;
  readonly local: LocalCopy;
  /** `savedAt` of the back end's draft this declaration continues ('' when none). */
  private savedAt = '';
  private submission: { key: string; hash: string } | undefined;

  constructor(
    host: ReactiveControllerHost,
    adapter: () => MonCompteAdapter,
    private readonly prefix: () => string,
    private readonly state: () => DeclarationState,
  ) {
    this.sync = new DraftSync(host, adapter, (flowId, draft) => this.synced(flowId, draft));
    this.local = new LocalCopy(prefix);
  }

  /** Why the back end's draft could not be brought up to date. */
  get failure(): AdapterError | undefined {
    return this.sync.failure;
  }

  /** Whether a reload would find the answers again (a saved draft, and this tab's copy of what was typed since). */
  get keptOnDevice(): boolean {
    return !!this.savedAt && !!this.prefix();
  }

  /** A new declaration (nothing saved yet), or one that continues the draft saved at `savedAt`. */
  reset(savedAt = ''): void {
    this.savedAt = savedAt;
    this.submission = undefined;
    this.sync.reset();
  }

  /**
   * Brings the back end's draft to where the declaration is: deleted on an information END (an information step
   * that ends only one person's part, the next person's still to come, is saved like any step).
   */
  save(): void {
    const { flow, stepId, answers, inProgress } = this.state();
    if (!flow || !inProgress) return;
    if (endsDeclaration(flow, answers, stepId)) {
      this.sync.sync({ kind: 'delete', flowId: flow.id });
      return;
    }
    const kept = Object.fromEntries(Object.entries(answers).filter(([, a]) => typeof a !== 'string' || a.length <= DRAFT_ANSWER_MAX));
    this.sync.sync({
      kind: 'save',
      input: { flowId: flow.id, flowVersion: flow.version, currentStepId: stepId, path: pathBefore(flow, answers, stepId), answers: kept },
    });
  }

  /** Updates this tab's copy of what was typed since the last saved draft. */
  keep(): void {
    const { flow, stepId, answers, inProgress } = this.state();
    if (!flow || !inProgress) return;
    if (!this.savedAt) this.local.clear(flow.id);
    else this.local.save(flow.id, { flowVersion: flow.version, basedOn: this.savedAt, stepId, answers });
  }

  private synced(flowId: string, draft: SituationDraft | null): void {
    const { flow, inProgress } = this.state();
    if (flowId !== flow?.id || !inProgress) return;
    this.savedAt = draft?.savedAt ?? '';
    this.keep();
  }

  /**
   * The session ended (`mc-logout`): the draft call in flight is dropped, nothing waits, and nothing of the
   * declaration stays in this tab (the back end's draft is the person's, offered again after their next log-in).
   */
  forget(): void {
    this.sync.forget();
    this.local.forget();
    this.savedAt = '';
    this.submission = undefined;
  }

  /** Resolves once no draft call is in flight or waiting. */
  idle(): Promise<void> {
    return this.sync.idle();
  }

  /** The idempotency key of these answers (the same for the same declaration, across retries and reloads). */
  key(flow: SituationFlow, answers: Answers): string {
    this.submission = this.local.submissionKey(flow.id, flow.version, answers, this.submission);
    return this.submission.key;
  }

  /** A receipt came back: the key is used up, nothing is kept. */
  declared(flowId: string): void {
    this.local.submitted(flowId);
    this.local.choose('');
    this.submission = undefined;
    this.savedAt = '';
  }
}
