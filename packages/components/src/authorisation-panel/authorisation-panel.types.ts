/** Types and pure functions shared by the modules of mc-authorisation-panel (the class, its templates, its history). */
import type {
  Authorisation,
  AuthorisationStatus,
  authorisationPanelMessages,
  commonMessages,
  errorMessages,
  KeysOf,
  MessageParams,
  PersonRef,
  signedOutMessages,
} from '@moncompte/core';

/** The message keys the panel shows: its own catalogue, the common words, the error messages and « Vous êtes déconnecté. ». */
export type PanelKey = KeysOf<[typeof authorisationPanelMessages, typeof commonMessages, typeof errorMessages, typeof signedOutMessages]>;

export type Translate = (key: PanelKey, params?: MessageParams) => string;

/**
 * What the confirmation dialog asks about: giving an authorisation to a candidate, withdrawing one the person
 * gave (`revoke`, by the grantor), or giving up one the person received (`renounce`, by the grantee).
 */
export type PendingAction =
  | { readonly kind: 'grant'; readonly person: PersonRef }
  | { readonly kind: 'revoke' | 'renounce'; readonly authorisation: Authorisation };

export type ActionKind = PendingAction['kind'];

/** `mc-authorisation-granted` and `mc-authorisation-revoked`: the authorisation as the adapter answered it. */
export interface AuthorisationEventDetail {
  /** Active for a grant; `ended` for a revocation (`endedBy` says which side ended it). */
  readonly authorisation: Authorisation;
}

/** The status after `kind`, from the adapter's answer `a` (the authorisation given, withdrawn or given up). */
export function withAction(s: AuthorisationStatus, kind: ActionKind, a: Authorisation): AuthorisationStatus {
  if (kind === 'grant') {
    return { ...s, given: [...s.given.filter((g) => g.id !== a.id), a], candidates: s.candidates.filter((c) => c.id !== a.grantee.id) };
  }
  if (kind === 'revoke') {
    // The partner on the file can be authorised again.
    const candidates = s.candidates.some((c) => c.id === a.grantee.id) ? s.candidates : [...s.candidates, a.grantee];
    return { ...s, given: s.given.filter((g) => g.id !== a.id), candidates };
  }
  return { ...s, received: s.received.filter((r) => r.id !== a.id) };
}

/** The other person of an action: the candidate, the grantee of a revocation, the grantor of a renunciation. */
export function otherPerson(action: PendingAction): PersonRef {
  if (action.kind === 'grant') return action.person;
  return action.kind === 'revoke' ? action.authorisation.grantee : action.authorisation.grantor;
}
