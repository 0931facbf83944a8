/** What each agency shows everyone: contact channels, news, the MSA service catalogue, the document form. */
import { CAF_PASSWORD_POLICY, DEFAULT_FILE_RULES, type Agency } from '@moncompte/core';
import type { AgencyData } from '../world.js';
import { addDays } from './dates.js';
import type { LinkTo } from './index.js';

const item = (id: string, label: string, href: string) => ({ id, label, href });

const MEDICAL_NOTICE = {
  text: "Les documents contenant des informations médicales doivent être transmis par courrier postal à l’adresse du service médical de votre MSA.",
  address: ['MSA – Service du contrôle médical', '1 rue de l’Exemple', '21000 Dijon'],
};

const DOCUMENTS = (medical: typeof MEDICAL_NOTICE): AgencyData['documents'] => ({
  rules: DEFAULT_FILE_RULES,
  maxDocuments: 5,
  objects: [
    {
      id: 'other', label: "D’autres documents", help: 'Justificatifs, attestations, relevés…',
      natures: [
        { id: 'proof-of-address', label: 'Justificatif de domicile' },
        { id: 'bank-details', label: 'Relevé d’identité bancaire (RIB)' },
        { id: 'tax-notice', label: "Avis d’imposition" },
        { id: 'employer-certificate', label: "Attestation de l’employeur" },
        { id: 'identity', label: "Pièce d’identité" },
      ],
    },
    {
      id: 'family', label: 'Prestations familiales et logement',
      natures: [
        { id: 'rent-receipt', label: 'Quittance de loyer' },
        { id: 'childcare-contract', label: 'Contrat de garde' },
      ],
    },
  ],
  motives: [
    { id: 'requested', label: 'Suite à une demande de ma caisse' },
    { id: 'spontaneous', label: 'Envoi spontané' },
    { id: 'change', label: 'Changement de situation' },
  ],
  medicalNotice: medical,
});

export function agencySeed(today: string, links: Record<Agency, LinkTo>): Record<Agency, AgencyData> {
  const caf = links.caf;
  const msa = links.msa;
  return {
    caf: {
      contact: {
        agencyName: 'Caf du Finistère',
        channels: [
          { kind: 'phone', label: 'Par téléphone', value: '3230', href: null, hours: 'du lundi au vendredi de 9h à 16h30 (service gratuit + prix d’un appel)' },
          { kind: 'message', label: 'Par message', value: null, href: caf('contact/message'), hours: null },
          { kind: 'appointment', label: 'Prendre rendez-vous', value: null, href: caf('rendez-vous'), hours: null },
        ],
      },
      news: [
        {
          id: 'news-housing', title: 'Important : Aide au logement étudiant', important: true, publishedAt: addDays(today, -5),
          summary: "Simulation, demande, suivi de dossier… Pour mon aide au logement, tout se passe ici (et sur l’appli Caf - Mon Compte sur Google Play ou dans l’App Store).",
          href: 'https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement',
        },
        {
          id: 'news-chatbot', title: 'Une question ? Le chatbot vous répond', important: false, publishedAt: addDays(today, -30),
          summary: "Présent sur certaines pages de Mon Compte, le chatbot donne des réponses immédiates et vous indique où trouver l’information.",
        },
      ],
      catalogue: { groups: [] },
      documents: DOCUMENTS({ ...MEDICAL_NOTICE, text: 'Les documents contenant des informations médicales doivent être envoyés par courrier postal.', address: ['Caf du Finistère', '1 rue de l’Exemple', '29000 Quimper'] }),
      passwordPolicy: CAF_PASSWORD_POLICY,
      referencePrefix: 'CAF',
      messageSender: 'Caf du Finistère',
    },
    msa: {
      contact: {
        agencyName: 'MSA Bourgogne',
        channels: [
          { kind: 'internet-assistance', label: 'Assistance internet', value: '03 20 900 500', href: null, hours: 'du lundi au vendredi de 8h30 à 12h15 et de 13h30 à 16h30' },
          { kind: 'message', label: 'Nous envoyer un message', value: null, href: msa('contact/message'), hours: null },
          { kind: 'appointment', label: 'Demander un rendez-vous', value: null, href: msa('rendez-vous'), hours: null },
        ],
      },
      news: [
        {
          id: 'news-msa-retraite', title: 'Bien préparer sa retraite', important: false, publishedAt: addDays(today, -12),
          summary: 'Les rendez-vous retraite reprennent dans votre MSA : prenez rendez-vous en ligne.', href: msa('actualites/retraite'),
        },
      ],
      catalogue: {
        groups: [
          {
            id: 'pro', audience: 'pro', title: 'Mes services pro',
            categories: [
              { id: 'pro-attestations', title: 'Attestations / Exploitation', items: [
                item('pro-att', 'Demander mes attestations professionnelles', msa('services/attestations-pro')),
                item('pro-situation', 'Demander un changement de situation professionnelle', msa('demarches/declarer-un-changement')),
                item('pro-accident', 'Déclarer un accident du travail ou de trajet non salarié', msa('services/accident-travail')),
                item('pro-ij', "Consulter mes décomptes d’indemnités journalières", msa('services/decomptes-ij')),
              ] },
              { id: 'pro-cotisations', title: 'Cotisations', items: [
                item('pro-modulation', 'Demander la modulation de mes appels fractionnés ou mensuels', msa('services/modulation')),
                item('pro-estimer', 'Estimer mes cotisations Non Salariés Agricoles', msa('services/estimation-cotisations')),
              ] },
              { id: 'pro-factures', title: 'Factures et règlement', items: [
                item('pro-regler', 'Régler mes factures', msa('services/factures')),
                item('pro-televersement', 'Gérer mes comptes de téléversement', msa('services/televersement')),
              ] },
            ],
          },
          {
            id: 'perso', audience: 'perso', title: 'Mes services perso',
            categories: [
              { id: 'perso-sante', title: 'Santé, invalidité', items: [
                item('perso-carte', "Demander ma carte d’assurance maladie (carte Vitale ou CEAM)", msa('services/carte-vitale')),
                item('perso-css', 'Demander la complémentaire santé solidaire', msa('services/css')),
                item('perso-invalidite', "Demander une pension d’invalidité", msa('services/invalidite')),
                item('perso-memo', 'Consulter le « Mémo Santé Enfant »', msa('services/memo-sante-enfant')),
              ] },
              { id: 'perso-famille', title: 'Famille / logement', items: [
                item('perso-changement', 'Déclarer un changement de situation', msa('demarches/declarer-un-changement')),
                item('perso-ressources', 'Déclarer mes ressources', msa('ressources')),
                item('perso-prestations', 'Demander mes prestations familiales', msa('services/prestations-familiales')),
                item('perso-logement', 'Demander une aide au logement', msa('services/aide-logement')),
              ] },
              { id: 'perso-rsa', title: "RSA, Prime d’activité", items: [
                item('perso-rsa-demande', "Demander le RSA ou la prime d’activité", msa('services/rsa')),
                item('perso-trimestrielles', 'Déclarer mes ressources trimestrielles', msa('services/ressources-trimestrielles')),
              ] },
              { id: 'perso-retraite', title: 'Retraite', items: [
                item('perso-info-retraite', "S’informer sur ma retraite", msa('services/retraite')),
                item('perso-demande-retraite', 'Demander et suivre ma retraite', msa('services/demande-retraite')),
                item('perso-bien-vivre', 'Bien vivre ma retraite', msa('services/bien-vivre-retraite')),
              ] },
              { id: 'perso-paiements', title: 'Paiements et attestations', items: [
                item('perso-suivi', 'Suivre mes paiements et demander mes attestations', msa('paiements')),
              ] },
            ],
          },
          {
            id: 'general', audience: 'general', title: 'Vous pouvez également',
            categories: [
              { id: 'general-contact', title: 'Contact & échanges', items: [
                item('gen-document', 'Nous envoyer un document', msa('documents/envoyer')),
                item('gen-message', 'Nous envoyer un message', msa('contact/message')),
                item('gen-consulter', 'Consulter un document', msa('documents')),
                item('gen-rdv', 'Demander un rendez-vous', msa('rendez-vous')),
              ] },
            ],
          },
        ],
      },
      documents: DOCUMENTS(MEDICAL_NOTICE),
      passwordPolicy: { minLength: 8, maxLength: 64, classes: ['digit', 'uppercase', 'lowercase', 'special'] },
      referencePrefix: 'MSA',
      messageSender: 'MSA Bourgogne',
    },
  };
}
