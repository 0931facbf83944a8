/** Small Node HTTP helpers of the reference server: cookies, bodies, JSON answers, query coercion. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AdapterError, httpStatusForKind, type ErrorBody } from '@moncompte/core';

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}

/** Reads the whole body, failing with 413 over `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpFailure(413, 'validation', 'Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** An error answered with a given status (for what the adapter never throws: 404 route, 405, 413, 403 CSRF). */
export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(text);
}

export function sendError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof HttpFailure) {
    sendJson(res, error.status, { kind: error.kind, message: error.message } satisfies ErrorBody);
    return;
  }
  const adapterError = AdapterError.is(error) ? error : new AdapterError('server', error instanceof Error ? error.message : String(error));
  const body: ErrorBody = { kind: adapterError.kind, message: adapterError.message };
  if (adapterError.fieldErrors) body.fieldErrors = adapterError.fieldErrors;
  const headers: Record<string, string> = adapterError.retryAfterSeconds !== undefined ? { 'Retry-After': String(adapterError.retryAfterSeconds) } : {};
  sendJson(res, httpStatusForKind(adapterError.kind), body, headers);
}

interface SchemaDef {
  type?: string;
  shape?: Record<string, { _zod?: { def?: SchemaDef } }>;
  innerType?: { _zod?: { def?: SchemaDef } };
}

/** The zod type name of an object schema's field, looking through optional/nullable wrappers. */
function fieldType(schema: unknown, field: string): string | undefined {
  let def = (schema as { _zod?: { def?: SchemaDef } })._zod?.def?.shape?.[field]?._zod?.def;
  while (def && (def.type === 'optional' || def.type === 'nullable' || def.type === 'readonly')) def = def.innerType?._zod?.def;
  return def?.type;
}

/** Query parameters as input: numbers for number fields, lists for array fields, strings otherwise. */
export function queryInput(schema: unknown, params: URLSearchParams): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    const type = fieldType(schema, key);
    if (type === 'number' || type === 'int') input[key] = Number(values[0]);
    else if (type === 'array') input[key] = values;
    else input[key] = values[0];
  }
  return input;
}
