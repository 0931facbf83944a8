/** Fault modes of the reference server (test routes only): answers a chosen method wrongly, N times. */
import type { ServerResponse } from 'node:http';
import type { AdapterMethod } from '@moncompte/core';
import { sendJson } from './http-utils.js';

export type FaultMode = 'html' | 'mismatch' | '500' | '503' | '401' | 'slow' | 'slow-body';

export interface FaultSetting {
  readonly method: AdapterMethod;
  readonly mode: FaultMode;
  /** How many calls get the fault (default 1). */
  readonly count?: number;
  /** For `slow`: how long before the (correct) answer; for `slow-body`, before the second half of its body. Default 5000. */
  readonly delayMs?: number;
}

export const FAULT_MODES: readonly FaultMode[] = ['html', 'mismatch', '500', '503', '401', 'slow', 'slow-body'];

export class ServerFaults {
  private readonly pending = new Map<AdapterMethod, { mode: FaultMode; delayMs: number }[]>();

  set(setting: FaultSetting): void {
    const queue = this.pending.get(setting.method) ?? [];
    for (let i = 0; i < (setting.count ?? 1); i += 1) queue.push({ mode: setting.mode, delayMs: setting.delayMs ?? 5000 });
    this.pending.set(setting.method, queue);
  }

  remaining(): Record<string, number> {
    return Object.fromEntries([...this.pending].map(([method, queue]) => [method, queue.length]));
  }

  clear(): void {
    this.pending.clear();
  }

  take(method: AdapterMethod): { mode: FaultMode; delayMs: number } | undefined {
    return this.pending.get(method)?.shift();
  }
}

/** Answers with the fault; returns false for `slow` and `slow-body`, whose answer is the real one, late. */
export function answerFault(res: ServerResponse, mode: FaultMode): boolean {
  switch (mode) {
    case 'html':
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="fr"><title>Maintenance</title><h1>Service en maintenance</h1></html>');
      return true;
    case 'mismatch':
      sendJson(res, 200, { unexpected: true, items: 'not a list' });
      return true;
    case '500':
      sendJson(res, 500, { kind: 'server', message: 'Injected server error' });
      return true;
    case '503':
      sendJson(res, 503, { kind: 'server', message: 'Injected unavailability' });
      return true;
    case '401':
      sendJson(res, 401, { kind: 'unauthorized', message: 'Injected expired session' });
      return true;
    case 'slow':
    case 'slow-body':
      return false;
  }
}
