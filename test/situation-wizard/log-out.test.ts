// mc-situation-wizard and the log-out (issue #5), on a page with « Déconnexion » and no host code clearing
// anything: a declaration part way by keyboard (a flow chosen in the list, two people ticked, answers typed, a draft
// saved through the adapter and what was typed since kept in this tab), a call still answering. Once the session has
// ended, none of the household's names, the answers, the flow or a receipt is left in the wizard, it says « Vous
// êtes déconnecté. » under its title, sessionStorage holds nothing of it, and the late answer changes nothing;
// mc-login brings back its first screen, empty. Also: a late receipt, a confirmation on screen, the login form of an
// expired session, English, axe (CAF and MSA).
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { MonCompteAdapter, SituationDraft, SituationReceipt } from '@moncompte/core';
import '@moncompte/components/logout-button.js';
import type { McSituationWizard } from '@moncompte/components/situation-wizard.js';
import { deferred, pageLogsIn } from '../dashboard/helpers.js';
import { deepText, provided, typeIn } from '../journeys/helpers.js';
import {
  activate,
  atStep,
  axe,
  choose,
  continueStep,
  deepActive,
  FakeClock,
  norm,
  settle,
  signedIn,
  tabTo,
  textOf,
  typeDate,
  typeText,
  until,
  untilText,
} from './helpers.js';

const KEY = 'sw-logout';
const SIGNED_OUT = 'Déclarer un changement Vous êtes déconnecté.';
/** What the wizard showed of the declaration: the household's names, the flow chosen, the answers. */
const DECLARATION = ['Muriel', 'Lefèvre', 'Fabrice', 'Carré', 'Léa', 'Changement de situation professionnelle', 'Contrat de professionnalisation', 'Mutualité sociale agricole', 'GAEC du Léon', '2025'];

/** What the wizard keeps in this tab (its `storage-key`'s keys). */
const kept = () => Object.keys(sessionStorage).filter((key) => key.startsWith(`${KEY}:`));

/** The page: « Déconnexion » in its header, the wizard in its main part, one adapter for both (a provider). */
async function page(options: { flow?: string; theme?: 'caf' | 'msa'; lang?: string; wrap?: (adapter: MonCompteAdapter) => MonCompteAdapter } = {}) {
  const theme = options.theme ?? 'caf';
  const counted = signedIn({ agency: theme });
  const adapter = options.wrap ? options.wrap(counted.adapter) : counted.adapter;
  const region = await provided(
    adapter,
    html`<div lang=${options.lang ?? 'fr'}>
      <header><mc-logout-button></mc-logout-button></header>
      <main>
        <mc-situation-wizard flow=${options.flow ?? ''} storage-key=${KEY} .clock=${new FakeClock('2026-03-02T10:00:00Z')}></mc-situation-wizard>
      </main>
    </div>`,
    theme,
  );
  const el = region.querySelector('mc-situation-wizard') as McSituationWizard;
  await settle(el);
  return { ...counted, adapter, region, el, button: region.querySelector('mc-logout-button')! };
}

/** « Déconnexion » by keyboard, then the wizard's signed-out state. */
async function logOutByKeyboard(button: Element, el: McSituationWizard): Promise<void> {
  await tabTo(button);
  await sendKeys({ press: 'Enter' });
  await until(() => textOf(el).includes('Vous êtes déconnecté.'), `the signed-out state (the wizard shows: ${textOf(el).slice(0, 200)})`);
  await settle(el);
}

/** A deferred answer the test releases. */
type Gate = { readonly promise: Promise<void>; resolve(): void };

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mc-situation-wizard: the log-out', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('« Déconnexion » by keyboard: nothing of the declaration is left, a late draft answer changes nothing; mc-login starts afresh', async () => {
    // A back end whose draft saves, once the gate is set, answer only when the test says so, whatever the abort.
    let gate: Gate | undefined = undefined;
    const late: SituationDraft[] = [];
    const { el, region, button, memory, count } = await page({
      wrap: (adapter) => ({
        ...adapter,
        saveSituationDraft: async (input, options) => {
          const waiting = gate;
          const saved = await adapter.saveSituationDraft(input, waiting ? undefined : options);
          if (!waiting) return saved;
          late.push(saved);
          await waiting.promise;
          return saved;
        },
      }),
    });
    await untilText(el, 'Quel changement voulez-vous déclarer');
    await choose(el, 'Changement de situation professionnelle');
    await continueStep(el);
    await atStep(el, 'Étape 1 sur 4');
    await choose(el, 'Fabrice Carré');
    await choose(el, 'Léa Carré');
    await continueStep(el);
    await atStep(el, 'Fabrice Carré : Quelle situation');
    await choose(el, 'Contrat de professionnalisation');
    await continueStep(el);
    await atStep(el, 'Fabrice Carré : Le contrat');
    await choose(el, 'Mutualité sociale agricole');
    await typeDate(el, 'Date de début', '3', '11', '2025');
    await typeText(el, 'Nom de l’employeur', 'GAEC du Léon');
    await settle(el);
    expect(count('saveSituationDraft')).to.equal(2);
    // The draft is saved on the back end; what was typed since is kept in this tab, with the flow chosen.
    expect(kept().sort()).to.deep.equal([`${KEY}:answers:professional-situation`, `${KEY}:flow`]);
    expect(sessionStorage.getItem(`${KEY}:answers:professional-situation`)).to.contain('GAEC du Léon');

    // Léa's part: the draft's save is in flight when the person logs out.
    gate = deferred<void>();
    await continueStep(el);
    await atStep(el, 'Léa Carré : Quelle situation');
    await until(() => late.length === 1, 'the draft save in flight');
    expect(DECLARATION.filter((text) => norm(deepText(region)).includes(text))).to.include.members(['Léa', 'Carré', 'Changement de situation professionnelle']);

    await logOutByKeyboard(button, el);
    expect((await memory.getSession()).session).to.equal(null);
    expect(norm(deepText(el))).to.equal(SIGNED_OUT);
    expect([...el.children].map((child) => norm(child.textContent))).to.deep.equal(['Déclarer un changement', 'Vous êtes déconnecté.']);
    expect(el.querySelector('form, input, textarea, fieldset, mc-button, mc-notice, mc-login-form')).to.equal(null);
    expect(DECLARATION.filter((text) => norm(deepText(region)).includes(text))).to.deep.equal([]);
    expect(kept()).to.deep.equal([]);
    expect([el.definition, el.household.value, el.flows.value, el.resumable, el.receipt]).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
    expect(el.answers).to.deep.equal({});
    expect(el.dateParts.size).to.equal(0);

    // The late answer of the draft's save: nothing comes back, on screen or in this tab.
    gate.resolve();
    await wait(50);
    await settle(el);
    expect(norm(deepText(el))).to.equal(SIGNED_OUT);
    expect(kept()).to.deep.equal([]);
    expect(count('listSituationFlows')).to.equal(1);
    expect(count('getHousehold')).to.equal(1);

    // A new session: the first screen again, nothing chosen; the focus stays where the person is.
    await pageLogsIn(memory, DEMO_ACCOUNTS.caf.identifier);
    await untilText(el, 'Quel changement voulez-vous déclarer');
    await settle(el);
    expect(count('listSituationFlows')).to.equal(2);
    expect(el.querySelectorAll('input:checked')).to.have.length(0);
    expect(textOf(el)).to.not.contain('Vous êtes déconnecté.');
    expect(['Muriel', 'Fabrice', 'Léa', 'GAEC du Léon'].filter((text) => textOf(el).includes(text))).to.deep.equal([]);
    expect(el.contains(deepActive())).to.equal(false);
    // The draft saved on the back end is the person's own, behind their log-in: offered again, as after a reload.
    await choose(el, 'Changement de situation professionnelle');
    await continueStep(el);
    await untilText(el, 'Reprendre votre déclaration ?');
    expect(count('getHousehold')).to.equal(1);
  });

  it('a declaration answering after the log-out: its reference is never shown, no mc-situation-submitted', async () => {
    let gate: Gate | undefined = undefined;
    const receipts: SituationReceipt[] = [];
    const { el, button, memory } = await page({
      flow: 'separation',
      wrap: (adapter) => ({
        ...adapter,
        // The back end declares it, but its answer comes late, whatever the abort.
        submitSituationChange: async (input) => {
          const receipt = await adapter.submitSituationChange(input);
          receipts.push(receipt);
          await gate?.promise;
          return receipt;
        },
      }),
    });
    let submitted = 0;
    el.addEventListener('mc-situation-submitted', () => (submitted += 1));
    await untilText(el, 'Votre séparation');
    await typeDate(el, 'Date de la séparation', '8', '2', '2026');
    await choose(el, 'Non');
    await continueStep(el);
    await atStep(el, 'Récapitulatif');
    gate = deferred<void>();
    await activate(el, 'Valider ma déclaration');
    await until(() => receipts.length === 1, 'the declaration in flight');
    await logOutByKeyboard(button, el);
    gate.resolve();
    await wait(50);
    await settle(el);
    expect(norm(deepText(el))).to.equal(SIGNED_OUT);
    expect(norm(deepText(el))).to.not.contain(receipts[0]!.reference);
    expect(el.receipt).to.equal(undefined);
    expect(submitted).to.equal(0);
    expect(kept()).to.deep.equal([]);

    await pageLogsIn(memory, DEMO_ACCOUNTS.caf.identifier);
    await untilText(el, 'Votre séparation');
    await settle(el);
    expect(textOf(el)).to.not.contain(receipts[0]!.reference);
    expect(textOf(el)).to.not.contain('Vous êtes déconnecté.');
  });

  it('a confirmation on screen: its reference and where the acknowledgement went are forgotten', async () => {
    const { el, button } = await page({ flow: 'separation' });
    await untilText(el, 'Votre séparation');
    await typeDate(el, 'Date de la séparation', '8', '2', '2026');
    await choose(el, 'Non');
    await continueStep(el);
    await atStep(el, 'Récapitulatif');
    await activate(el, 'Valider ma déclaration');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    const receipt = el.receipt!;
    expect(textOf(el)).to.contain(receipt.reference).and.contain(receipt.acknowledgement.destination);
    await logOutByKeyboard(button, el);
    expect(norm(deepText(el))).to.equal(SIGNED_OUT);
    expect(el.receipt).to.equal(undefined);
    expect(kept()).to.deep.equal([]);
  });

  it('the login form of an expired session goes too, with what was typed in it; mc-login starts afresh', async () => {
    const { el, button, memory } = await page({ flow: 'separation' });
    await untilText(el, 'Votre séparation');
    await typeDate(el, 'Date de la séparation', '8', '2', '2026');
    memory.faults.failNext('saveSituationDraft', 1, 'unauthorized');
    await choose(el, 'Non');
    await continueStep(el);
    await until(() => !!el.querySelector('mc-login-form input[autocomplete="username"]'), 'the login form in place');
    await typeIn(el.querySelector('mc-login-form input[autocomplete="username"]'), DEMO_ACCOUNTS.caf.identifier);
    await logOutByKeyboard(button, el);
    expect(el.querySelector('mc-login-form, input')).to.equal(null);
    expect(norm(deepText(el))).to.equal(SIGNED_OUT);

    await pageLogsIn(memory, DEMO_ACCOUNTS.caf.identifier);
    await untilText(el, 'Étape 1 sur 2 – Votre séparation');
    await settle(el);
    expect(el.querySelector('mc-login-form')).to.equal(null);
    expect(el.contains(deepActive())).to.equal(false);
    expect([...el.querySelectorAll('input')].filter((i) => (i.type === 'radio' ? i.checked : i.value))).to.deep.equal([]);
  });

  it('says it in the page’s language: English under lang="en"', async () => {
    const { el, button } = await page({ lang: 'en' });
    await untilText(el, 'What change do you want to report');
    await tabTo(button);
    await sendKeys({ press: 'Enter' });
    await until(() => textOf(el) === 'Report a change You are signed out.', `the English signed-out state (${textOf(el)})`);
  });

  for (const theme of ['caf', 'msa'] as const) {
    it(`the signed-out state passes axe (${theme})`, async () => {
      const { el, region, button } = await page({ theme });
      await until(() => !!el.querySelector('input[type=radio]'), 'the list of flows');
      await choose(el, theme === 'caf' ? 'Séparation' : 'Changement d’adresse');
      await logOutByKeyboard(button, el);
      await axe(region, `signed out (${theme})`, []);
    });
  }
});
