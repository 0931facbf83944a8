// axe on every state of mc-situation-wizard, in the CAF and MSA themes: loading, the list of flows and its error,
// each question type and its errors, the household loading and failing, the character count, the information
// end, the summary, submitting, a failed submission, a failed draft save, the confirmation, the resume prompt,
// a draft of an older version, a flow that fails to load.
import { expect } from '@open-wc/testing';
import { AdapterError } from '@moncompte/core';
import {
  activate,
  atStep,
  axe,
  choose,
  continueStep,
  MapStorage,
  signedIn,
  typeDate,
  typeText,
  until,
  untilText,
  wizard,
} from './helpers.js';

const THEMES = ['caf', 'msa'] as const;
// The CAF's flows, in both themes: the MSA offers only the change of address (its own test is in moving-flow.test.ts).
const MEMBER = 'Muriel Lefèvre';
const hasError = (el: Element) => !!el.querySelector('mc-notice[variant="error"]');
const shownSummary = (el: Element) => !!el.querySelector('mc-error-summary')?.shadowRoot?.querySelector('li');

describe('mc-situation-wizard: accessibility (axe, every state)', function () {
  this.timeout(60000);
  beforeEach(() => sessionStorage.clear());

  for (const theme of THEMES) {
    it(`the professional-situation flow, every step and its errors (${theme})`, async () => {
      const seen: string[] = [];
      const counted = signedIn();
      counted.memory.faults.failNext('getHousehold', 1, 'server');
      const { el, region, memory } = await wizard({ counted, theme });
      await untilText(el, 'Quel changement');
      await axe(region, 'list', seen);
      await continueStep(el);
      await untilText(el, 'Choisissez le changement que vous voulez déclarer.');
      await axe(region, 'list, error', seen);
      await choose(el, 'Changement de situation professionnelle');
      await continueStep(el);
      await atStep(el, 'Étape 1 sur 4');
      await until(() => hasError(el), 'the household failure');
      await axe(region, 'household failed', seen);
      await activate(el.querySelector('fieldset mc-notice')!, 'Réessayer');
      await untilText(el, MEMBER);
      await axe(region, 'person', seen);
      await continueStep(el);
      await until(() => shownSummary(el), 'the error summary');
      await axe(region, 'person, error', seen);
      await choose(el, MEMBER);
      memory.faults.failNext('saveSituationDraft', 1, 'network');
      await continueStep(el);
      await atStep(el, 'Étape 2 sur 4');
      await until(() => hasError(el), 'the draft failure');
      await axe(region, 'single choice, draft failed', seen);
      await continueStep(el);
      await until(() => shownSummary(el), 'the error summary');
      await axe(region, 'single choice, error', seen);
      await choose(el, 'Stagiaire');
      await continueStep(el);
      await atStep(el, 'Inutile de déclarer');
      await axe(region, 'info end', seen);
      await activate(el, 'Retour');
      await atStep(el, 'Étape 2 sur 2');
      await choose(el, 'Apprenti(e)');
      await continueStep(el);
      await atStep(el, 'Étape 3 sur 4');
      await axe(region, 'contract (choice with help, dates, text with count)', seen);
      await typeDate(el, 'Date de début', '31', '2', '2026');
      await typeDate(el, 'Date de fin prévue', '1', '1', '1990');
      await typeText(el, "Nom de l’employeur", 'x'.repeat(125));
      await continueStep(el);
      await until(() => shownSummary(el), 'the error summary');
      await axe(region, 'contract, errors', seen);
      await choose(el, 'Régime général');
      await typeDate(el, 'Date de début', '1', '9', '2025');
      await typeDate(el, 'Date de fin prévue', '', '', '');
      await typeText(el, "Nom de l’employeur", 'Boulangerie');
      await continueStep(el);
      await atStep(el, 'Récapitulatif');
      await axe(region, 'summary', seen);
      memory.faults.failNext('submitSituationChange', 1, 'server');
      await activate(el, 'Valider ma déclaration');
      await until(() => hasError(el), 'the submit failure');
      await axe(region, 'summary, submit failed', seen);
      memory.faults.hang('submitSituationChange');
      await activate(el, 'Réessayer');
      await until(() => !!el.querySelector('mc-button[busy]'), 'submitting');
      await axe(region, 'submitting', seen);
      memory.faults.clear('submitSituationChange');
      el.remove(); // aborts the hanging call
      expect(seen).to.have.length(13);
    });

    it(`steps repeated for each person: the person in the heading, an information step that goes on, the summary grouped (${theme})`, async () => {
      const seen: string[] = [];
      const counted = signedIn();
      // The back end refuses Léa's start date.
      const refused = { 'startDate@p-lea': [{ key: 'flow.dateTooLate', params: { max: '2025-08-31' } }] };
      const adapter = { ...counted.adapter, submitSituationChange: () => Promise.reject(new AdapterError('validation', 'refused', { fieldErrors: refused })) };
      const { el, region } = await wizard({ counted, adapter, theme, flow: 'professional-situation' });
      await untilText(el, MEMBER);
      await choose(el, MEMBER);
      await choose(el, 'Léa Carré');
      await continueStep(el);
      await atStep(el, `${MEMBER} : Quelle situation`);
      await axe(region, 'repeated step', seen);
      await choose(el, 'Stagiaire');
      await continueStep(el);
      await atStep(el, `${MEMBER} : Inutile de déclarer`);
      await axe(region, 'information step in a section, "Continuer"', seen);
      await continueStep(el);
      await atStep(el, 'Léa Carré : Quelle situation');
      await choose(el, 'Apprenti(e)');
      await continueStep(el);
      await atStep(el, 'Léa Carré : Le contrat');
      await continueStep(el);
      await until(() => shownSummary(el), 'the error summary');
      await axe(region, 'repeated step, errors', seen);
      await choose(el, 'Régime général');
      await typeDate(el, 'Date de début', '1', '9', '2025');
      await continueStep(el);
      await atStep(el, 'Récapitulatif');
      await axe(region, 'summary grouped by person', seen);
      await activate(el, 'Valider ma déclaration');
      await until(() => shownSummary(el), 'the refusal in the error summary');
      await axe(region, 'summary, a person’s answer refused', seen);
      expect(seen).to.have.length(5);
    });

    it(`separation, confirmation, resume prompt, older draft, failures and loading (${theme})`, async () => {
      const seen: string[] = [];
      const storage = new MapStorage();
      const first = await wizard({ flow: 'separation', theme, counted: signedIn({ storage }) });
      await untilText(first.el, 'Votre séparation');
      await axe(first.region, 'date and choice', seen);
      await typeDate(first.el, 'Date de la séparation', '1', '2', '2026');
      await choose(first.el, 'Oui');
      await until(() => !!first.el.querySelector('textarea'), 'the textarea');
      await typeText(first.el, 'Votre nouvelle adresse', '12 rue de Siam');
      first.clock.tick(1000);
      await axe(first.region, 'textarea with its count announced', seen);
      await continueStep(first.el);
      await atStep(first.el, 'Récapitulatif');
      first.region.remove();

      const resumed = await wizard({ flow: 'separation', theme, counted: signedIn({ storage }) });
      await untilText(resumed.el, 'Reprendre votre déclaration');
      await axe(resumed.region, 'resume prompt', seen);
      await activate(resumed.el, 'Reprendre ma déclaration');
      await atStep(resumed.el, 'Récapitulatif');
      await activate(resumed.el, 'Valider ma déclaration');
      await atStep(resumed.el, 'Votre déclaration a bien été enregistrée');
      await axe(resumed.region, 'confirmation', seen);
      resumed.region.remove();

      const older = signedIn({ storage });
      await older.memory.saveSituationDraft({ flowId: 'separation', flowVersion: '2026-01', currentStepId: 'when', path: [], answers: { moved: 'no' } });
      const [key, json] = [...storage.items].find(([k]) => k.endsWith(':separation'))!;
      storage.setItem(key, json.replace('"flowVersion":"2026-01"', '"flowVersion":"2025-01"'));
      const changed = await wizard({ flow: 'separation', theme, counted: signedIn({ storage }) });
      await untilText(changed.el, 'Ce formulaire a changé');
      await axe(changed.region, 'older draft', seen);
      changed.region.remove();

      const failing = signedIn();
      failing.memory.faults.failNext('getSituationFlow', 1, 'unauthorized');
      const failed = await wizard({ flow: 'separation', theme, counted: failing });
      await until(() => !!failed.el.querySelector('mc-login-form input[autocomplete="current-password"]'), 'the login form in place');
      await axe(failed.region, 'load failed, session expired: the login form in place', seen);
      failed.region.remove();

      const hanging = signedIn();
      hanging.memory.faults.hang('getSituationFlow');
      hanging.memory.faults.hang('listSituationFlows');
      const loadingFlow = await wizard({ flow: 'separation', theme, counted: hanging });
      await untilText(loadingFlow.el, 'Chargement du formulaire');
      await axe(loadingFlow.region, 'flow loading', seen);
      loadingFlow.region.remove();
      const loadingList = await wizard({ theme, counted: hanging });
      await untilText(loadingList.el, 'Chargement');
      await axe(loadingList.region, 'list loading', seen);
      loadingList.region.remove();
      expect(seen).to.have.length(8);
    });
  }
});
