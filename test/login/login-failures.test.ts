// mc-login-form: every adapter failure kind shows a clear state and keeps what was typed; one adapter call per
// user action (double click, Enter then click, Enter twice); the links' cancelable events.
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ADAPTER_ERROR_KINDS, errorMessages, loginMessages, translate, type Catalogue } from '@moncompte/core';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { LoginErrorDetail } from '@moncompte/components/login-form.js';
import { clickCentre, deepText, nextEvent, norm, tabTo, until } from './helpers.js';
import { logInByKeyboard, loginForm, parts } from './login-fixture.js';

const CATALOGUES = [loginMessages, errorMessages] as readonly Catalogue[];
const fr = (key: string, params?: Record<string, string | number>) => norm(translate(CATALOGUES, 'fr', key, params));
const { identifier: NIR, password: PASSWORD } = DEMO_ACCOUNTS.caf;

describe('mc-login-form failures', () => {
  for (const kind of ADAPTER_ERROR_KINDS) {
    it(`shows a clear "${kind}" failure, keeps what was typed, and logs in on the next try`, async () => {
      const { element, memory, count } = await loginForm();
      memory.faults.failNext('login', 1, kind);
      const failed = nextEvent<CustomEvent<LoginErrorDetail>>(element, 'mc-login-error');
      await logInByKeyboard(element, NIR, PASSWORD, true);
      const { detail } = await failed;
      expect(detail.error.kind).to.equal(kind);
      expect(detail.step).to.equal('credentials');
      await element.updateComplete;
      expect(element.status).to.equal('failed');
      const outcome = parts(element).outcome;
      // An error notice, in the alert region that was in the form from the start.
      const notice = outcome.querySelector<HTMLElement>('.mc-login__notice')!;
      expect(notice.dataset['variant']).to.equal('error');
      expect(notice.parentElement!.getAttribute('role')).to.equal('alert');
      const text = norm(deepText(outcome));
      expect(text).to.contain(fr('login.failed.title'));
      expect(text).to.contain(fr(`error.${kind}`));
      expect(text).to.contain(fr('login.failed.kept', { action: 'Se connecter' }));
      if (kind === 'rate-limited') expect(text).to.contain(fr('error.retryIn', { count: 30 }));
      // Nothing typed is lost: identifier, password (in its input) and the remember-me box.
      const { identifier, password, remember } = parts(element);
      expect(identifier.value).to.equal(NIR);
      expect(password.value).to.equal(PASSWORD);
      expect(remember!.checked).to.equal(true);
      // The same action again works (the fault was for one call).
      const login = nextEvent(element, 'mc-login');
      await tabTo(parts(element).submit);
      await sendKeys({ press: 'Enter' });
      await login;
      expect(count('login')).to.equal(2);
    });
  }

  it('shows the problems of a "validation" answer next to the fields', async () => {
    const { element, adapter } = await loginForm();
    const original = adapter.login.bind(adapter);
    const { AdapterError } = await import('@moncompte/core');
    let calls = 0;
    element.adapter = {
      ...adapter,
      login: (input, options) => {
        calls += 1;
        if (calls === 1) {
          return Promise.reject(
            new AdapterError('validation', 'bad', { fieldErrors: { identifier: [{ key: 'nir.firstDigit' }] } }),
          );
        }
        return original(input, options);
      },
    };
    await logInByKeyboard(element, NIR, PASSWORD);
    await until(() => element.status === 'failed', 'the failure');
    await element.updateComplete;
    const field = element.querySelector('.mc-login__identifier')!;
    expect(norm(field.querySelector('.mc-field__error')?.textContent)).to.contain('Le numéro de sécurité sociale commence par 1 ou 2');
    expect(parts(element).identifier.getAttribute('aria-invalid')).to.equal('true');
    expect(parts(element).identifier.value).to.equal(NIR);
  });

  it('shows nothing for a call aborted because the form was removed', async () => {
    const { element, memory, region } = await loginForm();
    memory.faults.hang('login');
    let errors = 0;
    element.addEventListener('mc-login-error', () => (errors += 1));
    await logInByKeyboard(element, NIR, PASSWORD);
    await until(() => element.status === 'pending', 'the call');
    element.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(errors).to.equal(0);
    region.append(element);
  });

  describe('One adapter call per user action', () => {
    it('a double click on "Se connecter" makes one call', async () => {
      const second = await loginForm({ latency: 150 });
      const { identifier, password, submit } = parts(second.element);
      await tabTo(identifier);
      await sendKeys({ type: NIR });
      await tabTo(password);
      await sendKeys({ type: PASSWORD });
      const login = nextEvent(second.element, 'mc-login');
      submit.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = submit.getBoundingClientRect();
      const position: [number, number] = [Math.round(x + width / 2), Math.round(y + height / 2)];
      await sendMouse({ type: 'click', position });
      await sendMouse({ type: 'click', position });
      await login;
      await new Promise((r) => setTimeout(r, 200));
      expect(second.count('login')).to.equal(1);
    });

    it('Enter then a click on "Se connecter" makes one call', async () => {
      const { element, count } = await loginForm({ latency: 150 });
      const { identifier, password, submit } = parts(element);
      await tabTo(identifier);
      await sendKeys({ type: NIR });
      await tabTo(password);
      await sendKeys({ type: PASSWORD });
      const login = nextEvent(element, 'mc-login');
      await sendKeys({ press: 'Enter' });
      await clickCentre(submit);
      await login;
      await new Promise((r) => setTimeout(r, 200));
      expect(count('login')).to.equal(1);
    });

    it('Enter pressed twice in the password field makes one call', async () => {
      const { element, count } = await loginForm({ latency: 150 });
      const login = nextEvent(element, 'mc-login');
      await logInByKeyboard(element, NIR, PASSWORD);
      await sendKeys({ press: 'Enter' });
      await login;
      await new Promise((r) => setTimeout(r, 200));
      expect(count('login')).to.equal(1);
    });

    it('two submits of the form in a row (not through the button) make one call', async () => {
      const { element, count } = await loginForm({ latency: 100 });
      await logInByKeyboard(element, NIR, 'Mauvais2026');
      await until(() => element.status === 'invalid-credentials', 'the first answer');
      const form = parts(element).form;
      form.requestSubmit();
      form.requestSubmit();
      await until(() => element.status === 'invalid-credentials' && count('login') === 2, 'the second answer');
      await new Promise((r) => setTimeout(r, 150));
      expect(count('login')).to.equal(2);
    });

    it('after a failure, one more action makes exactly one more call', async () => {
      const { element, count } = await loginForm({ latency: 100 });
      await logInByKeyboard(element, NIR, 'Mauvais2026');
      await until(() => element.status === 'invalid-credentials', 'the first answer');
      expect(count('login')).to.equal(1);
      await clickCentre(parts(element).submit);
      await until(() => element.status === 'invalid-credentials' && count('login') === 2, 'the second answer');
      await new Promise((r) => setTimeout(r, 150));
      expect(count('login')).to.equal(2);
    });
  });

  describe('"Mot de passe oublié ?" and the sign-up link', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('fires a cancelable mc-forgot-password with the identifier typed; cancelled, the page stays', async () => {
      const { element } = await loginForm({}, 'caf', { forgotPasswordHref: '#mot-de-passe-oublie' });
      await tabTo(parts(element).identifier);
      await sendKeys({ type: '2 84 03 75 108 123' });
      const event = nextEvent<CustomEvent>(element, 'mc-forgot-password');
      element.addEventListener('mc-forgot-password', (e) => e.preventDefault(), { once: true });
      const link = element.querySelector<HTMLAnchorElement>('a.mc-login__link[href="#mot-de-passe-oublie"]')!;
      expect(norm(link.textContent)).to.equal('Mot de passe oublié ?');
      await tabTo(link);
      await sendKeys({ press: 'Enter' });
      const { detail, cancelable } = await event;
      expect(cancelable).to.equal(true);
      expect(detail).to.deep.equal({ identifierKind: 'nir', identifier: '2840375108123' });
      expect(location.hash).to.equal('');
    });

    it('follows the configured href when nobody cancels', async () => {
      const { element } = await loginForm({}, 'caf', { forgotPasswordHref: '#mot-de-passe-oublie', registerHref: '#inscription' });
      await tabTo(element.querySelector('a[href="#mot-de-passe-oublie"]')!);
      await sendKeys({ press: 'Enter' });
      await until(() => location.hash === '#mot-de-passe-oublie', 'the navigation');
      const register = nextEvent<CustomEvent>(element, 'mc-register');
      await tabTo(element.querySelector('a[href="#inscription"]')!);
      await sendKeys({ press: 'Enter' });
      expect((await register).detail).to.deep.equal({ agency: 'caf' });
      await until(() => location.hash === '#inscription', 'the navigation');
    });

    it('renders buttons that fire the events when no href is configured, and drops unsafe hrefs', async () => {
      const { element } = await loginForm({}, 'msa', { forgotPasswordHref: 'javascript:alert(1)' });
      expect(element.querySelector('a[href^="javascript"]')).to.equal(null);
      const register = nextEvent<CustomEvent>(element, 'mc-register');
      const button = element.querySelector<HTMLButtonElement>('.mc-login__register button')!;
      expect(norm(button.textContent)).to.equal('S’inscrire');
      await tabTo(button);
      await sendKeys({ press: 'Space' });
      expect((await register).detail).to.deep.equal({ agency: 'msa' });
      const forgot = nextEvent<CustomEvent>(element, 'mc-forgot-password');
      await tabTo(element.querySelector('.mc-login__links button')!, { back: true });
      await sendKeys({ press: 'Enter' });
      expect((await forgot).detail).to.deep.equal({ identifierKind: 'nir', identifier: '' });
    });
  });
});
