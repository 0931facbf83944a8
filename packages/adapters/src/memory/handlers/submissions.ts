/** Idempotent submissions shared by situation changes and documents: same key → same receipt. */
import { AdapterError, type Acknowledgement, type DocumentReceipt, type SituationReceipt } from '@moncompte/core';
import { mask, type Store } from '../store.js';
import type { AccountRecord } from '../world.js';

/** JSON with sorted object keys, so two equal inputs give the same text. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * Runs `submit` once per idempotency key: a repeated key with the same content returns the first receipt,
 * with other content answers `conflict`.
 */
export function once<R extends SituationReceipt | DocumentReceipt>(store: Store, account: AccountRecord, key: string, content: unknown, submit: () => R): R {
  const id = `${account.id}:${key}`;
  const print = fingerprint(content);
  const previous = store.submissions.get(id);
  if (previous) {
    if (previous.fingerprint !== print) throw new AdapterError('conflict', 'This idempotency key was used for another submission');
    return previous.receipt as R;
  }
  const receipt = submit();
  store.submissions.set(id, { fingerprint: print, receipt });
  return receipt;
}

export function reference(store: Store, account: AccountRecord): string {
  const prefix = store.world.agencies[account.agency].referencePrefix;
  return `${prefix}-${store.today.replace(/-/g, '')}-${String(store.nextSequence()).padStart(4, '0')}`;
}

/** "Un accusé de réception est immédiatement envoyé sur l'adresse mail connue dans le dossier". */
export function acknowledgement(account: AccountRecord): Acknowledgement {
  return account.email
    ? { channel: 'email', destination: mask('email', account.email) }
    : { channel: 'inbox', destination: account.agency === 'caf' ? 'Mon Compte – Mes messages' : 'Mon espace privé – Mes documents' };
}
