/**
 * Fault injection, so every loading and error state can be shown and tested:
 * `adapter.faults.failNext('getAlerts', 2, 'server')` fails the next two calls; `adapter.faults.hang('getNews')`
 * makes every call wait until its signal aborts (until `clear`).
 */
import { AdapterError, type AdapterErrorKind, type AdapterMethod } from '@moncompte/core';
import { untilAborted } from '../shared/abort.js';

export interface FaultInjector {
  /** The next `count` calls of `method` fail with an AdapterError of `kind` (default 1, `server`). */
  failNext(method: AdapterMethod, count?: number, kind?: AdapterErrorKind): void;
  /** Every call of `method` waits until its signal aborts (forever without a signal), until `clear`. */
  hang(method: AdapterMethod): void;
  /** Removes the faults of one method, or of all. */
  clear(method?: AdapterMethod): void;
  /** How many injected failures are still waiting for `method`. */
  pending(method: AdapterMethod): number;
}

export class Faults implements FaultInjector {
  private readonly failures = new Map<AdapterMethod, AdapterErrorKind[]>();
  private readonly hanging = new Set<AdapterMethod>();

  failNext(method: AdapterMethod, count = 1, kind: AdapterErrorKind = 'server'): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < count; i += 1) queue.push(kind);
    this.failures.set(method, queue);
  }

  hang(method: AdapterMethod): void {
    this.hanging.add(method);
  }

  clear(method?: AdapterMethod): void {
    if (method) {
      this.failures.delete(method);
      this.hanging.delete(method);
    } else {
      this.failures.clear();
      this.hanging.clear();
    }
  }

  pending(method: AdapterMethod): number {
    return this.failures.get(method)?.length ?? 0;
  }

  /** Applies the faults of a call: hangs, or throws the next injected failure. */
  async apply(method: AdapterMethod, signal: AbortSignal | undefined): Promise<void> {
    if (this.hanging.has(method)) await untilAborted(signal);
    const kind = this.failures.get(method)?.shift();
    if (!kind) return;
    throw new AdapterError(kind, `Injected ${kind} fault on ${method}`, {
      ...(kind === 'rate-limited' ? { retryAfterSeconds: 30 } : {}),
      ...(kind === 'validation' ? { fieldErrors: {} } : {}),
    });
  }
}
