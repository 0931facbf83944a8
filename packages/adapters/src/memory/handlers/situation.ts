/** Change-of-situation flows: the flows as data, drafts (memory + optional storage), idempotent submission. */
import {
  AdapterError,
  checkFlow,
  SituationDraftSchema,
  stepAt,
  SUMMARY_STEP,
  type DraftResult,
  type FlowRefInput,
  type SaveDraftInput,
  type SituationDraft,
  type SituationFlow,
  type SituationFlowList,
  type SituationReceipt,
  type SubmitSituationInput,
} from '@moncompte/core';
import { validationError, type Store } from '../store.js';
import type { AccountRecord } from '../world.js';
import { acknowledgement, once, reference } from './submissions.js';

/** What a person with limited access to the current file may still declare on it. */
const LIMITED_FLOWS: readonly string[] = ['separation'];

/** The flows of the agency of the current file (of the account's agency when the person has no file). */
function agencyFlows(store: Store): readonly SituationFlow[] {
  const { session, account } = store.requireSession();
  const agency = session.currentFileId ? store.fileById(session.currentFileId).agency : account.agency;
  return store.world.flows[agency];
}

/** The flows the signed-in person may declare on the current file. */
function allowedFlows(store: Store): readonly SituationFlow[] {
  const { session } = store.requireSession();
  const limited = session.currentFileId !== null && store.access(session.currentFileId) === 'limited';
  const flows = agencyFlows(store);
  return limited ? flows.filter((f) => LIMITED_FLOWS.includes(f.id)) : flows;
}

function flow(store: Store, flowId: string): SituationFlow {
  const found = agencyFlows(store).find((f) => f.id === flowId);
  if (!found) throw new AdapterError('not-found', `No flow ${flowId}`);
  if (!allowedFlows(store).includes(found)) throw new AdapterError('forbidden', 'Limited access: only a separation can be declared on this file');
  return found;
}

export function listSituationFlows(store: Store): SituationFlowList {
  return { flows: allowedFlows(store).map(({ id, title, description }) => ({ id, title, ...(description ? { description } : {}) })) };
}

export function getSituationFlow(store: Store, input: FlowRefInput): SituationFlow {
  store.requireSession();
  return flow(store, input.flowId);
}

function draftKey(store: Store, flowId: string): string {
  return `mc-draft:${store.requireSession().account.id}:${flowId}`;
}

export function getSituationDraft(store: Store, input: FlowRefInput): DraftResult {
  flow(store, input.flowId);
  const key = draftKey(store, input.flowId);
  const inMemory = store.drafts.get(key);
  if (inMemory) return { draft: inMemory };
  const stored = store.options.storage?.getItem(key);
  if (!stored) return { draft: null };
  try {
    const parsed = SituationDraftSchema.safeParse(JSON.parse(stored));
    return { draft: parsed.success ? parsed.data : null };
  } catch {
    return { draft: null };
  }
}

export function saveSituationDraft(store: Store, input: SaveDraftInput): SituationDraft {
  const current = flow(store, input.flowId);
  if (input.flowVersion !== current.version) throw new AdapterError('conflict', 'The flow has changed');
  // A step id, or a repeated step's place for one person (`contract@p-lea`).
  const known = (id: string) => id === SUMMARY_STEP || stepAt(current, id) !== undefined;
  if (!known(input.currentStepId) || !input.path.every(known)) throw validationError({ currentStepId: [{ key: 'error.validation' }] });
  const draft: SituationDraft = { ...input, savedAt: store.nowIso() };
  const key = draftKey(store, input.flowId);
  store.drafts.set(key, draft);
  store.options.storage?.setItem(key, JSON.stringify(draft));
  return draft;
}

export function deleteSituationDraft(store: Store, input: FlowRefInput): void {
  const key = draftKey(store, input.flowId);
  store.drafts.delete(key);
  store.options.storage?.removeItem(key);
}

export function submitSituationChange(store: Store, input: SubmitSituationInput): SituationReceipt {
  const { account, session } = store.requireSession();
  const current = flow(store, input.flowId);
  const { idempotencyKey, ...content } = input;
  return once(store, account, idempotencyKey, content, () => {
    if (input.flowVersion !== current.version) throw new AdapterError('conflict', 'The flow has changed');
    const file = session.currentFileId ? store.fileById(session.currentFileId) : undefined;
    const result = checkFlow(current, input.answers, { today: store.today, personIds: file?.members.map((m) => m.personId) ?? [] });
    if (result.end !== 'summary' || Object.keys(result.problems).length > 0) {
      throw validationError(result.problems, result.end === 'info' ? 'Nothing to declare for these answers' : 'Invalid answers');
    }
    const receipt: SituationReceipt = { reference: reference(store, account), submittedAt: store.nowIso(), acknowledgement: acknowledgement(account) };
    file?.procedures.unshift({ id: store.id('pr'), title: current.title, status: 'submitted', updatedAt: store.today, reference: receipt.reference });
    account.history.unshift({ id: store.id('h'), at: receipt.submittedAt, kind: 'situation-declared' });
    const key = `mc-draft:${account.id}:${current.id}`;
    store.drafts.delete(key);
    store.options.storage?.removeItem(key);
    if (current.id === 'separation') endBySeparation(store, account, receipt.submittedAt);
    return receipt;
  });
}

/**
 * "Après la déclaration d’une séparation, l’autorisation de gestion du dossier prend fin automatiquement." The
 * partners no longer share a file either: the partner leaves the files the person holds, and the person leaves the
 * files they were the partner on (the session moves to a file of their own), so nobody is offered to authorise the
 * former partner again.
 */
function endBySeparation(store: Store, account: AccountRecord, at: string): void {
  const { personId } = account;
  let ended = false;
  for (const authorisation of store.world.authorisations) {
    if (authorisation.status !== 'active' || (authorisation.grantor.id !== personId && authorisation.grantee.id !== personId)) continue;
    authorisation.status = 'ended';
    authorisation.endedAt = store.today;
    authorisation.endedBy = 'separation';
    ended = true;
    store.world.authorisationEvents.unshift({
      id: store.id('ae'), at, action: 'ended', endedBy: 'separation', grantor: authorisation.grantor, grantee: authorisation.grantee,
    });
    const other = authorisation.grantor.id === personId ? authorisation.grantee : authorisation.grantor;
    store.notifyAuthorisation(other.id, authorisation.fileId, 'Une séparation a été déclarée : l’autorisation de gestion du dossier a pris fin');
  }
  if (ended) account.history.unshift({ id: store.id('h'), at, kind: 'authorisation-ended' });
  for (const file of store.world.files) {
    const mine = file.holderId === personId;
    const member = file.members.find((m) => m.personId === personId);
    if (mine) file.members = file.members.filter((m) => m.role !== 'partner');
    else if (member?.role === 'partner') file.members = file.members.filter((m) => m !== member);
  }
  const session = store.liveSession();
  if (session && session.currentFileId && !store.filesOf(personId).some((f) => f.id === session.currentFileId)) {
    session.currentFileId = store.filesOf(personId)[0]?.id ?? null;
  }
}
