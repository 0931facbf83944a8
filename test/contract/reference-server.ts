/** Browser side of the reference server used by the HTTP contract tests (real sockets, no fetch mock). */
import { executeServerCommand } from '@web/test-runner-commands';
import type { MemorySeedOptions } from '@moncompte/adapters/memory';

export interface RunningServer {
  readonly port: number;
  /**
   * The base URL on `localhost`, the host of the test page: same site, so the session cookie (SameSite=Lax)
   * travels with `credentials: 'include'` while CORS still applies (another port is another origin).
   */
  readonly baseUrl: string;
}

export async function startReferenceServer(corsOrigins: readonly string[] = [location.origin]): Promise<RunningServer> {
  const started = await executeServerCommand<{ url: string; port: number }, { corsOrigins: readonly string[] }>('start-reference-server', { corsOrigins });
  if (!started) throw new Error('start-reference-server is not available (test/plugins/reference-server.mjs)');
  return { port: started.port, baseUrl: `http://${location.hostname}:${started.port}` };
}

export async function stopReferenceServer(server: RunningServer | undefined): Promise<void> {
  if (server) await executeServerCommand('stop-reference-server', { port: server.port });
}

export async function closedPort(): Promise<number> {
  const port = await executeServerCommand<number, Record<string, never>>('closed-port', {});
  if (!port) throw new Error('closed-port is not available');
  return port;
}

const TEST_HEADERS = { 'Content-Type': 'application/json', 'X-Requested-With': 'contract-tests' };

/** A fresh demo world for this browser's session cookie. */
export async function resetWorld(server: RunningServer, seed: MemorySeedOptions = {}): Promise<void> {
  const response = await fetch(`${server.baseUrl}/__test/reset`, { method: 'POST', credentials: 'include', headers: TEST_HEADERS, body: JSON.stringify(seed) });
  if (response.status !== 204) throw new Error(`reset failed: ${response.status}`);
}

/** The next `count` calls of `method` get a fault from the server. */
export async function injectFault(server: RunningServer, setting: { method: string; mode: string; count?: number; delayMs?: number }): Promise<void> {
  const response = await fetch(`${server.baseUrl}/__test/faults`, { method: 'POST', credentials: 'include', headers: TEST_HEADERS, body: JSON.stringify(setting) });
  if (!response.ok) throw new Error(`fault injection failed: ${response.status}`);
}

export async function remainingFaults(server: RunningServer): Promise<Record<string, number>> {
  return (await fetch(`${server.baseUrl}/__test/faults`, { credentials: 'include' })).json() as Promise<Record<string, number>>;
}

export async function recordedRequests(server: RunningServer): Promise<{ method: string; path: string; headers: Record<string, string> }[]> {
  return (await fetch(`${server.baseUrl}/__test/requests`, { credentials: 'include' })).json() as Promise<{ method: string; path: string; headers: Record<string, string> }[]>;
}
