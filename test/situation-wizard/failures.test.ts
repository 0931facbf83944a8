// mc-situation-wizard when the adapter fails: every failure kind at load, at each draft save and at submit says
// what happened, keeps the answers and offers a retry when it may help (`unauthorized` as on a page that handles
// the new log-in itself; the login form in place is in reauth.test.ts); one declaration per action (double
// click, Enter + click, retry after a lost answer).
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { AdapterError, ADAPTER_ERROR_KINDS, type AdapterErrorKind, type MonCompteAdapter, type SubmitSituationInput } from '@moncompte/core';
import {
  activate,
  atStep,
  choose,
  continueStep,
  deepActive,
  norm,
  control,
  group,
  press,
  losingFirstAnswer,
  signedIn,
  summaryErrors,
  summaryRows,
  tabTo,
  textOf,
  typeDate,
  until,
  untilText,
  wizard,
  type Counted,
} from './helpers.js';

/** What the wizard says for each kind (the error catalogue, or its own words). */
const SAYS: Record<AdapterErrorKind, string> = {
  network: 'Impossible de joindre le service',
  timeout: 'Le service met trop de temps à répondre',
  unauthorized: 'Votre session a expiré',
  forbidden: 'Vous n’avez pas accès à ce service',
  'not-found': 'Cette information est introuvable',
  conflict: 'Les informations ont changé entre-temps',
  'rate-limited': 'Trop de tentatives',
  'invalid-response': 'Le service a renvoyé une réponse inattendue',
  server: 'Le service rencontre un problème',
  validation: 'Certaines informations ne sont pas valides',
};
const RETRYABLE = new Set<AdapterErrorKind>(['network', 'timeout', 'rate-limited', 'server']);

const failureText = (el: Element) => textOf(el.querySelector('mc-notice[variant="error"]') ?? document.createElement('p'));
const hasRetry = (el: Element) => [...el.querySelectorAll('mc-notice mc-button')].some((b) => textOf(b) === 'Réessayer');

/** The separation flow answered (date, no move), on its summary. */
async function toSeparationSummary(counted?: Counted) {
  const w = await wizard({ flow: 'separation', handlesReauth: true, ...(counted ? { counted } : {}) });
  await untilText(w.el, 'Votre séparation');
  await typeDate(w.el, 'Date de la séparation', '20', '1', '2026');
  await choose(w.el, 'Non');
  await continueStep(w.el);
  await atStep(w.el, 'Récapitulatif');
  return w;
}

describe('mc-situation-wizard: failures', function () {
  this.timeout(60000);
  beforeEach(() => sessionStorage.clear());

  it('loading a flow: every kind is said, with a retry when retryable', async () => {
    for (const kind of ADAPTER_ERROR_KINDS) {
      const counted = signedIn();
      counted.memory.faults.failNext(kind === 'not-found' ? 'getSituationDraft' : 'getSituationFlow', 1, kind);
      const { el } = await wizard({ flow: 'separation', counted, handlesReauth: true });
      await until(() => !!el.querySelector('mc-notice[variant="error"]'), `the ${kind} failure`);
      expect(failureText(el), kind).to.include('Le formulaire n’a pas pu être chargé.').and.include(SAYS[kind]);
      expect(hasRetry(el), kind).to.equal(RETRYABLE.has(kind));
      if (!RETRYABLE.has(kind)) continue;
      await activate(el.querySelector('mc-notice')!, 'Réessayer');
      await atStep(el, 'Votre séparation');
    }
  });

  it('the list of flows and the household members: failure, retry', async () => {
    const counted = signedIn();
    counted.memory.faults.failNext('listSituationFlows', 1, 'timeout');
    counted.memory.faults.failNext('getHousehold', 1, 'server');
    const { el } = await wizard({ counted });
    await untilText(el, 'La liste des changements n’a pas pu être chargée.');
    expect(failureText(el)).to.include(SAYS.timeout);
    await activate(el, 'Réessayer');
    await untilText(el, 'Changement de situation professionnelle');
    await choose(el, 'Changement de situation professionnelle');
    await continueStep(el);
    await atStep(el, 'Étape 1 sur 4');
    await untilText(el, 'Les personnes de votre foyer n’ont pas pu être chargées.');
    // Continue without anyone: the question is still required.
    await continueStep(el);
    await until(() => textOf(el).includes('Répondez à cette question pour continuer.'), 'the required error');
    await activate(el.querySelector('fieldset mc-notice')!, 'Réessayer');
    await untilText(el, 'Muriel Lefèvre');
    await choose(el, 'Muriel Lefèvre');
    await continueStep(el);
    await atStep(el, 'Étape 2 sur 4');
  });

  it('saving the draft: every kind is said on the next step, the answers stay, a retry saves the current state', async () => {
    const { el, memory, count } = await wizard({ flow: 'separation', handlesReauth: true });
    await untilText(el, 'Votre séparation');
    await typeDate(el, 'Date de la séparation', '20', '1', '2026');
    await choose(el, 'Oui');
    await until(() => !!el.querySelector('textarea'), 'the address question');
    await tabTo(control(el, 'Votre nouvelle adresse'));
    await press('1');
    for (const kind of ADAPTER_ERROR_KINDS) {
      memory.faults.failNext('saveSituationDraft', 1, kind);
      const saves = count('saveSituationDraft');
      await continueStep(el);
      await atStep(el, 'Récapitulatif');
      await until(() => textOf(el).includes('Votre brouillon n’a pas pu être enregistré.'), `the ${kind} draft failure`);
      const notice = failureText(el);
      if (kind === 'conflict') expect(notice).to.include('Ce formulaire a été mis à jour entre-temps');
      else expect(notice, kind).to.include(SAYS[kind]);
      expect(summaryRows(el).map(([, a]) => a), kind).to.deep.equal(['20 janvier 2026', 'Oui', '1']);
      expect(hasRetry(el), kind).to.equal(RETRYABLE.has(kind));
      if (RETRYABLE.has(kind)) {
        await activate(el.querySelector('mc-notice')!, 'Réessayer');
        await until(() => !textOf(el).includes('Votre brouillon n’a pas pu être enregistré.'), 'the draft saved');
        expect(count('saveSituationDraft')).to.equal(saves + 2);
      }
      if (kind === 'conflict') {
        await activate(el.querySelector('mc-notice')!, 'Recharger le formulaire');
        await atStep(el, 'Récapitulatif');
        await until(() => !textOf(el).includes('Votre brouillon n’a pas pu être enregistré.'), 'the draft saved after the reload');
      }
      await activate(el, 'Retour');
      await atStep(el, 'Votre séparation');
      expect(control(el, 'Votre nouvelle adresse').value).to.equal('1');
      expect([...group(el, 'Date de la séparation').querySelectorAll('input')].map((i) => i.value)).to.deep.equal(['20', '1', '2026']);
    }
    expect((await memory.getSituationDraft({ flowId: 'separation' })).draft?.answers).to.deep.equal({
      separationDate: '2026-01-20',
      moved: 'yes',
      newAddress: '1',
    });
  });

  it('submitting: every kind is said, the summary stays, the retry reuses the key; then one receipt', async () => {
    const { el, memory, inputs } = await toSeparationSummary();
    const before = (await memory.getProcedures()).inProgress.length;
    for (const kind of ADAPTER_ERROR_KINDS) {
      memory.faults.failNext('submitSituationChange', 1, kind);
      await activate(el, 'Valider ma déclaration');
      await until(() => !!el.querySelector('mc-notice[variant="error"]'), `the ${kind} failure`);
      const notice = failureText(el);
      if (kind === 'conflict') expect(notice).to.include('Ce formulaire a été mis à jour entre-temps');
      else if (kind === 'validation') expect(notice).to.include('Certaines réponses ne sont pas valides');
      else expect(notice, kind).to.include(SAYS[kind]);
      if (kind !== 'unauthorized' && kind !== 'conflict') expect(notice, kind).to.include('Vos réponses sont conservées.');
      expect(summaryRows(el), kind).to.have.length(2);
      expect(hasRetry(el), kind).to.equal(RETRYABLE.has(kind));
      if (kind === 'conflict') {
        await activate(el.querySelector('mc-notice')!, 'Recharger le formulaire');
        await atStep(el, 'Récapitulatif');
      }
    }
    await activate(el, 'Valider ma déclaration');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    const keys = new Set(inputs<SubmitSituationInput>('submitSituationChange').map((i) => i.idempotencyKey));
    expect(inputs('submitSituationChange')).to.have.length(ADAPTER_ERROR_KINDS.length + 1);
    expect(keys.size).to.equal(1);
    expect((await memory.getProcedures()).inProgress.length).to.equal(before + 1);
  });

  it('the back end refuses an answer: it is shown on its row, with "Modifier" to fix it', async () => {
    const counted = signedIn();
    let refuse = true;
    const adapter: MonCompteAdapter = {
      ...counted.adapter,
      submitSituationChange: (input, options) => {
        if (!refuse) return counted.adapter.submitSituationChange(input, options);
        refuse = false;
        return Promise.reject(
          new AdapterError('validation', 'refused', { fieldErrors: { separationDate: [{ key: 'flow.dateTooLate', params: { max: '2026-01-01' } }] } }),
        );
      },
    };
    const w = await wizard({ flow: 'separation', counted, adapter });
    await untilText(w.el, 'Votre séparation');
    await typeDate(w.el, 'Date de la séparation', '20', '1', '2026');
    await choose(w.el, 'Non');
    await continueStep(w.el);
    await atStep(w.el, 'Récapitulatif');
    await activate(w.el, 'Valider ma déclaration');
    await until(() => textOf(w.el).includes('La date doit être le 1er janvier 2026 ou avant.'), 'the refused answer on its row');
    const row = w.el.querySelector('.mc-situation__row')!;
    expect(textOf(row)).to.include('La date doit être le 1er janvier 2026 ou avant.');
    const edit = row.querySelector('a')!;
    expect(edit.getAttribute('aria-describedby')).to.equal(row.querySelector('.mc-field__error')!.id);
    // Also in the error summary, which has the focus; no second message on top. Its link goes to "Modifier".
    await until(() => deepActive()?.getRootNode() === w.el.querySelector('mc-error-summary')!.shadowRoot, 'the focused error summary');
    expect(await summaryErrors(w.el)).to.deep.equal(['Date de la séparation — La date doit être le 1er janvier 2026 ou avant.']);
    expect(w.el.querySelector('mc-notice[variant="error"]')).to.equal(null);
    await press('Tab');
    await press('Enter');
    expect(document.activeElement).to.equal(edit);
    await press('Enter');
    // Its step, the refused date's field focused.
    await until(() => textOf(w.el).includes('Étape 1 sur 2') && norm((deepActive() as HTMLInputElement | null)?.labels?.[0]?.textContent) === 'Jour', 'the date to fix, focused');
    await typeDate(w.el, 'Date de la séparation', '1', '1', '2026');
    await continueStep(w.el);
    await atStep(w.el, 'Récapitulatif');
    expect(textOf(w.el)).to.not.include('La date doit être');
    await activate(w.el, 'Valider ma déclaration');
    await atStep(w.el, 'Votre déclaration a bien été enregistrée');
  });

  it('one declaration per action: a double click, Enter + click', async () => {
    for (const how of ['double click', 'Enter + click'] as const) {
      const counted = signedIn();
      // The submission waits until both activations were made, as a slow network would.
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const adapter: MonCompteAdapter = {
        ...counted.adapter,
        submitSituationChange: async (input, options) => {
          await held;
          return counted.adapter.submitSituationChange(input, options);
        },
      };
      const { el, memory, count } = await toSeparationSummary({ ...counted, adapter });
      const before = (await memory.getProcedures()).inProgress.length;
      const button = [...el.querySelectorAll('mc-button')].find((b) => textOf(b) === 'Valider ma déclaration')!;
      const box = button.getBoundingClientRect();
      const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      if (how === 'double click') {
        await sendMouse({ type: 'click', position });
        await sendMouse({ type: 'click', position });
      } else {
        await tabTo(button);
        await press('Enter');
        await sendMouse({ type: 'click', position });
      }
      await until(() => button.hasAttribute('busy'), 'the busy button');
      release();
      await atStep(el, 'Votre déclaration a bien été enregistrée');
      expect(count('submitSituationChange'), how).to.equal(1);
      expect((await memory.getProcedures()).inProgress.length, how).to.equal(before + 1);
    }
  });

  it('a retry after a lost answer does not declare twice (same idempotency key)', async () => {
    const counted = signedIn();
    // The back end declares, then the answer is lost on the way back.
    const adapter = losingFirstAnswer(counted, 'network');
    const before = (await counted.memory.getProcedures()).inProgress.length;
    const { el } = await toSeparationSummary({ ...counted, adapter });
    await activate(el, 'Valider ma déclaration');
    await until(() => hasRetry(el), 'the retry');
    await activate(el.querySelector('mc-notice')!, 'Réessayer');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    const inputs = counted.inputs<SubmitSituationInput>('submitSituationChange');
    expect(inputs).to.have.length(2);
    expect(inputs[0]!.idempotencyKey).to.equal(inputs[1]!.idempotencyKey);
    expect((await counted.memory.getProcedures()).inProgress.length).to.equal(before + 1);
  });
});
