import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { FormAssociated } from '@moncompte/components/shared/form-associated.js';
import '@moncompte/components/error-summary.js';

/** A shadow-DOM field built on the mixin, as the choice and upload elements are. */
class TestShadowField extends FormAssociated(LitElement) {
  protected validationErrors(): readonly string[] {
    if (this.required && this.value === '') return ['Indiquez une ville'];
    if (/\d/.test(this.value)) return ['Une ville ne contient pas de chiffre'];
    return [];
  }
  override render() {
    const errors = this.showErrors ? this.validationErrors() : [];
    return html`<label for="i">Ville</label>
      <input
        id="i"
        .value=${this.value}
        ?disabled=${this.isDisabled}
        aria-invalid=${errors.length ? 'true' : 'false'}
        @input=${(e: Event) => (this.value = (e.target as HTMLInputElement).value)}
      />
      ${errors.length ? html`<p class="error">${errors[0]}</p>` : ''}`;
  }
}
customElements.define('test-shadow-field', TestShadowField);

async function form(template = fixtureHtml`<test-shadow-field name="city" value="Lyon" required></test-shadow-field>`) {
  const f = await fixture<HTMLFormElement>(fixtureHtml`<form><fieldset>${template}</fieldset><button>OK</button></form>`);
  const field = f.querySelector('test-shadow-field') as TestShadowField;
  await field.updateComplete;
  return { form: f, field, input: field.shadowRoot!.querySelector('input')! };
}

describe('FormAssociated (shadow-DOM fields on ElementInternals)', () => {
  it('puts its value in FormData and follows typing', async () => {
    const { form: f, input } = await form();
    expect(new FormData(f).get('city')).to.equal('Lyon');
    input.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'on' });
    expect(new FormData(f).get('city')).to.equal('Lyonon');
  });

  it('has the validity of its value, anchored on the inner input', async () => {
    const { field } = await form(fixtureHtml`<test-shadow-field name="city" required></test-shadow-field>`);
    expect(field.checkValidity()).to.equal(false);
    expect(field.validity.valueMissing).to.equal(true);
    expect(field.validationMessage).to.equal('Indiquez une ville');
    expect(field.willValidate).to.equal(true);
    field.value = 'Paris 15';
    await field.updateComplete;
    expect(field.validity.customError).to.equal(true);
    field.value = 'Paris';
    await field.updateComplete;
    expect(field.checkValidity()).to.equal(true);
  });

  it('shows errors only after a changing blur or a submit; reportValidity shows them', async () => {
    const { field, input } = await form(fixtureHtml`<test-shadow-field name="city" required></test-shadow-field>`);
    input.focus();
    await sendKeys({ type: 'P4' });
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('.error')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('.error')!.textContent).to.equal('Une ville ne contient pas de chiffre');

    const other = await form(fixtureHtml`<test-shadow-field name="city" required></test-shadow-field>`);
    expect(other.field.reportValidity()).to.equal(false);
    await other.field.updateComplete;
    expect(other.field.shadowRoot!.querySelector('.error')!.textContent).to.equal('Indiquez une ville');
  });

  it('is listed by the error summary and stops the submit', async () => {
    const f = await fixture<HTMLFormElement>(fixtureHtml`<form>
      <mc-error-summary></mc-error-summary>
      <test-shadow-field name="city" required></test-shadow-field>
    </form>`);
    const summary = f.querySelector('mc-error-summary')!;
    const field = f.querySelector('test-shadow-field') as TestShadowField;
    await field.updateComplete;
    let submits = 0;
    f.addEventListener('submit', (e) => (e.preventDefault(), submits++));
    f.requestSubmit();
    await summary.updateComplete;
    expect(submits).to.equal(0);
    const link = summary.shadowRoot!.querySelector('a')!;
    expect(link.textContent).to.equal('Indiquez une ville');
    link.click();
    expect(document.activeElement).to.equal(field);
    expect(field.shadowRoot!.activeElement).to.equal(field.shadowRoot!.querySelector('input'));
  });

  it('returns to its default value on form reset, and restores a saved state', async () => {
    const { form: f, field, input } = await form();
    input.focus();
    await sendKeys({ type: ' 7' });
    await sendKeys({ press: 'Tab' });
    f.reset();
    await field.updateComplete;
    expect(field.value).to.equal('Lyon');
    expect(field.shadowRoot!.querySelector('.error')).to.equal(null);
    field.formStateRestoreCallback('Nantes');
    await field.updateComplete;
    expect(new FormData(f).get('city')).to.equal('Nantes');
  });

  it('is disabled by a disabled fieldset: no value submitted, no error', async () => {
    const { form: f, field } = await form(fixtureHtml`<test-shadow-field name="city" required></test-shadow-field>`);
    f.querySelector('fieldset')!.disabled = true;
    await field.updateComplete;
    expect(new FormData(f).has('city')).to.equal(false);
    expect(field.fieldErrors()).to.deep.equal([]);
    expect(field.shadowRoot!.querySelector('input')!.disabled).to.equal(true);
  });
});
