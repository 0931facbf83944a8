/**
 * Loads something a step needs (the password policy, the terms of use) the first time the step is shown, and
 * keeps it: going back and forth does not ask again. Loading is not a user action, so it does not go through the
 * flow's runner (a submit in flight is not blocked by it); it is aborted when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toAdapterError, type AdapterError, type MonCompteAdapter } from '@moncompte/core';

export class OnceLoader<T> implements ReactiveController {
  value: T | undefined;
  error: AdapterError | undefined;
  loading = false;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly adapter: () => MonCompteAdapter | undefined,
    private readonly load: (adapter: MonCompteAdapter, signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
  }

  /** Starts loading when nothing is loaded, loading or failed (call it from `willUpdate` when the step needs it). */
  ensure(): void {
    if (this.value !== undefined || this.loading || this.error) return;
    void this.start();
  }

  /** Loads again after a failure ("Réessayer"). */
  retry(): void {
    this.error = undefined;
    void this.start();
  }

  private async start(): Promise<void> {
    const adapter = this.adapter();
    if (!adapter) return;
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    this.host.requestUpdate();
    try {
      const value = await this.load(adapter, controller.signal);
      // Aborted (the element left the page, `reset()`): an answer that comes anyway is dropped.
      if (!controller.signal.aborted) this.value = value;
    } catch (e) {
      if (!controller.signal.aborted && !isAbortError(e)) this.error = toAdapterError(e);
    } finally {
      // Unless a newer load runs (started after `reset()`).
      if (this.controller === controller || !this.controller) this.loading = false;
      this.host.requestUpdate();
    }
  }

  /** Forgets what was loaded (the session ended), aborting a load in flight; the next `ensure()` loads again. */
  reset(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.value = undefined;
    this.error = undefined;
    this.loading = false;
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = undefined;
  }
}
