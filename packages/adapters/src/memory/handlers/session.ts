/** Log-in, session, FranceConnect, current file, and confirmation codes (verify, resend, switch channel). */
import {
  AdapterError,
  validateCode,
  type CodeChallenge,
  type CodeVerification,
  type CurrentSession,
  type FranceConnectInput,
  type LoginInput,
  type LoginOutcome,
  type Redirect,
  type ResendCodeInput,
  type SelectFileInput,
  type Session,
  type SwitchCodeChannelInput,
  type VerifyCodeInput,
} from '@moncompte/core';
import { DEMO_ACCOUNTS } from '../demo-accounts.js';
import { DEMO_CODE, normaliseIdentifier, validationError, type Store } from '../store.js';

/** What the demo's FranceConnect callback gives: the new session and the path the round trip asked to come back to. */
export interface FranceConnectCompletion {
  readonly session: Session;
  readonly returnTo: string | undefined;
}

export function login(store: Store, input: LoginInput): LoginOutcome {
  const identifier = normaliseIdentifier(input.identifierKind, input.identifier);
  const key = `${input.identifierKind}:${identifier}`;
  const now = store.now();
  const failures = store.failures.get(key) ?? { count: 0, lockedUntil: 0 };
  if (failures.lockedUntil > now) return { status: 'locked', until: new Date(failures.lockedUntil).toISOString() };

  const account = store.findAccount(input.identifierKind, identifier);
  // Unknown identifier and wrong password take the same path: same outcome, same lock-out.
  if (!account || account.password !== input.password) {
    failures.count += 1;
    if (failures.count >= store.options.maxLoginFailures) {
      failures.count = 0;
      failures.lockedUntil = now + store.options.lockMs;
      store.failures.set(key, failures);
      return { status: 'locked', until: new Date(failures.lockedUntil).toISOString() };
    }
    store.failures.set(key, failures);
    return { status: 'invalid-credentials' };
  }
  store.failures.delete(key);

  if (account.status === 'migration-required') {
    const migrationToken = store.id('mig');
    store.migrations.set(migrationToken, { accountId: account.id, termsAccepted: false, newPassword: null, expiresAt: now + 3600_000 });
    return { status: 'migration-required', migrationToken, termsVersion: store.world.terms.version };
  }
  if (store.options.requireCodeAtLogin) {
    const destinations = {
      ...(account.mobile ? { sms: account.mobile } : {}),
      ...(account.email ? { email: account.email } : {}),
    };
    const challenge = store.createChallenge({
      purpose: 'login',
      accountId: account.id,
      channel: account.mobile ? 'sms' : 'email',
      destinations,
      disclose: true,
      payload: { rememberMe: input.rememberMe },
    });
    return { status: 'code-required', challenge: store.challengeView(challenge) };
  }
  return { status: 'success', session: store.sessionView(store.openSession(account, 'password', input.rememberMe)) };
}

export function logout(store: Store): void {
  store.session = null;
}

export function getSession(store: Store): CurrentSession {
  const session = store.liveSession();
  return { session: session ? store.sessionView(session) : null };
}

export function startFranceConnect(store: Store, input: FranceConnectInput): Redirect {
  const state = store.id('state');
  const nonce = store.id('nonce');
  const base = store.options.franceConnectUrl;
  store.franceConnectRequests.set(state, { variant: input.variant, returnTo: input.returnTo, expiresAt: store.now() + FRANCECONNECT_TTL_MS });
  if (input.variant === 'franceconnect-plus') {
    // FranceConnect+ is demonstrated with a form post, the other shape a back end may answer.
    return {
      method: 'POST',
      url: base,
      fields: { variant: input.variant, state, nonce, acr_values: 'eidas2', ...(input.returnTo ? { returnTo: input.returnTo } : {}) },
    };
  }
  const query = new URLSearchParams({ variant: input.variant, state, nonce, ...(input.returnTo ? { returnTo: input.returnTo } : {}) });
  return { method: 'GET', url: `${base}?${query.toString()}` };
}

/** How long a FranceConnect round trip may take before its `state` is refused. */
const FRANCECONNECT_TTL_MS = 10 * 60 * 1000;

/**
 * The back end's FranceConnect callback, played by the demo: the `state` it issued (once, within 10 minutes)
 * opens a session with the identity FranceConnect "returned" — the agency's demo account (CAF by default).
 */
export function completeFranceConnect(store: Store, state: string): FranceConnectCompletion {
  const request = store.franceConnectRequests.get(state);
  store.franceConnectRequests.delete(state);
  if (!request || store.now() >= request.expiresAt) throw new AdapterError('not-found', 'Unknown or expired FranceConnect state');
  const identifier = DEMO_ACCOUNTS[store.options.agency ?? 'caf'].identifier;
  const account = store.world.accounts.find((a) => a.identifier === identifier);
  if (!account) throw new AdapterError('not-found', `No seeded account ${identifier}`);
  const session = store.sessionView(store.openSession(account, request.variant, false));
  return { session, returnTo: request.returnTo };
}

export function selectFile(store: Store, input: SelectFileInput): Session {
  const { session, account } = store.requireSession();
  if (!store.filesOf(account.personId).some((f) => f.id === input.fileId)) throw new AdapterError('not-found', `No file ${input.fileId}`);
  session.currentFileId = input.fileId;
  return store.sessionView(session);
}

export function verifyCode(store: Store, input: VerifyCodeInput): CodeVerification {
  const challenge = store.challenge(input.challengeId);
  // A contact-change code counts only in the session of the account that asked for it (checked before the code).
  if (challenge.purpose === 'contact' && store.requireSession().account.id !== challenge.accountId) throw new AdapterError('unauthorized', 'Sign in again');
  const check = validateCode(input.code, DEMO_CODE.length);
  if (!check.ok) throw validationError({ code: check.problems });
  if (challenge.state === 'blocked') return { status: 'too-many-attempts' };
  if (challenge.state === 'used' || store.now() >= challenge.expiresAt) return { status: 'expired' };
  if (check.value !== DEMO_CODE) {
    challenge.attempts += 1;
    const attemptsLeft = store.options.maxCodeAttempts - challenge.attempts;
    if (attemptsLeft <= 0) {
      challenge.state = 'blocked';
      return { status: 'too-many-attempts' };
    }
    return { status: 'invalid', attemptsLeft };
  }
  challenge.state = 'used';
  switch (challenge.purpose) {
    case 'login': {
      const account = store.accountById(challenge.accountId ?? '');
      return { status: 'valid', session: store.sessionView(store.openSession(account, 'password', challenge.payload.rememberMe === true)) };
    }
    case 'contact': {
      // The code went to the new contact details: it proves them, they are saved.
      const account = store.accountById(challenge.accountId!);
      const destination = String(challenge.destinations[challenge.channel]);
      if (challenge.channel === 'email') account.email = destination;
      else account.mobile = destination;
      account.history.unshift({ id: store.id('h'), at: store.nowIso(), kind: 'contact-changed' });
      return { status: 'valid' };
    }
    case 'migration':
      return { status: 'valid', session: completeMigration(store, String(challenge.payload.migrationToken), challenge.channel, String(challenge.destinations[challenge.channel])) };
    case 'reset':
    case 'registration': {
      const token = store.id('tok');
      store.tokens.set(token, { purpose: challenge.purpose, accountId: challenge.accountId, payload: challenge.payload, expiresAt: store.now() + 3600_000 });
      return { status: 'valid', token };
    }
  }
}

function completeMigration(store: Store, token: string, channel: 'sms' | 'email', destination: string): Session {
  const migration = store.migrations.get(token);
  if (!migration || migration.newPassword === null) throw new AdapterError('conflict', 'Migration not ready');
  const account = store.accountById(migration.accountId);
  account.password = migration.newPassword;
  account.status = 'active';
  if (channel === 'email') account.email = destination;
  else account.mobile = destination;
  const at = store.nowIso();
  account.history.unshift({ id: store.id('h'), at, kind: 'password-changed' }, { id: store.id('h'), at, kind: 'contact-changed' });
  store.migrations.delete(token);
  return store.sessionView(store.openSession(account, 'password', false));
}

function pendingChallenge(store: Store, id: string) {
  const challenge = store.challenge(id);
  if (challenge.state !== 'pending') throw new AdapterError('conflict', 'This code can no longer be sent');
  return challenge;
}

export function resendCode(store: Store, input: ResendCodeInput): CodeChallenge {
  const challenge = pendingChallenge(store, input.challengeId);
  const now = store.now();
  if (now < challenge.resendAt) {
    throw new AdapterError('rate-limited', 'Too early to resend', { retryAfterSeconds: Math.ceil((challenge.resendAt - now) / 1000) });
  }
  challenge.expiresAt = now + store.options.codeTtlMs;
  challenge.resendAt = now + store.options.resendDelayMs;
  return store.challengeView(challenge);
}

export function switchCodeChannel(store: Store, input: SwitchCodeChannelInput): CodeChallenge {
  const challenge = pendingChallenge(store, input.challengeId);
  if (!(input.channel in challenge.destinations)) throw validationError({ channel: [{ key: 'error.validation' }] });
  const now = store.now();
  challenge.channel = input.channel;
  challenge.expiresAt = now + store.options.codeTtlMs;
  challenge.resendAt = now + store.options.resendDelayMs;
  return store.challengeView(challenge);
}
