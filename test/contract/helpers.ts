/** Shared helpers of the contract suites: the factory type, demo logins, error expectations, test files. */
import { expect } from '@open-wc/testing';
import { AdapterError, type AdapterErrorKind, type LoginInput, type MonCompteAdapter } from '@moncompte/core';
import { DEMO_ACCOUNTS, type MemorySeedOptions } from '@moncompte/adapters/memory';

/** Makes an adapter over a FRESH demo world (same seed options as the in-memory adapter). */
export type AdapterFactory = (seed?: MemorySeedOptions) => Promise<MonCompteAdapter>;

/** The fixed "today" of every contract test. */
export const TODAY = '2026-10-12';

type Demo = (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS];
export function credentials(account: Demo, overrides: Partial<LoginInput> = {}): LoginInput {
  return { identifierKind: account.identifierKind, identifier: account.identifier, password: account.password, rememberMe: false, ...overrides };
}

/** Logs in with a demo account and checks it worked. */
export async function logIn(adapter: MonCompteAdapter, account: Demo = DEMO_ACCOUNTS.caf): Promise<void> {
  const outcome = await adapter.login(credentials(account));
  expect(outcome.status).to.equal('success');
}

/** Awaits a rejection and checks it is an AdapterError (of `kind` when given). */
export async function rejection(promise: Promise<unknown>, kind?: AdapterErrorKind): Promise<AdapterError> {
  let error: unknown;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  expect(AdapterError.is(error), `expected an AdapterError, got ${String(error)}`).to.equal(true);
  if (kind) expect((error as AdapterError).kind, (error as AdapterError).message).to.equal(kind);
  return error as AdapterError;
}

export function pdfFile(name = 'justificatif.pdf', size = 2048): File {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  return new File([bytes], name, { type: 'application/pdf' });
}

/** A Windows executable renamed `.pdf`: the content decides. */
export function exeAsPdf(): File {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00]);
  return new File([bytes], 'facture.pdf', { type: 'application/pdf' });
}

export function idempotencyKey(): string {
  return `test-${Math.random().toString(36).slice(2)}-${Date.now()}`;
}
