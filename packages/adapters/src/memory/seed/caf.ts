/**
 * The CAF household of the demo, drawn from the user guides: Muriel L. (allocataire) and Fabrice C. (her
 * partner, who authorises her to manage his file), their children, a last payment of 134,55 € on the 25th,
 * messages with one unread, an agenda and news; plus the first-connection (migration) account and the
 * provisional-identifier account, whose file is nearly empty (the tiles' empty states).
 */
import type { PaymentsSummary } from '@moncompte/core';
import type { AccountRecord, FileRecord, PersonProfile, PersonRecord, World } from '../world.js';
import { addDays, addMonths, at, firstOfMonth, frenchMonth, lastMonthDay, monthDay } from './dates.js';
import type { LinkTo } from './index.js';

type CafPart = Pick<World, 'persons' | 'accounts' | 'files' | 'messages' | 'profiles' | 'authorisations' | 'authorisationEvents'>;

const EMPTY_PAYMENTS: PaymentsSummary = {
  lastPayment: null,
  recentPayments: [],
  rights: [],
  familyQuotient: null,
  attestations: [],
  lastStatement: null,
  resources: { declarationRequired: false, dueDate: null },
  debts: { count: 0, totalAmount: 0 },
};

export function cafSeed(today: string, link: LinkTo): CafPart {
  const payday = lastMonthDay(today, 25);
  const previous = addMonths(payday, -1);
  const persons: PersonRecord[] = [
    { id: 'p-muriel', firstName: 'Muriel', lastName: 'Lefèvre', birthDate: '1984-03-14', nir: '2840375108123' },
    { id: 'p-fabrice', firstName: 'Fabrice', lastName: 'Carré', birthDate: '1982-11-02', nir: '1821175056021' },
    { id: 'p-lea', firstName: 'Léa', lastName: 'Carré', birthDate: '2012-05-19', nir: null },
    { id: 'p-hugo', firstName: 'Hugo', lastName: 'Carré', birthDate: '2016-09-03', nir: null },
    { id: 'p-jade', firstName: 'Jade', lastName: 'Carré', birthDate: '2023-04-11', nir: null },
    { id: 'p-noah', firstName: 'Noah', lastName: 'Carré', birthDate: '2010-01-28', nir: null },
    { id: 'p-karim', firstName: 'Karim', lastName: 'Benali', birthDate: '1979-06-21', nir: '1790612345678' },
    { id: 'p-awa', firstName: 'Awa', lastName: 'Diallo', birthDate: '1995-02-10', nir: null },
  ];

  const logins = (days: number[]) =>
    days.map((d, i) => ({ id: `h-${i + 1}`, at: at(addDays(today, -d), '08:30'), kind: 'login' as const, method: 'password' as const }));
  const accounts: AccountRecord[] = [
    {
      id: 'a-muriel', agency: 'caf', identifierKind: 'nir', identifier: '2840375108123', password: 'Bonjour2026',
      status: 'active', personId: 'p-muriel', email: 'muriel.lefevre@exemple.fr', mobile: '0612345678',
      history: [...logins([1, 8, 30]), { id: 'h-pw', at: at(addDays(today, -120), '19:05'), kind: 'password-changed' }],
    },
    {
      id: 'a-karim', agency: 'caf', identifierKind: 'nir', identifier: '1790612345678', password: '12345678',
      status: 'migration-required', personId: 'p-karim', email: null, mobile: '0698765432', history: logins([400]),
    },
    {
      id: 'a-awa', agency: 'caf', identifierKind: 'provisional', identifier: 'P12345678', password: 'Bonjour2026',
      status: 'active', personId: 'p-awa', email: 'awa.diallo@exemple.fr', mobile: null, history: [],
    },
  ];

  const muriel: FileRecord = {
    id: 'f-caf-1234567', number: '1234567', agency: 'caf', holderId: 'p-muriel',
    members: [
      { personId: 'p-muriel', role: 'claimant' },
      { personId: 'p-fabrice', role: 'partner' },
      { personId: 'p-lea', role: 'child' },
      { personId: 'p-hugo', role: 'child' },
      { personId: 'p-jade', role: 'child' },
    ],
    alerts: [
      {
        id: 'al-resources', kind: 'missing-information', title: 'Déclaration de ressources',
        text: 'Pour calculer vos droits au 1er janvier, merci de déclarer vos ressources annuelles.', href: link('ressources'),
      },
      {
        id: 'al-message', kind: 'new-message', title: 'Nouveau message',
        text: 'Vous avez un nouveau message. Consulter la page Mes démarches.', href: link('messages'),
      },
    ],
    payments: {
      lastPayment: { id: `pay-${payday}-af`, date: payday, amount: 134.55, benefit: 'Allocations familiales', paidToThirdParty: true },
      recentPayments: [
        { id: `pay-${payday}-af`, date: payday, amount: 134.55, benefit: 'Allocations familiales', paidToThirdParty: true },
        { id: `pay-${payday}-cmg`, date: payday, amount: 512.3, benefit: 'Complément de libre choix du mode de garde', paidToThirdParty: false },
        { id: `pay-${previous}-af`, date: previous, amount: 134.55, benefit: 'Allocations familiales', paidToThirdParty: true },
        { id: `pay-${previous}-cmg`, date: previous, amount: 512.3, benefit: 'Complément de libre choix du mode de garde', paidToThirdParty: false },
      ],
      rights: [
        { id: 'r-af', benefit: 'Allocations familiales', monthlyAmount: 134.55, since: '2016-10-01' },
        { id: 'r-cmg', benefit: 'Complément de libre choix du mode de garde', monthlyAmount: 512.3, since: '2023-08-01' },
      ],
      familyQuotient: { amount: 652, validFrom: firstOfMonth(today) },
      attestations: [
        { id: 'att-payment', title: 'Attestation de paiement', href: link('paiements/attestations/paiement') },
        { id: 'att-qf', title: 'Attestation de quotient familial', href: link('paiements/attestations/quotient-familial') },
      ],
      lastStatement: { id: `st-${payday}`, title: `Relevé de compte de ${frenchMonth(payday)}`, issuedAt: payday, href: link('paiements/releves/dernier') },
      resources: { declarationRequired: true, dueDate: addDays(today, 20) },
      debts: { count: 0, totalAmount: 0 },
    },
    procedures: [
      { id: 'pr-prime', title: "Demande de prime d’activité", status: 'in-progress', updatedAt: addDays(today, -3), reference: 'PA-2026-004512' },
      { id: 'pr-docs', title: 'Justificatifs de garde', status: 'waiting-for-documents', updatedAt: addDays(today, -9), reference: null },
    ],
    agenda: [
      { id: 'ag-past', date: addDays(today, -10), kind: 'payment', title: 'Paiement de vos prestations', amount: 646.85 },
      ...[1, 2, 3, 4, 5].map((m) => ({
        id: `ag-pay-${m}`, date: monthDay(today, m, 25), kind: 'payment' as const, title: 'Paiement de vos prestations', amount: 646.85,
      })),
      { id: 'ag-resources', date: addDays(today, 20), kind: 'declaration', title: 'Déclaration de vos ressources annuelles', amount: null },
      { id: 'ag-qf', date: monthDay(today, 3, 1), kind: 'rights-change', title: 'Révision de votre quotient familial', amount: null },
      { id: 'ag-cmg', date: addMonths(today, 4), kind: 'renewal', title: 'Renouvellement de votre complément mode de garde', amount: null },
      { id: 'ag-far', date: addMonths(today, 8), kind: 'rights-change', title: 'Fin de droit au complément mode de garde', amount: null },
    ],
    pajemploi: { eligible: true, href: 'https://www.pajemploi.urssaf.fr/' },
  };

  const fabrice: FileRecord = {
    id: 'f-caf-7654321', number: '7654321', agency: 'caf', holderId: 'p-fabrice',
    members: [
      { personId: 'p-fabrice', role: 'claimant' },
      { personId: 'p-muriel', role: 'partner' },
      { personId: 'p-noah', role: 'child' },
    ],
    alerts: [],
    payments: {
      ...EMPTY_PAYMENTS,
      lastPayment: { id: `pay-${payday}-ars`, date: payday, amount: 98.6, benefit: 'Allocation de soutien familial', paidToThirdParty: false },
      recentPayments: [{ id: `pay-${payday}-ars`, date: payday, amount: 98.6, benefit: 'Allocation de soutien familial', paidToThirdParty: false }],
      rights: [{ id: 'r-asf', benefit: 'Allocation de soutien familial', monthlyAmount: 98.6, since: '2019-02-01' }],
      debts: { count: 1, totalAmount: 85.2 },
    },
    procedures: [],
    agenda: [{ id: 'ag-f-pay', date: monthDay(today, 1, 25), kind: 'payment', title: 'Paiement de vos prestations', amount: 98.6 }],
    pajemploi: { eligible: false, href: null },
  };

  const empty = (id: string, number: string, holderId: string): FileRecord => ({
    id, number, agency: 'caf', holderId, members: [{ personId: holderId, role: 'claimant' }],
    alerts: [], payments: EMPTY_PAYMENTS, procedures: [], agenda: [], pajemploi: { eligible: false, href: null },
  });

  const message = (id: string, subject: string, days: number, unread: boolean) => ({
    id, subject, sender: 'Caf du Finistère', receivedAt: at(addDays(today, -days), '10:12'), unread, href: link(`messages/${id}`),
  });
  const address = (lines: string[], postalCode: string, city: string): PersonProfile['address'] => ({ lines, postalCode, city, country: 'France' });
  const profiles: Record<string, PersonProfile> = {
    'p-muriel': {
      situation: [
        { id: 'family', label: 'En vie maritale', since: '2018-02-23' },
        { id: 'work', label: 'Activité salariée', since: '2000-10-02' },
      ],
      address: address(['24 résidence des Tilleuls'], '29180', 'Locronan'),
    },
    'p-fabrice': { situation: [{ id: 'family', label: 'En vie maritale', since: '2018-02-23' }], address: address(['24 résidence des Tilleuls'], '29180', 'Locronan') },
    'p-karim': { situation: [{ id: 'family', label: 'Célibataire', since: null }], address: address(['3 rue des Lilas', 'Bâtiment B'], '12000', 'Rodez') },
    'p-awa': { situation: [], address: null },
  };

  return {
    persons,
    accounts,
    files: [muriel, fabrice, empty('f-caf-2345678', '2345678', 'p-karim'), empty('f-caf-3456789', '3456789', 'p-awa')],
    messages: {
      'p-muriel': [
        message('msg-3', 'Votre attestation de paiement est disponible', 1, true),
        message('msg-2', 'Accusé de réception de votre déclaration', 20, false),
        message('msg-1', 'Bienvenue dans Mon Compte', 90, false),
      ],
      'p-karim': [message('msg-k1', 'Votre connexion à Mon Compte change', 15, true)],
    },
    profiles,
    authorisations: [
      {
        id: 'au-fabrice-muriel', fileId: 'f-caf-7654321',
        grantor: { id: 'p-fabrice', firstName: 'Fabrice', lastName: 'Carré' },
        grantee: { id: 'p-muriel', firstName: 'Muriel', lastName: 'Lefèvre' },
        since: '2018-03-01', status: 'active', endedAt: null, endedBy: null,
      },
    ],
    authorisationEvents: [
      {
        id: 'ae-1', at: '2018-03-01T10:00:00.000Z', action: 'granted', endedBy: null,
        grantor: { id: 'p-fabrice', firstName: 'Fabrice', lastName: 'Carré' },
        grantee: { id: 'p-muriel', firstName: 'Muriel', lastName: 'Lefèvre' },
      },
    ],
  };
}
