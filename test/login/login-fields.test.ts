// mc-login-form renders its identifier and password itself (login-fields.ts): the behaviours of mc-text-field and
// mc-password-input, driven here inside the form: show/hide by keyboard and its announcement, hidden again on
// submit and on pageshow, Caps Lock, errors next to the fields and in the summary, the provisional toggle's target,
// and a form reset.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { fieldMessages, identifierMessages, loginPasswordProblemMessages, passwordMessages, translate, type Catalogue } from '@moncompte/core';
import { nextEvent, norm, tabTo, typeInto, until } from './helpers.js';
import { loginForm } from './login-fixture.js';

const CATALOGUES = [passwordMessages, fieldMessages, identifierMessages, loginPasswordProblemMessages] as readonly Catalogue[];
const fr = (key: string, params?: Record<string, string | number>) => norm(translate(CATALOGUES, 'fr', key, params));
const { identifier: NIR, password: PASSWORD } = DEMO_ACCOUNTS.caf;

/** The form submitted empty by keyboard, until its summary lists the two errors. */
async function submittedEmpty() {
  const form = await loginForm();
  const { identifier, password, submit } = form.parts();
  await tabTo(submit);
  await sendKeys({ press: 'Enter' });
  const summary = form.element.querySelector('mc-error-summary')!;
  await until(() => (summary.shadowRoot?.querySelectorAll('li').length ?? 0) === 2, 'two errors in the summary');
  return { ...form, summary, identifier, password };
}

const toggleOf = (element: HTMLElement) => element.querySelector<HTMLButtonElement>('.mc-login__password .mc-password__toggle')!;

describe('mc-login-form fields', () => {
  it('shows and hides the password with a real button, by keyboard, and says so', async () => {
    const { element, parts: p } = await loginForm();
    const { password } = p();
    await typeInto(password, PASSWORD);
    const toggle = toggleOf(element);
    expect(toggle.getAttribute('aria-controls')).to.equal(password.id);
    expect(norm(toggle.textContent)).to.equal(`${fr('form.password.show')} ${fr('form.password.toggleSuffix')}`);
    await tabTo(toggle);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(password.type).to.equal('text');
    expect(norm(toggle.textContent)).to.equal(`${fr('form.password.hide')} ${fr('form.password.toggleSuffix')}`);
    expect(norm(element.querySelector('.mc-login__password p.mc-vh[aria-live]')!.textContent)).to.equal(fr('form.password.shown'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(password.type).to.equal('password');
    expect(norm(element.querySelector('.mc-login__password p.mc-vh[aria-live]')!.textContent)).to.equal(fr('form.password.hidden'));
    expect(password.value, 'the password stays typed').to.equal(PASSWORD);
  });

  it('hides the password again on submit (before the adapter answers) and on pageshow', async () => {
    const { element, parts: p } = await loginForm();
    const { identifier, password } = p();
    await typeInto(identifier, NIR);
    await typeInto(password, PASSWORD);
    toggleOf(element).click();
    await element.updateComplete;
    expect(password.type).to.equal('text');
    const login = nextEvent(element, 'mc-login');
    p().form.requestSubmit();
    expect(password.type, 'synchronously, as the submit happens').to.equal('password');
    await login;

    const second = await loginForm();
    toggleOf(second.element).click();
    await second.element.updateComplete;
    expect(second.parts().password.type).to.equal('text');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(second.parts().password.type).to.equal('password');
  });

  it('warns when Caps Lock is on while typing the password, and links the warning to it', async () => {
    const { element, parts: p } = await loginForm();
    const { password } = p();
    password.focus();
    password.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', modifierCapsLock: true, bubbles: true }));
    await element.updateComplete;
    const warning = element.querySelector('.mc-login__password .mc-field__warning')!;
    expect(norm(warning.textContent)).to.equal(fr('form.password.capsLock'));
    expect(password.getAttribute('aria-describedby')!.split(' ')).to.include(warning.id);
    password.dispatchEvent(new KeyboardEvent('keyup', { key: 'a', modifierCapsLock: false, bubbles: true }));
    await element.updateComplete;
    expect(element.querySelector('.mc-login__password .mc-field__warning')).to.equal(null);
  });

  it('an empty submit: both errors next to their fields and in the focused summary, whose links focus the inputs', async () => {
    const { element, count, summary, identifier, password } = await submittedEmpty();
    await element.updateComplete;
    expect(count('login')).to.equal(0);
    for (const input of [identifier, password]) {
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const error = document.getElementById(input.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!)!;
      expect(norm(error.textContent)).to.not.equal('');
    }
    expect(norm(element.querySelector('.mc-login__password .mc-field__error')!.textContent)).to.contain(fr('password.required'));
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    links[1]!.click();
    expect(document.activeElement).to.equal(password);
    links[0]!.click();
    expect(document.activeElement).to.equal(identifier);
  });

  it('the summary lists only the errors on screen: fixed and submitted again, it is gone (even when the log-in fails)', async () => {
    const { element, count, summary, identifier, password } = await submittedEmpty();
    await typeInto(identifier, NIR);
    await typeInto(password, 'Mauvais1234');
    await sendKeys({ press: 'Enter' });
    await until(() => norm(element.textContent).includes('incorrect'), 'the log-in refused');
    expect(count('login')).to.equal(1);
    expect(summary.shadowRoot?.querySelectorAll('li').length ?? 0, 'no error left in the summary').to.equal(0);
  });

  it('"J’ai un identifiant provisoire" controls the element that holds the identifier input', async () => {
    const { parts: p } = await loginForm();
    const { provisional, identifier } = p();
    const controlled = document.getElementById(provisional!.getAttribute('aria-controls')!)!;
    expect(controlled.contains(identifier)).to.equal(true);
  });

  it('a reset of the form empties both fields and their errors', async () => {
    const { element, parts: p } = await loginForm();
    const { form, identifier, password } = p();
    await typeInto(identifier, '123');
    await typeInto(password, 'secret');
    form.requestSubmit();
    await element.updateComplete;
    expect(identifier.getAttribute('aria-invalid')).to.equal('true');
    form.reset();
    await element.updateComplete;
    expect([identifier.value, password.value]).to.deep.equal(['', '']);
    expect(element.querySelectorAll('.mc-field__error').length).to.equal(0);
    expect(identifier.getAttribute('aria-invalid')).to.equal('false');
  });
});
