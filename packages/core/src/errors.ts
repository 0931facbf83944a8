import type { Problem } from './validators/types.js';

/** Why an adapter call failed. Each kind has one message (`error.<kind>` in the errors catalogue). */
export type AdapterErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'invalid-response'
  | 'server'
  | 'validation';

export const ADAPTER_ERROR_KINDS: readonly AdapterErrorKind[] = [
  'network',
  'timeout',
  'unauthorized',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'invalid-response',
  'server',
  'validation',
];

/** Kinds worth a "Réessayer" button by default: the same request may well succeed a moment later. */
const RETRYABLE: ReadonlySet<AdapterErrorKind> = new Set(['network', 'timeout', 'rate-limited', 'server']);

export interface AdapterErrorOptions {
  /** Defaults to true for network, timeout, rate-limited and server; false otherwise. */
  readonly retryable?: boolean;
  /** Defaults to `error.<kind>`. */
  readonly messageKey?: string;
  /** For `validation`: problems per field name (keys of the validation catalogue or the adapter's own). */
  readonly fieldErrors?: Readonly<Record<string, readonly Problem[]>>;
  /** For `rate-limited` (from `Retry-After`): how long to wait. */
  readonly retryAfterSeconds?: number;
  /** HTTP status when there was a response. */
  readonly status?: number;
  readonly cause?: unknown;
}

/**
 * The only error an adapter throws. Elements show `messageKey` (translated), offer a retry when `retryable`,
 * and put `fieldErrors` next to their fields. `message` is for developers (logs), never shown to users.
 */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly kind: AdapterErrorKind;
  readonly retryable: boolean;
  readonly messageKey: string;
  readonly fieldErrors?: Readonly<Record<string, readonly Problem[]>>;
  readonly retryAfterSeconds?: number;
  readonly status?: number;

  constructor(kind: AdapterErrorKind, message: string = kind, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.retryable = options.retryable ?? RETRYABLE.has(kind);
    this.messageKey = options.messageKey ?? `error.${kind}`;
    if (options.fieldErrors) this.fieldErrors = options.fieldErrors;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    if (options.status !== undefined) this.status = options.status;
  }

  /**
   * Whether `e` is an AdapterError — also one made by another copy of this package (two bundles on a page),
   * recognised by its name and kind.
   */
  static is(e: unknown): e is AdapterError {
    if (e instanceof AdapterError) return true;
    if (typeof e !== 'object' || e === null) return false;
    const candidate = e as { name?: unknown; kind?: unknown; messageKey?: unknown };
    return (
      candidate.name === 'AdapterError' &&
      (ADAPTER_ERROR_KINDS as readonly unknown[]).includes(candidate.kind) &&
      typeof candidate.messageKey === 'string'
    );
  }
}

/** The error kind for an HTTP error status (the HTTP adapter and the reference server share this mapping). */
export function kindForHttpStatus(status: number): AdapterErrorKind {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'not-found';
    case 408:
    case 504:
      return 'timeout';
    case 409:
    case 412:
      return 'conflict';
    case 429:
      return 'rate-limited';
    default:
      return status >= 500 ? 'server' : 'invalid-response';
  }
}

/** The HTTP status the reference server answers for a kind (the inverse of {@link kindForHttpStatus}). */
export function httpStatusForKind(kind: AdapterErrorKind): number {
  const statuses: Record<AdapterErrorKind, number> = {
    network: 503,
    timeout: 504,
    unauthorized: 401,
    forbidden: 403,
    'not-found': 404,
    conflict: 409,
    'rate-limited': 429,
    'invalid-response': 502,
    server: 500,
    validation: 422,
  };
  return statuses[kind];
}

/** Whether `e` (or the error it wraps) is the abort of a caller's signal: nothing to show the user. */
export function isAbortError(e: unknown): boolean {
  for (let current = e, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false;
    if ((current as { name?: unknown }).name === 'AbortError') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Turns anything thrown into an AdapterError, keeping the original as `cause`: an AdapterError is returned as
 * is; `TimeoutError` (from `AbortSignal.timeout`) → timeout; `AbortError` → network, not retryable (check it
 * with {@link isAbortError}); `TypeError` (what `fetch` throws when the network fails) → network; `SyntaxError`
 * (unparsable JSON) and schema errors (zod's, with `issues`) → invalid-response; anything else → server.
 */
export function toAdapterError(e: unknown): AdapterError {
  if (AdapterError.is(e)) return e;
  const name = typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined;
  const message = e instanceof Error ? e.message : String(e);
  const options = { cause: e };
  if (name === 'TimeoutError') return new AdapterError('timeout', message, options);
  if (name === 'AbortError') return new AdapterError('network', message, { ...options, retryable: false });
  if (name === 'TypeError') return new AdapterError('network', message, options);
  if (name === 'SyntaxError') return new AdapterError('invalid-response', message, options);
  if (typeof e === 'object' && e !== null && Array.isArray((e as { issues?: unknown }).issues)) {
    return new AdapterError('invalid-response', message, options);
  }
  return new AdapterError('server', message, options);
}
