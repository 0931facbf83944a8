import { expect } from '@open-wc/testing';
import {
  answerKey,
  answersAt,
  checkAnswer,
  checkFlow,
  evaluateCondition,
  flowPath,
  nextPlace,
  nextStepId,
  personAnswers,
  personKey,
  relevantAnswers,
  stepAt,
} from './flow.js';
import { flowDataProblems } from './flow-data.js';
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

/** Who changes (asked once), then for each person chosen: the situation, an information end or the contract. */
const SECTIONS: SituationFlow = SituationFlowSchema.parse({
  id: 'sections',
  version: '1',
  title: 'Sections',
  firstStepId: 'who',
  summary: { title: 'Récapitulatif' },
  steps: [
    {
      kind: 'questions',
      id: 'who',
      title: 'Qui ?',
      questions: [{ type: 'person', id: 'persons', label: 'Qui ?', required: true, multiple: true }],
      next: [{ when: [], to: 'situation' }],
    },
    {
      kind: 'questions',
      id: 'situation',
      forEachPerson: 'persons',
      title: 'Situation',
      questions: [
        {
          type: 'single-choice', id: 'situation', label: 'Situation', required: true,
          options: [{ value: 'intern', label: 'Stagiaire' }, { value: 'apprentice', label: 'Apprenti' }, { value: 'work-study', label: 'Alternance' }],
        },
      ],
      next: [
        { when: [{ questionId: 'situation', operator: 'equals', value: 'intern' }], to: 'intern' },
        { when: [], to: 'contract' },
      ],
    },
    { kind: 'info', id: 'intern', forEachPerson: 'persons', title: 'Inutile de déclarer ce stage', paragraphs: ['Statut étudiant.'], tone: 'info' },
    {
      kind: 'questions',
      id: 'contract',
      forEachPerson: 'persons',
      title: 'Le contrat',
      questions: [
        { type: 'date', id: 'start', label: 'Début', required: true, min: '2020-01-01' },
        { type: 'date', id: 'end', label: 'Fin', required: false, min: { question: 'start' } },
        {
          type: 'text', id: 'employer', label: 'Employeur', required: true, maxLength: 40, multiline: false,
          showIf: [{ questionId: 'situation', operator: 'equals', value: 'apprentice' }],
        },
      ],
      next: [{ when: [], to: 'summary' }],
    },
  ],
});

describe('steps repeated for each person (forEachPerson)', () => {
  const k = personKey;

  it('derives per-person keys with one function, and finds the place of a key', () => {
    expect(k('situation', 'p1')).to.equal('situation@p1');
    expect(answerKey('situation', 'p1')).to.equal('situation@p1');
    expect(answerKey('persons')).to.equal('persons');
    expect(stepAt(SECTIONS, 'who')?.step.id).to.equal('who');
    expect(stepAt(SECTIONS, 'situation@p1')).to.deep.include({ personId: 'p1' });
    expect(stepAt(SECTIONS, 'situation@p1')?.step.id).to.equal('situation');
    expect(stepAt(SECTIONS, 'contract@a@b')?.personId, 'a person id may hold the separator').to.equal('a@b');
    expect(stepAt(SECTIONS, 'situation'), 'a repeated step needs its person').to.equal(undefined);
    expect(stepAt(SECTIONS, 'who@p1'), 'a step asked once has no person').to.equal(undefined);
    expect(stepAt(SECTIONS, 'situation@'), 'no person').to.equal(undefined);
  });

  it('runs the section for each person chosen, one after the other; an information step ends that person’s part only', () => {
    const answers = { persons: ['p1', 'p2'], [k('situation', 'p1')]: 'intern', [k('situation', 'p2')]: 'apprentice' };
    const route = flowPath(SECTIONS, answers);
    expect(route).to.deep.equal({ path: ['who', 'situation@p1', 'intern@p1', 'situation@p2', 'contract@p2'], end: 'summary' });
    expect(nextPlace(SECTIONS, answers, 'who')).to.equal('situation@p1');
    expect(nextPlace(SECTIONS, answers, 'intern@p1'), 'the next person').to.equal('situation@p2');
    expect(nextPlace(SECTIONS, answers, 'contract@p2')).to.equal('summary');
    expect(nextPlace(SECTIONS, answers, 'contract@p1'), 'not on the path').to.equal(undefined);
    // In the order of the answer (the wizard keeps the household's), each person once.
    expect(flowPath(SECTIONS, { ...answers, persons: ['p2', 'p1', 'p2'] }).path).to.deep.equal(['who', 'situation@p2', 'contract@p2', 'situation@p1', 'intern@p1']);
  });

  it('ends on the last information step when nobody has anything left to declare; nobody chosen goes on to the exit', () => {
    const interns = { persons: ['p1', 'p2'], [k('situation', 'p1')]: 'intern', [k('situation', 'p2')]: 'intern' };
    expect(flowPath(SECTIONS, interns)).to.deep.equal({ path: ['who', 'situation@p1', 'intern@p1', 'situation@p2', 'intern@p2'], end: 'info' });
    expect(nextPlace(SECTIONS, interns, 'intern@p1')).to.equal('situation@p2');
    expect(nextPlace(SECTIONS, interns, 'intern@p2')).to.equal(undefined);
    expect(checkFlow(SECTIONS, interns, CONTEXT).end).to.equal('info');
    expect(flowPath(SECTIONS, {})).to.deep.equal({ path: ['who'], end: 'summary' });
  });

  it('reads each person’s own answers: conditions, shown-only-if questions and date bounds name plain ids', () => {
    const answers = {
      persons: ['p1', 'p2'],
      situation: 'intern', // a plain answer to a repeated question is nobody's
      [k('situation', 'p1')]: 'work-study',
      [k('situation', 'p2')]: 'apprentice',
      [k('start', 'p1')]: '2026-01-10',
      [k('end', 'p1')]: '2025-12-01',
      [k('start', 'p2')]: '2025-01-01',
      [k('end', 'p2')]: '2025-12-01',
    };
    expect(personAnswers(SECTIONS, answers, 'p1')).to.deep.include({ persons: ['p1', 'p2'], situation: 'work-study', start: '2026-01-10' });
    expect(personAnswers(SECTIONS, answers, 'p3'), 'nothing of the others').to.not.have.any.keys('situation', 'start');
    expect(answersAt(SECTIONS, answers, 'who')).to.equal(answers);
    const result = checkFlow(SECTIONS, answers, CONTEXT);
    expect(result.path).to.deep.equal(['who', 'situation@p1', 'contract@p1', 'situation@p2', 'contract@p2']);
    expect(result.problems).to.deep.equal({
      'end@p1': [{ key: 'flow.dateTooEarly', params: { min: '2026-01-10' } }],
      'employer@p2': [{ key: 'flow.required', params: { label: 'Employeur' } }],
    });
    // Missing answers of a person are that person's problems.
    expect(Object.keys(checkFlow(SECTIONS, { persons: ['p1'] }, CONTEXT).problems)).to.deep.equal(['situation@p1', 'start@p1']);
  });

  it('keeps only the answers of the persons chosen, each under its per-person key, hidden ones left out', () => {
    const answers = {
      persons: ['p2'],
      [k('situation', 'p1')]: 'apprentice',
      [k('start', 'p1')]: '2025-01-01',
      [k('situation', 'p2')]: 'work-study',
      [k('start', 'p2')]: '2025-02-01',
      [k('employer', 'p2')]: 'hidden: not an apprentice',
    };
    expect(relevantAnswers(SECTIONS, answers)).to.deep.equal({ persons: ['p2'], 'situation@p2': 'work-study', 'start@p2': '2025-02-01' });
    expect(checkFlow(SECTIONS, relevantAnswers(SECTIONS, answers), CONTEXT)).to.deep.include({ end: 'summary', problems: {} });
  });

  it('refuses a person chosen twice; persons leaving the section to different steps make a broken path', () => {
    const [persons] = SECTIONS.steps[0]!.kind === 'questions' ? SECTIONS.steps[0]!.questions : [];
    expect(checkAnswer(persons!, { persons: ['p1', 'p1'] }, CONTEXT)[0]?.key).to.equal('flow.invalidChoice');
    // Data the schema refuses (two exits), run anyway: never a guess at where to go on.
    const other = { kind: 'questions', id: 'other', title: 'Autre', questions: [], next: [{ when: [], to: 'summary' }] } as const;
    const steps = SECTIONS.steps.map((s) =>
      s.id === 'situation' && s.kind === 'questions' ? { ...s, next: [{ ...s.next[0]!, to: 'other' }, s.next[1]!] } : s,
    );
    const twoExits: SituationFlow = { ...SECTIONS, steps: [...steps, other] };
    expect(flowDataProblems(twoExits).join()).to.include('leave to different steps (other, summary)');
    const answers = { persons: ['p1', 'p2'], [k('situation', 'p1')]: 'intern', [k('situation', 'p2')]: 'apprentice' };
    expect(flowPath(twoExits, answers).end).to.equal('broken');
    expect(flowPath(twoExits, { ...answers, [k('situation', 'p2')]: 'intern' })).to.deep.equal({ path: ['who', 'situation@p1', 'situation@p2', 'other'], end: 'summary' });
  });
});

describe('flow data with repeated steps (flowDataProblems, SituationFlowSchema)', () => {
  const withSteps = (edit: (steps: Record<string, unknown>[]) => void): unknown => {
    const flow = structuredClone(SECTIONS) as unknown as { steps: Record<string, unknown>[] };
    edit(flow.steps);
    return flow;
  };

  it('accepts the rules kept; a flow without repeated steps has nothing more to check', () => {
    expect(flowDataProblems(SECTIONS)).to.deep.equal([]);
    expect(flowDataProblems(FLOW)).to.deep.equal([]);
    expect(SituationFlowSchema.safeParse(SECTIONS).success).to.equal(true);
  });

  const cases: [string, (steps: Record<string, unknown>[]) => void, string][] = [
    ['names no person question', (s) => (s[1]!.forEachPerson = 'situation'), 'forEachPerson "situation" is not a person question'],
    ['names an unknown question', (s) => (s[2]!.forEachPerson = 'nobody'), 'forEachPerson "nobody" is not a person question'],
    ['repeats the first step', (s) => (s[0]!.forEachPerson = 'persons'), 'the first step "who" cannot be repeated'],
    ['has "@" in an id', (s) => (s[2]!.id = 'in@tern'), 'id "in@tern" contains "@"'],
    [
      'asks a repeated question once too',
      (s) => (s[0]!.questions as unknown[]).push({ type: 'text', id: 'start', label: 'x', required: false, maxLength: 5, multiline: false }),
      'question "start" is both repeated for each person and asked once',
    ],
    [
      'names a repeated question from a step asked once',
      (s) => (s[0]!.next = [{ when: [{ questionId: 'situation', operator: 'answered' }], to: 'situation' }, { when: [], to: 'situation' }]),
      'step "who" is asked once but names "situation"',
    ],
    [
      'leaves the section to two steps',
      (s) => {
        (s[1]!.next as { to: string }[])[0]!.to = 'who';
      },
      'leave to different steps',
    ],
  ];
  for (const [name, edit, message] of cases) {
    it(`refuses a flow whose repeated steps ${name}`, () => {
      const flow = withSteps(edit);
      expect(flowDataProblems(flow as SituationFlow).join(' | ')).to.include(message);
      const parsed = SituationFlowSchema.safeParse(flow);
      expect(parsed.success).to.equal(false);
      expect(parsed.error?.issues.map((i) => i.message).join(' | ')).to.include(message);
    });
  }
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
