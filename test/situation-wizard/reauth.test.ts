// mc-situation-wizard when the session expires mid-declaration (a call answers `unauthorized`): the login form in
// place of the screen, completed by keyboard; then the same screen with every answer, "Vous êtes reconnecté", and
// what failed in the background done again — never the declaration itself, which waits for the user.
import { expect } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { ReauthRequiredDetail } from '@moncompte/components/situation-wizard.js';
import {
  activate,
  atStep,
  choose,
  continueStep,
  deepActive,
  nextEvent,
  norm,
  signedIn,
  summaryRows,
  textOf,
  typeDate,
  until,
  untilText,
  wizard,
} from './helpers.js';
import { choose as tick, logInAgainInPlace, press, resetPasswordFromStepOne, retype, settle, typeIn, untilHeading } from '../journeys/helpers.js';

/** A separation declared up to its summary, by keyboard: 20 January 2026, no move. */
async function atSummary() {
  const mounted = await wizard({ flow: 'separation' });
  const { el } = mounted;
  await untilText(el, 'Votre séparation');
  await typeDate(el, 'Date de la séparation', '20', '1', '2026');
  await choose(el, 'Non');
  await continueStep(el);
  await atStep(el, 'Récapitulatif');
  return mounted;
}

/** Logs in again in the form shown in place, by keyboard. */
const logInAgain = (el: Element) => logInAgainInPlace(el, DEMO_ACCOUNTS.caf);

describe('mc-situation-wizard: the session expires mid-declaration', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('declaring: the login form in place; back on the summary with the answers; declared once, when the user says so', async () => {
    const { el, memory, count } = await atSummary();
    const before = (await memory.getProcedures()).inProgress.length;
    memory.faults.failNext('submitSituationChange', 1, 'unauthorized');
    const required = nextEvent<CustomEvent<ReauthRequiredDetail>>(el, 'mc-reauth-required');
    let leaked = 0;
    const onLogin = () => (leaked += 1);
    document.addEventListener('mc-login', onLogin);
    await activate(el, 'Valider ma déclaration');
    expect((await required).detail).to.deep.equal({ flow: 'situation-wizard', step: 'summary' });
    await logInAgain(el);
    await atStep(el, 'Récapitulatif');
    document.removeEventListener('mc-login', onLogin);
    expect(leaked, 'the new log-in stays inside the wizard (the page does not navigate)').to.equal(0);
    expect(textOf(el)).to.include('Vous êtes reconnecté');
    expect(summaryRows(el).map(([, answer]) => answer)).to.deep.equal(['20 janvier 2026', 'Non']);
    expect(el.querySelector('mc-notice[variant="error"]'), 'no failure left').to.equal(null);
    expect(norm(deepActive()?.textContent)).to.contain('Récapitulatif');
    expect(count('submitSituationChange'), 'nothing sent again by itself').to.equal(1);
    await activate(el, 'Valider ma déclaration');
    await atStep(el, 'Votre déclaration a bien été enregistrée');
    expect(textOf(el)).to.not.include('Vous êtes reconnecté');
    expect((await memory.getProcedures()).inProgress.length).to.equal(before + 1);
  });

  it('logging in again: no sign-up link, FranceConnect comes back here, and a forgotten password is reset in place', async () => {
    const { el, memory, count } = await atSummary();
    const required = nextEvent(el, 'mc-reauth-required');
    memory.faults.failNext('submitSituationChange', 1, 'unauthorized');
    await activate(el, 'Valider ma déclaration');
    await required;
    await until(() => !!el.querySelector('mc-login-form input[autocomplete="current-password"]'), 'the login form in place');
    // The person has an account: no "Créer Mon Compte". FranceConnect's round trip comes back to this page.
    expect(textOf(el)).to.not.include('Créer Mon Compte');
    expect(el.querySelector('mc-franceconnect-button')?.returnTo).to.equal(`${location.pathname}${location.search}`);

    const field = (autocomplete: string) => el.querySelector<HTMLInputElement>(`input[autocomplete="${autocomplete}"]`);
    await typeIn(field('username'), DEMO_ACCOUNTS.caf.identifier);
    await activate(el, 'Mot de passe oublié');
    await untilHeading('Étape 1 sur 4');
    await settle(el);
    expect(field('username')?.value, 'the identifier typed goes with it').to.equal(DEMO_ACCOUNTS.caf.identifier);
    await resetPasswordFromStepOne(el, 'Printemps2026');
    await activate(el, 'Se connecter');
    // Back to the login form, which takes the focus; still in place of the summary.
    await until(() => deepActive() === field('username'), 'the login form again, focused');
    expect(textOf(el)).to.include('Votre session a expiré');
    await retype(field('username'), DEMO_ACCOUNTS.caf.identifier);
    await typeIn(field('current-password'), 'Printemps2026');
    await press('Enter');
    await atStep(el, 'Récapitulatif');
    expect(summaryRows(el).map(([, answer]) => answer), 'every answer is still there').to.deep.equal(['20 janvier 2026', 'Non']);
    expect(count('submitSituationChange'), 'nothing sent again by itself').to.equal(1);
  });

  it('another person logs in: refused, that session ended, the answers never shown; the same person then resumes', async () => {
    const { el, memory, count } = await atSummary();
    memory.faults.failNext('submitSituationChange', 1, 'unauthorized');
    await activate(el, 'Valider ma déclaration');
    await until(() => !!el.querySelector('mc-login-form input[autocomplete="current-password"]'), 'the login form in place');
    // Awa, on the same computer, with her provisional identifier.
    await tick(el, 'J’ai un identifiant provisoire');
    await typeIn(el.querySelector('input[autocomplete="username"]'), DEMO_ACCOUNTS.cafProvisional.identifier);
    await typeIn(el.querySelector('input[autocomplete="current-password"]'), DEMO_ACCOUNTS.cafProvisional.password);
    await press('Enter');
    await untilText(el, 'Ce compte n’est pas celui avec lequel la déclaration a été commencée');
    await until(() => norm(deepActive()?.textContent) === 'Votre session a expiré', 'the focus on the heading');
    expect((await memory.getSession()).session, 'her session is ended').to.equal(null);
    expect(textOf(el), 'none of the answers is shown').to.not.include('20 janvier 2026');
    expect(el.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')?.value, 'a new, empty login form').to.equal('');
    await logInAgainInPlace(el, DEMO_ACCOUNTS.caf);
    await atStep(el, 'Récapitulatif');
    expect(textOf(el)).to.not.include('Ce compte n’est pas celui');
    expect(summaryRows(el).map(([, answer]) => answer)).to.deep.equal(['20 janvier 2026', 'Non']);
    expect(count('submitSituationChange')).to.equal(1);
  });

  it('saving the draft on Continue: the login form in place; the next step is back, and its draft is saved again', async () => {
    const { el, memory, count } = await wizard({ flow: 'separation' });
    await untilText(el, 'Votre séparation');
    await typeDate(el, 'Date de la séparation', '20', '1', '2026');
    await choose(el, 'Non');
    memory.faults.failNext('saveSituationDraft', 1, 'unauthorized');
    await continueStep(el);
    await logInAgain(el);
    await atStep(el, 'Récapitulatif');
    await until(() => count('saveSituationDraft') === 2, 'the draft saved again');
    expect((await memory.getSituationDraft({ flowId: 'separation' })).draft?.answers).to.deep.equal({ separationDate: '2026-01-20', moved: 'no' });
    expect(textOf(el)).to.not.include('Votre brouillon n’a pas pu être enregistré');
    await activate(el, 'Retour');
    await atStep(el, 'Votre séparation');
    expect([...el.querySelectorAll<HTMLInputElement>('fieldset input[inputmode="numeric"]')].map((i) => i.value)).to.deep.equal(['20', '1', '2026']);
  });

  it('a page that handles the new log-in itself (cancels the event) calls resume(): the failed draft is saved again', async () => {
    const { el, memory, count } = await wizard({ flow: 'separation', handlesReauth: true });
    await untilText(el, 'Votre séparation');
    await typeDate(el, 'Date de la séparation', '20', '1', '2026');
    await choose(el, 'Non');
    memory.faults.failNext('saveSituationDraft', 1, 'unauthorized');
    await continueStep(el);
    await atStep(el, 'Récapitulatif');
    await untilText(el, 'Votre session a expiré');
    expect(el.querySelector('mc-login-form'), 'no login form in place').to.equal(null);
    el.resume();
    await until(() => count('saveSituationDraft') === 2, 'the draft saved again');
    await until(() => !textOf(el).includes('Votre brouillon n’a pas pu être enregistré'), 'the failure gone');
    expect(textOf(el)).to.include('Vous êtes reconnecté');
  });

  it('loading the flow: the login form in place, then the flow loads', async () => {
    const counted = signedIn();
    counted.memory.faults.failNext('getSituationFlow', 1, 'unauthorized');
    const { el, count } = await wizard({ flow: 'separation', counted });
    await logInAgain(el);
    await untilText(el, 'Votre séparation');
    expect(count('getSituationFlow')).to.equal(2);
  });
});
