/**
 * The adapter's mutable state (the world plus sessions, codes, tokens, uploads, submissions) and the helpers
 * the handlers share: the current account and file, errors, masking, code challenges.
 */
import {
  AdapterError,
  type CodeChallenge,
  type CodeChannel,
  type ContactInput,
  type DocumentReceipt,
  type IdentifierKind,
  type PersonRef,
  type Problem,
  type Session,
  type SituationDraft,
  type SituationReceipt,
  type FileKind,
  validateNir,
  validateProvisionalIdentifier,
} from '@moncompte/core';
import { randomId } from '../shared/abort.js';
import type { ResolvedOptions } from './options.js';
import type { AccountRecord, FileRecord, PersonRecord, World } from './world.js';
import { createWorld, linkTo } from './seed/index.js';

/** The demo confirmation code, valid for every challenge. */
export const DEMO_CODE = '123456';

export interface SessionRecord {
  accountId: string;
  method: Session['method'];
  currentFileId: string | null;
  authenticatedAt: number;
  expiresAt: number;
  persistent: boolean;
}

export type ChallengePurpose = 'login' | 'reset' | 'registration' | 'migration' | 'contact';

export interface ChallengeRecord {
  id: string;
  purpose: ChallengePurpose;
  /** `null` for a forgotten-password request about an unknown identifier (it behaves the same). */
  accountId: string | null;
  channel: CodeChannel;
  /** Destination per channel, unmasked; '' when not disclosed. */
  destinations: Partial<Record<CodeChannel, string>>;
  disclose: boolean;
  expiresAt: number;
  resendAt: number;
  attempts: number;
  state: 'pending' | 'used' | 'blocked';
  /** What the valid code unlocks (remember-me of a log-in, the registration form, the migration token). */
  payload: Record<string, unknown>;
}

export interface TokenRecord {
  purpose: 'reset' | 'registration';
  accountId: string | null;
  payload: Record<string, unknown>;
  expiresAt: number;
}

export interface MigrationRecord {
  accountId: string;
  termsAccepted: boolean;
  newPassword: string | null;
  expiresAt: number;
}

export interface FranceConnectRequest {
  variant: 'franceconnect' | 'franceconnect-plus';
  returnTo: string | undefined;
  expiresAt: number;
}

export interface UploadRecord {
  ownerId: string;
  name: string;
  size: number;
  kind: FileKind;
}

export class Store {
  world: World;
  session: SessionRecord | null = null;
  readonly challenges = new Map<string, ChallengeRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly migrations = new Map<string, MigrationRecord>();
  readonly failures = new Map<string, { count: number; lockedUntil: number }>();
  readonly uploads = new Map<string, UploadRecord>();
  readonly submissions = new Map<string, { fingerprint: string; receipt: SituationReceipt | DocumentReceipt }>();
  readonly drafts = new Map<string, SituationDraft>();
  /** FranceConnect round trips started (`state` → what they asked), each completed once at most. */
  readonly franceConnectRequests = new Map<string, FranceConnectRequest>();
  private sequence = 0;

  constructor(readonly options: ResolvedOptions) {
    this.world = createWorld(options.today, options.linkBase);
  }

  now(): number {
    return this.options.now();
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  /** Today of the world (the seed's reference date). */
  get today(): string {
    return this.world.today;
  }

  nextSequence(): number {
    this.sequence += 1;
    return this.sequence;
  }

  id(prefix: string): string {
    return randomId(prefix);
  }

  // ── people, accounts, files ───────────────────────────────────────────────
  person(id: string): PersonRecord {
    const person = this.world.persons.find((p) => p.id === id);
    if (!person) throw new AdapterError('not-found', `No person ${id}`);
    return person;
  }

  personRef(id: string): PersonRef {
    const { firstName, lastName } = this.person(id);
    return { id, firstName, lastName };
  }

  accountById(id: string): AccountRecord {
    const account = this.world.accounts.find((a) => a.id === id);
    if (!account) throw new AdapterError('not-found', `No account ${id}`);
    return account;
  }

  /** The account for an identifier, restricted to the adapter's agency when one is set. */
  findAccount(kind: IdentifierKind, identifier: string): AccountRecord | undefined {
    return this.world.accounts.find(
      (a) => a.identifierKind === kind && a.identifier === identifier && (!this.options.agency || a.agency === this.options.agency),
    );
  }

  filesOf(personId: string): FileRecord[] {
    return this.world.files.filter((f) => f.members.some((m) => m.personId === personId));
  }

  fileById(id: string): FileRecord {
    const file = this.world.files.find((f) => f.id === id);
    if (!file) throw new AdapterError('not-found', `No file ${id}`);
    return file;
  }

  // ── session ───────────────────────────────────────────────────────────────
  /** The live session, dropping it when expired. */
  liveSession(): SessionRecord | null {
    if (this.session && this.session.expiresAt <= this.now()) this.session = null;
    return this.session;
  }

  /** The live session (sliding: each use extends a session that is not "remember me"), else `unauthorized`. */
  requireSession(): { session: SessionRecord; account: AccountRecord } {
    const session = this.liveSession();
    if (!session) throw new AdapterError('unauthorized', 'No session');
    if (!session.persistent) session.expiresAt = Math.max(session.expiresAt, this.now() + this.options.sessionMs);
    return { session, account: this.accountById(session.accountId) };
  }

  /** The current file of the session (`not-found` when the person is on none). */
  currentFile(): FileRecord {
    const { session } = this.requireSession();
    if (!session.currentFileId) throw new AdapterError('not-found', 'No current file');
    return this.fileById(session.currentFileId);
  }

  /**
   * What the signed-in person may do on a file: `full` (its holder), `authorised` (given the holder's management
   * authorisation), `limited` otherwise — the spouse without it consults, declares a separation and changes their
   * own contact details, but does not manage the file (the CAF's guide, seed 001).
   */
  access(fileId: string): 'full' | 'authorised' | 'limited' {
    const { account } = this.requireSession();
    const file = this.fileById(fileId);
    if (file.holderId === account.personId) return 'full';
    return this.activeAuthorisation(fileId, account.personId) ? 'authorised' : 'limited';
  }

  /**
   * A new, unread message to `personId` from the agency of the file, leading to the authorisations page: a partner
   * is told when a management authorisation is given to them or ends ("il est informé qu'il a une autorisation de
   * gestion", seed 001).
   */
  notifyAuthorisation(personId: string, fileId: string, subject: string): void {
    const { agency } = this.fileById(fileId);
    const message = {
      id: this.id('msg'),
      subject,
      sender: this.world.agencies[agency].messageSender,
      receivedAt: this.nowIso(),
      unread: true,
      href: linkTo(this.options.linkBase[agency])('gerer-mon-compte/autorisations'),
    };
    (this.world.messages[personId] ??= []).unshift(message);
  }

  /** The holder's management authorisation of a file given to `granteeId`, while it lasts. */
  activeAuthorisation(fileId: string, granteeId: string) {
    return this.world.authorisations.find((a) => a.fileId === fileId && a.grantee.id === granteeId && a.status === 'active');
  }

  /** The current file may be managed (its payments, its declarations other than a separation): else `forbidden`. */
  requireManagement(): void {
    const { session } = this.requireSession();
    if (session.currentFileId && this.access(session.currentFileId) === 'limited') {
      throw new AdapterError('forbidden', 'Limited access: the holder has not authorised you to manage this file');
    }
  }

  openSession(account: AccountRecord, method: Session['method'], persistent: boolean): SessionRecord {
    const now = this.now();
    const own = this.filesOf(account.personId);
    const file = own.find((f) => f.holderId === account.personId) ?? own[0];
    this.session = {
      accountId: account.id,
      method,
      currentFileId: file?.id ?? null,
      authenticatedAt: now,
      expiresAt: now + (persistent ? 30 * 24 * 3600 * 1000 : this.options.sessionMs),
      persistent,
    };
    account.history.unshift({ id: this.id('h'), at: new Date(now).toISOString(), kind: 'login', method });
    return this.session;
  }

  sessionView(record: SessionRecord): Session {
    const account = this.accountById(record.accountId);
    const person = this.person(account.personId);
    return {
      user: { id: person.id, firstName: person.firstName, lastName: person.lastName },
      agency: account.agency,
      method: record.method,
      currentFileId: record.currentFileId,
      authenticatedAt: new Date(record.authenticatedAt).toISOString(),
      expiresAt: new Date(record.expiresAt).toISOString(),
      persistent: record.persistent,
      identifier: account.identifier,
    };
  }

  // ── codes ─────────────────────────────────────────────────────────────────
  createChallenge(init: Pick<ChallengeRecord, 'purpose' | 'accountId' | 'channel' | 'destinations' | 'disclose' | 'payload'>): ChallengeRecord {
    const now = this.now();
    const record: ChallengeRecord = {
      ...init,
      id: this.id('ch'),
      expiresAt: now + this.options.codeTtlMs,
      resendAt: now + this.options.resendDelayMs,
      attempts: 0,
      state: 'pending',
    };
    this.challenges.set(record.id, record);
    return record;
  }

  challengeView(record: ChallengeRecord): CodeChallenge {
    const destination = record.destinations[record.channel];
    return {
      id: record.id,
      channel: record.channel,
      maskedDestination: record.disclose && destination ? mask(record.channel, destination) : '',
      length: DEMO_CODE.length,
      expiresAt: new Date(record.expiresAt).toISOString(),
      resendAvailableAt: new Date(record.resendAt).toISOString(),
      channels: (['sms', 'email'] as const).filter((c) => c in record.destinations),
    };
  }

  challenge(id: string): ChallengeRecord {
    const record = this.challenges.get(id);
    if (!record) throw new AdapterError('not-found', `No challenge ${id}`);
    return record;
  }
}

// ── helpers ─────────────────────────────────────────────────────────────────
export function validationError(fieldErrors: Record<string, readonly Problem[]>, message = 'Invalid input'): AdapterError {
  return new AdapterError('validation', message, { fieldErrors });
}

/** Normalises an identifier with the validators; `validation` on the `identifier` field otherwise. */
export function normaliseIdentifier(kind: IdentifierKind, identifier: string): string {
  const result = kind === 'nir' ? validateNir(identifier, { allowTemporary: true }) : validateProvisionalIdentifier(identifier);
  if (!result.ok) throw validationError({ identifier: result.problems });
  return result.value;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MOBILE = /^(?:0|\+33|0033)[67]\d{8}$/;

/** Checks contact details; returns the normalised value (a mobile without separators). */
export function normaliseContact(contact: ContactInput, field = 'contact'): string {
  if (contact.channel === 'email') {
    const value = contact.value.trim();
    if (!EMAIL.test(value)) throw validationError({ [field]: [{ key: 'contact.emailInvalid' }] });
    return value;
  }
  const value = contact.value.replace(/[\s.\-()]/g, '');
  if (!MOBILE.test(value)) throw validationError({ [field]: [{ key: 'contact.mobileInvalid' }] });
  return value.replace(/^(?:\+33|0033)/, '0');
}

/** `m••••@exemple.fr`, `06 •• •• •• 78`. */
export function mask(channel: CodeChannel, value: string): string {
  if (channel === 'email') {
    const [local = '', domain = ''] = value.split('@');
    return `${local.slice(0, 1)}${'•'.repeat(Math.max(3, local.length - 1))}@${domain}`;
  }
  const digits = value.replace(/\D/g, '');
  return `${digits.slice(0, 2)} •• •• •• ${digits.slice(-2)}`;
}
