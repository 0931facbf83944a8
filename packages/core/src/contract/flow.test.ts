import { expect } from '@open-wc/testing';
import { checkAnswer, checkFlow, evaluateCondition, flowPath, nextStepId, relevantAnswers } from './flow.js';
import { SituationFlowSchema, type SituationFlow } from './situation.js';
import { flowMessages } from '../i18n/catalogues/flow.js';
import { translate } from '../i18n/translate.js';

const FLOW: SituationFlow = SituationFlowSchema.parse({
  id: 'test',
  version: '1',
  title: 'Test',
  firstStepId: 'a',
  summary: { title: 'Récapitulatif' },
  steps: [
    {
      kind: 'questions',
      id: 'a',
      title: 'A',
      questions: [
        { type: 'single-choice', id: 'choice', label: 'Choix', required: true, options: [{ value: 'x', label: 'X' }, { value: 'stop', label: 'Stop' }] },
        { type: 'text', id: 'why', label: 'Pourquoi', required: true, maxLength: 5, multiline: false, showIf: [{ questionId: 'choice', operator: 'equals', value: 'x' }] },
      ],
      next: [
        { when: [{ questionId: 'choice', operator: 'equals', value: 'stop' }], to: 'info' },
        { when: [], to: 'b' },
      ],
    },
    { kind: 'info', id: 'info', title: 'Rien à déclarer', paragraphs: ['Inutile.'], tone: 'info' },
    {
      kind: 'questions',
      id: 'b',
      title: 'B',
      questions: [
        { type: 'date', id: 'when', label: 'Quand', required: true, min: '2020-01-01', max: 'today' },
        { type: 'person', id: 'who', label: 'Qui', required: false, multiple: false },
        { type: 'multiple-choice', id: 'many', label: 'Plusieurs', required: false, options: [{ value: 'p', label: 'P' }, { value: 'q', label: 'Q' }] },
      ],
      next: [{ when: [], to: 'summary' }],
    },
  ],
});
const CONTEXT = { today: '2026-10-12', personIds: ['p1', 'p2'] };

describe('situation flow engine', () => {
  it('evaluates conditions on single and multiple answers', () => {
    expect(evaluateCondition({ questionId: 'c', operator: 'equals', value: 'x' }, { c: 'x' })).to.equal(true);
    expect(evaluateCondition({ questionId: 'c', operator: 'not-equals', value: 'x' }, {})).to.equal(true);
    expect(evaluateCondition({ questionId: 'c', operator: 'includes', value: 'x' }, { c: ['y', 'x'] })).to.equal(true);
    expect(evaluateCondition({ questionId: 'c', operator: 'excludes', value: 'x' }, { c: ['x'] })).to.equal(false);
    expect(evaluateCondition({ questionId: 'c', operator: 'answered' }, { c: [] })).to.equal(false);
    expect(evaluateCondition({ questionId: 'c', operator: 'answered' }, { c: '' })).to.equal(false);
  });

  it('follows the first transition whose conditions hold', () => {
    expect(nextStepId(FLOW.steps[0]!, { choice: 'stop' })).to.equal('info');
    expect(nextStepId(FLOW.steps[0]!, { choice: 'x' })).to.equal('b');
    expect(nextStepId(FLOW.steps[1]!, {})).to.equal(undefined);
    expect(flowPath(FLOW, { choice: 'stop' })).to.deep.equal({ path: ['a', 'info'], end: 'info' });
    expect(flowPath(FLOW, { choice: 'x' })).to.deep.equal({ path: ['a', 'b'], end: 'summary' });
  });

  it('checks answers: required, shown only if, choices, persons, date bounds, length', () => {
    const [choice, why] = FLOW.steps[0]!.kind === 'questions' ? FLOW.steps[0]!.questions : [];
    expect(checkAnswer(choice!, {}, CONTEXT)).to.deep.equal([{ key: 'flow.required', params: { label: 'Choix' } }]);
    expect(checkAnswer(choice!, { choice: 'zzz' }, CONTEXT)[0]?.key).to.equal('flow.invalidChoice');
    expect(checkAnswer(why!, { choice: 'stop' }, CONTEXT)).to.deep.equal([]);
    expect(checkAnswer(why!, { choice: 'x', why: 'trop long' }, CONTEXT)[0]).to.deep.equal({ key: 'flow.tooLong', params: { max: 5, count: 5 } });
    const [when, who, many] = FLOW.steps[2]!.kind === 'questions' ? FLOW.steps[2]!.questions : [];
    expect(checkAnswer(when!, { when: '2026-02-30' }, CONTEXT)[0]?.key).to.equal('flow.invalidDate');
    expect(checkAnswer(when!, { when: '2019-12-31' }, CONTEXT)[0]).to.deep.equal({ key: 'flow.dateTooEarly', params: { min: '2020-01-01' } });
    expect(checkAnswer(when!, { when: '2026-10-13' }, CONTEXT)[0]).to.deep.equal({ key: 'flow.dateTooLate', params: { max: '2026-10-12' } });
    expect(checkAnswer(when!, { when: '2026-10-12' }, CONTEXT)).to.deep.equal([]);
    expect(checkAnswer(who!, { who: ['p1', 'p2'] }, CONTEXT)[0]?.key).to.equal('flow.invalidChoice');
    expect(checkAnswer(who!, { who: ['p9'] }, CONTEXT)[0]?.key).to.equal('flow.unknownPerson');
    expect(checkAnswer(many!, { many: 'p' }, CONTEXT)[0]?.key).to.equal('flow.invalidChoice');
    expect(checkAnswer(many!, { many: ['p', 'q'] }, CONTEXT)).to.deep.equal([]);
  });

  it('bounds a date by the answer to another date question, once that one is a date', () => {
    const end = { type: 'date', id: 'end', label: 'Fin', required: false, min: { question: 'start' } } as const;
    expect(checkAnswer(end, { start: '2026-03-01', end: '2025-01-01' }, CONTEXT)).to.deep.equal([{ key: 'flow.dateTooEarly', params: { min: '2026-03-01' } }]);
    expect(checkAnswer(end, { start: '2026-03-01', end: '2026-03-01' }, CONTEXT)).to.deep.equal([]);
    expect(checkAnswer(end, { end: '2025-01-01' }, CONTEXT), 'no start yet').to.deep.equal([]);
    expect(checkAnswer(end, { start: '2026-02-30', end: '2025-01-01' }, CONTEXT), 'no real start').to.deep.equal([]);
  });

  it('checks a whole flow and keeps only the answers on the path', () => {
    const answers = { choice: 'x', why: 'stage', when: '2026-01-15', orphan: 'kept out' };
    expect(checkFlow(FLOW, answers, CONTEXT)).to.deep.equal({ path: ['a', 'b'], end: 'summary', problems: {} });
    expect(relevantAnswers(FLOW, answers)).to.deep.equal({ choice: 'x', why: 'stage', when: '2026-01-15' });
    expect(Object.keys(checkFlow(FLOW, { choice: 'x' }, CONTEXT).problems)).to.deep.equal(['why', 'when']);
    expect(relevantAnswers(FLOW, { choice: 'stop', why: 'hidden' })).to.deep.equal({ choice: 'stop' });
  });
});

describe('flow problems in words (flowMessages)', () => {
  it('picks the plural form of flow.tooLong from the limit', () => {
    const question = { type: 'text', id: 't', label: 'T', required: false, maxLength: 120, multiline: false } as const;
    const [problem] = checkAnswer(question, { t: 'x'.repeat(121) }, CONTEXT);
    expect(translate<string>([flowMessages], 'fr', problem!.key, problem!.params)).to.equal('Votre réponse doit faire au plus 120 caractères.');
    const [one] = checkAnswer({ ...question, maxLength: 1 }, { t: 'xx' }, CONTEXT);
    expect(translate<string>([flowMessages], 'fr', one!.key, one!.params)).to.equal('Votre réponse doit faire au plus 1 caractère.');
  });
});
