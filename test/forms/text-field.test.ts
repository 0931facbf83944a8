import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nirKey, translate, validateNir, validateProvisionalIdentifier, validationCatalogues, type Catalogue } from '@moncompte/core';
import '@moncompte/components/text-field.js';
import '@moncompte/components/error-summary.js';
import type { McTextField } from '@moncompte/components/text-field.js';
import { paste, settled, THEMES, themedFixture } from './helpers.js';

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
const fr = (key: string, params?: Record<string, string | number>) => norm(translate(validationCatalogues as readonly Catalogue[], 'fr', key, params));
const BODY = '1850578006084';
const KEY = String(nirKey(BODY)).padStart(2, '0');
const nir = (value: string) => validateNir(value);

async function nirForm(attrs = { required: true }) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <mc-text-field
      label="Numéro de sécurité sociale"
      hint="Les 13 premiers chiffres"
      name="nir"
      inputmode="numeric"
      autocomplete="username"
      ?required=${attrs.required}
      .validator=${nir}
    ></mc-text-field>
    <input name="other" aria-label="Autre" />
    <button>Se connecter</button>
  </form>`);
  const field = form.querySelector('mc-text-field')!;
  await field.updateComplete;
  return { form, field, input: field.querySelector('input')! };
}

const errorText = (field: McTextField) => norm(field.querySelector('.mc-field__error')?.textContent ?? '');

describe('mc-text-field', () => {
  describe('Defaults', () => {
    it('renders a real labelled input in the light DOM of the page form', async () => {
      const { form, input, field } = await nirForm();
      expect(document.querySelector('form input[autocomplete="username"]')).to.equal(input);
      expect(input.form).to.equal(form);
      expect(input.labels?.[0]?.textContent).to.contain('Numéro de sécurité sociale');
      expect(input.labels?.[0]?.textContent).to.contain('(obligatoire)');
      expect(input.getAttribute('inputmode')).to.equal('numeric');
      expect(input.required).to.equal(true);
      expect(input.getAttribute('aria-describedby')).to.equal(field.querySelector('.mc-field__hint')!.id);
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });

    it('puts what is typed in FormData', async () => {
      const { form, input } = await nirForm();
      input.focus();
      await sendKeys({ type: '1 85 05' });
      expect(new FormData(form).get('nir')).to.equal('1 85 05');
    });
  });

  describe('Interaction state', () => {
    it('shows no error while the first characters are typed, then after a blur that changed the value', async () => {
      const { field, input } = await nirForm();
      input.focus();
      await sendKeys({ type: '185' });
      await field.updateComplete;
      expect(errorText(field)).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      await sendKeys({ press: 'Tab' });
      await field.updateComplete;
      expect(errorText(field)).to.contain(fr('nir.tooShort', { count: 3 }));
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const error = field.querySelector('.mc-field__error')!;
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
      expect(error.textContent).to.contain('Erreur');
    });

    it('does not show an error after a blur without change', async () => {
      const { field, input } = await nirForm();
      input.focus();
      await sendKeys({ press: 'Tab' });
      await field.updateComplete;
      expect(errorText(field)).to.equal('');
    });

    it('once shown, follows the value live', async () => {
      const { field, input } = await nirForm();
      input.focus();
      await sendKeys({ type: '185' });
      await sendKeys({ press: 'Tab' });
      input.focus();
      await sendKeys({ type: '0578' });
      await field.updateComplete;
      expect(errorText(field)).to.contain(fr('nir.tooShort', { count: 7 }));
      await sendKeys({ type: '006084' });
      await field.updateComplete;
      expect(errorText(field)).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('NIR (core validator)', () => {
    it('accepts a number pasted with spaces and exposes the normalised value', async () => {
      const { field, input } = await nirForm();
      input.focus();
      paste(input, ' 1 85 05 78 006 084 ');
      await sendKeys({ press: 'Tab' });
      await field.updateComplete;
      expect(input.value).to.equal(' 1 85 05 78 006 084 ');
      expect(field.normalisedValue).to.equal(BODY);
      expect(errorText(field)).to.equal('');
      expect(input.validity.valid).to.equal(true);
    });

    it('with a correct key: no error, and the notice next to the field', async () => {
      const { field, input } = await nirForm();
      input.focus();
      await sendKeys({ type: `${BODY} ${KEY}` });
      await sendKeys({ press: 'Tab' });
      await field.updateComplete;
      expect(errorText(field)).to.equal('');
      const notice = field.querySelector('.mc-field__notice')!;
      expect(norm(notice.textContent!)).to.equal(fr('nir.keyRemoved'));
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(notice.id);
      expect(field.normalisedValue).to.equal(BODY);
    });

    it('with a wrong key: the error next to the field and in the error summary', async () => {
      const wrong = String((Number(KEY) % 97) + 1).padStart(2, '0');
      const form = await fixture<HTMLFormElement>(html`<form>
        <mc-error-summary></mc-error-summary>
        <mc-text-field label="Numéro de sécurité sociale" name="nir" required .validator=${nir}></mc-text-field>
        <button>Se connecter</button>
      </form>`);
      const field = form.querySelector('mc-text-field')!;
      const summary = form.querySelector('mc-error-summary')!;
      await settled(field, summary);
      field.querySelector('input')!.focus();
      await sendKeys({ type: `${BODY}${wrong}` });
      form.querySelector('button')!.click();
      await settled(field, summary);
      expect(errorText(field)).to.contain(fr('nir.wrongKey'));
      const links = [...summary.shadowRoot!.querySelectorAll('a')].map((a) => norm(a.textContent!));
      expect(links).to.deep.equal([fr('nir.wrongKey')]);
    });

    const cases: [string, string, string][] = [
      ['no-break spaces', '1\u00a085\u00a005\u00a078\u00a0006\u00a0084', ''],
      ['12 digits', '185057800608', 'nir.tooShort'],
      ['14 digits', '18505780060841', 'nir.tooLong'],
      ['letters', '1850578OO6084', 'nir.invalidCharacters'],
    ];
    for (const [name, typed, key] of cases) {
      it(`pasted with ${name}: ${key || 'accepted'}`, async () => {
        const { field, input } = await nirForm();
        input.focus();
        paste(input, typed);
        await sendKeys({ press: 'Tab' });
        await field.updateComplete;
        const expected = key ? validateNir(typed).problems.find((p) => p.key === key) : undefined;
        if (expected) expect(errorText(field)).to.contain(fr(expected.key, expected.params));
        else expect(errorText(field)).to.equal('');
        expect(input.value, 'never changed in the field').to.equal(typed);
      });
    }

    it('accepts a Corsican 2A department typed in lower case', async () => {
      const body = '185052A006084';
      const key = String(nirKey(body)).padStart(2, '0');
      const { field, input } = await nirForm();
      input.focus();
      await sendKeys({ type: `1 85 05 2a 006 084 ${key}` });
      await sendKeys({ press: 'Tab' });
      await field.updateComplete;
      expect(errorText(field)).to.equal('');
      expect(field.normalisedValue).to.equal(body);
    });
  });

  describe('Required, custom errors, reset, disabled', () => {
    it('a required empty field gets the validator\'s "required" message on submit', async () => {
      const { form, field } = await nirForm();
      form.querySelector('button')!.click();
      await field.updateComplete;
      expect(errorText(field)).to.contain(fr('nir.required'));
    });

    it('without a validator, a required empty field says which field is missing', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <mc-text-field label="Identifiant provisoire" name="pid" required></mc-text-field>
      </form>`);
      const field = form.querySelector('mc-text-field')!;
      await field.updateComplete;
      form.requestSubmit();
      await field.updateComplete;
      expect(errorText(field)).to.contain(norm('Renseignez le champ « Identifiant provisoire »'));
    });

    it('an optional empty field is valid and its validator is not called', async () => {
      let calls = 0;
      const form = await fixture<HTMLFormElement>(html`<form>
        <mc-text-field
          label="Identifiant provisoire"
          name="pid"
          .validator=${(v: string) => (calls++, validateProvisionalIdentifier(v))}
        ></mc-text-field>
      </form>`);
      const field = form.querySelector('mc-text-field')!;
      await field.updateComplete;
      let submitted = 0;
      form.addEventListener('submit', (e) => (e.preventDefault(), submitted++));
      form.requestSubmit();
      expect(submitted).to.equal(1);
      expect(calls).to.equal(0);
    });

    it('shows a custom (server) error at once, until the value changes', async () => {
      const { field, input } = await nirForm();
      field.customError = 'Ce numéro est inconnu';
      await field.updateComplete;
      expect(errorText(field)).to.contain('Ce numéro est inconnu');
      expect(input.validationMessage).to.equal('Ce numéro est inconnu');
      input.focus();
      await sendKeys({ type: '1' });
      await field.updateComplete;
      expect(errorText(field)).to.equal('');
    });

    it('form reset clears the value and the errors', async () => {
      const { form, field, input } = await nirForm();
      input.focus();
      await sendKeys({ type: '12' });
      await sendKeys({ press: 'Tab' });
      await field.updateComplete;
      expect(errorText(field)).not.to.equal('');
      form.reset();
      await field.updateComplete;
      expect(input.value).to.equal('');
      expect(field.value).to.equal('');
      expect(errorText(field)).to.equal('');
      expect(new FormData(form).get('nir')).to.equal('');
    });

    it('a disabled field is not submitted and has no error', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <mc-text-field label="Numéro" name="nir" required disabled .validator=${nir}></mc-text-field>
      </form>`);
      const field = form.querySelector('mc-text-field')!;
      await field.updateComplete;
      expect(new FormData(form).has('nir')).to.equal(false);
      expect(field.fieldErrors()).to.deep.equal([]);
    });
  });

  describe('Accessibility', () => {
    for (const theme of THEMES) {
      it(`passes axe pristine, in error, valid and disabled (${theme})`, async () => {
        const wrapper = await themedFixture(
          theme,
          html`<form>
            <mc-text-field label="Numéro de sécurité sociale" hint="13 chiffres" name="a" required .validator=${nir}></mc-text-field>
            <mc-text-field label="Numéro en erreur" name="b" required .validator=${nir} value="12"></mc-text-field>
            <mc-text-field label="Numéro valide" name="c" .validator=${nir} value=${BODY}></mc-text-field>
            <mc-text-field label="Numéro désactivé" name="d" disabled value="1"></mc-text-field>
          </form>`,
        );
        const fields = [...wrapper.querySelectorAll('mc-text-field')];
        await settled(...fields);
        fields[1]!.formSubmitted();
        fields[2]!.formSubmitted();
        await settled(...fields);
        expect(errorText(fields[1]!)).not.to.equal('');
        await expect(wrapper).to.be.accessible();
      });
    }
  });
});
