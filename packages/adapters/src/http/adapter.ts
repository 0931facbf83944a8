/**
 * `createHttpAdapter`: the contract over the documented REST routes (docs/api/openapi.json). `fetch` with
 * `credentials: 'include'` (the session is a cookie), a CSRF header on unsafe requests, a timeout combined with
 * the caller's signal, retries with backoff for GET only, the `Idempotency-Key` header on submissions, every
 * response parsed with the contract's schemas, and HTTP statuses mapped to `AdapterError` kinds.
 */
import {
  AdapterError,
  ADAPTER_METHODS,
  ROUTES,
  toAdapterError,
  type AdapterMethod,
  type MonCompteAdapter,
  type RequestOptions,
  type UploadOptions,
} from '@moncompte/core';
import { abortedError, sleep } from '../shared/abort.js';
import { buildRequest, errorFromResponse, readSuccess } from './request.js';
import { uploadWithXhr } from './upload.js';

export interface HttpAdapterOptions {
  /** Where the routes live: `https://api.example.fr/moncompte`, or `/api` on the portal's origin. */
  readonly baseUrl: string;
  /** A `fetch` to use instead of the global one (server-side rendering, instrumentation). */
  readonly fetch?: typeof fetch;
  /** Milliseconds before a request (its answer read in full) fails with `timeout`. Default 15000. */
  readonly timeoutMs?: number;
  /**
   * The same for sending a document's file (`uploadDocumentFile`), which takes longer on a slow connection.
   * Default 120000: a 1 MB file at about 70 kbit/s.
   */
  readonly uploadTimeoutMs?: number;
  /**
   * Headers added to every unsafe request (POST, PUT, DELETE) against CSRF, e.g. a token read from a cookie
   * or a meta tag. Default `{ 'X-Requested-With': 'XMLHttpRequest' }` (a custom header forces a CORS preflight,
   * which the reference server requires).
   */
  readonly csrfHeader?: () => Record<string, string>;
  /** Called on every 401 (session expired): the portal can ask to log in again. */
  readonly onUnauthorized?: (error: AdapterError, method: AdapterMethod) => void;
  /** Extra attempts for GET requests after a network error or a 502/503/504. Default 2. */
  readonly retries?: number;
  /** First backoff delay, doubled at each attempt (plus jitter). Default 300. */
  readonly retryDelayMs?: number;
}

const RETRY_STATUSES = new Set([502, 503, 504]);

export function createHttpAdapter(options: HttpAdapterOptions): MonCompteAdapter {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const uploadTimeoutMs = Math.max(timeoutMs, options.uploadTimeoutMs ?? 120_000);
  const retries = Math.max(0, options.retries ?? 2);
  const retryDelayMs = Math.max(0, options.retryDelayMs ?? 300);
  const csrfHeader = options.csrfHeader ?? (() => ({ 'X-Requested-With': 'XMLHttpRequest' }));
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const useXhr = !options.fetch && typeof XMLHttpRequest !== 'undefined';

  /**
   * One attempt, its answer read (`read`) under the same signal, which ends at the timeout or the caller's abort:
   * a timeout or an abort while the body is read is said as such, not as an invalid response.
   */
  async function attempt<T>(
    method: AdapterMethod,
    send: (signal: AbortSignal) => Promise<Response>,
    read: (response: Response) => Promise<T>,
    caller: AbortSignal | undefined,
  ): Promise<T> {
    const ms = ROUTES[method].input === 'binary' ? uploadTimeoutMs : timeoutMs;
    const timeout = AbortSignal.timeout(ms);
    const signal = caller ? AbortSignal.any([caller, timeout]) : timeout;
    let response: Response | undefined;
    try {
      response = await send(signal);
      return await read(response);
    } catch (e) {
      if (caller?.aborted) throw abortedError(caller);
      if (timeout.aborted) throw new AdapterError('timeout', `${method} timed out after ${ms} ms`, { cause: e });
      if (response || AdapterError.is(e)) throw e;
      throw new AdapterError('network', `${method}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }

  /** What an answer is: the output of a success, or the error of a failure, whose status tells whether to retry. */
  type Answer = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly status: number; readonly error: AdapterError };

  async function call(method: AdapterMethod, input: unknown, requestOptions: UploadOptions | undefined): Promise<unknown> {
    const route = ROUTES[method];
    const caller = requestOptions?.signal;
    try {
      if (caller?.aborted) throw abortedError(caller);
      const { url, body, idempotencyKey } = buildRequest(options.baseUrl, route, route.input === 'binary' ? undefined : input);
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (route.method !== 'GET') Object.assign(headers, csrfHeader());
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;

      let send: (signal: AbortSignal) => Promise<Response>;
      if (route.input === 'binary') {
        const file = input as File;
        if (!(file instanceof Blob)) throw new AdapterError('validation', 'Not a file', { fieldErrors: { file: [{ key: 'error.validation' }] } });
        headers['Content-Type'] = file.type || 'application/octet-stream';
        headers['X-File-Name'] = encodeURIComponent(file.name ?? 'file');
        const onProgress = requestOptions?.onProgress;
        send = useXhr
          ? (signal) => uploadWithXhr({ url, headers, file, signal, callerSignal: caller, onProgress })
          : async (signal) => {
              onProgress?.({ loaded: 0, total: file.size });
              const response = await fetchImpl(url, { method: 'POST', headers, body: file, credentials: 'include', signal, cache: 'no-store' });
              onProgress?.({ loaded: file.size, total: file.size });
              return response;
            };
      } else {
        send = (signal) => fetchImpl(url, { method: route.method, headers, body, credentials: 'include', signal, cache: 'no-store' });
      }

      const idempotent = route.method === 'GET';
      for (let tries = 0; ; tries += 1) {
        const canRetry = idempotent && tries < retries;
        let answer: Answer;
        try {
          answer = await attempt(
            method,
            send,
            async (response): Promise<Answer> =>
              response.ok
                ? { ok: true, value: await readSuccess(response, route) }
                : { ok: false, status: response.status, error: await errorFromResponse(response) },
            caller,
          );
        } catch (e) {
          if (canRetry && AdapterError.is(e) && e.kind === 'network' && !caller?.aborted) {
            await sleep(backoff(tries), caller);
            continue;
          }
          throw e;
        }
        if (answer.ok) return answer.value;
        if (canRetry && RETRY_STATUSES.has(answer.status)) {
          await sleep(backoff(tries), caller);
          continue;
        }
        const error = answer.error;
        if (error.kind === 'unauthorized') {
          try {
            options.onUnauthorized?.(error, method);
          } catch (hookError) {
            console.error(hookError);
          }
        }
        throw error;
      }
    } catch (e) {
      throw toAdapterError(e);
    }
  }

  function backoff(tries: number): number {
    return retryDelayMs * 2 ** tries + Math.floor(Math.random() * Math.min(100, retryDelayMs + 1));
  }

  const adapter: Record<string, unknown> = {};
  for (const method of ADAPTER_METHODS) {
    const route = ROUTES[method];
    // Methods without input take only the options; the others take (input, options).
    adapter[method] = route.input === undefined
      ? (o?: RequestOptions) => call(method, undefined, o)
      : (input: unknown, o?: UploadOptions) => call(method, input, o);
  }
  return adapter as unknown as MonCompteAdapter;
}
