/** Password policy, forgotten password, account creation, first-connection migration, history. */
import {
  AdapterError,
  checkPassword,
  type AcceptTermsInput,
  type AccountHistory,
  type Agency,
  type ChangePasswordInput,
  type ContactChangeInput,
  type ContactInput,
  type CodeChallenge,
  type CompletePasswordResetInput,
  type CompleteRegistrationInput,
  type IdentifierKind,
  type MigrationContactInput,
  type MigrationPasswordInput,
  type PasswordPolicy,
  type PasswordResetRequest,
  type RegistrationInput,
  type Session,
  type TermsOfUse,
} from '@moncompte/core';
import { normaliseContact, normaliseIdentifier, validationError, type ChallengePurpose, type MigrationRecord, type Store, type TokenRecord } from '../store.js';
import type { AccountRecord, PersonRecord } from '../world.js';

function defaultAgency(store: Store): Agency {
  return store.options.agency ?? 'caf';
}

function policyFor(store: Store, agency: Agency): PasswordPolicy {
  return store.world.agencies[agency].passwordPolicy;
}

/** A code sent to contact details the user typed (normalised, `validation` on `contact` when malformed), shown masked. */
function contactChallenge(
  store: Store,
  purpose: ChallengePurpose,
  accountId: string | null,
  contact: ContactInput,
  payload: (value: string) => Record<string, unknown>,
): CodeChallenge {
  const value = normaliseContact(contact);
  const challenge = store.createChallenge({
    purpose,
    accountId,
    channel: contact.channel,
    destinations: { [contact.channel]: value },
    disclose: true,
    payload: payload(value),
  });
  return store.challengeView(challenge);
}

/** Throws `validation` on `field` when the password breaks the policy. */
function checkNewPassword(policy: PasswordPolicy, password: string, field: string): void {
  const check = checkPassword(password, policy);
  if (!check.ok) throw validationError({ [field]: check.problems });
}

export function getPasswordPolicy(store: Store): PasswordPolicy {
  const session = store.liveSession();
  const agency = session ? store.accountById(session.accountId).agency : defaultAgency(store);
  return policyFor(store, agency);
}

export function requestPasswordReset(store: Store, input: PasswordResetRequest): CodeChallenge {
  const identifier = normaliseIdentifier(input.identifierKind, input.identifier);
  const account = store.findAccount(input.identifierKind, identifier);
  // Known or not, the same challenge: both channels offered, destination never disclosed.
  const challenge = store.createChallenge({
    purpose: 'reset',
    accountId: account?.id ?? null,
    channel: input.channel,
    destinations: { sms: account?.mobile ?? '', email: account?.email ?? '' },
    disclose: false,
    payload: {},
  });
  return store.challengeView(challenge);
}

function takeToken(store: Store, token: string, purpose: TokenRecord['purpose']): TokenRecord {
  const record = store.tokens.get(token);
  if (!record || record.purpose !== purpose || record.expiresAt <= store.now()) throw new AdapterError('not-found', 'Unknown or expired token');
  return record;
}

export function completePasswordReset(store: Store, input: CompletePasswordResetInput): void {
  const record = takeToken(store, input.resetToken, 'reset');
  const account = record.accountId ? store.accountById(record.accountId) : undefined;
  checkNewPassword(policyFor(store, account?.agency ?? defaultAgency(store)), input.newPassword, 'newPassword');
  store.tokens.delete(input.resetToken);
  // An unknown identifier ends here too, with the same answer: nothing to change.
  if (!account) return;
  account.password = input.newPassword;
  account.history.unshift({ id: store.id('h'), at: store.nowIso(), kind: 'password-changed' });
  store.failures.delete(`${account.identifierKind}:${account.identifier}`);
}

export function changePassword(store: Store, input: ChangePasswordInput): void {
  const { account } = store.requireSession();
  if (input.currentPassword !== account.password) throw validationError({ currentPassword: [{ key: 'account.currentPasswordWrong' }] });
  checkNewPassword(policyFor(store, account.agency), input.newPassword, 'newPassword');
  account.password = input.newPassword;
  account.history.unshift({ id: store.id('h'), at: store.nowIso(), kind: 'password-changed' });
}

export function startRegistration(store: Store, input: RegistrationInput): CodeChallenge {
  const identifier = normaliseIdentifier(input.identifierKind, input.identifier);
  return contactChallenge(store, 'registration', null, input.contact, (value) => ({
    ...input,
    identifier,
    contact: { channel: input.contact.channel, value },
  }));
}

export function completeRegistration(store: Store, input: CompleteRegistrationInput): Session {
  const record = takeToken(store, input.registrationToken, 'registration');
  const form = record.payload as unknown as RegistrationInput;
  const agency = defaultAgency(store);
  checkNewPassword(policyFor(store, agency), input.password, 'password');
  const kind: IdentifierKind = form.identifierKind;
  if (store.world.accounts.some((a) => a.identifierKind === kind && a.identifier === form.identifier)) {
    throw new AdapterError('conflict', 'An account already exists for this identifier');
  }
  store.tokens.delete(input.registrationToken);
  let person: PersonRecord | undefined = kind === 'nir' ? store.world.persons.find((p) => p.nir === form.identifier) : undefined;
  if (!person) {
    person = { id: store.id('p'), firstName: form.firstName ?? '', lastName: form.lastName ?? '', birthDate: form.birthDate, nir: kind === 'nir' ? form.identifier : null };
    store.world.persons.push(person);
  }
  const account: AccountRecord = {
    id: store.id('a'),
    agency,
    identifierKind: kind,
    identifier: form.identifier,
    password: input.password,
    status: 'active',
    personId: person.id,
    email: form.contact.channel === 'email' ? form.contact.value : null,
    mobile: form.contact.channel === 'sms' ? form.contact.value : null,
    history: [],
  };
  store.world.accounts.push(account);
  return store.sessionView(store.openSession(account, 'password', false));
}

export function getTermsOfUse(store: Store): TermsOfUse {
  return store.world.terms;
}

function migration(store: Store, token: string): MigrationRecord {
  const record = store.migrations.get(token);
  if (!record || record.expiresAt <= store.now()) throw new AdapterError('not-found', 'Unknown or expired migration');
  return record;
}

export function acceptTerms(store: Store, input: AcceptTermsInput): void {
  const record = migration(store, input.migrationToken);
  if (input.termsVersion !== store.world.terms.version) throw new AdapterError('conflict', 'The terms of use have changed');
  record.termsAccepted = true;
}

export function setMigrationPassword(store: Store, input: MigrationPasswordInput): void {
  const record = migration(store, input.migrationToken);
  if (!record.termsAccepted) throw new AdapterError('conflict', 'Accept the terms of use first');
  checkNewPassword(policyFor(store, store.accountById(record.accountId).agency), input.newPassword, 'newPassword');
  record.newPassword = input.newPassword;
}

export function sendMigrationCode(store: Store, input: MigrationContactInput): CodeChallenge {
  const record = migration(store, input.migrationToken);
  if (!record.termsAccepted || record.newPassword === null) throw new AdapterError('conflict', 'Choose the new password first');
  return contactChallenge(store, 'migration', record.accountId, input.contact, () => ({ migrationToken: input.migrationToken }));
}

export function sendContactChangeCode(store: Store, input: ContactChangeInput): CodeChallenge {
  const { account } = store.requireSession();
  // Nothing to change: no code is sent for the contact details already on the account.
  const current = input.contact.channel === 'email' ? account.email : account.mobile;
  if (current !== null && normaliseContact(input.contact) === current) throw validationError({ contact: [{ key: 'contact.unchanged' }] });
  return contactChallenge(store, 'contact', account.id, input.contact, () => ({}));
}

export function getAccountHistory(store: Store): AccountHistory {
  const { account } = store.requireSession();
  return { events: account.history };
}
