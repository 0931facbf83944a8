/** Building requests from the route table and reading responses into contract values or AdapterErrors. */
import {
  AdapterError,
  ErrorBodySchema,
  kindForHttpStatus,
  pathParams,
  type Problem,
  type Route,
} from '@moncompte/core';

export interface BuiltRequest {
  readonly url: string;
  readonly body: string | undefined;
  readonly idempotencyKey: string | undefined;
}

function appendQuery(params: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
  else params.append(key, String(value));
}

/** The URL and body of a call: path parameters, query (GET/DELETE) or JSON body (POST/PUT), idempotency key. */
export function buildRequest(baseUrl: string, route: Route, input: unknown): BuiltRequest {
  const rest: Record<string, unknown> = input && typeof input === 'object' ? { ...(input as Record<string, unknown>) } : {};
  let path = route.path;
  for (const name of pathParams(route.path)) {
    const value = rest[name];
    if (typeof value !== 'string' || value === '') throw new AdapterError('validation', `Missing ${name}`, { fieldErrors: { [name]: [{ key: 'error.validation' }] } });
    path = path.replace(`{${name}}`, encodeURIComponent(value));
    delete rest[name];
  }
  let idempotencyKey: string | undefined;
  if (route.idempotencyKey) {
    idempotencyKey = typeof rest.idempotencyKey === 'string' ? rest.idempotencyKey : undefined;
    delete rest.idempotencyKey;
  }
  let url = `${baseUrl.replace(/\/+$/, '')}${path}`;
  let body: string | undefined;
  if (route.method === 'GET' || route.method === 'DELETE') {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(rest)) appendQuery(params, key, value);
    const query = params.toString();
    if (query) url += `?${query}`;
  } else if (route.input !== 'binary') {
    body = JSON.stringify(rest);
  }
  return { url, body, idempotencyKey };
}

/** `Retry-After` as seconds (delta-seconds or an HTTP date). */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

async function errorBody(response: Response): Promise<{ message?: string; fieldErrors?: Record<string, readonly Problem[]> }> {
  try {
    const parsed = ErrorBodySchema.safeParse(JSON.parse(await response.text()));
    return parsed.success ? { ...(parsed.data.message ? { message: parsed.data.message } : {}), ...(parsed.data.fieldErrors ? { fieldErrors: parsed.data.fieldErrors } : {}) } : {};
  } catch {
    return {};
  }
}

/** The AdapterError for a response that is not a success. */
export async function errorFromResponse(response: Response): Promise<AdapterError> {
  const kind = kindForHttpStatus(response.status);
  const body = await errorBody(response);
  const message = body.message ?? `HTTP ${response.status}`;
  return new AdapterError(kind, message, {
    status: response.status,
    ...(kind === 'validation' ? { fieldErrors: body.fieldErrors ?? {} } : {}),
    ...(kind === 'rate-limited' ? { retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) ?? 0 } : {}),
  });
}

/** Reads a success response with the route's output schema; anything unexpected is `invalid-response`. */
export async function readSuccess(response: Response, route: Route): Promise<unknown> {
  if (!route.output) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new AdapterError('invalid-response', `Expected JSON, got "${type || 'no content type'}" (HTTP ${response.status})`, { status: response.status });
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (cause) {
    throw new AdapterError('invalid-response', 'The response is not valid JSON', { status: response.status, cause });
  }
  const parsed = route.output.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new AdapterError('invalid-response', `The response does not match the contract: ${where}`, { status: response.status, cause: parsed.error });
  }
  return parsed.data;
}
