/** Types shared by the modules of mc-authorisation-panel (the class, its templates, its history). */
import type {
  Authorisation,
  authorisationPanelMessages,
  commonMessages,
  errorMessages,
  KeysOf,
  MessageParams,
  PersonRef,
} from '@moncompte/core';

/** The message keys the panel shows: its own catalogue, the common words and the error messages. */
export type PanelKey = KeysOf<[typeof authorisationPanelMessages, typeof commonMessages, typeof errorMessages]>;

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

/** The other person of an action: the candidate, the grantee of a revocation, the grantor of a renunciation. */
export function otherPerson(action: PendingAction): PersonRef {
  if (action.kind === 'grant') return action.person;
  return action.kind === 'revoke' ? action.authorisation.grantee : action.authorisation.grantor;
}
