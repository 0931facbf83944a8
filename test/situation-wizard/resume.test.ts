// mc-situation-wizard: nothing typed is lost. A reload (or coming back later) offers to resume the draft saved
// through the adapter, with what this tab typed since; "Recommencer" deletes it; a draft of an older version of
// the flow starts again with a message; a reload after a lost answer does not declare twice.
import { expect } from '@open-wc/testing';
import type { SubmitSituationInput } from '@moncompte/core';
import { clockFrom } from '../login/helpers.js';
import {
  activate,
  atStep,
  choose,
  continueStep,
  control,
  group,
  MapStorage,
  losingFirstAnswer,
  norm,
  signedIn,
  toContract,
  summaryRows,
  textOf,
  typeDate,
  until,
  untilText,
  wizard,
  type Counted,
} from './helpers.js';

const dateValues = (el: Element, legend: string) => [...group(el, legend).querySelectorAll('input')].map((i) => i.value);
const checked = (el: Element, label: string) => (control(el, label) as HTMLInputElement).checked;

describe('mc-situation-wizard: drafts and resuming', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('a reload in the middle of a step offers the draft; resuming brings back every answer, even those of the step', async () => {
    const storage = new MapStorage();
    const now = clockFrom('2026-03-02T12:00:00Z');
    const first = await wizard({ flow: 'professional-situation', counted: signedIn({ storage, now }), storageKey: 'sw-reload' });
    await toContract(first.el);
    await choose(first.el, 'Mutualité sociale agricole');
    await typeDate(first.el, 'Date de début', '1', '9', '2025');
    expect(first.count('saveSituationDraft')).to.equal(2);
    first.region.remove(); // the page goes away

    const again = await wizard({ flow: 'professional-situation', counted: signedIn({ storage, now }), storageKey: 'sw-reload' });
    await untilText(again.el, 'Reprendre votre déclaration ?');
    // The hour is in the browser's time zone; the day is the same from UTC−11 to UTC+11.
    expect(textOf(again.el)).to.match(/Vous avez commencé cette déclaration le 2 mars 2026 à \d\d:\d\d/);
    await activate(again.el, 'Reprendre ma déclaration');
    await atStep(again.el, 'Étape 3 sur 4');
    expect(checked(again.el, 'Mutualité sociale agricole')).to.equal(true);
    expect(dateValues(again.el, 'Date de début')).to.deep.equal(['01', '09', '2025']);
    await continueStep(again.el);
    await atStep(again.el, 'Récapitulatif');
    expect(summaryRows(again.el).map(([, a]) => a)).to.deep.equal(['Muriel Lefèvre', 'Apprenti(e)', 'Mutualité sociale agricole', '1er septembre 2025']);
    expect(again.count('getSituationDraft')).to.equal(1);
  });

  it('two persons: a reload in the middle of the second one\'s contract brings back each person\'s answers, never mixed', async () => {
    const storage = new MapStorage();
    const first = await wizard({ flow: 'professional-situation', counted: signedIn({ storage }), storageKey: 'sw-persons' });
    await untilText(first.el, 'Léa Carré');
    await choose(first.el, 'Fabrice Carré');
    await choose(first.el, 'Léa Carré');
    await continueStep(first.el);
    await atStep(first.el, 'Fabrice Carré : Quelle situation');
    await choose(first.el, 'Contrat de professionnalisation');
    await continueStep(first.el);
    await atStep(first.el, 'Fabrice Carré : Le contrat');
    await choose(first.el, 'Mutualité sociale agricole');
    await typeDate(first.el, 'Date de début', '3', '11', '2025');
    await continueStep(first.el);
    await atStep(first.el, 'Léa Carré : Quelle situation');
    await choose(first.el, 'Apprenti(e)');
    await continueStep(first.el);
    await atStep(first.el, 'Étape 5 sur 6 – Léa Carré : Le contrat');
    // Typed on her step, not saved as a draft yet: this tab keeps it.
    await choose(first.el, 'Régime général');
    await typeDate(first.el, 'Date de début', '1', '9', '2025');
    first.region.remove();

    const again = await wizard({ flow: 'professional-situation', counted: signedIn({ storage }), storageKey: 'sw-persons' });
    await untilText(again.el, 'Reprendre votre déclaration ?');
    await activate(again.el, 'Reprendre ma déclaration');
    await atStep(again.el, 'Étape 5 sur 6 – Léa Carré : Le contrat');
    expect(checked(again.el, 'Régime général')).to.equal(true);
    expect(dateValues(again.el, 'Date de début')).to.deep.equal(['01', '09', '2025']);
    await activate(again.el, 'Retour');
    await atStep(again.el, 'Étape 4 sur 6 – Léa Carré : Quelle situation');
    expect(checked(again.el, 'Apprenti(e)')).to.equal(true);
    await activate(again.el, 'Retour');
    await atStep(again.el, 'Étape 3 sur 6 – Fabrice Carré : Le contrat');
    expect(checked(again.el, 'Mutualité sociale agricole')).to.equal(true);
    expect(dateValues(again.el, 'Date de début')).to.deep.equal(['03', '11', '2025']);
    await continueStep(again.el);
    await atStep(again.el, 'Léa Carré : Quelle situation');
    await continueStep(again.el);
    await atStep(again.el, 'Léa Carré : Le contrat');
    await continueStep(again.el);
    await atStep(again.el, 'Étape 6 sur 6 – Récapitulatif');
    expect([...again.el.querySelectorAll('h4')].map((h) => norm(h.textContent))).to.deep.equal(['Fabrice Carré', 'Léa Carré']);
    expect(summaryRows(again.el).slice(1).map(([, a]) => a)).to.deep.equal([
      'Contrat de professionnalisation ou alternance',
      'Mutualité sociale agricole',
      '3 novembre 2025',
      'Apprenti(e)',
      'Régime général ou autre régime',
      '1er septembre 2025',
    ]);
  });

  it('a flow chosen in the list: a reload goes back to it and offers its draft; back at the list, a reload shows the list', async () => {
    const storage = new MapStorage();
    const first = await wizard({ counted: signedIn({ storage }), storageKey: 'sw-list' });
    await untilText(first.el, 'Quel changement');
    await choose(first.el, 'Séparation');
    await continueStep(first.el);
    await atStep(first.el, 'Étape 1 sur 2');
    await typeDate(first.el, 'Date de la séparation', '8', '2', '2026');
    await choose(first.el, 'Non');
    await continueStep(first.el);
    await atStep(first.el, 'Récapitulatif');
    first.region.remove();

    const again = await wizard({ counted: signedIn({ storage }), storageKey: 'sw-list' });
    await untilText(again.el, 'Reprendre votre déclaration ?');
    expect(textOf(again.el)).to.include('Séparation');
    await activate(again.el, 'Reprendre ma déclaration');
    await atStep(again.el, 'Récapitulatif');
    await activate(again.el, 'Retour');
    await atStep(again.el, 'Étape 1 sur 2');
    await activate(again.el, 'Retour');
    await atStep(again.el, 'Quel changement voulez-vous déclarer');
    again.region.remove();

    const listed = await wizard({ counted: signedIn({ storage }), storageKey: 'sw-list' });
    await untilText(listed.el, 'Quel changement voulez-vous déclarer');
    expect(textOf(listed.el)).to.not.include('Reprendre');
  });

  it('a flow kept for a reload that no longer exists: said, with the way back to the list', async () => {
    sessionStorage.setItem('sw-gone:flow', JSON.stringify('retired-flow'));
    const { el } = await wizard({ storageKey: 'sw-gone' });
    await untilText(el, 'Cette information est introuvable');
    await activate(el, 'Retour');
    await atStep(el, 'Quel changement voulez-vous déclarer');
    expect(sessionStorage.getItem('sw-gone:flow')).to.equal(null);
  });

  it('coming back from another device: the draft as saved, at its step', async () => {
    const storage = new MapStorage();
    const first = await wizard({ flow: 'professional-situation', counted: signedIn({ storage }) });
    await toContract(first.el);
    await choose(first.el, 'Régime général');
    first.region.remove();
    sessionStorage.clear(); // another browser: only the back end's draft

    const again = await wizard({ flow: 'professional-situation', counted: signedIn({ storage }), storageKey: 'sw-other' });
    await untilText(again.el, 'Reprendre votre déclaration ?');
    await activate(again.el, 'Reprendre ma déclaration');
    await atStep(again.el, 'Étape 3 sur 4');
    expect(checked(again.el, 'Régime général')).to.equal(false);
    await activate(again.el, 'Retour');
    await atStep(again.el, 'Étape 2 sur 4');
    expect(checked(again.el, 'Apprenti(e)')).to.equal(true);
  });

  it('"Recommencer" deletes the draft (a failure keeps the prompt, with a retry) and starts with no answer', async () => {
    const counted = signedIn();
    await counted.memory.saveSituationDraft({
      flowId: 'professional-situation',
      flowVersion: '2026-02',
      currentStepId: 'situation@p-muriel',
      path: ['who'],
      answers: { persons: ['p-muriel'] },
    });
    counted.memory.faults.failNext('deleteSituationDraft', 1, 'server');
    const { el, memory } = await wizard({ flow: 'professional-situation', counted });
    await untilText(el, 'Reprendre votre déclaration ?');
    expect(textOf(el)).to.include('Recommencer efface les réponses enregistrées.');
    await activate(el, 'Recommencer');
    await untilText(el, 'Le service rencontre un problème');
    expect(textOf(el)).to.include('Reprendre votre déclaration ?');
    await activate(el.querySelector('mc-notice')!, 'Réessayer');
    await atStep(el, 'Étape 1 sur 4');
    await untilText(el, 'Muriel Lefèvre');
    expect(checked(el, 'Muriel Lefèvre')).to.equal(false);
    expect((await memory.getSituationDraft({ flowId: 'professional-situation' })).draft).to.equal(null);
  });

  it('a draft of an older version of the flow: starts again, and says why', async () => {
    const storage = new MapStorage();
    const old = signedIn({ storage });
    await old.memory.saveSituationDraft({
      flowId: 'separation',
      flowVersion: '2026-01',
      currentStepId: 'summary',
      path: ['when'],
      answers: { separationDate: '2026-01-10', moved: 'no' },
    });
    const [key, json] = [...storage.items].find(([k]) => k.endsWith(':separation'))!;
    storage.setItem(key, json.replace('"flowVersion":"2026-01"', '"flowVersion":"2025-06"'));

    const { el, count } = await wizard({ flow: 'separation', counted: signedIn({ storage }) });
    await untilText(el, 'Ce formulaire a changé depuis votre dernière visite');
    expect(textOf(el)).to.include('Étape 1 sur 2').and.not.include('Reprendre');
    expect(dateValues(el, 'Date de la séparation')).to.deep.equal(['', '', '']);
    await typeDate(el, 'Date de la séparation', '10', '1', '2026');
    await choose(el, 'Non');
    await continueStep(el);
    await atStep(el, 'Récapitulatif');
    expect(textOf(el)).to.not.include('Ce formulaire a changé');
    expect(count('saveSituationDraft')).to.equal(1);
    expect(JSON.parse(storage.getItem(key)!)).to.include({ flowVersion: '2026-01', currentStepId: 'summary' });
  });

  it('a draft saved on the summary resumes on the summary when complete, else on the step to fix', async () => {
    const counted = signedIn();
    const save = (answers: Record<string, string>) =>
      counted.memory.saveSituationDraft({ flowId: 'separation', flowVersion: '2026-01', currentStepId: 'summary', path: ['when'], answers });
    await save({ separationDate: '2026-01-10', moved: 'no' });
    const complete = await wizard({ flow: 'separation', counted });
    await untilText(complete.el, 'Reprendre');
    await activate(complete.el, 'Reprendre ma déclaration');
    await atStep(complete.el, 'Étape 2 sur 2');
    complete.region.remove();

    await save({ separationDate: '2026-01-10', moved: 'yes' });
    const missing = await wizard({ flow: 'separation', counted });
    await untilText(missing.el, 'Reprendre');
    await activate(missing.el, 'Reprendre ma déclaration');
    await atStep(missing.el, 'Étape 1 sur 2');
    expect(missing.el.querySelector('textarea')).to.not.equal(null);
  });

  it('a page that handles the expired session: the answers stay on this device and come back after logging in again', async () => {
    const storage = new MapStorage();
    const counted = signedIn({ storage });
    const { el, region, memory } = await wizard({
      flow: 'professional-situation',
      counted,
      storageKey: 'sw-expired',
      loginHref: '/caf/connexion',
      handlesReauth: true,
    });
    await untilText(el, 'Qui change');
    await choose(el, 'Muriel Lefèvre');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 4');
    memory.faults.failNext('saveSituationDraft', 1, 'unauthorized');
    await choose(el, 'Contrat de professionnalisation');
    await continueStep(el);
    await atStep(el, 'Étape 3 sur 4');
    await untilText(el, 'Vos réponses sont conservées sur cet appareil');
    // The answers are on this device: "Me reconnecter" leaves in this tab.
    const login = el.querySelector<HTMLAnchorElement>('a.mc-situation__login')!;
    expect([norm(login.textContent), login.getAttribute('href'), login.target]).to.deep.equal(['Me reconnecter', '/caf/connexion', '']);
    await typeDate(el, 'Date de début', '3', '11', '2025');
    region.remove();

    const again = await wizard({ flow: 'professional-situation', counted: signedIn({ storage }), storageKey: 'sw-expired' });
    await untilText(again.el, 'Reprendre');
    await activate(again.el, 'Reprendre ma déclaration');
    await atStep(again.el, 'Étape 3 sur 4');
    expect(dateValues(again.el, 'Date de début')).to.deep.equal(['03', '11', '2025']);
    await activate(again.el, 'Retour');
    await atStep(again.el, 'Étape 2 sur 4');
    expect(checked(again.el, 'Contrat de professionnalisation')).to.equal(true);
  });

  it('a page that handles the expired session, the answers only on this page: "Me reconnecter" opens a new tab; none without login-href', async () => {
    for (const loginHref of ['/caf/connexion', 'javascript:alert(1)', '']) {
      const { el, region, memory } = await wizard({ flow: 'professional-situation', loginHref, handlesReauth: true });
      await untilText(el, 'Qui change');
      await choose(el, 'Muriel Lefèvre');
      memory.faults.failNext('saveSituationDraft', 1, 'unauthorized');
      await continueStep(el);
      await untilText(el, 'Vos réponses restent affichées sur cette page');
      const login = el.querySelector<HTMLAnchorElement>('a.mc-situation__login');
      if (loginHref === '/caf/connexion') {
        expect([norm(login!.textContent), login!.getAttribute('href'), login!.target, login!.rel]).to.deep.equal([
          'Me reconnecter dans un nouvel onglet', '/caf/connexion', '_blank', 'noopener',
        ]);
      } else {
        expect(login, `no link for "${loginHref}"`).to.equal(null);
      }
      region.remove();
    }
  });

  it('a reload after a lost answer, the same declaration made again: declared once (the key was kept)', async () => {
    const counted: Counted = signedIn();
    const adapter = losingFirstAnswer(counted, 'timeout');
    const before = (await counted.memory.getProcedures()).inProgress.length;
    const declare = async () => {
      const w = await wizard({ flow: 'separation', counted, adapter, storageKey: 'sw-lost' });
      await untilText(w.el, 'Votre séparation');
      await typeDate(w.el, 'Date de la séparation', '5', '2', '2026');
      await choose(w.el, 'Non');
      await continueStep(w.el);
      await atStep(w.el, 'Récapitulatif');
      await activate(w.el, 'Valider ma déclaration');
      return w;
    };
    const first = await declare();
    await untilText(first.el, 'Le service met trop de temps à répondre');
    first.region.remove();
    // The back end did declare (and so removed the draft): the person starts again and sends the same answers.
    const second = await declare();
    await atStep(second.el, 'Votre déclaration a bien été enregistrée');
    const [a, b] = counted.inputs<SubmitSituationInput>('submitSituationChange');
    expect(a!.idempotencyKey).to.equal(b!.idempotencyKey);
    expect((await counted.memory.getProcedures()).inProgress.length).to.equal(before + 1);
    await until(() => !sessionStorage.getItem('sw-lost:submission:separation'), 'the used key forgotten');
  });
});
