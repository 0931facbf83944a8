// mc-situation-wizard renders ANY flow from its data: a flow defined only here (not in the seed, unknown to the
// element's code) with multiple choice, a question shown by a multiple answer (`includes`), a person question
// limited to some roles (one answer), a date bounded by today, text with a hint, a warning information end, its
// own summary title and a postal acknowledgement — rendered, branched and declared without any code change.
import { expect } from '@open-wc/testing';
import {
  AdapterError,
  checkFlow,
  type Answers,
  type MonCompteAdapter,
  type SaveDraftInput,
  type SituationDraft,
  type SituationFlow,
  type SituationReceipt,
  type SubmitSituationInput,
} from '@moncompte/core';
import {
  activate,
  atStep,
  choose,
  continueStep,
  control,
  deepActive,
  group,
  norm,
  signedIn,
  summaryRows,
  textOf,
  typeDate,
  typeText,
  until,
  untilText,
  wizard,
  type Counted,
} from './helpers.js';

const MOVE: SituationFlow = {
  id: 'move',
  version: 'test-1',
  title: 'Nouveau logement',
  description: 'Un déménagement, en France ou à l’étranger.',
  firstStepId: 'what',
  steps: [
    {
      kind: 'questions',
      id: 'what',
      title: 'Votre déménagement',
      description: 'Quelques questions sur votre nouveau logement.',
      questions: [
        {
          type: 'multiple-choice', id: 'changes', label: 'Qu’est-ce qui change ?', required: true,
          options: [
            { value: 'address', label: 'Mon adresse' },
            { value: 'rent', label: 'Mon loyer', help: 'Le montant hors charges' },
            { value: 'abroad', label: 'Je pars à l’étranger' },
          ],
        },
        {
          type: 'text', id: 'rentNote', label: 'Précisions sur le loyer', required: false, maxLength: 40, multiline: true,
          showIf: [{ questionId: 'changes', operator: 'includes', value: 'rent' }],
        },
      ],
      next: [
        { when: [{ questionId: 'changes', operator: 'includes', value: 'abroad' }], to: 'abroad' },
        { when: [], to: 'home' },
      ],
    },
    {
      kind: 'info',
      id: 'abroad',
      title: 'Un départ à l’étranger se déclare par courrier',
      paragraphs: ['Écrivez à votre caisse avec votre nouvelle adresse.', 'Vos droits seront revus.'],
      tone: 'warning',
    },
    {
      kind: 'questions',
      id: 'home',
      title: 'Votre nouveau logement',
      questions: [
        { type: 'date', id: 'movedOn', label: 'Date du déménagement', required: true, max: 'today' },
        { type: 'person', id: 'signatory', label: 'Qui signe le bail ?', required: true, multiple: false, roles: ['claimant', 'partner'] },
        { type: 'text', id: 'city', label: 'Commune', hint: 'Par exemple : Quimper', required: true, maxLength: 60, multiline: false },
      ],
      next: [{ when: [], to: 'summary' }],
    },
  ],
  summary: { title: 'Vérifiez votre déclaration', intro: 'Relisez vos réponses avant de les envoyer.' },
};

/** The memory adapter, plus a back end of its own for the test flow (drafts, idempotent submissions). */
function withFlow(counted: Counted, flow: SituationFlow): { adapter: MonCompteAdapter; received: SubmitSituationInput[] } {
  const base = counted.adapter;
  const drafts = new Map<string, SituationDraft>();
  const receipts = new Map<string, SituationReceipt>();
  const received: SubmitSituationInput[] = [];
  const ours = (flowId: string) => flowId === flow.id;
  const adapter: MonCompteAdapter = {
    ...base,
    listSituationFlows: async (options) => {
      const list = await base.listSituationFlows(options);
      return { flows: [...list.flows, { id: flow.id, title: flow.title, description: flow.description ?? '' }] };
    },
    getSituationFlow: (input, options) => (ours(input.flowId) ? Promise.resolve(structuredClone(flow)) : base.getSituationFlow(input, options)),
    getSituationDraft: (input, options) =>
      ours(input.flowId) ? Promise.resolve({ draft: drafts.get(input.flowId) ?? null }) : base.getSituationDraft(input, options),
    saveSituationDraft: (input: SaveDraftInput, options) => {
      if (!ours(input.flowId)) return base.saveSituationDraft(input, options);
      const draft = { ...input, savedAt: '2026-03-02T10:00:00Z' };
      drafts.set(input.flowId, draft);
      return Promise.resolve(draft);
    },
    deleteSituationDraft: (input, options) => (ours(input.flowId) ? Promise.resolve(void drafts.delete(input.flowId)) : base.deleteSituationDraft(input, options)),
    submitSituationChange: async (input, options) => {
      if (!ours(input.flowId)) return base.submitSituationChange(input, options);
      received.push(input);
      const previous = receipts.get(input.idempotencyKey);
      if (previous) return previous;
      const { members } = await base.getHousehold();
      const result = checkFlow(flow, input.answers, { today: '2026-03-02', personIds: members.map((m) => m.id) });
      if (result.end !== 'summary' || Object.keys(result.problems).length) throw new AdapterError('validation', 'invalid', { fieldErrors: result.problems });
      const receipt: SituationReceipt = {
        reference: 'DEM-2026-0042',
        submittedAt: '2026-03-02T10:05:00Z',
        acknowledgement: { channel: 'postal', destination: '4 rue de la Paix, 29000 Quimper' },
      };
      receipts.set(input.idempotencyKey, receipt);
      drafts.delete(input.flowId);
      return receipt;
    },
  };
  return { adapter, received };
}

describe('mc-situation-wizard: a flow defined only in the test', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('is listed, rendered, branched and declared from its data alone', async () => {
    const counted = signedIn();
    const { adapter, received } = withFlow(counted, MOVE);
    const { el } = await wizard({ counted, adapter });
    await untilText(el, 'Nouveau logement');
    expect(textOf(el)).to.include('Un déménagement, en France ou à l’étranger.');
    await choose(el, 'Nouveau logement');
    await continueStep(el);
    await atStep(el, 'Étape 1 sur 3');
    expect(norm(deepActive()?.textContent)).to.include('Votre déménagement');
    expect(textOf(el)).to.include('Quelques questions sur votre nouveau logement.');
    expect(textOf(group(el, 'Qu’est-ce qui change'))).to.include('Le montant hors charges');
    expect(group(el, 'Qu’est-ce qui change').querySelectorAll('input[type="checkbox"]')).to.have.length(3);

    // "Mon loyer" reveals the note (shown by `includes` on a multiple answer).
    expect(el.querySelector('textarea')).to.equal(null);
    await choose(el, 'Mon loyer');
    await until(() => !!el.querySelector('textarea'), 'the note');
    await typeText(el, 'Précisions sur le loyer', 'Loyer en baisse');
    await choose(el, 'Mon adresse');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 3');

    // Only the claimant and the partner may sign (roles), one of them (radios).
    await untilText(el, 'Muriel Lefèvre');
    const signatory = group(el, 'Qui signe le bail');
    expect([...signatory.querySelectorAll('label')].map((l) => norm(l.textContent))).to.deep.equal(['Muriel Lefèvre', 'Fabrice Carré']);
    expect(signatory.querySelectorAll('input[type="radio"]')).to.have.length(2);
    expect(textOf(el)).to.include('Par exemple : Quimper');
    await typeDate(el, 'Date du déménagement', '28', '2', '2026');
    await choose(el, 'Fabrice Carré');
    await typeText(el, 'Commune', 'Quimper');
    await continueStep(el);
    await atStep(el, 'Étape 3 sur 3');
    expect(norm(deepActive()?.textContent)).to.include('Vérifiez votre déclaration');
    expect(textOf(el)).to.include('Relisez vos réponses avant de les envoyer.');
    const rows = summaryRows(el);
    expect(rows.map(([q]) => q)).to.deep.equal(['Qu’est-ce qui change ?', 'Précisions sur le loyer', 'Date du déménagement', 'Qui signe le bail ?', 'Commune']);
    expect(rows[2]![1]).to.equal('28 février 2026');
    expect(rows[3]![1]).to.equal('Fabrice Carré');

    await activate(el, 'Valider ma déclaration');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    expect(textOf(el)).to.include('DEM-2026-0042').and.include('Un accusé de réception vous sera envoyé par courrier (4 rue de la Paix, 29000 Quimper).');
    expect(received).to.have.length(1);
    const answers: Answers = received[0]!.answers;
    expect(answers).to.deep.equal({
      changes: ['address', 'rent'],
      rentNote: 'Loyer en baisse',
      movedOn: '2026-02-28',
      signatory: ['p-fabrice'],
      city: 'Quimper',
    });
    expect(received[0]).to.include({ flowId: 'move', flowVersion: 'test-1' });
  });

  it('ends on its warning information step when the answers lead there', async () => {
    const counted = signedIn();
    const { adapter, received } = withFlow(counted, MOVE);
    const { el } = await wizard({ counted, adapter, flow: 'move' });
    await untilText(el, 'Votre déménagement');
    await choose(el, 'Je pars à l’étranger');
    await continueStep(el);
    await atStep(el, 'Un départ à l’étranger se déclare par courrier');
    const notice = el.querySelector('mc-notice[variant="warning"]');
    expect([...notice!.querySelectorAll('p')].map((p) => norm(p.textContent))).to.deep.equal([
      'Écrivez à votre caisse avec votre nouvelle adresse.',
      'Vos droits seront revus.',
    ]);
    expect(received).to.have.length(0);
    await activate(el, 'Retour');
    await atStep(el, 'Votre déménagement');
    expect((control(el, 'Je pars à l’étranger') as HTMLInputElement).checked).to.equal(true);
  });
});
