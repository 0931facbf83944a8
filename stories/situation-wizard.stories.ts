import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DraftStorage, MemoryAdapter } from '@moncompte/adapters/memory';
import { AdapterError, personKey, type Answers, type SituationFlow } from '@moncompte/core';
import '@moncompte/components/logout-button.js';
import '@moncompte/components/situation-wizard.js';
import type { McSituationWizard } from '@moncompte/components/situation-wizard.js';

/**
 * Every state of mc-situation-wizard on the seeded flows (`professional-situation` from the CAF guide, whose
 * situation and contract are asked for each person chosen, and `separation`), signed in as the CAF's demo account (Muriel Lefèvre's household) in both themes: these flows are
 * the CAF's (the MSA offers only the change of address, see `MsaFlowList`). Steps are reached by the story's `play` through the element's own methods (answers, `enter`, `next`);
 * loading states hang the adapter call; failures are injected on the in-memory adapter.
 */
const meta: Meta = {
  title: 'Démarches/Déclarer un changement',
  component: 'mc-situation-wizard',
  tags: ['autodocs'],
  parameters: {
    adapter: { signedIn: true, account: 'caf' },
    docs: {
      description: {
        component:
          '"Déclarer un changement": any change-of-situation flow rendered from its data — who changes (household members), then for each person chosen (steps repeated with `forEachPerson`, the person named in the heading) which situation (choices with help text), which scheme, dates (day, month, year), text with a character count, questions shown by an answer, information ends ("Inutile de déclarer ce stage"), a summary with "Modifier" (answers grouped by person), and the declaration with one idempotency key; the confirmation gives the reference and where the acknowledgement was sent. Drafts are saved at each step and offered again on return. Inputs are in the light DOM, in real forms.',
      },
    },
  },
  render: () => wizard(''),
};
export default meta;
type Story = StoryObj;

const wizard = (flow: string, loginHref = '') =>
  html`<div style="padding: 1.5rem">
    <mc-situation-wizard flow=${flow} storage-key="" login-href=${loginHref}></mc-situation-wizard>
  </div>`;
const professional = () => wizard('professional-situation');
const separation = () => wizard('separation');

const pause = () => new Promise((r) => setTimeout(r, 25));

/** Waits until the wizard has what it loads (flow, list, household) and no call is in flight, then every render. */
async function settled(el: McSituationWizard): Promise<void> {
  const busy = () =>
    el.screen === 'idle' ||
    el.screen === 'loading' ||
    el.runner.busy ||
    el.household.loading ||
    (el.screen === 'list' && !el.flows.value && !el.flows.error);
  for (let i = 0; i < 200 && busy(); i += 1) await pause();
  await el.updateComplete;
  for (const child of el.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
}

async function wizardIn(canvas: HTMLElement): Promise<McSituationWizard> {
  const el = canvas.querySelector('mc-situation-wizard')!;
  await settled(el);
  return el;
}

/** The demo household's first member (Muriel Lefèvre). */
const member = (el: McSituationWizard) => el.household.value?.members[0]?.id ?? 'p-muriel';

/** Answers to the steps repeated for each person, for `personId` (under their per-person keys). */
const forPerson = (personId: string, answers: Record<string, string>): Answers =>
  Object.fromEntries(Object.entries(answers).map(([id, answer]) => [personKey(id, personId), answer]));

/** Puts the wizard on `stepId` with `answers` (no draft saved). */
async function at(canvas: HTMLElement, stepId: string, answers: (el: McSituationWizard) => Answers): Promise<McSituationWizard> {
  const el = await wizardIn(canvas);
  el.household.ensure();
  await settled(el);
  el.answers = answers(el);
  el.enter(stepId, { save: false });
  await settled(el);
  return el;
}

const apprentice = (el: McSituationWizard): Answers => ({
  persons: [member(el)],
  ...forPerson(member(el), { situation: 'apprentice', scheme: 'general', startDate: '2025-09-01', employer: 'Boulangerie Le Goff' }),
});

/** Fabrice Carré becomes an apprentice (his answers)… */
const fabrice = forPerson('p-fabrice', { situation: 'apprentice', scheme: 'msa', startDate: '2025-09-01', endDate: '2027-08-31', employer: 'GAEC du Léon' });
/** …and Léa Carré's internship in the course of her studies has nothing to declare. */
const couple = (): Answers => ({ persons: ['p-fabrice', 'p-lea'], ...fabrice, ...forPerson('p-lea', { situation: 'intern-studies' }) });

/** Submits the form of the screen (Continue, or "Valider ma déclaration"). */
async function submit(el: McSituationWizard): Promise<void> {
  el.querySelector('form')?.requestSubmit();
  await settled(el);
  await settled(el);
}

/** A saved draft of `professional-situation` of the CAF demo account (`a-muriel`). */
function drafts(version: string): DraftStorage {
  const items = new Map<string, string>([
    [
      'mc-draft:a-muriel:professional-situation',
      JSON.stringify({
        flowId: 'professional-situation',
        flowVersion: version,
        currentStepId: 'contract@p-muriel',
        path: ['who', 'situation@p-muriel'],
        answers: { persons: ['p-muriel'], 'situation@p-muriel': 'work-study' },
        savedAt: '2026-02-27T18:42:00+01:00',
      }),
    ],
  ]);
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

const faults = (setup: (a: MemoryAdapter) => void) => ({ adapter: { signedIn: true, account: 'caf', setup } });

// ── the list of flows ─────────────────────────────────────────────────────
/** Without `flow`: "Quel changement voulez-vous déclarer ?", the flows of `listSituationFlows` with their descriptions. */
export const FlowList: Story = {};

/** Signed in with the MSA's demo account: the MSA offers only the change of address (its guide, seed 003). */
export const MsaFlowList: Story = { parameters: { adapter: { signedIn: true, account: 'msa' } } };

export const FlowListMissingChoice: Story = { play: async ({ canvasElement }) => submit(await wizardIn(canvasElement)) };

export const FlowListLoading: Story = { parameters: faults((a) => a.faults.hang('listSituationFlows')) };

export const FlowListFailed: Story = { parameters: faults((a) => a.faults.failNext('listSituationFlows', 1, 'server')) };

// ── loading a flow ────────────────────────────────────────────────────────
export const FlowLoading: Story = { render: professional, parameters: faults((a) => a.faults.hang('getSituationFlow')) };

/** The flow could not be loaded: what happened, "Réessayer". */
export const FlowLoadFailed: Story = { render: professional, parameters: faults((a) => a.faults.failNext('getSituationFlow', 1, 'network')) };

// ── question types ────────────────────────────────────────────────────────
/** Step 1: who changes — the household members (checkboxes), each with their role. */
export const PersonQuestion: Story = { render: professional, play: async ({ canvasElement }) => void (await at(canvasElement, 'who', () => ({}))) };

export const PersonQuestionMissing: Story = {
  render: professional,
  play: async ({ canvasElement }) => submit(await at(canvasElement, 'who', () => ({}))),
};

export const HouseholdLoading: Story = { render: professional, parameters: faults((a) => a.faults.hang('getHousehold')) };

export const HouseholdFailed: Story = { render: professional, parameters: faults((a) => a.faults.failNext('getHousehold', 1, 'server')) };

/** Step 2: which situation, asked for the person chosen (named in the heading) — radios. */
export const SingleChoice: Story = {
  render: professional,
  play: async ({ canvasElement }) => void (await at(canvasElement, personKey('situation', 'p-muriel'), (el) => ({ persons: [member(el)] }))),
};

export const SingleChoiceMissing: Story = {
  render: professional,
  play: async ({ canvasElement }) => submit(await at(canvasElement, personKey('situation', 'p-muriel'), (el) => ({ persons: [member(el)] }))),
};

/** Step 3: the scheme (the general scheme's help lists Carsat, Caisse des dépôts…), dates, the employer with its count. */
export const DatesAndText: Story = {
  render: professional,
  play: async ({ canvasElement }) =>
    void (await at(canvasElement, personKey('contract', 'p-muriel'), (el) => ({ persons: [member(el)], ...forPerson(member(el), { situation: 'apprentice' }) }))),
};

/** Not a real date, a date before the minimum, an employer name past its limit, a missing scheme. */
export const DatesAndTextErrors: Story = {
  render: professional,
  play: async ({ canvasElement }) =>
    submit(
      await at(canvasElement, personKey('contract', 'p-muriel'), (el) => ({
        persons: [member(el)],
        ...forPerson(member(el), {
          situation: 'apprentice',
          startDate: '2026-02-31',
          endDate: '1990-01-01',
          employer: 'Une entreprise dont le nom est vraiment beaucoup trop long pour tenir dans les cent vingt caractères que le formulaire accepte',
        }),
      })),
    ),
};

/** Separation: "Oui" shows the new address (a textarea with its character count). */
export const ConditionalQuestion: Story = {
  render: separation,
  play: async ({ canvasElement }) =>
    void (await at(canvasElement, 'when', () => ({ separationDate: '2026-01-15', moved: 'yes', newAddress: '12 rue de Siam\n29200 Brest' }))),
};

/** A flow of the story only (no code knows it): multiple choice, a question it reveals, one household member by role. */
const MOVE: SituationFlow = {
  id: 'story-move',
  version: '1',
  title: 'Nouveau logement',
  firstStepId: 'what',
  steps: [
    {
      kind: 'questions',
      id: 'what',
      title: 'Votre déménagement',
      questions: [
        {
          type: 'multiple-choice', id: 'changes', label: 'Qu’est-ce qui change ?', required: true, hint: 'Cochez tout ce qui s’applique.',
          options: [
            { value: 'address', label: 'Mon adresse' },
            { value: 'rent', label: 'Mon loyer', help: 'Le montant hors charges' },
          ],
        },
        {
          type: 'text', id: 'rentNote', label: 'Précisions sur le loyer', required: false, maxLength: 200, multiline: true,
          showIf: [{ questionId: 'changes', operator: 'includes', value: 'rent' }],
        },
        { type: 'person', id: 'signatory', label: 'Qui signe le bail ?', required: true, multiple: false, roles: ['claimant', 'partner'] },
      ],
      next: [{ when: [], to: 'summary' }],
    },
  ],
  summary: { title: 'Vérifiez votre déclaration' },
};

/** Serves MOVE from the in-memory adapter (flow, no draft, drafts accepted). */
function withMove(a: MemoryAdapter): void {
  const flow = a.getSituationFlow.bind(a);
  const draft = a.getSituationDraft.bind(a);
  a.getSituationFlow = (input, options) => (input.flowId === MOVE.id ? Promise.resolve(structuredClone(MOVE)) : flow(input, options));
  a.getSituationDraft = (input, options) => (input.flowId === MOVE.id ? Promise.resolve({ draft: null }) : draft(input, options));
}

/** Multiple choice (with help), the text it reveals, a single household member among some roles (radios). */
export const MultipleChoice: Story = {
  render: () => wizard(MOVE.id),
  parameters: faults(withMove),
  play: async ({ canvasElement }) => void (await at(canvasElement, 'what', () => ({ changes: ['address', 'rent'] }))),
};

export const MultipleChoiceMissing: Story = {
  render: () => wizard(MOVE.id),
  parameters: faults(withMove),
  play: async ({ canvasElement }) => submit(await at(canvasElement, 'what', () => ({}))),
};

// ── ends ──────────────────────────────────────────────────────────────────
/** An intern in the course of studies, the only person chosen: "Inutile de déclarer ce stage", "Terminer". */
export const InfoEnd: Story = {
  render: professional,
  play: async ({ canvasElement }) =>
    void (await at(canvasElement, personKey('intern-info', 'p-muriel'), (el) => ({ persons: [member(el)], ...forPerson(member(el), { situation: 'intern-studies' }) }))),
};

/** "Récapitulatif": each answer with "Modifier", then "Valider ma déclaration". */
export const Summary: Story = { render: professional, play: async ({ canvasElement }) => void (await at(canvasElement, 'summary', apprentice)) };

// ── two persons (steps repeated for each person) ────────────────────────────
/** Léa Carré's internship ends her part only: "Continuer" goes on with the next person (Fabrice Carré's part is to come). */
export const TwoPersonsInfoInSection: Story = {
  render: professional,
  play: async ({ canvasElement }) =>
    void (await at(canvasElement, personKey('intern-info', 'p-lea'), () => ({ persons: ['p-lea', 'p-hugo'], ...forPerson('p-lea', { situation: 'intern-studies' }) }))),
};

/** The second person's own step: "Étape 4 sur 6 – Léa Carré : Quelle situation professionnelle ?", nothing of the first one's answers. */
export const TwoPersonsSecondPerson: Story = {
  render: professional,
  play: async ({ canvasElement }) => void (await at(canvasElement, personKey('situation', 'p-lea'), () => ({ persons: ['p-fabrice', 'p-lea'], ...fabrice }))),
};

/** The summary of two persons: who, then each person's answers under their name, each with "Modifier" to that person's step. */
export const TwoPersonsSummary: Story = { render: professional, play: async ({ canvasElement }) => void (await at(canvasElement, 'summary', couple)) };

export const Submitting: Story = {
  render: professional,
  parameters: faults((a) => a.faults.hang('submitSituationChange')),
  play: async ({ canvasElement }) => {
    const el = await at(canvasElement, 'summary', apprentice);
    el.querySelector('form')?.requestSubmit();
    await el.updateComplete;
  },
};

export const SubmitFailed: Story = {
  render: professional,
  parameters: faults((a) => a.faults.failNext('submitSituationChange', 1, 'server')),
  play: async ({ canvasElement }) => submit(await at(canvasElement, 'summary', apprentice)),
};

/** The back end refused an answer: said on its row and in the error summary (focused), whose link goes to "Modifier". */
export const SubmitRefused: Story = {
  render: professional,
  parameters: faults((a) => {
    a.submitSituationChange = () =>
      Promise.reject(
        new AdapterError('validation', 'refused', { fieldErrors: { 'startDate@p-muriel': [{ key: 'flow.dateTooLate', params: { max: '2025-08-31' } }] } }),
      );
  }),
  play: async ({ canvasElement }) => submit(await at(canvasElement, 'summary', apprentice)),
};

/** The session expired while declaring: the login form in place; once logged in, the summary is back with the answers. */
export const SessionExpired: Story = {
  render: professional,
  parameters: faults((a) => a.faults.failNext('submitSituationChange', 1, 'unauthorized')),
  play: async ({ canvasElement }) => submit(await at(canvasElement, 'summary', apprentice)),
};

/** A page that handles the expired session itself (it cancels `mc-reauth-required`): said, the answers kept, "Me reconnecter" in a new tab (they are only on this page). */
export const SessionExpiredHandledByPage: Story = {
  render: () => html`<div @mc-reauth-required=${(e: Event) => e.preventDefault()}>${wizard('professional-situation', '/caf/connexion')}</div>`,
  parameters: faults((a) => a.faults.failNext('submitSituationChange', 1, 'unauthorized')),
  play: async ({ canvasElement }) => submit(await at(canvasElement, 'summary', apprentice)),
};

/** The flow changed on the back end meanwhile: "Recharger le formulaire", the answers kept. */
export const FlowChanged: Story = {
  render: professional,
  parameters: faults((a) => a.faults.failNext('submitSituationChange', 1, 'conflict')),
  play: async ({ canvasElement }) => submit(await at(canvasElement, 'summary', apprentice)),
};

/** The confirmation: reference, date, and the acknowledgement sent to the e-mail address of the file. */
export const Confirmation: Story = { render: professional, play: async ({ canvasElement }) => submit(await at(canvasElement, 'summary', apprentice)) };

// ── drafts ────────────────────────────────────────────────────────────────
/** The draft could not be saved on the change of step: said at once, the answers stay, "Réessayer". */
export const DraftSaveFailed: Story = {
  render: professional,
  parameters: faults((a) => a.faults.failNext('saveSituationDraft', 1, 'network')),
  play: async ({ canvasElement }) => {
    const el = await at(canvasElement, 'who', (w) => ({ persons: [member(w)] }));
    el.next();
    await settled(el);
    await settled(el);
  },
};

/** Coming back: "Reprendre votre déclaration ?" — resume the draft or start again. */
export const ResumeDraft: Story = { render: professional, parameters: { adapter: { signedIn: true, account: 'caf', options: { storage: drafts('2026-02') } } } };

/** The draft was made with an older version of the flow: the first step says the declaration starts again. */
export const DraftOfOlderVersion: Story = {
  render: professional,
  parameters: { adapter: { signedIn: true, account: 'caf', options: { storage: drafts('2025-06') } } },
};

// ── the end of the session ───────────────────────────────────────────────
/**
 * After « Déconnexion » (the page's `mc-logout-button`; its `mc-logout` reaches the document), here on the summary:
 * the household's names, the answers and what was kept in this tab are forgotten; the title and « Vous êtes
 * déconnecté. » remain, until the next `mc-login` starts the wizard again at its first screen.
 */
export const SignedOut: Story = {
  render: () => html`<div style="padding: 1.5rem">
    <p><mc-logout-button></mc-logout-button></p>
    <mc-situation-wizard flow="professional-situation" storage-key=""></mc-situation-wizard>
  </div>`,
  play: async ({ canvasElement }) => {
    const el = await at(canvasElement, 'summary', apprentice);
    await canvasElement.querySelector('mc-logout-button')!.logout();
    await el.updateComplete;
  },
};
