// mc-situation-wizard, by keyboard alone: steps repeated for each person chosen (`forEachPerson`), on the CAF's
// professional-situation flow (seed 000: « la ou les personne(s) qui change(nt) de situation professionnelle »). Each
// person has their own situation, contract and information end, named in the heading and the progress; the summary
// groups the answers under each person's name with a working "Modifier"; a person no longer chosen is not declared.
import { expect } from '@open-wc/testing';
import { AdapterError, type SaveDraftInput, type SubmitSituationInput } from '@moncompte/core';
import {
  activate,
  atStep,
  choose,
  continueStep,
  control,
  deepActive,
  focusedInSummary,
  group,
  nextEvent,
  norm,
  press,
  settle,
  signedIn,
  summaryErrors,
  textOf,
  typeDate,
  until,
  untilText,
  wizard,
} from './helpers.js';

/** An answer of the summary as read: its text, a list's items joined with ", ". */
function answerOf(dd: Element | null): string {
  const items = [...(dd?.querySelectorAll('li') ?? [])].map((li) => norm(li.textContent));
  return items.length ? items.join(', ') : norm(dd?.textContent);
}

/** The summary's groups: [heading (the person's name; '' for the answers given once), [question, answer] rows]. */
function summaryGroups(el: Element): [string, [string, string][]][] {
  return [...el.querySelectorAll('dl.mc-situation__answers')].map((dl) => {
    const heading = dl.previousElementSibling?.localName === 'h4' ? norm(dl.previousElementSibling.textContent) : '';
    const rows = [...dl.querySelectorAll('.mc-situation__row')].map((row): [string, string] => [norm(row.querySelector('dt')?.textContent), answerOf(row.querySelector('dd'))]);
    return [heading, rows];
  });
}

const checked = (el: Element, label: string) => (control(el, label) as HTMLInputElement).checked;
const focusedLabel = () => norm((deepActive() as HTMLInputElement | null)?.labels?.[0]?.textContent);

describe('mc-situation-wizard: steps repeated for each person', function () {
  this.timeout(60000);
  beforeEach(() => sessionStorage.clear());

  it('two persons, two situations: an apprenticeship declared for one, an internship with nothing to declare for the other', async () => {
    const { el, count, inputs } = await wizard({ flow: 'professional-situation' });
    await untilText(el, 'Qui change de situation professionnelle');
    const steps: string[] = [];
    el.addEventListener('mc-situation-step', (e) => steps.push(`${e.detail.stepId}:${e.detail.personId ?? ''}:${e.detail.position ?? ''}/${e.detail.total ?? ''}`));

    // Ticked in any order, asked in the order of the household (Fabrice is the partner, Léa a child).
    await choose(el, 'Léa Carré');
    await choose(el, 'Fabrice Carré');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 6 – Fabrice Carré : Quelle situation professionnelle ?');
    await choose(el, 'Apprenti(e)');
    await continueStep(el);
    await atStep(el, 'Étape 3 sur 6 – Fabrice Carré : Le contrat');
    await choose(el, 'Régime général');
    await typeDate(el, 'Date de début', '1', '9', '2025');
    await continueStep(el);

    // Léa's own step: nothing of Fabrice's answers.
    await atStep(el, 'Étape 4 sur 6 – Léa Carré : Quelle situation professionnelle ?');
    expect(checked(el, 'Apprenti(e)')).to.equal(false);
    await continueStep(el);
    await untilText(el, 'Répondez à cette question pour continuer.');
    await choose(el, 'Stagiaire dans le cadre de ses études');
    await continueStep(el);
    // Her information ends her part only: "Continuer" goes on (here to the summary), nothing ends, the draft stays.
    await atStep(el, 'Étape 5 sur 6 – Léa Carré : Inutile de déclarer ce stage');
    expect(textOf(el)).to.include('garde le statut étudiant').and.not.include('Terminer');
    await continueStep(el);
    await atStep(el, 'Étape 6 sur 6 – Récapitulatif');

    expect(summaryGroups(el)).to.deep.equal([
      ['', [['Qui change de situation professionnelle ?', 'Fabrice Carré, Léa Carré']]],
      [
        'Fabrice Carré',
        [
          ['Quelle situation professionnelle ?', 'Apprenti(e)'],
          ['À quel régime l’employeur est-il rattaché ?', 'Régime général ou autre régime'],
          ['Date de début du contrat', '1er septembre 2025'],
        ],
      ],
      ['Léa Carré', [['Quelle situation professionnelle ?', 'Stagiaire dans le cadre de ses études']]],
    ]);
    expect(count('deleteSituationDraft')).to.equal(0);
    expect(inputs<SaveDraftInput>('saveSituationDraft').map((i) => i.currentStepId)).to.deep.equal([
      'situation@p-fabrice',
      'contract@p-fabrice',
      'situation@p-lea',
      'intern-info@p-lea',
      'summary',
    ]);

    // "Modifier" of a person's answer: that person's step, the question's own field focused; back to the summary.
    await activate(el, 'Modifier Date de début du contrat (Fabrice Carré)');
    await until(() => textOf(el).includes('Étape 3 sur 6 – Fabrice Carré : Le contrat') && focusedLabel() === 'Jour', 'Fabrice’s start day, focused');
    await settle(el);
    await typeDate(el, 'Date de début', '2', '9', '2025');
    await continueStep(el);
    await atStep(el, 'Récapitulatif');
    expect(summaryGroups(el)[1]![1][2]).to.deep.equal(['Date de début du contrat', '2 septembre 2025']);
    await activate(el, 'Modifier Quelle situation professionnelle ? (Léa Carré)');
    await until(
      () => textOf(el).includes('Étape 4 sur 6 – Léa Carré') && focusedLabel() === 'Stagiaire dans le cadre de ses études',
      'Léa’s choice, focused',
    );
    await settle(el);
    await activate(el, 'Retour');
    await atStep(el, 'Récapitulatif');

    const submitted = nextEvent(el, 'mc-situation-submitted');
    await activate(el, 'Valider ma déclaration');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    await submitted;
    expect(inputs<SubmitSituationInput>('submitSituationChange')[0]!.answers).to.deep.equal({
      persons: ['p-fabrice', 'p-lea'],
      'situation@p-fabrice': 'apprentice',
      'scheme@p-fabrice': 'general',
      'startDate@p-fabrice': '2025-09-02',
      'situation@p-lea': 'intern-studies',
    });
    expect(steps.slice(0, 6)).to.deep.equal([
      'situation:p-fabrice:2/6',
      'contract:p-fabrice:3/6',
      'situation:p-lea:4/6',
      'intern-info:p-lea:5/6',
      'summary::6/6',
      'contract:p-fabrice:3/6',
    ]);
  });

  it('an internship first: "Continuer" to the next person; two internships end the declaration with nothing declared', async () => {
    const { el, count, inputs } = await wizard({ flow: 'professional-situation' });
    await untilText(el, 'Muriel Lefèvre');
    await choose(el, 'Muriel Lefèvre');
    await choose(el, 'Léa Carré');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 6 – Muriel Lefèvre');
    await choose(el, 'Stagiaire');
    await continueStep(el);
    await atStep(el, 'Étape 3 sur 6 – Muriel Lefèvre : Inutile de déclarer ce stage');
    expect(textOf(el)).to.not.include('Terminer');
    await until(() => count('saveSituationDraft') === 2, 'the draft saved at her information');
    expect(inputs<SaveDraftInput>('saveSituationDraft')[1]!.currentStepId).to.equal('intern-info@p-muriel');
    expect(count('deleteSituationDraft')).to.equal(0);
    await continueStep(el);
    await atStep(el, 'Étape 4 sur 6 – Léa Carré : Quelle situation professionnelle ?');
    await choose(el, 'Stagiaire');
    await continueStep(el);
    // Nobody has anything left to declare: the declaration ends here, as for one person.
    await atStep(el, 'Léa Carré : Inutile de déclarer ce stage');
    expect(textOf(el)).to.include('Terminer').and.not.include('Continuer').and.not.include('Étape');
    await until(() => count('deleteSituationDraft') === 1, 'the draft deleted');
    await activate(el, 'Retour');
    await atStep(el, 'Étape 4 sur 4 – Léa Carré');
    await continueStep(el);
    await atStep(el, 'Léa Carré : Inutile de déclarer');
    const exit = nextEvent(el, 'mc-situation-exit');
    await activate(el, 'Terminer');
    expect(((await exit) as CustomEvent).detail).to.deep.equal({ flowId: 'professional-situation', reason: 'nothing-to-declare' });
    expect(count('submitSituationChange')).to.equal(0);
  });

  it('a person no longer chosen: their part leaves the path, the summary and what is declared', async () => {
    const { el, inputs } = await wizard({ flow: 'professional-situation' });
    await untilText(el, 'Muriel Lefèvre');
    await choose(el, 'Muriel Lefèvre');
    await choose(el, 'Fabrice Carré');
    await continueStep(el);
    await atStep(el, 'Muriel Lefèvre : Quelle situation');
    await choose(el, 'Apprenti(e)');
    await continueStep(el);
    await atStep(el, 'Muriel Lefèvre : Le contrat');
    await choose(el, 'Mutualité sociale agricole');
    await typeDate(el, 'Date de début', '3', '11', '2025');
    await continueStep(el);
    await atStep(el, 'Fabrice Carré : Quelle situation');
    await choose(el, 'Contrat de professionnalisation');
    await continueStep(el);
    await atStep(el, 'Fabrice Carré : Le contrat');
    // Each person's dates are their own.
    expect([...group(el, 'Date de début').querySelectorAll('input')].map((i) => i.value)).to.deep.equal(['', '', '']);
    await choose(el, 'Régime général');
    await typeDate(el, 'Date de début', '5', '1', '2026');
    await continueStep(el);
    await atStep(el, 'Étape 6 sur 6 – Récapitulatif');
    expect(summaryGroups(el).map(([heading]) => heading)).to.deep.equal(['', 'Muriel Lefèvre', 'Fabrice Carré']);

    await activate(el, 'Modifier Qui change');
    await until(() => focusedLabel() === 'Muriel Lefèvre', 'the first choice made, focused');
    await settle(el);
    await choose(el, 'Muriel Lefèvre'); // unticked
    expect(checked(el, 'Muriel Lefèvre')).to.equal(false);
    await continueStep(el);
    await atStep(el, 'Étape 4 sur 4 – Récapitulatif');
    expect(summaryGroups(el)).to.deep.equal([
      ['', [['Qui change de situation professionnelle ?', 'Fabrice Carré']]],
      [
        'Fabrice Carré',
        [
          ['Quelle situation professionnelle ?', 'Contrat de professionnalisation ou alternance'],
          ['À quel régime l’employeur est-il rattaché ?', 'Régime général ou autre régime'],
          ['Date de début du contrat', '5 janvier 2026'],
        ],
      ],
    ]);
    await activate(el, 'Valider ma déclaration');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    expect(inputs<SubmitSituationInput>('submitSituationChange')[0]!.answers).to.deep.equal({
      persons: ['p-fabrice'],
      'situation@p-fabrice': 'work-study',
      'scheme@p-fabrice': 'general',
      'startDate@p-fabrice': '2026-01-05',
    });
  });

  it('a person\'s answer refused by the back end: on that person\'s row and in the error summary, whose link goes to its "Modifier"', async () => {
    const counted = signedIn();
    const refused = { 'startDate@p-lea': [{ key: 'flow.dateTooLate', params: { max: '2025-08-31' } }] };
    const adapter = { ...counted.adapter, submitSituationChange: () => Promise.reject(new AdapterError('validation', 'refused', { fieldErrors: refused })) };
    const { el } = await wizard({ counted, adapter, flow: 'professional-situation' });
    await untilText(el, 'Léa Carré');
    await choose(el, 'Muriel Lefèvre');
    await choose(el, 'Léa Carré');
    for (const name of ['Muriel Lefèvre', 'Léa Carré']) {
      await continueStep(el);
      await atStep(el, `${name} : Quelle situation`);
      await choose(el, 'Apprenti(e)');
      await continueStep(el);
      await atStep(el, `${name} : Le contrat`);
      await choose(el, 'Régime général');
      await typeDate(el, 'Date de début', '1', '9', '2025');
    }
    await continueStep(el);
    await atStep(el, 'Récapitulatif');
    await activate(el, 'Valider ma déclaration');
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal(['Date de début du contrat (Léa Carré) — La date doit être le 31 août 2025 ou avant.']);
    const [, muriel, lea] = summaryGroups(el);
    expect(muriel![1][2]).to.deep.equal(['Date de début du contrat', '1er septembre 2025']);
    expect(lea![1][2]).to.deep.equal(['Date de début du contrat', '1er septembre 2025 Erreur : La date doit être le 31 août 2025 ou avant.']);
    await press('Tab');
    await press('Enter');
    expect(norm(deepActive()?.textContent)).to.equal('Modifier Date de début du contrat (Léa Carré)');
    await press('Enter');
    await until(() => textOf(el).includes('Léa Carré : Le contrat') && focusedLabel() === 'Jour', 'her start day, focused');
  });

  it('names the person in English too', async () => {
    const { el } = await wizard({ flow: 'professional-situation', lang: 'en' });
    await untilText(el, 'Muriel Lefèvre');
    await choose(el, 'Muriel Lefèvre');
    await activate(el, 'Continue');
    await atStep(el, 'Step 2 of 4 – Muriel Lefèvre: Quelle situation professionnelle ?');
    await choose(el, 'Apprenti(e)');
    await activate(el, 'Continue');
    await atStep(el, 'Step 3 of 4');
    await choose(el, 'Régime général');
    await typeDate(el, 'Date de début', '1', '9', '2025');
    await activate(el, 'Continue');
    await atStep(el, 'Step 4 of 4');
    expect(textOf(el)).to.include('Change Date de début du contrat (Muriel Lefèvre)');
  });
});
