/** The MSA member of the demo ("Mon espace privé"): a farmer and his partner, a small file, no alert. */
import type { AccountRecord, FileRecord, PersonProfile, PersonRecord, World } from '../world.js';
import { addDays, at, lastMonthDay, monthDay } from './dates.js';
import type { LinkTo } from './index.js';

type MsaPart = Pick<World, 'persons' | 'accounts' | 'files' | 'messages' | 'profiles'>;

export function msaSeed(today: string, link: LinkTo): MsaPart {
  const payday = lastMonthDay(today, 5);
  const persons: PersonRecord[] = [
    { id: 'p-jean', firstName: 'Jean-Paul', lastName: 'Morel', birthDate: '1965-02-08', nir: '1650221234567' },
    { id: 'p-sylvie', firstName: 'Sylvie', lastName: 'Morel', birthDate: '1967-07-30', nir: null },
  ];
  const accounts: AccountRecord[] = [
    {
      id: 'a-jean', agency: 'msa', identifierKind: 'nir', identifier: '1650221234567', password: 'Bonjour2026',
      status: 'active', personId: 'p-jean', email: 'jp.morel@exemple.fr', mobile: '0711223344',
      history: [{ id: 'h-1', at: at(addDays(today, -2), '07:45'), kind: 'login', method: 'password' }],
    },
  ];
  const file: FileRecord = {
    id: 'f-msa-0210652213', number: '0210652213', agency: 'msa', holderId: 'p-jean',
    members: [
      { personId: 'p-jean', role: 'claimant' },
      { personId: 'p-sylvie', role: 'partner' },
    ],
    alerts: [],
    payments: {
      lastPayment: { id: `pay-${payday}-ij`, date: payday, amount: 612.8, benefit: 'Indemnités journalières', paidToThirdParty: false },
      recentPayments: [{ id: `pay-${payday}-ij`, date: payday, amount: 612.8, benefit: 'Indemnités journalières', paidToThirdParty: false }],
      rights: [],
      familyQuotient: null,
      attestations: [{ id: 'att-ij', title: "Attestation d’indemnités journalières", href: link('paiements/attestations/ij') }],
      lastStatement: null,
      resources: { declarationRequired: false, dueDate: null },
      debts: { count: 0, totalAmount: 0 },
    },
    procedures: [],
    agenda: [
      { id: 'ag-m-cot', date: monthDay(today, 2, 15), kind: 'declaration', title: 'Appel de cotisations non salariés agricoles', amount: 1240 },
      { id: 'ag-m-ret', date: monthDay(today, 5, 1), kind: 'appointment', title: 'Entretien information retraite', amount: null },
    ],
    pajemploi: { eligible: false, href: null },
  };
  const profiles: Record<string, PersonProfile> = {
    'p-jean': {
      situation: [
        { id: 'family', label: 'Marié', since: '1992-06-13' },
        { id: 'work', label: 'Exploitant agricole', since: '1988-09-01' },
      ],
      address: { lines: ['Domaine des Vignes', '2 chemin des Coteaux'], postalCode: '21190', city: 'Meursault', country: 'France' },
    },
  };
  return {
    persons,
    accounts,
    files: [file],
    messages: {
      'p-jean': [
        { id: 'msg-m2', subject: 'Votre attestation est disponible', sender: 'MSA Bourgogne', receivedAt: at(addDays(today, -6), '14:00'), unread: false, href: link('messages/msg-m2') },
        { id: 'msg-m1', subject: 'Votre demande a bien été reçue', sender: 'MSA Bourgogne', receivedAt: at(addDays(today, -40), '09:30'), unread: false, href: link('messages/msg-m1') },
      ],
    },
    profiles,
  };
}
