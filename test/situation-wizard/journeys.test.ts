// mc-situation-wizard, by keyboard alone against the in-memory adapter: the professional-situation flow of the CAF
// guide (seed 000) end to end on the apprentice path and on the intern path (info end), the separation flow with
// its conditional question, Back, "Modifier" from the summary, the list of flows, and English.
import { expect } from '@open-wc/testing';
import type { SubmitSituationInput } from '@moncompte/core';
import {
  activate,
  until,
  atStep,
  choose,
  continueStep,
  control,
  deepActive,
  group,
  nextEvent,
  norm,
  settle,
  summaryRows,
  textOf,
  typeDate,
  typeText,
  untilText,
  wizard,
} from './helpers.js';

describe('mc-situation-wizard: journeys', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('declares an apprenticeship end to end: who, which situation, scheme and dates, summary, receipt', async () => {
    const { el, count, inputs, memory } = await wizard({ flow: 'professional-situation' });
    await untilText(el, 'Qui change de situation professionnelle');
    expect(textOf(el)).to.include('Étape 1 sur 4');
    const steps: string[] = [];
    el.addEventListener('mc-situation-step', (e) =>
      steps.push(`${e.detail.kind}:${e.detail.stepId}:${e.detail.personId ?? ''}:${e.detail.position ?? ''}/${e.detail.total ?? ''}`),
    );

    // Who: the household members of the current file, as checkboxes, each with its role.
    expect(textOf(group(el, 'Qui change'))).to.include('Fabrice Carré').and.include('Conjoint ou conjointe');
    await choose(el, 'Muriel Lefèvre');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 4');
    // Asked for each person chosen: the heading names her.
    expect(norm(deepActive()?.textContent)).to.equal('Étape 2 sur 4 – Muriel Lefèvre : Quelle situation professionnelle ?');

    await choose(el, 'Apprenti(e)');
    await continueStep(el);
    await atStep(el, 'Étape 3 sur 4');
    expect(norm(deepActive()?.textContent)).to.include('Muriel Lefèvre : Le contrat');
    // The scheme, with the seed's help text under the general scheme.
    expect(textOf(group(el, 'régime'))).to.include('Carsat, Caisse des dépôts, Sécurité sociale des indépendants, Cnro, Sncf etc');
    await choose(el, 'Régime général');
    await typeDate(el, 'Date de début', '1', '9', '2025');
    await typeDate(el, 'Date de fin prévue', '31', '8', '2027');
    await typeText(el, "Nom de l’employeur", 'Boulangerie Le Goff');
    await continueStep(el);
    await atStep(el, 'Étape 4 sur 4');
    expect(norm(deepActive()?.textContent)).to.include('Récapitulatif');

    expect(summaryRows(el)).to.deep.equal([
      ['Qui change de situation professionnelle ?', 'Muriel Lefèvre'],
      ['Quelle situation professionnelle ?', 'Apprenti(e)'],
      ['À quel régime l’employeur est-il rattaché ?', 'Régime général ou autre régime'],
      ['Date de début du contrat', '1er septembre 2025'],
      ['Date de fin prévue', '31 août 2027'],
      ["Nom de l’employeur", 'Boulangerie Le Goff'],
    ]);
    expect(count('saveSituationDraft')).to.equal(3);

    const submitted = nextEvent(el, 'mc-situation-submitted');
    await activate(el, 'Valider ma déclaration');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    const { detail } = (await submitted) as CustomEvent<{ receipt: { reference: string } }>;
    expect(textOf(el)).to.include(detail.receipt.reference);
    expect(textOf(el)).to.match(/accusé de réception vient d’être envoyé à l’adresse e-mail connue dans votre dossier \(m.+@/);
    expect(count('submitSituationChange')).to.equal(1);
    const [input] = inputs<SubmitSituationInput>('submitSituationChange');
    expect(input!.answers).to.deep.equal({
      persons: ['p-muriel'],
      'situation@p-muriel': 'apprentice',
      'scheme@p-muriel': 'general',
      'startDate@p-muriel': '2025-09-01',
      'endDate@p-muriel': '2027-08-31',
      'employer@p-muriel': 'Boulangerie Le Goff',
    });
    // The declaration is on the file's procedures; the draft is gone.
    const procedures = await memory.getProcedures();
    expect(procedures.inProgress.map((p) => p.reference)).to.include(detail.receipt.reference);
    expect((await memory.getSituationDraft({ flowId: 'professional-situation' })).draft).to.equal(null);
    expect(steps).to.deep.equal([
      'questions:situation:p-muriel:2/4',
      'questions:contract:p-muriel:3/4',
      'summary:summary::4/4',
      'done:::/',
    ]);
  });

  it('intern in the course of studies: ends on the information step, nothing declared', async () => {
    const { el, count } = await wizard({ flow: 'professional-situation' });
    await untilText(el, 'Qui change');
    await choose(el, 'Léa Carré');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 4');
    await choose(el, 'Stagiaire dans le cadre de ses études');
    await continueStep(el);
    await atStep(el, 'Léa Carré : Inutile de déclarer ce stage');
    expect(textOf(el)).to.include('garde le statut étudiant').and.include('Il est inutile de déclarer son stage.');
    expect(el.querySelector('mc-notice[variant="info"]')).to.not.equal(null);
    expect(textOf(el)).to.not.include('Étape');
    expect(textOf(el), 'nobody has anything left to declare').to.not.include('Continuer');
    // Back keeps the answer (the progress now counts the path of these answers: it ends with the information).
    await activate(el, 'Retour');
    await atStep(el, 'Étape 2 sur 2');
    expect((control(el, 'Stagiaire') as HTMLInputElement).checked).to.equal(true);
    await continueStep(el);
    await atStep(el, 'Inutile de déclarer');
    const exit = nextEvent(el, 'mc-situation-exit');
    await activate(el, 'Terminer');
    expect(((await exit) as CustomEvent).detail).to.deep.equal({ flowId: 'professional-situation', reason: 'nothing-to-declare' });
    expect(count('submitSituationChange')).to.equal(0);
    expect(count('deleteSituationDraft')).to.be.greaterThan(0);
  });

  it('separation, chosen from the list: the new address is asked only after "Oui", and the authorisation ends', async () => {
    const { el, count, inputs, memory } = await wizard();
    await untilText(el, 'Quel changement voulez-vous déclarer');
    expect(textOf(el)).to.include('Changement de situation professionnelle').and.include('Séparation');
    expect(textOf(el)).to.include("l’autorisation de gestion du dossier prend fin automatiquement");
    expect((await memory.getAuthorisations()).received).to.have.length(1);
    await choose(el, 'Séparation');
    await continueStep(el);
    await atStep(el, 'Étape 1 sur 2');
    expect(norm(deepActive()?.textContent)).to.include('Votre séparation');

    await typeDate(el, 'Date de la séparation', '15', '2', '2026');
    expect(el.querySelector('textarea')).to.equal(null);
    await choose(el, 'Oui');
    await until(() => !!el.querySelector('textarea'), 'the new address question');
    expect(textOf(el)).to.include('Une question a été ajoutée : Votre nouvelle adresse');
    await typeText(el, 'Votre nouvelle adresse', '12 rue de Siam');
    // Hidden again with "Non", back with "Oui": what was typed is still there.
    await choose(el, 'Non');
    await until(() => !el.querySelector('textarea'), 'the address hidden');
    await choose(el, 'Oui');
    await until(() => !!el.querySelector('textarea'), 'the address shown again');
    expect(control(el, 'Votre nouvelle adresse').value).to.equal('12 rue de Siam');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 2');
    expect(summaryRows(el)).to.deep.equal([
      ['Date de la séparation', '15 février 2026'],
      ['Avez-vous changé d’adresse ?', 'Oui'],
      ['Votre nouvelle adresse', '12 rue de Siam'],
    ]);
    await activate(el, 'Valider ma déclaration');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    expect(count('submitSituationChange')).to.equal(1);
    expect(inputs<SubmitSituationInput>('submitSituationChange')[0]!.answers).to.deep.equal({
      separationDate: '2026-02-15',
      moved: 'yes',
      newAddress: '12 rue de Siam',
    });
    expect((await memory.getAuthorisations()).received).to.have.length(0);
    const history = await memory.getAuthorisationHistory();
    expect(history.events[0]).to.include({ action: 'ended', endedBy: 'separation' });
    // Another declaration starts from the list, with nothing of the previous one.
    await activate(el, 'Déclarer un autre changement');
    await atStep(el, 'Quel changement voulez-vous déclarer');
    await choose(el, 'Séparation');
    await continueStep(el);
    await atStep(el, 'Étape 1 sur 2');
    expect([...group(el, 'Date de la séparation').querySelectorAll('input')].map((i) => i.value)).to.deep.equal(['', '', '']);
  });

  it('separation without a move: a hidden answer is neither listed nor sent', async () => {
    const { el, inputs } = await wizard({ flow: 'separation' });
    await untilText(el, 'Votre séparation');
    await typeDate(el, 'Date de la séparation', '1', '3', '2026');
    await choose(el, 'Oui');
    await until(() => !!el.querySelector('textarea'), 'the new address question');
    await typeText(el, 'Votre nouvelle adresse', '3 quai de la Fosse');
    await choose(el, 'Non');
    await continueStep(el);
    await atStep(el, 'Récapitulatif');
    expect(summaryRows(el).map(([q]) => q)).to.deep.equal(['Date de la séparation', 'Avez-vous changé d’adresse ?']);
    await activate(el, 'Valider ma déclaration');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    expect(inputs<SubmitSituationInput>('submitSituationChange')[0]!.answers).to.deep.equal({ separationDate: '2026-03-01', moved: 'no' });
  });

  it('Back keeps every answer, back to the list of flows too', async () => {
    const { el } = await wizard();
    await untilText(el, 'Quel changement');
    await choose(el, 'Changement de situation professionnelle');
    await continueStep(el);
    await atStep(el, 'Étape 1 sur 4');
    await choose(el, 'Muriel Lefèvre');
    await choose(el, 'Fabrice Carré');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 6');
    await choose(el, 'Contrat de professionnalisation');
    await continueStep(el);
    await atStep(el, 'Étape 3 sur 6');
    await choose(el, 'Mutualité sociale agricole');
    await typeDate(el, 'Date de début', '2', '1', '2026');
    await typeText(el, "Nom de l’employeur", 'GAEC du Léon');
    await activate(el, 'Retour');
    await atStep(el, 'Étape 2 sur 6');
    expect((control(el, 'Contrat de professionnalisation') as HTMLInputElement).checked).to.equal(true);
    await activate(el, 'Retour');
    await atStep(el, 'Étape 1 sur 6');
    expect([...group(el, 'Qui change').querySelectorAll('input')].filter((i) => i.checked).map((i) => norm(i.labels?.[0]?.textContent))).to.deep.equal([
      'Muriel Lefèvre',
      'Fabrice Carré',
    ]);
    await activate(el, 'Retour');
    await atStep(el, 'Quel changement voulez-vous déclarer');
    expect((control(el, 'Changement de situation professionnelle') as HTMLInputElement).checked).to.equal(true);
    await continueStep(el);
    await atStep(el, 'Étape 1 sur 6');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 6');
    await continueStep(el);
    await atStep(el, 'Étape 3 sur 6');
    expect((control(el, 'Mutualité sociale agricole') as HTMLInputElement).checked).to.equal(true);
    expect([...group(el, 'Date de début').querySelectorAll('input')].map((i) => i.value)).to.deep.equal(['2', '1', '2026']);
    expect(control(el, "Nom de l’employeur").value).to.equal('GAEC du Léon');
  });

  it('"Modifier" goes back to the step and Continue returns to the summary; a change of branch takes the new path', async () => {
    const { el } = await wizard({ flow: 'professional-situation' });
    await untilText(el, 'Qui change');
    await choose(el, 'Hugo Carré');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 4');
    await choose(el, 'Apprenti(e)');
    await continueStep(el);
    await atStep(el, 'Étape 3 sur 4');
    await choose(el, 'Régime général');
    await typeDate(el, 'Date de début', '1', '10', '2025');
    await continueStep(el);
    await atStep(el, 'Récapitulatif');

    // Each "Modifier" names the question, and the person of a repeated one.
    const links = () => [...el.querySelectorAll<HTMLAnchorElement>('.mc-situation__action a')];
    expect(links().map((a) => norm(a.textContent))).to.deep.equal([
      'Modifier Qui change de situation professionnelle ?',
      'Modifier Quelle situation professionnelle ? (Hugo Carré)',
      'Modifier À quel régime l’employeur est-il rattaché ? (Hugo Carré)',
      'Modifier Date de début du contrat (Hugo Carré)',
    ]);
    // "Modifier" focuses the question's field itself — in a group, the choice made.
    const focusedLabel = () => norm((deepActive() as HTMLInputElement | null)?.labels?.[0]?.textContent);
    await activate(el, 'Modifier Qui change');
    await until(() => textOf(el).includes('Étape 1 sur 4') && focusedLabel().includes('Hugo Carré'), 'the choice made, focused');
    await settle(el);
    // A person added: straight to what the summary still needs, her part (Hugo's is done).
    await choose(el, 'Jade Carré');
    await continueStep(el);
    await atStep(el, 'Étape 4 sur 6 – Jade Carré : Quelle situation professionnelle ?');
    await choose(el, 'Stagiaire');
    await continueStep(el);
    await atStep(el, 'Étape 5 sur 6 – Jade Carré : Inutile de déclarer ce stage');
    await continueStep(el);
    await atStep(el, 'Récapitulatif');
    const who = el.querySelector('.mc-situation__row')!;
    expect([...who.querySelectorAll('li')].map((li) => norm(li.textContent))).to.deep.equal(['Hugo Carré', 'Jade Carré']);
    expect([...el.querySelectorAll('h4')].map((h) => norm(h.textContent))).to.deep.equal(['Hugo Carré', 'Jade Carré']);

    // Back from a step opened by "Modifier" returns to the summary too.
    await activate(el, 'Modifier Date de début');
    await until(() => textOf(el).includes('Étape 3 sur 6') && focusedLabel() === 'Jour', 'the day of the date, focused');
    await settle(el);
    await activate(el, 'Retour');
    await atStep(el, 'Récapitulatif');

    // A change that leads elsewhere follows the new path: Hugo's information, then (nobody has anything left to
    // declare) Jade's, which ends the declaration.
    await activate(el, 'Modifier Quelle situation professionnelle ? (Hugo');
    await until(() => textOf(el).includes('Étape 2 sur 6') && focusedLabel().includes('Apprenti(e)'), 'the choice made, focused');
    await settle(el);
    await choose(el, 'Stagiaire');
    await continueStep(el);
    await atStep(el, 'Hugo Carré : Inutile de déclarer ce stage');
    await continueStep(el);
    await atStep(el, 'Jade Carré : Inutile de déclarer ce stage');
    expect(textOf(el)).to.include('Terminer').and.not.include('Continuer');
  });

  it('speaks English under lang="en" (the flow texts stay those of the flow data)', async () => {
    const { el } = await wizard({ lang: 'en' });
    await untilText(el, 'What change do you want to report?');
    await activate(el, 'Continue');
    await until(() => textOf(el).includes('Choose the change you want to report.'), 'the English error');
    await choose(el, 'Séparation');
    await activate(el, 'Continue');
    await atStep(el, 'Step 1 of 2');
    expect(textOf(el)).to.include('Day').and.include('Month').and.include('Year').and.include('For example, 27 3 2025');
    await activate(el, 'Continue');
    await until(() => textOf(el).includes('Answer this question to continue.'), 'the English problem');
    await typeDate(el, 'Date de la séparation', '1', '2', '2026');
    await choose(el, 'Non');
    await activate(el, 'Continue');
    await atStep(el, 'Step 2 of 2');
    expect(summaryRows(el)[0]).to.deep.equal(['Date de la séparation', '1 February 2026']);
    expect(textOf(el)).to.include('Change Date de la séparation');
    await activate(el, 'Confirm my report');
    await atStep(el, 'Your report has been recorded');
    expect(textOf(el)).to.include('Reference of your report').and.include('An acknowledgement of receipt has just been sent');
  });
});
