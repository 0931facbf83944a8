/**
 * Keeps what a connection flow needs to survive a reload in `sessionStorage` (this tab only, gone when it
 * closes): the step, the steps behind it, and the NON-SECRET data typed so far (identifier, contact details,
 * birth date, chosen channel). Each flow decides what it saves and must never pass passwords, codes or tokens:
 * `save` refuses keys that look like one, as a last line of defence.
 *
 * Storage may be missing or throw (private browsing, quota, disabled cookies): the flow then works without it.
 */

/** Keys never written, whatever a flow passes. */
const SECRET_KEY = /password|code|token|secret/i;

export interface StoredFlow<S extends string, D> {
  readonly step: S;
  readonly history: readonly S[];
  readonly data: D;
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (!SECRET_KEY.test(key)) out[key] = withoutSecrets(inner);
  return out;
}

export class FlowStorage<S extends string, D extends object> {
  /** @param key the storage key (`storage-key` of the element); empty: nothing is kept. */
  constructor(private readonly key: () => string) {}

  load(isStep: (value: unknown) => value is S): StoredFlow<S, Partial<D>> | undefined {
    const key = this.key();
    if (!key) return undefined;
    try {
      const raw = storage()?.getItem(key);
      if (!raw) return undefined;
      const parsed = JSON.parse(raw) as { step?: unknown; history?: unknown; data?: unknown };
      if (!isStep(parsed.step) || !Array.isArray(parsed.history) || !parsed.history.every(isStep)) return undefined;
      const data = typeof parsed.data === 'object' && parsed.data !== null ? (parsed.data as Partial<D>) : {};
      return { step: parsed.step, history: parsed.history, data };
    } catch {
      return undefined;
    }
  }

  save(flow: StoredFlow<S, D>): void {
    const key = this.key();
    if (!key) return;
    try {
      storage()?.setItem(key, JSON.stringify(withoutSecrets(flow)));
    } catch {
      // No storage: the flow still works, a reload just starts it again.
    }
  }

  clear(): void {
    const key = this.key();
    if (!key) return;
    try {
      storage()?.removeItem(key);
    } catch {
      // Nothing to clear.
    }
  }
}
