// mc-registration, driven by keyboard against the in-memory adapter: CAF and MSA wording and options, field
// checks, the account that already exists, reload.
import { expect, html } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { RegistrationInput } from '@moncompte/core';
import {
  activate,
  choose,
  countingAdapter,
  type Counted,
  nextEvent,
  norm,
  press,
  provided,
  retype,
  settle,
  typeIn,
  until,
  untilHeading,
} from '../../../../test/journeys/helpers.js';
import type { McRegistration } from './define.js';
import './define.js';
import '@moncompte/core/i18n/en';

const NEW_NIR = '1850578006084';

async function registrationFlow(
  template?: (adapter: unknown) => ReturnType<typeof html>,
  agency: 'caf' | 'msa' = 'caf',
  counted: Counted = countingAdapter({ agency }),
) {
  const region = await provided(
    counted.adapter,
    template ? template(counted.adapter) : html`<mc-registration storage-key="" today="2026-03-02"></mc-registration>`,
    agency,
  );
  const el = region.querySelector('mc-registration') as McRegistration;
  await settle(el);
  return { ...counted, region, el };
}

const input = (el: Element, autocomplete: string) => el.querySelector<HTMLInputElement>(`form input[autocomplete="${autocomplete}"]`);

async function fillIdentity(el: McRegistration, identifier = NEW_NIR, birthDate = '21/04/1985') {
  await typeIn(input(el, 'username'), identifier);
  await typeIn(input(el, 'bday'), birthDate);
  await press('Enter');
  await untilHeading('Étape 2 sur 4');
  await settle(el);
}

/** The contact details step by e-mail (the default channel). */
async function byEmail(el: McRegistration) {
  await typeIn(input(el, 'email'), 'karim.b@exemple.fr');
}

/** Identity, contact details (`contact`), then at the code step. */
async function toCode(el: McRegistration, identifier = NEW_NIR, contact = byEmail) {
  await fillIdentity(el, identifier);
  await contact(el);
  await press('Enter');
  await untilHeading('Étape 3 sur 4');
  await settle(el);
}

/** The code, then the new password and its confirmation typed (not sent). */
async function codeAndPassword(el: McRegistration) {
  await typeIn(input(el, 'one-time-code'), '123456');
  await untilHeading('Étape 4 sur 4');
  await settle(el);
  const [password, confirmation] = el.querySelectorAll('input[autocomplete="new-password"]');
  await typeIn(password!, 'Bienvenue2026');
  await typeIn(confirmation!, 'Bienvenue2026');
}

async function toPassword(el: McRegistration, identifier = NEW_NIR) {
  await toCode(el, identifier);
  await codeAndPassword(el);
}

describe('mc-registration', function () {
  // Whole journeys typed key by key: slower than a unit test, more so with another test file running alongside.
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('creates the account by keyboard and logs in: mc-login with the session', async () => {
    const { el, inputs, count } = await registrationFlow();
    expect(norm(el.querySelector('h2')?.textContent)).to.equal('Créer mon compte');
    await toPassword(el);
    const login = nextEvent<CustomEvent>(el, 'mc-login');
    await press('Enter');
    const { detail } = await login;
    expect(detail.session.agency).to.equal('caf');
    expect(inputs<RegistrationInput>('startRegistration')).to.deep.equal([
      { identifierKind: 'nir', identifier: NEW_NIR, birthDate: '1985-04-21', contact: { channel: 'email', value: 'karim.b@exemple.fr' } },
    ]);
    expect(count('completeRegistration')).to.equal(1);
    await untilHeading('Votre compte est créé');
  });

  it('creates the account with the code received by SMS, by keyboard', async () => {
    const { el, inputs, count } = await registrationFlow();
    await toCode(el, NEW_NIR, async () => {
      await choose(el, 'Par SMS');
      await settle(el);
      await typeIn(input(el, 'tel'), '06 12 34 56 78');
    });
    // The code step says where the code went, by SMS, the number masked.
    expect(norm(el.textContent)).to.match(/Code envoyé au 06 •• •• •• 78/);
    await codeAndPassword(el);
    const login = nextEvent<CustomEvent>(el, 'mc-login');
    await press('Enter');
    expect((await login).detail.session.agency).to.equal('caf');
    expect(inputs<RegistrationInput>('startRegistration')[0]!.contact).to.deep.equal({ channel: 'sms', value: '0612345678' });
    expect(count('completeRegistration')).to.equal(1);
  });

  it('takes the agency wording and options (MSA: names asked, code by e-mail only)', async () => {
    const { el, inputs } = await registrationFlow(
      () => html`<mc-registration heading="S’inscrire" ask-name .channels=${['email']} storage-key="" agency="msa"></mc-registration>`,
      'msa',
    );
    expect(norm(el.querySelector('h2')?.textContent)).to.equal('S’inscrire');
    await typeIn(input(el, 'username'), NEW_NIR);
    await typeIn(input(el, 'given-name'), 'Jeanne');
    await typeIn(input(el, 'family-name'), 'Martin');
    await typeIn(input(el, 'bday'), '02/11/1961');
    await press('Enter');
    await untilHeading('Étape 2 sur 4');
    await settle(el);
    expect(el.querySelectorAll('input[type=radio]')).to.have.length(0);
    await typeIn(input(el, 'email'), 'jeanne.martin@exemple.fr');
    await press('Enter');
    await untilHeading('Étape 3 sur 4');
    expect(inputs<RegistrationInput>('startRegistration')[0]).to.include({ firstName: 'Jeanne', lastName: 'Martin', birthDate: '1961-11-02' });
  });

  it('checks the birth date and the contact details before any call', async () => {
    const { el, count } = await registrationFlow();
    await typeIn(input(el, 'username'), NEW_NIR);
    await typeIn(input(el, 'bday'), '31/02/1985');
    await press('Enter');
    await settle(el);
    expect(norm(el.querySelector('mc-error-summary')!.shadowRoot!.textContent)).to.contain('Indiquez une date de naissance réelle');
    await retype(input(el, 'bday'), '21/04/1985');
    await press('Enter');
    await untilHeading('Étape 2 sur 4');
    await settle(el);
    await choose(el, 'Par SMS');
    await settle(el);
    await typeIn(input(el, 'tel'), '01 23 45 67 89');
    await press('Enter');
    await settle(el);
    expect(norm(el.textContent)).to.contain('Indiquez un numéro de téléphone portable français');
    expect(count('startRegistration')).to.equal(0);
  });

  it('says so when an account already exists for the identifier, keeping the password typed', async () => {
    const { el } = await registrationFlow();
    await toPassword(el, DEMO_ACCOUNTS.caf.identifier);
    await press('Enter');
    await until(() => !!el.querySelector('mc-notice[variant="error"]'), 'the error');
    expect(norm(el.querySelector('mc-notice[variant="error"]')!.textContent)).to.contain('Un compte existe déjà pour cet identifiant');
    expect(norm(el.querySelector('mc-notice[variant="error"]')!.textContent), 'nothing to keep: it cannot go through').to.not.contain('conservé');
    expect(el.querySelector<HTMLInputElement>('input[autocomplete="new-password"]')!.value).to.equal('Bienvenue2026');
  });

  it('keeps identity and contact details across a reload, never the code', async () => {
    const first = await registrationFlow(() => html`<mc-registration storage-key="reg-test" today="2026-03-02"></mc-registration>`);
    await fillIdentity(first.el);
    await typeIn(input(first.el, 'email'), 'karim.b@exemple.fr');
    await press('Enter');
    await untilHeading('Étape 3 sur 4');
    await settle(first.el);
    await typeIn(input(first.el, 'one-time-code'), '12');
    first.region.remove();
    expect(sessionStorage.getItem('reg-test')).to.not.contain('"12"');
    // The same back end (the page reloads, the server keeps the challenge).
    const second = await registrationFlow(() => html`<mc-registration storage-key="reg-test" today="2026-03-02"></mc-registration>`, 'caf', first);
    expect(norm(second.el.querySelector('h3')?.textContent)).to.contain('Étape 3 sur 4');
    expect(norm(second.el.textContent)).to.contain('Nous avons retrouvé les informations que vous aviez saisies.');
    await typeIn(input(second.el, 'one-time-code'), '123456');
    await untilHeading('Étape 4 sur 4');
    await activate(second.el, 'Retour');
    await untilHeading('Étape 2 sur 4');
    await settle(second.el);
    expect(input(second.el, 'email')!.value).to.equal('karim.b@exemple.fr');
  });

  it('speaks English under lang="en", field problems included', async () => {
    const { el } = await registrationFlow(() => html`<div lang="en"><mc-registration storage-key="" today="2026-03-02"></mc-registration></div>`);
    expect(norm(el.querySelector('h2')?.textContent)).to.equal('Create my account');
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Step 1 of 4 – About you');
    await typeIn(input(el, 'username'), NEW_NIR);
    await typeIn(input(el, 'bday'), '2099-01-01');
    await press('Enter');
    await settle(el);
    expect(norm(el.textContent)).to.contain('Enter a real date of birth, as DD/MM/YYYY');
  });
});
