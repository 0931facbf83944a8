/**
 * `@moncompte/adapters/server` (Node): the reference server. It serves the contract's REST routes (the same
 * route table as the HTTP adapter and docs/api/openapi.json) from in-memory adapters: one demo world per
 * cookie session. A back-end team can read it as a worked example; tests talk to it over a real socket.
 *
 * - session: an HttpOnly, SameSite=Lax cookie (persistent when "Se souvenir de moi" was ticked);
 * - CORS with credentials for the allowed origins only;
 * - CSRF: unsafe requests must carry the `csrfHeader` header (a custom header forces a CORS preflight);
 * - `testRoutes`: `POST /__test/reset` (a fresh world, body = seed options), `POST /__test/faults`
 *   (`{ method, mode, count?, delayMs? }`), `GET /__test/faults` (remaining), `GET /__test/requests`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { ROUTES, pathParams, type AdapterMethod, type Route } from '@moncompte/core';
import { createMemoryAdapter, type MemoryAdapter, type MemorySeedOptions } from '../memory/index.js';
import { answerFault, FAULT_MODES, ServerFaults, type FaultSetting } from './faults.js';
import { HttpFailure, parseCookies, queryInput, readBody, sendError, sendJson } from './http-utils.js';

export interface ReferenceServerOptions {
  /** 0 (default): an ephemeral port. */
  readonly port?: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Origins allowed to call with credentials (CORS), e.g. the portal's dev server. */
  readonly corsOrigins?: readonly string[];
  /** Seed options of every new world (`today`, `agency`, `latency`…). */
  readonly adapterOptions?: MemorySeedOptions;
  /** Path prefix of the routes, e.g. `/api`. Default none. */
  readonly basePath?: string;
  /** Default `mc_session`. Use a distinct name per server when several share a host (cookies ignore ports). */
  readonly cookieName?: string;
  /** Header required on unsafe requests. Default `x-requested-with`. */
  readonly csrfHeader?: string;
  /** Enables the `/__test/*` routes. Default false. */
  readonly testRoutes?: boolean;
  /** Most worlds kept at once (the oldest is dropped). Default 500. */
  readonly maxSessions?: number;
}

export interface ReferenceServer {
  /** `http://127.0.0.1:<port>` (+ basePath). */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

interface World {
  adapter: MemoryAdapter;
  faults: ServerFaults;
  requests: { method: string; path: string; headers: Record<string, string> }[];
}

interface CompiledRoute {
  readonly name: AdapterMethod;
  readonly route: Route;
  readonly pattern: RegExp;
  readonly params: string[];
}

const ROUTE_LIST: CompiledRoute[] = (Object.keys(ROUTES) as AdapterMethod[]).map((name) => {
  const route = ROUTES[name];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '([^/]+)');
  return { name, route, pattern: new RegExp(`^${source}$`), params: pathParams(route.path) };
});

const JSON_LIMIT = 256 * 1024;
const UPLOAD_LIMIT = 8 * 1024 * 1024;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOGGED_HEADERS = ['idempotency-key', 'content-type', 'x-file-name', 'x-requested-with', 'origin'];

export function createReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const cookieName = options.cookieName ?? 'mc_session';
  const csrfHeader = (options.csrfHeader ?? 'x-requested-with').toLowerCase();
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const origins = new Set(options.corsOrigins ?? []);
  const maxSessions = options.maxSessions ?? 500;
  const worlds = new Map<string, World>();

  function newWorld(seed: MemorySeedOptions | undefined): World {
    return { adapter: createMemoryAdapter({ ...options.adapterOptions, ...seed }), faults: new ServerFaults(), requests: [] };
  }

  function worldFor(req: IncomingMessage, res: ServerResponse): World {
    const sid = parseCookies(req.headers.cookie)[cookieName];
    const existing = sid ? worlds.get(sid) : undefined;
    if (existing) return existing;
    return startWorld(res, undefined);
  }

  function startWorld(res: ServerResponse, seed: MemorySeedOptions | undefined): World {
    const sid = randomBytes(18).toString('base64url');
    const world = newWorld(seed);
    worlds.set(sid, world);
    if (worlds.size > maxSessions) worlds.delete(worlds.keys().next().value as string);
    setCookie(res, sid, false);
    return world;
  }

  function setCookie(res: ServerResponse, sid: string, persistent: boolean): void {
    const attributes = [`${cookieName}=${sid}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', ...(persistent ? [`Max-Age=${30 * 24 * 3600}`] : [])];
    res.setHeader('Set-Cookie', attributes.join('; '));
  }

  function cors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (!origin || !origins.has(origin)) return false;
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    res.setHeader('Vary', 'Origin');
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowed = cors(req, res);
    const url = new URL(req.url ?? '/', 'http://reference.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      if (!allowed) throw new HttpFailure(403, 'forbidden', 'Origin not allowed');
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
        'Access-Control-Allow-Headers': `content-type, idempotency-key, x-file-name, ${csrfHeader}`,
        'Access-Control-Max-Age': '600',
      });
      res.end();
      return;
    }
    if (!url.pathname.startsWith(basePath)) throw new HttpFailure(404, 'not-found', 'No such route');
    const path = url.pathname.slice(basePath.length) || '/';
    if (!SAFE.has(method) && !req.headers[csrfHeader]) throw new HttpFailure(403, 'forbidden', `Missing ${csrfHeader} header`);

    if (options.testRoutes && path.startsWith('/__test/')) return testRoute(req, res, method, path);

    const match = ROUTE_LIST.find((r) => r.route.method === method && r.pattern.test(path));
    if (!match) {
      const other = ROUTE_LIST.some((r) => r.pattern.test(path));
      throw new HttpFailure(other ? 405 : 404, other ? 'validation' : 'not-found', other ? 'Method not allowed' : 'No such route');
    }
    const world = worldFor(req, res);
    world.requests.push({ method, path, headers: Object.fromEntries(LOGGED_HEADERS.map((h) => [h, String(req.headers[h] ?? '')])) });
    if (world.requests.length > 50) world.requests.shift();

    const fault = world.faults.take(match.name);
    if (fault && answerFault(res, fault.mode)) return;
    if (fault?.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));

    // The call is aborted when the client goes away before the answer.
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const signal = controller.signal;
    const output = await invoke(world.adapter, match, req, url, path, signal);
    if (res.destroyed) return;
    const session = (output as { session?: { persistent?: boolean } } | undefined)?.session;
    if (session?.persistent) {
      const sid = parseCookies(req.headers.cookie)[cookieName];
      if (sid) setCookie(res, sid, true);
    }
    if (match.route.output && fault?.mode === 'slow-body') {
      // The status and half of the body at once, the rest late: a connection that stalls while the answer is read.
      const text = JSON.stringify(output);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.write(text.slice(0, text.length >> 1));
      setTimeout(() => res.end(text.slice(text.length >> 1)), fault.delayMs);
    } else if (match.route.output) sendJson(res, 200, output);
    else {
      res.writeHead(204, { 'Cache-Control': 'no-store' });
      res.end();
    }
  }

  async function invoke(adapter: MemoryAdapter, match: CompiledRoute, req: IncomingMessage, url: URL, path: string, signal: AbortSignal): Promise<unknown> {
    const { route, name } = match;
    const call = adapter[name] as (...args: unknown[]) => Promise<unknown>;
    if (route.input === undefined) return call({ signal });
    if (route.input === 'binary') {
      const body = await readBody(req, UPLOAD_LIMIT);
      const fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? 'file'));
      const file = new File([new Uint8Array(body)], fileName, { type: String(req.headers['content-type'] ?? 'application/octet-stream') });
      return call(file, { signal });
    }
    const values = match.pattern.exec(path)?.slice(1) ?? [];
    const params = Object.fromEntries(match.params.map((p, i) => [p, decodeURIComponent(values[i] ?? '')]));
    let input: Record<string, unknown>;
    if (route.method === 'GET' || route.method === 'DELETE') {
      input = { ...queryInput(route.input, url.searchParams), ...params };
    } else {
      const text = (await readBody(req, JSON_LIMIT)).toString('utf8');
      let body: unknown = {};
      if (text.trim()) {
        try {
          body = JSON.parse(text);
        } catch {
          throw new HttpFailure(400, 'validation', 'The body is not valid JSON');
        }
      }
      input = { ...(body && typeof body === 'object' ? (body as Record<string, unknown>) : {}), ...params };
    }
    if (route.idempotencyKey) input.idempotencyKey = req.headers['idempotency-key'];
    return call(input, { signal });
  }

  async function testRoute(req: IncomingMessage, res: ServerResponse, method: string, path: string): Promise<void> {
    const sid = parseCookies(req.headers.cookie)[cookieName];
    if (method === 'POST' && path === '/__test/reset') {
      const text = (await readBody(req, JSON_LIMIT)).toString('utf8');
      const seed = text.trim() ? (JSON.parse(text) as MemorySeedOptions) : undefined;
      if (sid) worlds.delete(sid);
      startWorld(res, seed);
      res.writeHead(204);
      res.end();
      return;
    }
    const world = worldFor(req, res);
    if (method === 'POST' && path === '/__test/faults') {
      const setting = JSON.parse((await readBody(req, JSON_LIMIT)).toString('utf8')) as FaultSetting;
      if (!FAULT_MODES.includes(setting.mode) || !(setting.method in ROUTES)) throw new HttpFailure(422, 'validation', 'Unknown fault');
      world.faults.set(setting);
      sendJson(res, 200, world.faults.remaining());
      return;
    }
    if (method === 'GET' && path === '/__test/faults') return sendJson(res, 200, world.faults.remaining());
    if (method === 'GET' && path === '/__test/requests') return sendJson(res, 200, world.requests);
    throw new HttpFailure(404, 'not-found', 'No such test route');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendError(res, error));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port, address } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      resolve({
        url: `http://${host}:${port}${basePath}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
