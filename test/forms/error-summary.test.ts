import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { validateNir } from '@moncompte/core';
import '@moncompte/components/text-field.js';
import '@moncompte/components/error-summary.js';
import type { McErrorSummary } from '@moncompte/components/error-summary.js';
import { validateForm } from '@moncompte/components/error-summary.js';
import { settled, THEMES, themedFixture } from './helpers.js';

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const nir = (value: string) => validateNir(value);

/** A long page: the fields are far below the summary, so following a link must scroll. */
async function longForm() {
  const form = await fixture<HTMLFormElement>(html`<form>
    <mc-error-summary></mc-error-summary>
    <div style="height: 1500px"></div>
    <mc-text-field label="Numéro de sécurité sociale" name="nir" required .validator=${nir}></mc-text-field>
    <div style="height: 1500px"></div>
    <label for="email">Adresse e-mail</label>
    <input id="email" name="email" type="email" required />
    <fieldset>
      <legend>Canal</legend>
      <label><input type="radio" name="channel" value="sms" required /> SMS</label>
      <label><input type="radio" name="channel" value="email" /> E-mail</label>
    </fieldset>
    <button>Envoyer</button>
  </form>`);
  const summary = form.querySelector('mc-error-summary')!;
  const field = form.querySelector('mc-text-field')!;
  await settled(summary, field);
  return { form, summary, field };
}

const links = (summary: McErrorSummary) => [...summary.shadowRoot!.querySelectorAll('a')];

describe('mc-error-summary', () => {
  before(() => setViewport({ width: 800, height: 600 }));

  describe('On a failed submit', () => {
    it('lists every error of the form in page order, ours and native ones (one per radio group)', async () => {
      const { form, summary } = await longForm();
      form.querySelector('button')!.click();
      await summary.updateComplete;
      expect(norm(summary.shadowRoot!.querySelector('[role="heading"]')?.textContent)).to.equal('Il y a un problème');
      const texts = links(summary).map((a) => norm(a.textContent));
      expect(texts).to.have.length(3);
      expect(texts[0]).to.equal(norm('Indiquez votre numéro de sécurité sociale'));
      expect(texts[1]).to.match(/^Adresse e-mail — ./);
      expect(texts[2]).to.match(/^Canal — ./);
    });

    it('takes focus, and the page submit listener never sees the invalid submit', async () => {
      const { form, summary } = await longForm();
      let submits = 0;
      form.addEventListener('submit', (e) => (e.preventDefault(), submits++));
      form.querySelector('button')!.click();
      await summary.updateComplete;
      expect(document.activeElement).to.equal(summary);
      const base = summary.shadowRoot!.querySelector('[part="base"]')!;
      expect(summary.shadowRoot!.activeElement).to.equal(base);
      expect(base.getAttribute('role')).to.equal('alert');
      expect(base.getAttribute('tabindex')).to.equal('-1');
      expect(submits).to.equal(0);
    });

    it('each link focuses its field and scrolls its label into view', async () => {
      const { form, summary, field } = await longForm();
      form.requestSubmit();
      await summary.updateComplete;
      window.scrollTo(0, 0);
      links(summary)[0]!.click();
      const input = field.querySelector('input')!;
      expect(document.activeElement).to.equal(input);
      const label = input.labels![0]!.getBoundingClientRect();
      expect(label.top).to.be.within(0, window.innerHeight - label.height);
      links(summary)[1]!.click();
      const email = form.querySelector<HTMLInputElement>('#email')!;
      expect(document.activeElement).to.equal(email);
      expect(email.labels![0]!.getBoundingClientRect().top).to.be.within(0, window.innerHeight);
    });

    it('lets the submit through once every error is fixed', async () => {
      const { form, summary, field } = await longForm();
      let submits = 0;
      form.addEventListener('submit', (e) => (e.preventDefault(), submits++));
      form.requestSubmit();
      expect(submits).to.equal(0);
      await summary.updateComplete;
      field.querySelector('input')!.focus();
      await sendKeys({ type: '1850578006084' });
      form.querySelector<HTMLInputElement>('#email')!.value = 'marie@exemple.fr';
      form.querySelector<HTMLInputElement>('input[value="sms"]')!.checked = true;
      form.requestSubmit();
      expect(submits).to.equal(1);
    });

    it('is emptied by a form reset', async () => {
      const { form, summary } = await longForm();
      form.requestSubmit();
      await summary.updateComplete;
      expect(links(summary)).to.have.length(3);
      form.reset();
      await summary.updateComplete;
      expect(summary.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    });
  });

  describe('API for the flows', () => {
    it('show(errors) lists server errors, with links to element or id targets and plain text otherwise', async () => {
      const { form, summary, field } = await longForm();
      await summary.show([
        { message: 'Identifiant ou mot de passe incorrect', target: field.querySelector('input') },
        { message: 'Adresse déjà utilisée', target: 'email' },
        { message: 'Le service est indisponible' },
      ]);
      const items = [...summary.shadowRoot!.querySelectorAll('li')];
      expect(items.map((li) => norm(li.textContent))).to.deep.equal([
        'Identifiant ou mot de passe incorrect',
        'Adresse déjà utilisée',
        'Le service est indisponible',
      ]);
      expect(items[1]!.querySelector('a')!.getAttribute('href')).to.equal('#email');
      expect(items[2]!.querySelector('a')).to.equal(null);
      expect(summary.shadowRoot!.activeElement).to.equal(summary.shadowRoot!.querySelector('[part="base"]'));
      items[1]!.querySelector('a')!.click();
      expect(document.activeElement).to.equal(form.querySelector('#email'));
    });

    it('validate() returns the validity and shows the errors; validateForm(form) returns them', async () => {
      const { form, summary } = await longForm();
      const result = validateForm(form);
      expect(result.valid).to.equal(false);
      expect(result.errors.map((e) => e.target.tagName)).to.deep.equal(['INPUT', 'INPUT', 'INPUT']);
      expect(summary.validate()).to.equal(false);
      await summary.updateComplete;
      expect(links(summary)).to.have.length(3);
    });

    it('works with for= when placed outside its form', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <mc-error-summary for="f"></mc-error-summary>
        <form id="f"><mc-text-field label="Identifiant" name="id" required></mc-text-field></form>
      </div>`);
      const summary = wrapper.querySelector('mc-error-summary')!;
      const field = wrapper.querySelector('mc-text-field')!;
      await settled(summary, field);
      wrapper.querySelector('form')!.requestSubmit();
      await summary.updateComplete;
      expect(links(summary).map((a) => norm(a.textContent))).to.deep.equal([norm('Renseignez le champ « Identifiant »')]);
    });

    it('without a summary, an invalid submit focuses the first invalid field', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <mc-text-field label="Identifiant" name="id" required></mc-text-field>
        <button>OK</button>
      </form>`);
      const field = form.querySelector('mc-text-field')!;
      await field.updateComplete;
      form.querySelector('button')!.click();
      expect(document.activeElement).to.equal(field.querySelector('input'));
    });
  });

  describe('Accessibility', () => {
    for (const theme of THEMES) {
      it(`passes axe with errors shown (${theme})`, async () => {
        const wrapper = await themedFixture(
          theme,
          html`<form>
            <mc-error-summary></mc-error-summary>
            <mc-text-field label="Identifiant" name="id" required></mc-text-field>
            <button>OK</button>
          </form>`,
        );
        const summary = wrapper.querySelector('mc-error-summary')!;
        await settled(summary, wrapper.querySelector('mc-text-field')!);
        wrapper.querySelector('form')!.requestSubmit();
        await summary.updateComplete;
        expect(links(summary)).to.have.length(1);
        await expect(wrapper).to.be.accessible();
      });
    }
  });
});
