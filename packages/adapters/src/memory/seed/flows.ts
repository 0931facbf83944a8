/**
 * Change-of-situation flows as data. `professional-situation` follows the CAF guide (seed 000): who changes (« la ou
 * les personne(s) »), then for EACH person chosen (`forEachPerson`), which situation (an intern in the course of
 * studies keeps the student status: nothing to declare for that person) and the contract (which scheme the employer
 * belongs to, dates); summary, acknowledgement by e-mail. `separation` ends management
 * authorisations automatically once submitted. `moving`, the change of address the MSA's guide lists (seed 003:
 * « modifier à tout moment mon adresse »), was added as data only: no code of the wizard or of the adapters knows it.
 */
import type { Agency, SituationFlow } from '@moncompte/core';

const GENERAL_SCHEME_HELP = 'Carsat, Caisse des dépôts, Sécurité sociale des indépendants, Cnro, Sncf etc';

export const PROFESSIONAL_SITUATION: SituationFlow = {
  id: 'professional-situation',
  version: '2026-02',
  title: 'Changement de situation professionnelle',
  description: 'Stage, apprentissage, contrat de professionnalisation ou alternance.',
  firstStepId: 'who',
  steps: [
    {
      kind: 'questions',
      id: 'who',
      title: 'Qui change de situation professionnelle ?',
      questions: [
        {
          type: 'person', id: 'persons', label: 'Qui change de situation professionnelle ?', required: true, multiple: true,
          hint: 'Préciser quelle est la ou les personne(s) qui change(nt) de situation professionnelle',
        },
      ],
      next: [{ when: [], to: 'situation' }],
    },
    // From here, asked for each person chosen above, one after the other (the heading names the person).
    {
      kind: 'questions',
      id: 'situation',
      forEachPerson: 'persons',
      title: 'Quelle situation professionnelle ?',
      questions: [
        {
          type: 'single-choice', id: 'situation', label: 'Quelle situation professionnelle ?', required: true,
          options: [
            { value: 'intern-studies', label: 'Stagiaire dans le cadre de ses études' },
            { value: 'apprentice', label: 'Apprenti(e)' },
            { value: 'work-study', label: 'Contrat de professionnalisation ou alternance' },
          ],
        },
      ],
      next: [
        { when: [{ questionId: 'situation', operator: 'equals', value: 'intern-studies' }], to: 'intern-info' },
        { when: [], to: 'contract' },
      ],
    },
    {
      kind: 'info',
      id: 'intern-info',
      forEachPerson: 'persons',
      title: 'Inutile de déclarer ce stage',
      paragraphs: ['Une personne stagiaire dans le cadre de ses études garde le statut étudiant.', 'Il est inutile de déclarer son stage.'],
      tone: 'info',
    },
    {
      kind: 'questions',
      id: 'contract',
      forEachPerson: 'persons',
      title: 'Le contrat',
      questions: [
        {
          type: 'single-choice', id: 'scheme', label: "À quel régime l’employeur est-il rattaché ?", required: true,
          options: [
            { value: 'general', label: 'Régime général ou autre régime', help: GENERAL_SCHEME_HELP },
            { value: 'msa', label: 'Mutualité sociale agricole' },
          ],
        },
        { type: 'date', id: 'startDate', label: 'Date de début du contrat', required: true, min: '2000-01-01' },
        { type: 'date', id: 'endDate', label: 'Date de fin prévue', required: false, hint: 'Si vous la connaissez', min: { question: 'startDate' } },
        { type: 'text', id: 'employer', label: "Nom de l’employeur", required: false, maxLength: 120, multiline: false },
      ],
      next: [{ when: [], to: 'summary' }],
    },
  ],
  summary: { title: 'Récapitulatif', intro: 'Vérifiez les informations avant de valider votre déclaration.' },
};

export const SEPARATION: SituationFlow = {
  id: 'separation',
  version: '2026-01',
  title: 'Séparation',
  description: "Après la déclaration d’une séparation, l’autorisation de gestion du dossier prend fin automatiquement.",
  firstStepId: 'when',
  steps: [
    {
      kind: 'questions',
      id: 'when',
      title: 'Votre séparation',
      questions: [
        { type: 'date', id: 'separationDate', label: 'Date de la séparation', required: true, max: 'today' },
        {
          type: 'single-choice', id: 'moved', label: 'Avez-vous changé d’adresse ?', required: true,
          options: [
            { value: 'yes', label: 'Oui' },
            { value: 'no', label: 'Non' },
          ],
        },
        {
          type: 'text', id: 'newAddress', label: 'Votre nouvelle adresse', required: true, maxLength: 300, multiline: true,
          showIf: [{ questionId: 'moved', operator: 'equals', value: 'yes' }],
        },
      ],
      next: [{ when: [], to: 'summary' }],
    },
  ],
  summary: { title: 'Récapitulatif' },
};

export const MOVING: SituationFlow = {
  id: 'moving',
  version: '2026-01',
  title: 'Changement d’adresse',
  description: 'Vous déménagez, ou une personne du foyer change d’adresse.',
  firstStepId: 'who',
  steps: [
    {
      kind: 'questions',
      id: 'who',
      title: 'Qui change d’adresse ?',
      questions: [
        {
          type: 'person', id: 'persons', label: 'Qui change d’adresse ?', hint: 'Cochez toutes les personnes qui déménagent.',
          required: true, multiple: true,
        },
      ],
      next: [{ when: [], to: 'address' }],
    },
    {
      kind: 'questions',
      id: 'address',
      title: 'La nouvelle adresse',
      questions: [
        { type: 'date', id: 'movingDate', label: 'Date du déménagement', required: true, max: 'today' },
        {
          type: 'text', id: 'newAddress', label: 'Nouvelle adresse', hint: 'Numéro et rue, complément, code postal et commune.',
          required: true, maxLength: 300, multiline: true,
        },
      ],
      next: [{ when: [], to: 'housing' }],
    },
    {
      kind: 'questions',
      id: 'housing',
      title: 'Le nouveau logement',
      questions: [
        {
          type: 'single-choice', id: 'housing', label: 'Dans ce logement, vous êtes :', required: true,
          options: [
            { value: 'tenant', label: 'Locataire', help: 'Ou colocataire, ou en sous-location.' },
            { value: 'owner', label: 'Propriétaire', help: 'Ou en accession à la propriété.' },
            { value: 'hosted', label: 'Hébergé(e)', help: 'Chez un proche ou un tiers, sans payer de loyer.' },
          ],
        },
        {
          type: 'date', id: 'leaseStart', label: 'Date de début du bail', required: true,
          showIf: [{ questionId: 'housing', operator: 'equals', value: 'tenant' }],
        },
        {
          type: 'text', id: 'host', label: 'Nom de la personne qui vous héberge', required: true, maxLength: 120, multiline: false,
          showIf: [{ questionId: 'housing', operator: 'equals', value: 'hosted' }],
        },
      ],
      next: [{ when: [], to: 'summary' }],
    },
  ],
  summary: { title: 'Récapitulatif', intro: 'Vérifiez la nouvelle adresse avant de valider votre déclaration.' },
};

/**
 * The flows each agency offers. The professional situation and the separation are the CAF's (seeds 000 and 001: its
 * scheme question sends MSA members elsewhere); the MSA's guide (seed 003) lists only the change of address.
 */
export const FLOWS: Readonly<Record<Agency, readonly SituationFlow[]>> = {
  caf: [PROFESSIONAL_SITUATION, SEPARATION, MOVING],
  msa: [MOVING],
};
