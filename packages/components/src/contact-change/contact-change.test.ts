// mc-contact-change, driven by keyboard against the in-memory adapter (signed in as Muriel): the current details,
// a new e-mail or mobile confirmed by the code sent to it, bad input, a wrong code, the back end's refusal,
// failures, a reload, an expired session, the log-out, English, axe.
import { expect, html } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { AdapterError, type MonCompteAdapter } from '@moncompte/core';
import '@moncompte/core/i18n/en';
import {
  activate,
  choose,
  countingAdapter,
  type Counted,
  deepActive,
  logInAgainInPlace,
  nextEvent,
  norm,
  press,
  provided,
  settle,
  typeIn,
  until,
  untilHeading,
} from '../../../../test/journeys/helpers.js';
import { pageLogsIn, pageLogsOut } from '../../../../test/dashboard/helpers.js';
import type { ContactChangedDetail, McContactChange } from './define.js';
import './define.js';

const NEW_EMAIL = 'muriel.l@exemple.fr';

async function contactFlow(
  options: { theme?: 'caf' | 'msa'; lang?: string; storageKey?: string; counted?: Counted; wrap?: (a: MonCompteAdapter) => MonCompteAdapter } = {},
) {
  const account = options.theme === 'msa' ? DEMO_ACCOUNTS.msa : DEMO_ACCOUNTS.caf;
  const counted = options.counted ?? countingAdapter({ agency: account.agency, signedIn: account.identifier });
  const adapter = options.wrap ? options.wrap(counted.adapter) : counted.adapter;
  const region = await provided(
    adapter,
    html`<div lang=${options.lang ?? 'fr'}>
      <mc-contact-change agency=${account.agency} storage-key=${options.storageKey ?? ''}></mc-contact-change>
    </div>`,
    options.theme,
  );
  const el = region.querySelector('mc-contact-change') as McContactChange;
  await until(() => !!el.querySelector('form input[autocomplete="email"], form input[autocomplete="one-time-code"]'), 'the form');
  await settle(el);
  return { ...counted, region, el };
}

const input = (el: Element, autocomplete: string) => el.querySelector<HTMLInputElement>(`form input[autocomplete="${autocomplete}"]`);
const summaryText = (el: Element) => norm(el.querySelector('mc-error-summary')?.shadowRoot?.textContent);

async function toCode(el: McContactChange, email = NEW_EMAIL) {
  await typeIn(input(el, 'email'), email);
  await press('Enter');
  await untilHeading('Étape 2 sur 2');
  await settle(el);
}

describe('mc-contact-change', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('shows the current details, then changes the e-mail by keyboard: new address, Enter, the code sent to it', async () => {
    const { el, memory, count } = await contactFlow();
    expect(norm(el.querySelector('h2')?.textContent)).to.equal('Modifier mes coordonnées');
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Étape 1 sur 2 – Vos nouvelles coordonnées');
    await until(() => norm(el.querySelector('.mc-contact__details')?.textContent).includes('muriel.lefevre@exemple.fr'), 'the current details');
    expect(norm(el.querySelector('.mc-contact__details')?.textContent)).to.equal('Adresse e-mail muriel.lefevre@exemple.fr Téléphone portable 06 12 34 56 78');
    expect(norm(el.querySelector('legend')?.textContent)).to.equal('Que souhaitez-vous modifier ?');
    expect([...el.querySelectorAll('fieldset label')].map((l) => norm(l.textContent))).to.deep.equal(['Mon adresse e-mail', 'Mon numéro de téléphone portable']);
    expect(norm(el.querySelector('mc-text-field label')?.textContent)).to.contain('Nouvelle adresse e-mail');
    expect(norm(el.textContent), 'a signed-in page: no way back to the log-in').to.not.contain('Revenir à la connexion');

    const changed = nextEvent<CustomEvent<ContactChangedDetail>>(el, 'mc-contact-changed');
    await toCode(el, `  ${NEW_EMAIL} `);
    expect(norm(el.textContent)).to.contain('m•');
    expect((await memory.getProfile()).email, 'not saved before the code').to.equal('muriel.lefevre@exemple.fr');
    await typeIn(input(el, 'one-time-code'), '123 456');
    await untilHeading('Vos coordonnées sont modifiées');
    expect((await changed).detail).to.deep.equal({ channel: 'email', value: NEW_EMAIL });
    expect(norm(el.querySelector('mc-notice')?.textContent)).to.equal(`Votre adresse e-mail est désormais ${NEW_EMAIL}.`);
    expect((await memory.getProfile()).email).to.equal(NEW_EMAIL);
    expect([count('sendContactChangeCode'), count('verifyCode')]).to.deep.equal([1, 1]);
  });

  it('the mobile: chosen by keyboard, typed with spaces, saved normalised', async () => {
    const { el, memory } = await contactFlow();
    await choose(el, 'Mon numéro de téléphone portable');
    await until(() => !!input(el, 'tel'), 'the mobile field');
    await typeIn(input(el, 'tel'), '07 11 22 33 44');
    await press('Enter');
    await untilHeading('Étape 2 sur 2');
    await settle(el);
    await typeIn(input(el, 'one-time-code'), '123456');
    await untilHeading('Vos coordonnées sont modifiées');
    expect(norm(el.querySelector('mc-notice')?.textContent)).to.equal('Votre numéro de téléphone portable est désormais 07 11 22 33 44.');
    expect((await memory.getProfile()).mobile).to.equal('0711223344');
  });

  it('a malformed address is said next to the field and in the error summary, before any call', async () => {
    const { el, count } = await contactFlow();
    await typeIn(input(el, 'email'), 'muriel-at-exemple');
    await press('Enter');
    await until(() => summaryText(el).includes('adresse e-mail'), 'the error summary');
    expect(norm(el.querySelector('mc-text-field .mc-field__error')?.textContent)).to.contain('adresse e-mail');
    expect(input(el, 'email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'email')!.value).to.equal('muriel-at-exemple');
    expect(count('sendContactChangeCode')).to.equal(0);
  });

  it('a wrong code: said with the attempts left, nothing saved; the right one saves', async () => {
    const { el, memory } = await contactFlow();
    await toCode(el);
    await typeIn(input(el, 'one-time-code'), '000000');
    await until(() => norm(el.textContent).includes('Code incorrect. Il vous reste 2 essais.'), 'the wrong code');
    expect((await memory.getProfile()).email).to.equal('muriel.lefevre@exemple.fr');
    input(el, 'one-time-code')!.select();
    await typeIn(input(el, 'one-time-code'), '123456');
    await untilHeading('Vos coordonnées sont modifiées');
  });

  it('the address already on the account: the back end says so next to the field and in the summary, no code', async () => {
    const { el, count } = await contactFlow();
    await typeIn(input(el, 'email'), 'muriel.lefevre@exemple.fr');
    await press('Enter');
    await until(() => summaryText(el).includes('Ce sont déjà vos coordonnées'), 'the error summary');
    expect(norm(el.querySelector('mc-text-field .mc-field__error')?.textContent)).to.contain('Ce sont déjà vos coordonnées : indiquez-en de nouvelles');
    expect(norm(el.querySelector('h3')?.textContent)).to.contain('Étape 1 sur 2');
    expect(count('sendContactChangeCode')).to.equal(1);
  });

  it('the back end refuses the address: next to the field and in the focused error summary, the address kept', async () => {
    const refusing = (adapter: MonCompteAdapter): MonCompteAdapter => ({
      ...adapter,
      sendContactChangeCode: () => Promise.reject(new AdapterError('validation', 'refused', { fieldErrors: { contact: [{ key: 'contact.emailInvalid' }] } })),
    });
    const { el } = await contactFlow({ wrap: refusing });
    await typeIn(input(el, 'email'), 'muriel@exemple.invalid');
    await press('Enter');
    const summary = el.querySelector('mc-error-summary')!;
    await until(() => !!deepActive() && summary.shadowRoot!.contains(deepActive()), 'the focused summary');
    expect(summaryText(el)).to.contain('adresse e-mail');
    expect(norm(el.querySelector('mc-text-field .mc-field__error')?.textContent)).to.contain('adresse e-mail');
    expect(input(el, 'email')!.value).to.equal('muriel@exemple.invalid');
  });

  it('a network failure says what to do and keeps the address; "Réessayer" sends the code', async () => {
    const { el, memory, count } = await contactFlow();
    memory.faults.failNext('sendContactChangeCode', 1, 'network');
    await typeIn(input(el, 'email'), NEW_EMAIL);
    await press('Enter');
    await until(() => !!el.querySelector('.mc-flow__failure'), 'the failure');
    expect(norm(el.querySelector('.mc-flow__failure')?.textContent)).to.contain('Impossible de joindre le service');
    expect(input(el, 'email')!.value).to.equal(NEW_EMAIL);
    await activate(el, 'Réessayer');
    await untilHeading('Étape 2 sur 2');
    expect(count('sendContactChangeCode')).to.equal(2);
  });

  it('keeps the new address across a reload, and the code step where it was; never the code', async () => {
    const first = await contactFlow({ storageKey: 'contact-test' });
    await toCode(first.el);
    await typeIn(input(first.el, 'one-time-code'), '12');
    first.region.remove();
    expect(sessionStorage.getItem('contact-test')).to.contain(NEW_EMAIL).and.not.contain('"12"');
    const second = await contactFlow({ storageKey: 'contact-test', counted: first });
    expect(norm(second.el.querySelector('h3')?.textContent)).to.contain('Étape 2 sur 2');
    expect(norm(second.el.textContent)).to.contain('Nous avons retrouvé les informations que vous aviez saisies.');
    await activate(second.el, 'Retour');
    await untilHeading('Étape 1 sur 2');
    await settle(second.el);
    expect(input(second.el, 'email')!.value).to.equal(NEW_EMAIL);
  });

  it('an expired session: logs in again in place, then the code is verified where the user was', async () => {
    const { el, memory, count } = await contactFlow();
    await toCode(el);
    memory.faults.failNext('verifyCode', 1, 'unauthorized');
    await typeIn(input(el, 'one-time-code'), '123456');
    await logInAgainInPlace(el, DEMO_ACCOUNTS.caf);
    await untilHeading('Étape 2 sur 2');
    await settle(el);
    input(el, 'one-time-code')!.select();
    await typeIn(input(el, 'one-time-code'), '123456');
    await untilHeading('Vos coordonnées sont modifiées');
    expect(count('verifyCode')).to.be.greaterThanOrEqual(2);
    expect((await memory.getProfile()).email).to.equal(NEW_EMAIL);
  });

  it('an expired session and another person logs in: refused and logged out, nothing of the change shown', async () => {
    const { el, memory, count } = await contactFlow();
    await toCode(el);
    memory.faults.failNext('verifyCode', 1, 'unauthorized');
    await typeIn(input(el, 'one-time-code'), '123456');
    await until(() => !!input(el, 'current-password'), 'the login form in place');
    await choose(el, 'J’ai un identifiant provisoire');
    await typeIn(input(el, 'username'), DEMO_ACCOUNTS.cafProvisional.identifier);
    await typeIn(input(el, 'current-password'), DEMO_ACCOUNTS.cafProvisional.password);
    await press('Enter');
    await until(() => norm(el.textContent).includes('Ce compte n’est pas celui avec lequel vous avez commencé'), 'the refusal');
    expect((await memory.getSession()).session).to.equal(null);
    expect(norm(el.textContent)).to.not.include(NEW_EMAIL);
    await logInAgainInPlace(el, DEMO_ACCOUNTS.caf);
    await untilHeading('Étape 2 sur 2');
    expect(count('verifyCode')).to.equal(1);
  });

  it('at mc-logout forgets the current details, what was typed and kept for a reload; at mc-login starts again', async () => {
    const { el, memory } = await contactFlow({ storageKey: 'contact-test' });
    const details = () => norm(el.querySelector('.mc-contact__details')?.textContent);
    await until(() => details().includes('muriel.lefevre@exemple.fr'), 'the current details');
    await toCode(el);
    expect(sessionStorage.getItem('contact-test')).to.contain(NEW_EMAIL);
    await memory.logout();
    pageLogsOut();
    await el.updateComplete;
    expect([...el.children].map((child) => norm(child.textContent))).to.deep.equal(['Modifier mes coordonnées', 'Vous êtes déconnecté.']);
    expect(el.querySelector('form, input, dl')).to.equal(null);
    expect(sessionStorage.getItem('contact-test')).to.equal(null);
    expect(el.profile.value).to.equal(undefined);

    await pageLogsIn(memory, DEMO_ACCOUNTS.caf.identifier);
    await until(() => details().includes('muriel.lefevre@exemple.fr'), 'the current details, loaded again');
    await settle(el);
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Étape 1 sur 2 – Vos nouvelles coordonnées');
    expect(input(el, 'email')!.value).to.equal('');
    expect(norm(el.textContent)).to.not.contain(NEW_EMAIL);
  });

  it('speaks English under lang="en"', async () => {
    const { el } = await contactFlow({ lang: 'en' });
    expect(norm(el.querySelector('h2')?.textContent)).to.equal('Change my contact details');
    await until(() => !!el.querySelector('.mc-contact__details'), 'the current details');
    expect(norm(el.querySelector('.mc-contact__current')?.textContent)).to.equal('Your current contact details');
    expect(norm(el.querySelector('legend')?.textContent)).to.equal('What would you like to change?');
  });

  for (const theme of ['caf', 'msa'] as const) {
    it(`passes axe in the ${theme} theme: the form, its errors, the code, the confirmation`, async () => {
      const { el, region } = await contactFlow({ theme });
      await until(() => !!el.querySelector('.mc-contact__details'), 'the current details');
      await expect(region).to.be.accessible();
      await activate(el, 'Envoyer le code');
      await until(() => summaryText(el) !== '', 'the errors');
      await expect(region).to.be.accessible();
      await toCode(el);
      await expect(region).to.be.accessible();
      await typeIn(input(el, 'one-time-code'), '123456');
      await untilHeading('Vos coordonnées sont modifiées');
      await expect(region).to.be.accessible();
    });
  }
});
