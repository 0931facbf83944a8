/** Options of the in-memory adapter. */
import type { Agency } from '@moncompte/core';
import { toIsoDate } from './seed/dates.js';

/** Where drafts are kept besides memory (`localStorage` fits). Keys start with `mc-draft:`. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The options that are plain data (the reference server accepts them as JSON for a fresh world). */
export interface MemorySeedOptions {
  /**
   * "Today" for the seed (`YYYY-MM-DD`): payments, agenda, messages are dated relative to it. Default: the real
   * date. Tests fix it so that their expectations do not move.
   */
  readonly today?: string;
  /** Milliseconds before every answer (loading states). Default 0. */
  readonly latency?: number;
  /** Only this agency's accounts may log in; the password policy before log-in is this agency's. Default: both, CAF policy. */
  readonly agency?: Agency;
  /** Start logged in as this seeded identifier (`2840375108123`, `1650221234567`, `P12345678`). */
  readonly signedIn?: string;
  /** Every successful password log-in answers `code-required` first (a second factor). Default false. */
  readonly requireCodeAtLogin?: boolean;
  /** Lifetime of a confirmation code. Default 600. */
  readonly codeTtlSeconds?: number;
  /** Delay before a code may be sent again. Default 30. */
  readonly resendDelaySeconds?: number;
  /** Wrong codes before `too-many-attempts`. Default 3. */
  readonly maxCodeAttempts?: number;
  /** Failed log-ins (per identifier, known or not) before `locked`. Default 5. */
  readonly maxLoginFailures?: number;
  /** How long `locked` lasts. Default 15. */
  readonly lockMinutes?: number;
  /** Idle session lifetime: each call extends it (a "remember me" session lasts 30 days). Default 30. */
  readonly sessionMinutes?: number;
  /** Where FranceConnect "goes" (the demo has no identity provider). Default `/demo/franceconnect`. */
  readonly franceConnectUrl?: string;
  /**
   * Where the seed's links to an agency's own pages start (messages, attestations, contact, the MSA services…):
   * `{ caf: '/mon-compte/', msa: '/mon-espace-prive/' }` by default. A portal gives its own paths, so that the
   * links of the demo data stay in it (the demo portal: `/caf/` and `/msa/`).
   */
  readonly linkBase?: Partial<Record<Agency, string>>;
}

export interface MemoryAdapterOptions extends MemorySeedOptions {
  /** The clock for instants (expiry, locks). Default `Date.now`. */
  readonly now?: () => number;
  /** Keeps situation drafts across reloads (drafts are also kept in memory). */
  readonly storage?: DraftStorage;
}

export interface ResolvedOptions {
  readonly today: string;
  readonly latency: number;
  readonly agency: Agency | undefined;
  readonly signedIn: string | undefined;
  readonly requireCodeAtLogin: boolean;
  readonly codeTtlMs: number;
  readonly resendDelayMs: number;
  readonly maxCodeAttempts: number;
  readonly maxLoginFailures: number;
  readonly lockMs: number;
  readonly sessionMs: number;
  readonly franceConnectUrl: string;
  readonly linkBase: Record<Agency, string>;
  readonly now: () => number;
  readonly storage: DraftStorage | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_LINK_BASE: Record<Agency, string> = { caf: '/mon-compte/', msa: '/mon-espace-prive/' };

export function resolveOptions(options: MemoryAdapterOptions = {}): ResolvedOptions {
  const now = options.now ?? (() => Date.now());
  const today = options.today ?? toIsoDate(new Date(now()));
  if (!ISO_DATE.test(today)) throw new TypeError(`createMemoryAdapter: "today" must be YYYY-MM-DD, got ${today}`);
  const seconds = (value: number | undefined, fallback: number) => Math.max(0, value ?? fallback) * 1000;
  return {
    today,
    latency: Math.max(0, options.latency ?? 0),
    agency: options.agency,
    signedIn: options.signedIn,
    requireCodeAtLogin: options.requireCodeAtLogin ?? false,
    codeTtlMs: seconds(options.codeTtlSeconds, 600),
    resendDelayMs: seconds(options.resendDelaySeconds, 30),
    maxCodeAttempts: Math.max(1, options.maxCodeAttempts ?? 3),
    maxLoginFailures: Math.max(1, options.maxLoginFailures ?? 5),
    lockMs: seconds(options.lockMinutes, 15) * 60,
    sessionMs: seconds(options.sessionMinutes, 30) * 60,
    franceConnectUrl: options.franceConnectUrl ?? '/demo/franceconnect',
    linkBase: { ...DEFAULT_LINK_BASE, ...options.linkBase },
    now,
    storage: options.storage,
  };
}
