/** Management authorisations between partners: status both ways, grant, revoke (either side), history. */
import {
  AdapterError,
  type Authorisation,
  type AuthorisationHistory,
  type AuthorisationStatus,
  type GrantAuthorisationInput,
  type PersonRef,
  type RevokeAuthorisationInput,
} from '@moncompte/core';
import type { Store } from '../store.js';

const fullName = (person: PersonRef) => `${person.firstName} ${person.lastName}`;

/** Partners on the files the person holds, with the file, who have no active authorisation from them yet. */
function candidates(store: Store, personId: string): { fileId: string; person: PersonRef }[] {
  const result: { fileId: string; person: PersonRef }[] = [];
  for (const file of store.world.files) {
    if (file.holderId !== personId) continue;
    for (const member of file.members) {
      if (member.role !== 'partner') continue;
      const active = store.world.authorisations.some((a) => a.fileId === file.id && a.grantee.id === member.personId && a.status === 'active');
      if (!active) result.push({ fileId: file.id, person: store.personRef(member.personId) });
    }
  }
  return result;
}

export function getAuthorisations(store: Store): AuthorisationStatus {
  const { account } = store.requireSession();
  const me = account.personId;
  const active = store.world.authorisations.filter((a) => a.status === 'active');
  return {
    given: active.filter((a) => a.grantor.id === me),
    received: active.filter((a) => a.grantee.id === me),
    candidates: candidates(store, me).map((c) => c.person),
  };
}

export function grantAuthorisation(store: Store, input: GrantAuthorisationInput): Authorisation {
  const { account } = store.requireSession();
  const me = account.personId;
  const already = store.world.authorisations.some((a) => a.grantor.id === me && a.grantee.id === input.personId && a.status === 'active');
  if (already) throw new AdapterError('conflict', 'Already authorised');
  const candidate = candidates(store, me).find((c) => c.person.id === input.personId);
  if (!candidate) throw new AdapterError('forbidden', 'Only a partner on a file you hold can be authorised');
  const authorisation: Authorisation = {
    id: store.id('au'),
    fileId: candidate.fileId,
    grantor: store.personRef(me),
    grantee: candidate.person,
    since: store.today,
    status: 'active',
    endedAt: null,
    endedBy: null,
  };
  store.world.authorisations.push(authorisation);
  const at = store.nowIso();
  store.world.authorisationEvents.unshift({ id: store.id('ae'), at, action: 'granted', endedBy: null, grantor: authorisation.grantor, grantee: authorisation.grantee });
  account.history.unshift({ id: store.id('h'), at, kind: 'authorisation-granted' });
  store.notifyAuthorisation(authorisation.grantee.id, authorisation.fileId, `${fullName(authorisation.grantor)} vous a donné une autorisation de gestion de son dossier`);
  return authorisation;
}

export function revokeAuthorisation(store: Store, input: RevokeAuthorisationInput): Authorisation {
  const { account } = store.requireSession();
  const me = account.personId;
  const authorisation = store.world.authorisations.find((a) => a.id === input.authorisationId && (a.grantor.id === me || a.grantee.id === me));
  if (!authorisation) throw new AdapterError('not-found', `No authorisation ${input.authorisationId}`);
  if (authorisation.status !== 'active') throw new AdapterError('conflict', 'This authorisation has already ended');
  authorisation.status = 'ended';
  authorisation.endedAt = store.today;
  authorisation.endedBy = authorisation.grantor.id === me ? 'grantor' : 'grantee';
  const at = store.nowIso();
  store.world.authorisationEvents.unshift({
    id: store.id('ae'), at, action: 'ended', endedBy: authorisation.endedBy, grantor: authorisation.grantor, grantee: authorisation.grantee,
  });
  account.history.unshift({ id: store.id('h'), at, kind: 'authorisation-ended' });
  if (authorisation.endedBy === 'grantor') {
    store.notifyAuthorisation(authorisation.grantee.id, authorisation.fileId, `${fullName(authorisation.grantor)} a mis fin à votre autorisation de gestion de son dossier`);
  } else {
    store.notifyAuthorisation(authorisation.grantor.id, authorisation.fileId, `${fullName(authorisation.grantee)} a renoncé à l’autorisation de gestion de votre dossier`);
  }
  return authorisation;
}

export function getAuthorisationHistory(store: Store): AuthorisationHistory {
  const { account } = store.requireSession();
  const me = account.personId;
  return { events: store.world.authorisationEvents.filter((e) => e.grantor.id === me || e.grantee.id === me) };
}
