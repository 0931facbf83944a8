// mc-situation-wizard: every problem of the core runner (checkStep) is shown next to its field AND in the error
// summary (linked, focused), and follows the answer once shown; the character count and its polite announcement.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { paste } from '../forms/helpers.js';
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
  settle,
  signedIn,
  toContract,
  summaryErrors,
  tabTo,
  textOf,
  typeDate,
  typeText,
  until,
  untilText,
  wizard,
} from './helpers.js';

/** The error shown next to a group (by legend) or a field (by label), and whether the field points to it. */
function errorNextTo(el: Element, name: string): { text: string; linked: boolean } {
  const fieldset = [...el.querySelectorAll('fieldset')].find((f) => norm(f.querySelector('legend')?.textContent).includes(name));
  const field = fieldset ?? control(el, name);
  const error = field.closest('.mc-situation__question')?.querySelector<HTMLElement>('.mc-field__error');
  if (!error) return { text: '', linked: false };
  return { text: norm(error.textContent), linked: (field.getAttribute('aria-describedby') ?? '').split(' ').includes(error.id) };
}

describe('mc-situation-wizard: validation by the core runner', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('flow.required on a person question: next to the group, in the summary (focused), its link focuses the first choice', async () => {
    const { el, count } = await wizard({ flow: 'professional-situation' });
    await untilText(el, 'Muriel Lefèvre');
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal(['Qui change de situation professionnelle ? — Répondez à cette question pour continuer.']);
    expect(errorNextTo(el, 'Qui change')).to.deep.equal({ text: 'Erreur : Répondez à cette question pour continuer.', linked: true });
    expect(count('saveSituationDraft')).to.equal(0);
    await press('Tab');
    await press('Enter');
    expect(deepActive()).to.equal(control(el, 'Muriel Lefèvre'));
    // Once shown, the error follows the answer.
    await press(' ');
    await settle(el);
    expect(errorNextTo(el, 'Qui change').text).to.equal('');
  });

  it('flow.required, flow.invalidDate, flow.dateTooEarly on the contract step; optional questions need nothing', async () => {
    const { el } = await wizard({ flow: 'professional-situation' });
    await toContract(el);
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal([
      "À quel régime l’employeur est-il rattaché ? — Répondez à cette question pour continuer.",
      'Date de début du contrat — Répondez à cette question pour continuer.',
    ]);
    expect(errorNextTo(el, 'régime').linked).to.equal(true);
    expect(errorNextTo(el, 'Date de début').linked).to.equal(true);
    expect(errorNextTo(el, 'Date de fin').text).to.equal('');
    expect([...group(el, 'Date de début').querySelectorAll('input')].every((i) => i.getAttribute('aria-invalid') === 'true')).to.equal(true);

    await choose(el, 'Régime général');
    await settle(el);
    expect(errorNextTo(el, 'régime').text).to.equal('');

    await typeDate(el, 'Date de début', '31', '2', '2026');
    await settle(el);
    expect(errorNextTo(el, 'Date de début').text).to.equal('Erreur : Indiquez une date réelle, par exemple 27 3 2025.');
    await typeDate(el, 'Date de début', '1', '1', '1999');
    await settle(el);
    expect(errorNextTo(el, 'Date de début').text).to.equal('Erreur : La date doit être le 1er janvier 2000 ou après.');
    // A date with its year missing: the summary's link goes to the year.
    await typeDate(el, 'Date de début', '1', '1', '');
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal(['Date de début du contrat — Indiquez une date réelle, par exemple 27 3 2025.']);
    await press('Tab');
    await press('Enter');
    expect(deepActive()).to.equal(group(el, 'Date de début').querySelectorAll('input')[2]);
    await sendKeys({ type: '2024' });
    // An optional date, when given, must be real too.
    await typeDate(el, 'Date de fin prévue', '40', '13', '2027');
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal(['Date de fin prévue — Indiquez une date réelle, par exemple 27 3 2025.']);
    // The end of the contract cannot come before its start (a bound the flow's data sets: the start's answer).
    await typeDate(el, 'Date de fin prévue', '1', '1', '2023');
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal(['Date de fin prévue — La date doit être le 1er janvier 2024 ou après.']);
    await typeDate(el, 'Date de fin prévue', '', '', '');
    await continueStep(el);
    await atStep(el, 'Récapitulatif');
  });

  it('flow.dateTooLate against today, flow.required on a question shown by an answer', async () => {
    const { el } = await wizard({ flow: 'separation' });
    await untilText(el, 'Votre séparation');
    await typeDate(el, 'Date de la séparation', '3', '3', '2026');
    await choose(el, 'Oui');
    await until(() => !!el.querySelector('textarea'), 'the address question');
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal([
      'Date de la séparation — La date doit être le 2 mars 2026 ou avant.',
      'Votre nouvelle adresse — Répondez à cette question pour continuer.',
    ]);
    expect(errorNextTo(el, 'Votre nouvelle adresse')).to.deep.equal({ text: 'Erreur : Répondez à cette question pour continuer.', linked: true });
    expect(control(el, 'Votre nouvelle adresse').getAttribute('aria-invalid')).to.equal('true');
    await press('Tab');
    await press('Tab');
    await press('Enter');
    expect(deepActive()).to.equal(control(el, 'Votre nouvelle adresse'));
  });

  it('flow.tooLong, with the character count shown as one types and announced once typing pauses', async () => {
    const { el, clock } = await wizard({ flow: 'professional-situation' });
    await toContract(el);
    const input = control(el, "Nom de l’employeur");
    const question = input.closest('.mc-situation__question')!;
    const live = question.querySelector('[aria-live="polite"]')!;
    const visible = question.querySelector('.mc-situation__count')!;
    expect(norm(visible.textContent)).to.equal('Il vous reste 120 caractères.');
    expect(visible.getAttribute('aria-hidden')).to.equal('true');
    const limit = el.querySelector(`[id="${(input.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-limit'))}"]`);
    expect(norm(limit?.textContent)).to.equal('Vous pouvez saisir jusqu’à 120 caractères.');

    await typeText(el, "Nom de l’employeur", 'SARL');
    await settle(el);
    expect(norm(visible.textContent)).to.equal('Il vous reste 116 caractères.');
    expect(norm(live.textContent), 'nothing said at each keystroke').to.equal('');
    clock.tick(999);
    await settle(el);
    expect(norm(live.textContent)).to.equal('');
    clock.tick(1);
    await settle(el);
    expect(norm(live.textContent)).to.equal('Il vous reste 116 caractères.');

    // A paste past the limit is not cut: the count says by how much, the runner refuses it.
    await tabTo(input);
    paste(input as HTMLInputElement, ' '.padEnd(120, 'x'));
    await settle(el);
    expect(input.value).to.have.length(124);
    expect(norm(visible.textContent)).to.equal('Vous avez 4 caractères de trop.');
    await choose(el, 'Régime général');
    await typeDate(el, 'Date de début', '1', '9', '2025');
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal(["Nom de l’employeur — Votre réponse doit faire au plus 120 caractères."]);
    expect(errorNextTo(el, "Nom de l’employeur").linked).to.equal(true);
    clock.tick(1000);
    await settle(el);
    expect(norm(live.textContent)).to.equal('Vous avez 4 caractères de trop.');
  });

  it('flow.invalidChoice and flow.unknownPerson: answers of a draft that no longer fit', async () => {
    const counted = signedIn();
    await counted.memory.saveSituationDraft({
      flowId: 'professional-situation',
      flowVersion: '2026-02',
      currentStepId: 'contract@p-someone-else',
      path: ['who', 'situation@p-someone-else'],
      answers: { persons: ['p-someone-else'], 'situation@p-someone-else': 'chief-executive' },
    });
    const { el } = await wizard({ flow: 'professional-situation', counted });
    await untilText(el, 'Reprendre votre déclaration');
    await activate(el, 'Reprendre ma déclaration');
    // Where the answers lead: the first step whose answers do not fit (asked for someone not in the household).
    await atStep(el, 'Étape 2 sur 4');
    await atStep(el, 'Une personne qui ne fait pas partie de votre foyer : Quelle situation professionnelle ?');
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal(['Quelle situation professionnelle ? — Choisissez une des réponses proposées.']);
    expect(errorNextTo(el, 'Quelle situation').linked).to.equal(true);
    await activate(el, 'Retour');
    await atStep(el, 'Étape 1 sur 4');
    await untilText(el, 'Muriel Lefèvre');
    await continueStep(el);
    await until(focusedInSummary, 'the focused error summary');
    expect(await summaryErrors(el)).to.deep.equal(['Qui change de situation professionnelle ? — Choisissez une personne de votre foyer.']);
    expect(errorNextTo(el, 'Qui change').text).to.equal('Erreur : Choisissez une personne de votre foyer.');
    expect(textOf(el)).to.not.include('p-someone-else');
  });
});
