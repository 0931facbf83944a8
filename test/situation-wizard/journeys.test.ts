// mc-situation-wizard, by keyboard alone against the in-memory adapter: the professional-situation flow of the CAF
// guide (seed 000) end to end on the apprentice path and on the intern path (info end), the separation flow with
// its conditional question, Back, "Modifier" from the summary, the list of flows, and English.
import { expect } from '@open-wc/testing';
import type { SubmitSituationInput } from '@moncompte/core';
import {
  activate,
  atStep,
  choose,
  continueStep,
  control,
  deepActive,
  group,
  nextEvent,
  norm,
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
    el.addEventListener('mc-situation-step', (e) => steps.push(`${e.detail.kind}:${e.detail.stepId}:${e.detail.position ?? ''}/${e.detail.total ?? ''}`));

    // Who: the household members of the current file, as checkboxes, each with its role.
    expect(textOf(group(el, 'Qui change'))).to.include('Fabrice Carré').and.include('Conjoint ou conjointe');
    await choose(el, 'Muriel Lefèvre');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 4');
    expect(norm(deepActive()?.textContent)).to.include('Quelle situation professionnelle');

    await choose(el, 'Apprenti(e)');
    await continueStep(el);
    await atStep(el, 'Étape 3 sur 4');
    expect(textOf(el)).to.include('Votre contrat');
    // The scheme, with the seed's help text under the general scheme.
    expect(textOf(group(el, 'régime'))).to.include('Carsat, Caisse des dépôts, Sécurité sociale des indépendants, Cnro, Sncf etc');
    await choose(el, 'Régime général');
    await typeDate(el, 'Date de début', '1', '9', '2025');
    await typeDate(el, 'Date de fin prévue', '31', '8', '2027');
    await typeText(el, "Nom de l'employeur", 'Boulangerie Le Goff');
    await continueStep(el);
    await atStep(el, 'Étape 4 sur 4');
    expect(norm(deepActive()?.textContent)).to.include('Récapitulatif');

    expect(summaryRows(el)).to.deep.equal([
      ['Qui change de situation professionnelle ?', 'Muriel Lefèvre'],
      ['Quelle situation professionnelle ?', 'Apprenti(e)'],
      ['À quel régime l\'employeur est-il rattaché ?', 'Régime général ou autre régime'],
      ['Date de début du contrat', '1 septembre 2025'],
      ['Date de fin prévue', '31 août 2027'],
      ["Nom de l'employeur", 'Boulangerie Le Goff'],
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
      situation: 'apprentice',
      scheme: 'general',
      startDate: '2025-09-01',
      endDate: '2027-08-31',
      employer: 'Boulangerie Le Goff',
    });
    // The declaration is on the file's procedures; the draft is gone.
    const procedures = await memory.getProcedures();
    expect(procedures.inProgress.map((p) => p.reference)).to.include(detail.receipt.reference);
    expect((await memory.getSituationDraft({ flowId: 'professional-situation' })).draft).to.equal(null);
    expect(steps).to.deep.equal(['questions:situation:2/4', 'questions:contract:3/4', 'summary:summary:4/4', 'done::/']);
  });

  it('intern in the course of studies: ends on the information step, nothing declared', async () => {
    const { el, count } = await wizard({ flow: 'professional-situation' });
    await untilText(el, 'Qui change');
    await choose(el, 'Léa Carré');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 4');
    await choose(el, 'Stagiaire dans le cadre de ses études');
    await continueStep(el);
    await atStep(el, 'Inutile de déclarer votre stage');
    expect(textOf(el)).to.include('vous gardez le statut étudiant').and.include('Il est inutile de déclarer votre stage.');
    expect(el.querySelector('mc-notice[variant="info"]')).to.exist;
    expect(textOf(el)).to.not.include('Étape');
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
});
