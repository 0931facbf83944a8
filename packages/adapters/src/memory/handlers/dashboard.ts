/** Files, household and the home-page tiles: read-only views of the current file and person. */
import {
  AdapterError,
  type Agenda,
  type AgendaInput,
  type Alerts,
  type ContactChannels,
  type FilesOverview,
  type Household,
  type HouseholdInput,
  type MessagesSummary,
  type News,
  type Pajemploi,
  type PaymentsSummary,
  type Procedures,
  type Profile,
  type ServiceCatalogue,
} from '@moncompte/core';
import type { Store } from '../store.js';
import type { FileRecord } from '../world.js';
import { addMonths } from '../seed/dates.js';

const NO_PAYMENTS: PaymentsSummary = {
  lastPayment: null,
  recentPayments: [],
  rights: [],
  familyQuotient: null,
  attestations: [],
  lastStatement: null,
  resources: { declarationRequired: false, dueDate: null },
  debts: { count: 0, totalAmount: 0 },
};

/** The current file, or `undefined` for a person on no file yet (the tiles are then empty). */
function currentFile(store: Store): FileRecord | undefined {
  const { session } = store.requireSession();
  return session.currentFileId ? store.fileById(session.currentFileId) : undefined;
}

export function getFiles(store: Store): FilesOverview {
  const { session, account } = store.requireSession();
  const personId = account.personId;
  return {
    currentFileId: session.currentFileId,
    files: store.filesOf(personId).map((file) => {
      const authorisation = store.activeAuthorisation(file.id, personId);
      const holder = file.holderId === personId;
      const access = store.access(file.id);
      return {
        id: file.id,
        number: file.number,
        agency: file.agency,
        holder: store.personRef(file.holderId),
        role: file.members.find((m) => m.personId === personId)?.role ?? 'dependant',
        access,
        authorisedBy: !holder && authorisation ? authorisation.grantor : null,
      };
    }),
  };
}

export function getHousehold(store: Store, input: HouseholdInput | undefined): Household {
  const { account } = store.requireSession();
  const fileId = input?.fileId ?? currentFile(store)?.id;
  const file = store.filesOf(account.personId).find((f) => f.id === fileId);
  if (!file) throw new AdapterError('not-found', `No file ${fileId ?? ''}`);
  return {
    fileId: file.id,
    members: file.members.map(({ personId, role }) => {
      const person = store.person(personId);
      return { id: person.id, firstName: person.firstName, lastName: person.lastName, role, birthDate: person.birthDate };
    }),
  };
}

export function getAlerts(store: Store): Alerts {
  return { alerts: currentFile(store)?.alerts ?? [] };
}

export function getMessagesSummary(store: Store): MessagesSummary {
  const { account } = store.requireSession();
  const messages = [...(store.world.messages[account.personId] ?? [])].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return { unreadCount: messages.filter((m) => m.unread).length, totalCount: messages.length, latest: messages.slice(0, 3) };
}

export function getPaymentsSummary(store: Store): PaymentsSummary {
  store.requireManagement();
  return currentFile(store)?.payments ?? NO_PAYMENTS;
}

export function getProcedures(store: Store): Procedures {
  return { inProgress: currentFile(store)?.procedures ?? [] };
}

export function getNews(store: Store): News {
  const { account } = store.requireSession();
  return { items: store.world.agencies[account.agency].news };
}

export function getProfile(store: Store): Profile {
  const { account } = store.requireSession();
  const profile = store.world.profiles[account.personId] ?? { situation: [], address: null };
  return {
    person: store.personRef(account.personId),
    fileNumber: currentFile(store)?.number ?? null,
    situation: profile.situation,
    address: profile.address,
    email: account.email,
    mobile: account.mobile,
  };
}

export function getContactChannels(store: Store): ContactChannels {
  const { account } = store.requireSession();
  return store.world.agencies[account.agency].contact;
}

export function getAgenda(store: Store, input: AgendaInput | undefined): Agenda {
  const from = store.today;
  const to = addMonths(from, input?.months ?? 6);
  const events = (currentFile(store)?.agenda ?? []).filter((e) => e.date >= from && e.date <= to).sort((a, b) => a.date.localeCompare(b.date));
  return { from, to, events };
}

export function getPajemploi(store: Store): Pajemploi {
  return currentFile(store)?.pajemploi ?? { eligible: false, href: null };
}

export function getServiceCatalogue(store: Store): ServiceCatalogue {
  const { account } = store.requireSession();
  return store.world.agencies[account.agency].catalogue;
}
