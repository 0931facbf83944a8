/** Cancellation shared by the adapters: every abort becomes an `AdapterError` whose cause tells why. */
import { AdapterError } from '@moncompte/core';

/**
 * The error of an aborted call: `timeout` when the signal's reason is a `TimeoutError` (AbortSignal.timeout),
 * otherwise `network`, not retryable, with an `AbortError` as cause (`isAbortError(e)` is true).
 */
export function abortedError(signal: AbortSignal): AdapterError {
  const reason: unknown = signal.reason;
  const name = typeof reason === 'object' && reason !== null ? (reason as { name?: unknown }).name : undefined;
  if (name === 'TimeoutError') return new AdapterError('timeout', 'The request timed out', { cause: reason });
  const cause = name === 'AbortError' ? reason : new DOMException('The operation was aborted.', 'AbortError');
  return new AdapterError('network', 'The request was aborted', { retryable: false, cause });
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError(signal);
}

/** Resolves after `ms`, or rejects as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Never resolves; rejects when the signal aborts (forever pending without a signal). */
export function untilAborted(signal?: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (!signal) return;
    if (signal.aborted) return reject(abortedError(signal));
    signal.addEventListener('abort', () => reject(abortedError(signal)), { once: true });
  });
}

/** A random id (hex), fine without a secure context (crypto.randomUUID needs one). */
export function randomId(prefix: string, bytes = 12): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return `${prefix}_${[...values].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
