import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { checkPassword, CAF_PASSWORD_POLICY, translate, validationCatalogues, type Catalogue, type PasswordPolicy } from '@moncompte/core';
import '@moncompte/components/password-input.js';
import '@moncompte/components/error-summary.js';
import type { McPasswordInput } from '@moncompte/components/password-input.js';
import { FakeClock, paste, settled, THEMES, themedFixture } from './helpers.js';

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const fr = (key: string, params?: Record<string, string | number>) =>
  norm(translate(validationCatalogues as readonly Catalogue[], 'fr', key, params));
const MSA_LIKE: PasswordPolicy = { minLength: 8, maxLength: 64, classes: ['digit', 'uppercase', 'lowercase', 'special'] };

async function loginForm() {
  const form = await fixture<HTMLFormElement>(html`<form>
    <mc-password-input name="password" required></mc-password-input>
    <button>Se connecter</button>
  </form>`);
  const field = form.querySelector('mc-password-input')!;
  await field.updateComplete;
  return { form, field, input: field.querySelector('input')!, toggle: field.querySelector('button')! };
}

async function newPasswordForm(policy: PasswordPolicy = CAF_PASSWORD_POLICY) {
  const clock = new FakeClock();
  const form = await fixture<HTMLFormElement>(html`<form>
    <mc-error-summary></mc-error-summary>
    <mc-password-input mode="new" name="new-password" confirm-name="confirmation" .policy=${policy} .clock=${clock}></mc-password-input>
    <button>Continuer</button>
  </form>`);
  const field = form.querySelector('mc-password-input')!;
  const summary = form.querySelector('mc-error-summary')!;
  await settled(field, summary);
  return { form, field, summary, clock, input: field.input!, confirm: field.confirmInput! };
}

const rules = (field: McPasswordInput) => [...field.querySelectorAll('li')].map((li) => norm(li.textContent));
const errorOf = (field: McPasswordInput, input: HTMLInputElement) => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('error'));
  return ids.map((id) => norm(field.querySelector(`#${id}`)?.textContent)).join(' ');
};
const live = (field: McPasswordInput) => norm(field.querySelector('[id$="-live"]')?.textContent);

describe('mc-password-input', () => {
  describe('current password (log-in)', () => {
    it('is a real password input of the page form, for password managers', async () => {
      const { form, input } = await loginForm();
      expect(document.querySelector('form input[autocomplete="current-password"]')).to.equal(input);
      expect(input.form).to.equal(form);
      expect(input.type).to.equal('password');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect(input.getAttribute('autocapitalize')).to.equal('none');
      expect(input.getAttribute('autocorrect')).to.equal('off');
      expect(input.hasAttribute('maxlength')).to.equal(false);
      expect(input.labels![0]!.textContent).to.contain('Mot de passe');
    });

    it('puts what is typed in FormData, and a pasted long password whole', async () => {
      const { form, input } = await loginForm();
      input.focus();
      await sendKeys({ type: 'Secret 2026' });
      expect(new FormData(form).get('password')).to.equal('Secret 2026');
      input.select();
      const long = 'Tr0ub4dour&3-correct-horse-battery-staple-42';
      expect(paste(input, long), 'paste is not blocked').to.equal(true);
      expect(new FormData(form).get('password')).to.equal(long);
    });

    it('show/hide is a real button controlling the input, its state announced', async () => {
      const { field, input, toggle } = await loginForm();
      const status = () => norm(field.querySelector('p.mc-vh[aria-live]')?.textContent);
      expect(toggle.type).to.equal('button');
      expect(toggle.getAttribute('aria-controls')).to.equal(input.id);
      expect(norm(toggle.textContent)).to.equal('Afficher le mot de passe');
      expect(status()).to.equal('');
      toggle.click();
      await field.updateComplete;
      expect(input.type).to.equal('text');
      expect(norm(toggle.textContent)).to.equal('Masquer le mot de passe');
      expect(status()).to.equal('Votre mot de passe est affiché');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await field.updateComplete;
      expect(input.type).to.equal('password');
      expect(status()).to.equal('Votre mot de passe est masqué');
      await sendKeys({ press: 'Space' });
      await field.updateComplete;
      expect(input.type).to.equal('text');
    });

    it('is type=password again after a submit (valid or not) and on pageshow', async () => {
      const { form, field, input, toggle } = await loginForm();
      let submits = 0;
      form.addEventListener('submit', (e) => (e.preventDefault(), submits++));
      toggle.click();
      await field.updateComplete;
      form.querySelector<HTMLButtonElement>('button:not([type])')!.click();
      expect(submits, 'empty required: stopped').to.equal(0);
      expect(input.type).to.equal('password');

      toggle.click();
      await field.updateComplete;
      input.focus();
      await sendKeys({ type: 'motdepasse' });
      await sendKeys({ press: 'Enter' });
      expect(submits).to.equal(1);
      expect(input.type, 'synchronously, before the page can unload').to.equal('password');
      await field.updateComplete;
      expect(input.type).to.equal('password');

      toggle.click();
      await field.updateComplete;
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await field.updateComplete;
      expect(input.type).to.equal('password');
    });

    it('warns politely when Caps Lock is on', async () => {
      const { field, input } = await loginForm();
      input.focus();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', modifierCapsLock: true, bubbles: true }));
      await field.updateComplete;
      const warning = field.querySelector('.mc-field__warning')!;
      expect(norm(warning.textContent)).to.equal(norm('Attention : la touche Verrouillage majuscule est activée'));
      expect(warning.parentElement!.getAttribute('aria-live')).to.equal('polite');
      expect(input.getAttribute('aria-describedby')).to.contain(warning.id);
      input.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', modifierCapsLock: false, bubbles: true }));
      await field.updateComplete;
      expect(field.querySelector('.mc-field__warning')).to.equal(null);
    });

    it('a required empty password stops the submit with "Indiquez votre mot de passe"; reset clears', async () => {
      const { form, field, input } = await loginForm();
      form.requestSubmit();
      await field.updateComplete;
      expect(errorOf(field, input)).to.contain(fr('password.required'));
      input.focus();
      await sendKeys({ type: 'abc' });
      form.reset();
      await field.updateComplete;
      expect(input.value).to.equal('');
      expect(errorOf(field, input)).to.equal('');
    });
  });

  describe('new password (rule checker)', () => {
    it('lists the rules in a <ul> before the field, referenced by aria-describedby, state in text', async () => {
      const { field, input } = await newPasswordForm();
      expect(document.querySelector('form input[autocomplete="new-password"]')).to.equal(input);
      const list = field.querySelector('ul')!;
      expect(list.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(list.id);
      expect(rules(field)).to.deep.equal([
        `${fr('password.rule.minLength', { min: 8 })} (non respecté)`,
        `${fr('password.rule.maxLength', { max: 24 })} (respecté)`,
        `${fr('password.rule.digit')} (non respecté)`,
        `${fr('password.rule.uppercase')} (non respecté)`,
        `${fr('password.rule.lowercase')} (non respecté)`,
      ]);
      input.focus();
      await sendKeys({ type: 'Abcdefg1' });
      await field.updateComplete;
      expect(rules(field).every((r) => r.endsWith('(respecté)'))).to.equal(true);
    });

    it('follows the policy it is given (8–64 with a special character)', async () => {
      const { field, input } = await newPasswordForm(MSA_LIKE);
      expect(rules(field)).to.have.length(6);
      expect(rules(field)[1]).to.contain(fr('password.rule.maxLength', { max: 64 }));
      input.focus();
      await sendKeys({ type: 'Abcdefg1' });
      await field.updateComplete;
      expect(rules(field)[5]).to.equal(`${fr('password.rule.special')} (non respecté)`);
      await sendKeys({ type: '!' });
      await field.updateComplete;
      expect(rules(field)[5]).to.equal(`${fr('password.rule.special')} (respecté)`);
    });

    it('makes one polite announcement once typing pauses, not one per keystroke', async () => {
      const { field, input, clock } = await newPasswordForm();
      const region = field.querySelector('[id$="-live"]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      const changes: string[] = [];
      new MutationObserver(() => changes.push(norm(region.textContent))).observe(region, { subtree: true, childList: true, characterData: true });
      input.focus();
      for (const key of 'Abcdefgh') {
        await sendKeys({ type: key });
        clock.tick(300);
        await field.updateComplete;
      }
      expect(live(field), 'nothing while typing').to.equal('');
      clock.tick(1000);
      await field.updateComplete;
      const missingDigit = '4 règles sur 5 respectées. Il manque : au moins un chiffre';
      expect(live(field)).to.equal(missingDigit);
      expect(changes.filter(Boolean)).to.deep.equal([missingDigit]);

      await sendKeys({ type: 'i' });
      clock.tick(1000);
      await field.updateComplete;
      expect(changes.filter(Boolean), 'no new announcement when no rule changed').to.have.length(1);

      await sendKeys({ type: '7' });
      clock.tick(1000);
      await field.updateComplete;
      expect(live(field)).to.equal('Toutes les règles sont respectées');
    });

    it('announces a change that keeps the count: which rule is now missing', async () => {
      const { field, input, clock } = await newPasswordForm();
      input.focus();
      await sendKeys({ type: 'abcdefgh1' });
      clock.tick(1000);
      await field.updateComplete;
      expect(live(field)).to.equal('4 règles sur 5 respectées. Il manque : au moins une lettre majuscule');
      // The digit goes, a capital comes: still 4 rules out of 5, but not the same ones.
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: 'A' });
      clock.tick(1000);
      await field.updateComplete;
      expect(live(field)).to.equal('4 règles sur 5 respectées. Il manque : au moins un chiffre');
    });

    it('counts the length in code points, exactly as checkPassword', async () => {
      const { field, input } = await newPasswordForm();
      input.focus();
      paste(input, 'Ab1😀😀😀😀');
      await field.updateComplete;
      expect(field.check!.length).to.equal(7);
      expect(rules(field)[0]).to.contain('(non respecté)');
      paste(input, '😀');
      await field.updateComplete;
      expect(input.value.length, 'UTF-16 units').to.equal(13);
      expect(field.check).to.deep.equal(checkPassword(input.value, CAF_PASSWORD_POLICY));
      expect(rules(field)[0]).to.contain('(respecté)');
    });

    for (const [length, ok] of [[7, false], [8, true], [24, true], [25, false], [40, false]] as const) {
      it(`a pasted password of ${length} characters ${ok ? 'meets' : 'does not meet'} the 8–24 rule, never cut`, async () => {
        const { form, field, input } = await newPasswordForm();
        const password = `Ab1 ${'x'.repeat(length - 4)}`;
        input.focus();
        paste(input, password);
        field.noConfirm = true;
        await field.updateComplete;
        expect(input.value).to.equal(password);
        expect(field.check!.length).to.equal(length);
        const lengthRules = rules(field).slice(0, 2).every((r) => r.endsWith('(respecté)'));
        expect(lengthRules).to.equal(ok);
        let submits = 0;
        form.addEventListener('submit', (e) => (e.preventDefault(), submits++));
        form.requestSubmit();
        expect(submits).to.equal(ok ? 1 : 0);
      });
    }

    it('cannot be submitted until the policy is met; the error summary says which rules fail', async () => {
      const { form, field, summary, input, confirm } = await newPasswordForm();
      let submits = 0;
      form.addEventListener('submit', (e) => (e.preventDefault(), submits++));
      input.focus();
      await sendKeys({ type: 'abcdefghijklmnopqrstuvwxy' });
      confirm.focus();
      await sendKeys({ type: 'abcdefghijklmnopqrstuvwxy' });
      form.querySelector<HTMLButtonElement>('button:not([type])')!.click();
      await settled(field, summary);
      expect(submits).to.equal(0);
      const expected = norm(
        `Le mot de passe ne respecte pas ces règles : ${[fr('password.rule.maxLength', { max: 24 }), fr('password.rule.digit'), fr('password.rule.uppercase')].map((r) => r.toLowerCase()).join(', ')}`,
      );
      const links = [...summary.shadowRoot!.querySelectorAll('a')].map((a) => norm(a.textContent));
      expect(links).to.deep.equal([expected]);
      expect(errorOf(field, input)).to.contain(expected);
      expect(input.getAttribute('aria-invalid')).to.equal('true');

      input.focus();
      input.select();
      await sendKeys({ type: 'Abcdefgh1' });
      confirm.focus();
      confirm.select();
      await sendKeys({ type: 'Abcdefgh1' });
      form.querySelector<HTMLButtonElement>('button:not([type])')!.click();
      expect(submits).to.equal(1);
      const data = new FormData(form);
      expect(data.get('new-password')).to.equal('Abcdefgh1');
      expect(data.get('confirmation')).to.equal('Abcdefgh1');
    });

    it('the confirmation must match', async () => {
      const { form, field, input, confirm } = await newPasswordForm();
      input.focus();
      await sendKeys({ type: 'Abcdefgh1' });
      confirm.focus();
      await sendKeys({ type: 'Abcdefgh2' });
      await sendKeys({ press: 'Tab' });
      await field.updateComplete;
      expect(errorOf(field, confirm)).to.contain(fr('password.confirmMismatch'));
      expect(confirm.getAttribute('aria-invalid')).to.equal('true');
      expect(confirm.labels![0]!.textContent).to.contain('Confirmez le nouveau mot de passe');
      confirm.focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '1' });
      await field.updateComplete;
      expect(errorOf(field, confirm)).to.equal('');
      let submits = 0;
      form.addEventListener('submit', (e) => (e.preventDefault(), submits++));
      form.requestSubmit();
      expect(submits).to.equal(1);
    });

    it('without its rule checker installed (registered by a log-in form), loads it, and blocks the submit until then', async () => {
      const Field = customElements.get('mc-password-input') as typeof McPasswordInput;
      const { rulesClass, loadRules } = Field;
      let deliver: (() => void) | undefined;
      Field.rulesClass = undefined;
      Field.loadRules = () => new Promise((resolve) => (deliver = () => resolve({ PasswordRules: rulesClass! })));
      try {
        const { form, field, summary, input } = await newPasswordForm();
        let submits = 0;
        form.addEventListener('submit', (e) => (e.preventDefault(), submits++));
        expect(deliver, 'the checker is asked for').to.be.a('function');
        expect(field.querySelector('ul'), 'no checklist yet').to.equal(null);
        input.focus();
        await sendKeys({ type: 'Abcdefgh1' });
        form.querySelector<HTMLButtonElement>('button:not([type])')!.click();
        await settled(field, summary);
        expect(submits, 'not submitted before the rules checked the password').to.equal(0);
        expect(norm(summary.shadowRoot!.textContent)).to.contain('Les règles du mot de passe sont en cours de vérification.');

        deliver!();
        await new Promise((r) => setTimeout(r));
        await settled(field, summary);
        expect(rules(field)).to.have.length(5);
        expect(rules(field).every((rule) => rule.includes('(respecté)'))).to.equal(true);
        const confirmation = field.confirmInput!;
        expect(confirmation, 'the confirmation field is there').to.not.equal(null);
        confirmation.focus();
        await sendKeys({ type: 'Abcdefgh1' });
        form.querySelector<HTMLButtonElement>('button:not([type])')!.click();
        expect(submits).to.equal(1);
      } finally {
        Field.rulesClass = rulesClass;
        Field.loadRules = loadRules;
      }
    });

    it('show/hide controls both inputs; reset clears both and the checklist', async () => {
      const { form, field, input, confirm } = await newPasswordForm();
      const toggle = field.querySelector('button')!;
      expect(toggle.getAttribute('aria-controls')).to.equal(`${input.id} ${confirm.id}`);
      toggle.click();
      await field.updateComplete;
      expect([input.type, confirm.type]).to.deep.equal(['text', 'text']);
      input.focus();
      await sendKeys({ type: 'Abcdefgh1' });
      form.reset();
      await field.updateComplete;
      expect([input.value, confirm.value, input.type]).to.deep.equal(['', '', 'password']);
      expect(rules(field)[0]).to.contain('(non respecté)');
    });
  });

  describe('Accessibility', () => {
    for (const theme of THEMES) {
      it(`passes axe pristine, in error, valid and disabled (${theme})`, async () => {
        const wrapper = await themedFixture(
          theme,
          html`<form>
            <mc-password-input name="a" required></mc-password-input>
            <mc-password-input name="b" mode="new" label="Nouveau mot de passe (erreur)" value="abc"></mc-password-input>
            <mc-password-input name="c" mode="new" no-confirm label="Nouveau mot de passe (valide)" value="Abcdefgh1"></mc-password-input>
            <mc-password-input name="d" disabled label="Mot de passe (désactivé)"></mc-password-input>
          </form>`,
        );
        const fields = [...wrapper.querySelectorAll('mc-password-input')];
        await settled(...fields);
        fields[1]!.formSubmitted();
        fields[1]!.querySelector('button')!.click();
        await settled(...fields);
        expect(fields[1]!.querySelector('.mc-field__error')).to.not.equal(null);
        await expect(wrapper).to.be.accessible();
      });
    }
  });
});
