/**
 * Runs the adapter calls of a connection flow, one at a time: a second submit while a call is in flight (double
 * click, Enter + click, auto-submit + Enter) is ignored, so each user action makes ONE call. The call is aborted
 * when the element leaves the page (and then shows nothing). A failure is kept as `failure` for the flow to show
 * (its message, "what you typed is kept", a retry when the error is retryable), except `unauthorized`, which the
 * flow turns into "log in again" (see flow-reauth.ts).
 */
import type { ReactiveController } from 'lit';
import { isAbortError, toAdapterError, type AdapterError, type MonCompteAdapter } from '@moncompte/core';
import { AdapterController, type AdapterHost } from './adapter-context.js';

export type FlowResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error?: AdapterError };

export class FlowRunner implements ReactiveController {
  /** True while a call is in flight. */
  busy = false;
  /** The last failure (cleared when the next call starts, or by `dismiss`). */
  failure: AdapterError | undefined;
  /** What the retry button of the failure does (the action that failed, again). */
  retry: (() => void) | undefined;
  private controller: AbortController | undefined;
  private readonly adapters: AdapterController;

  constructor(private readonly host: AdapterHost) {
    this.adapters = new AdapterController(host);
    host.addController(this);
  }

  get adapter(): MonCompteAdapter | undefined {
    return this.adapters.adapter;
  }

  /**
   * Calls the adapter once. Returns `{ ok: false }` without calling when a call is already in flight, and
   * `{ ok: false, error }` on failure (also stored in `failure`, unless the call was aborted).
   */
  async run<T>(work: (adapter: MonCompteAdapter, signal: AbortSignal) => Promise<T>, retry?: () => void): Promise<FlowResult<T>> {
    if (this.busy) return { ok: false };
    this.busy = true;
    this.failure = undefined;
    this.retry = retry;
    const controller = new AbortController();
    this.controller = controller;
    this.host.requestUpdate();
    try {
      const value = await work(this.adapters.require(), controller.signal);
      // Aborted (the element left the page, the session ended): an answer that comes anyway is dropped.
      return controller.signal.aborted ? { ok: false } : { ok: true, value };
    } catch (e) {
      if (controller.signal.aborted || isAbortError(e)) return { ok: false };
      const error = toAdapterError(e);
      this.failure = error;
      return { ok: false, error };
    } finally {
      if (this.controller === controller) this.controller = undefined;
      // Unless a newer call runs (started after `abort()`).
      if (!this.controller) this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Aborts the call in flight (the session ended): it resolves `{ ok: false }`, and a new call may start at once. */
  abort(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.busy = false;
    this.dismiss();
  }

  dismiss(): void {
    this.failure = undefined;
    this.retry = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}
