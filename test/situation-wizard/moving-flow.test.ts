// The change of address ("Changement d’adresse", the MSA's guide, seed 003) is a flow of the in-memory adapter's
// data only: no code of the wizard knows it. Driven by keyboard from the list of flows to the receipt: several
// people, a date that cannot be in the future, a multi-line address, a question that depends on the housing.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SubmitSituationInput } from '@moncompte/core';
import {
  activate,
  atStep,
  choose,
  continueStep,
  control,
  deepActive,
  focusedInSummary,
  group,
  norm,
  press,
  summaryErrors,
  summaryRows,
  textOf,
  typeDate,
  typeText,
  until,
  untilText,
  wizard,
} from './helpers.js';

describe('mc-situation-wizard: a flow added as data (change of address)', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('declares a move end to end by keyboard: who, when and where, the housing, summary, receipt', async () => {
    const { el, count, inputs } = await wizard({ memory: { today: '2026-03-02' } });
    await untilText(el, 'Quel changement voulez-vous déclarer');
    expect(textOf(el)).to.include('Changement d’adresse').and.include('Vous déménagez, ou une personne du foyer change d’adresse.');
    await choose(el, 'Changement d’adresse');
    await continueStep(el);
    await atStep(el, 'Étape 1 sur 4');
    expect(textOf(group(el, 'Qui change d’adresse'))).to.include('Cochez toutes les personnes qui déménagent.');
    await choose(el, 'Muriel Lefèvre');
    await choose(el, 'Léa Carré');
    await continueStep(el);

    await atStep(el, 'Étape 2 sur 4');
    expect(norm(deepActive()?.textContent)).to.include('La nouvelle adresse');
    // A move in the future is refused, next to the field and in the summary; nothing typed is lost.
    await typeDate(el, 'Date du déménagement', '10', '4', '2026');
    await typeText(el, 'Nouvelle adresse', '12 rue de Siam');
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    const [error] = await summaryErrors(el);
    expect(error).to.match(/^Date du déménagement — .*2 mars 2026/);
    expect(control(el, 'Nouvelle adresse').value).to.equal('12 rue de Siam');
    await typeDate(el, 'Date du déménagement', '14', '2', '2026');
    // A multi-line address: Enter is a new line in the field, not a submission.
    const address = control(el, 'Nouvelle adresse');
    expect(address.localName).to.equal('textarea');
    await typeText(el, 'Nouvelle adresse', '12 rue de Siam');
    await press('Enter');
    await sendKeys({ type: '29200 Brest' });
    expect(address.value).to.equal('12 rue de Siam\n29200 Brest');
    expect(textOf(el)).to.include('Étape 2 sur 4');
    await continueStep(el);

    await atStep(el, 'Étape 3 sur 4');
    // The question of the host appears only for "Hébergé(e)"; it is then required.
    expect(() => control(el, 'Nom de la personne qui vous héberge')).to.throw();
    await choose(el, 'Hébergé(e)');
    await until(() => textOf(el).includes('Nom de la personne qui vous héberge'), 'the host question');
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal(['Nom de la personne qui vous héberge — Répondez à cette question pour continuer.']);
    await typeText(el, 'Nom de la personne qui vous héberge', 'Yvonne Le Gall');
    await continueStep(el);

    await atStep(el, 'Étape 4 sur 4');
    expect(textOf(el)).to.include('Vérifiez la nouvelle adresse avant de valider votre déclaration.');
    const people = el.querySelector('.mc-situation__row dd');
    expect([...(people?.querySelectorAll('li') ?? [])].map((li) => norm(li.textContent))).to.deep.equal(['Muriel Lefèvre', 'Léa Carré']);
    expect(summaryRows(el)).to.deep.equal([
      ['Qui change d’adresse ?', 'Muriel LefèvreLéa Carré'],
      ['Date du déménagement', '14 février 2026'],
      ['Nouvelle adresse', '12 rue de Siam 29200 Brest'],
      ['Dans ce logement, vous êtes :', 'Hébergé(e)'],
      ['Nom de la personne qui vous héberge', 'Yvonne Le Gall'],
    ]);
    await activate(el, 'Valider ma déclaration');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    expect(count('submitSituationChange')).to.equal(1);
    const [sent] = inputs<SubmitSituationInput>('submitSituationChange');
    expect(sent!.flowId).to.equal('moving');
    expect(sent!.answers).to.deep.equal({
      persons: ['p-muriel', 'p-lea'],
      movingDate: '2026-02-14',
      newAddress: '12 rue de Siam\n29200 Brest',
      housing: 'hosted',
      host: 'Yvonne Le Gall',
    });
  });
});
