// mc-login-form: rendering, configuration per agency, logging in by keyboard with each seeded account, outcomes.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loginMessages, translate, type Catalogue, type LoginInput, type Session } from '@moncompte/core';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import '@moncompte/components/login-form.js';
import '@moncompte/components/adapter-provider.js';
import { MSA_LOGIN_CONFIG, type McLoginForm, type MigrationRequiredDetail } from '@moncompte/components/login-form.js';
import { countingAdapter, deepText, nextEvent, norm, tabTo, themed, typeInto, until } from './helpers.js';
import { logInByKeyboard, loginForm, parts } from './login-fixture.js';

const fr = (key: string, params?: Record<string, string | number>) => norm(translate([loginMessages] as readonly Catalogue[], 'fr', key, params));

describe('mc-login-form', () => {
  describe('Defaults', () => {
    it('renders the form and the credential inputs in the LIGHT DOM of the page', async () => {
      const { element } = await loginForm();
      const form = document.querySelector('mc-login-form form');
      expect(form).to.be.instanceOf(HTMLFormElement);
      const identifier = document.querySelector<HTMLInputElement>('form input[autocomplete=username]')!;
      const password = document.querySelector<HTMLInputElement>('form input[autocomplete=current-password]')!;
      expect(identifier.form).to.equal(form);
      expect(password.form).to.equal(form);
      expect(password.type).to.equal('password');
      expect(identifier.labels?.[0]?.textContent).to.contain(fr('login.nir.label'));
      expect(password.labels?.[0]?.textContent).to.contain(fr('login.password.label'));
      expect(element.shadowRoot).to.equal(null);
    });

    it('puts the FranceConnect block first, then "ou", then the form', async () => {
      const { element } = await loginForm();
      const { franceConnect, form } = parts(element);
      const or = element.querySelector('.mc-login__or')!;
      expect(franceConnect).to.not.equal(null);
      expect(franceConnect!.compareDocumentPosition(or) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(or.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(norm(or.textContent)).to.equal('ou');
    });

    it('shows the NIR hint and a "where to find it" help that opens by keyboard', async () => {
      const { element } = await loginForm();
      const { identifier } = parts(element);
      const hint = document.getElementById(identifier.getAttribute('aria-describedby')!.split(' ')[0]!)!;
      expect(norm(hint.textContent)).to.equal(fr('login.nir.hint'));
      const details = element.querySelector('details')!;
      expect(details.open).to.equal(false);
      await tabTo(details.querySelector('summary')!);
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      const text = norm(details.textContent);
      expect(text).to.contain('carte Vitale');
      expect(text).to.contain('bulletins de salaire');
      expect(text).to.contain('ameli');
      expect(text, 'what to do when it is lost (seed 004)').to.contain('pièce d’identité et une pièce d’état civil');
    });

    it('stores nothing in the browser while logging in with "Se souvenir de moi"', async () => {
      localStorage.clear();
      sessionStorage.clear();
      const cookies = document.cookie;
      const { element } = await loginForm();
      const login = nextEvent(element, 'mc-login');
      await logInByKeyboard(element, DEMO_ACCOUNTS.caf.identifier, DEMO_ACCOUNTS.caf.password, true);
      await login;
      expect(localStorage.length).to.equal(0);
      expect(sessionStorage.length).to.equal(0);
      expect(document.cookie).to.equal(cookies);
    });
  });

  describe('Configuration per agency (no code branch: presets)', () => {
    it('CAF: "Première connexion ? Créer Mon Compte", provisional identifier offered, password hint 8–24', async () => {
      const { element } = await loginForm();
      expect(norm(element.querySelector('.mc-login__register')!.textContent)).to.equal('Première connexion ? Créer Mon Compte');
      expect(parts(element).provisional).to.not.equal(null);
      expect(norm(element.querySelector('.mc-login__password')!.textContent)).to.contain(fr('login.password.hint', { min: 8, max: 24 }));
    });

    it('MSA: "Pas encore inscrit ? S’inscrire", no provisional identifier', async () => {
      const { element } = await loginForm({ agency: 'msa' }, 'msa');
      expect(norm(element.querySelector('.mc-login__register')!.textContent)).to.equal('Pas encore inscrit ? S’inscrire');
      expect(parts(element).provisional).to.equal(null);
    });

    it('takes a partial configuration over the preset (FranceConnect+ and no FranceConnect)', async () => {
      const { element } = await loginForm({}, 'caf', { franceConnectPlus: true });
      expect(parts(element).franceConnect!.variant).to.equal('franceconnect-plus');
      element.config = { ...MSA_LOGIN_CONFIG, showFranceConnect: false, showRememberMe: false };
      await element.updateComplete;
      expect(parts(element).franceConnect).to.equal(null);
      expect(element.querySelector('.mc-login__or')).to.equal(null);
      expect(parts(element).remember).to.equal(null);
      expect(norm(element.querySelector('.mc-login__register')!.textContent)).to.contain('S’inscrire');
    });
  });

  describe('Logging in by keyboard', () => {
    it('logs in with the CAF account and passes "Se souvenir de moi" to the adapter', async () => {
      const { element, inputs } = await loginForm();
      const login = nextEvent<CustomEvent<{ session: Session }>>(element, 'mc-login');
      await logInByKeyboard(element, DEMO_ACCOUNTS.caf.identifier, DEMO_ACCOUNTS.caf.password, true);
      const { detail } = await login;
      expect(detail.session.agency).to.equal('caf');
      expect(detail.session.user.firstName).to.equal('Muriel');
      expect(detail.session.persistent).to.equal(true);
      expect(inputs<LoginInput>('login')).to.deep.equal([
        { identifierKind: 'nir', identifier: '2840375108123', password: 'Bonjour2026', rememberMe: true },
      ]);
      expect(element.status).to.equal('success');
      await element.updateComplete;
      expect(norm(deepText(parts(element).outcome))).to.contain(fr('login.success'));
    });

    it('logs in with the MSA account', async () => {
      const { element, inputs } = await loginForm({ agency: 'msa' }, 'msa');
      const login = nextEvent<CustomEvent<{ session: Session }>>(element, 'mc-login');
      await logInByKeyboard(element, DEMO_ACCOUNTS.msa.identifier, DEMO_ACCOUNTS.msa.password);
      const { detail } = await login;
      expect(detail.session.agency).to.equal('msa');
      expect(detail.session.persistent).to.equal(false);
      expect(inputs<LoginInput>('login')[0]!.rememberMe).to.equal(false);
    });

    it('logs in with a provisional identifier after ticking "J’ai un identifiant provisoire" with Space', async () => {
      const { element, inputs } = await loginForm();
      await tabTo(parts(element).provisional!);
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      const { identifier } = parts(element);
      expect(identifier.labels?.[0]?.textContent).to.contain(fr('login.provisional.label'));
      expect(element.querySelector('details')).to.equal(null);
      const login = nextEvent<CustomEvent<{ session: Session }>>(element, 'mc-login');
      await logInByKeyboard(element, ` ${DEMO_ACCOUNTS.cafProvisional.identifier} `, DEMO_ACCOUNTS.cafProvisional.password);
      const { detail } = await login;
      expect(detail.session.user.firstName).to.equal('Awa');
      expect(inputs<LoginInput>('login')[0]).to.include({ identifierKind: 'provisional', identifier: 'P12345678' });
    });

    it('keeps what was typed in each kind of identifier when switching back and forth', async () => {
      const { element } = await loginForm();
      await typeInto(parts(element).identifier, '2840375108123');
      await tabTo(parts(element).provisional!, { back: true });
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(parts(element).identifier.value).to.equal('');
      await typeInto(parts(element).identifier, 'P1');
      await tabTo(parts(element).provisional!, { back: true });
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(parts(element).identifier.value).to.equal('2840375108123');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(parts(element).identifier.value).to.equal('P1');
    });

    it('fires mc-migration-required with the token for the CAF first-connection account', async () => {
      const { element } = await loginForm();
      let logged = false;
      element.addEventListener('mc-login', () => (logged = true));
      const migration = nextEvent<CustomEvent<MigrationRequiredDetail>>(element, 'mc-migration-required');
      await logInByKeyboard(element, DEMO_ACCOUNTS.cafMigration.identifier, DEMO_ACCOUNTS.cafMigration.password);
      const { detail } = await migration;
      expect(detail.identifier).to.equal('1790612345678');
      expect(detail.identifierKind).to.equal('nir');
      expect(detail.migrationToken).to.be.a('string').and.not.equal('');
      expect(detail.termsVersion).to.be.a('string').and.not.equal('');
      expect(element.status).to.equal('migration-required');
      expect(logged).to.equal(false);
    });

    it('ignores submits after a success until reset(), which empties the password only', async () => {
      const { element, count } = await loginForm();
      await logInByKeyboard(element, DEMO_ACCOUNTS.caf.identifier, DEMO_ACCOUNTS.caf.password);
      await until(() => element.status === 'success', 'the session');
      parts(element).form.requestSubmit();
      await new Promise((r) => setTimeout(r, 100));
      expect(count('login')).to.equal(1);
      element.reset();
      await element.updateComplete;
      expect(element.status).to.equal('idle');
      expect(parts(element).outcome.querySelector('.mc-login__notice')).to.equal(null);
      expect(parts(element).identifier.value).to.equal(DEMO_ACCOUNTS.caf.identifier);
      expect(parts(element).password.value).to.equal('');
      await typeInto(parts(element).password, DEMO_ACCOUNTS.caf.password);
      await sendKeys({ press: 'Enter' });
      await until(() => element.status === 'success' && count('login') === 2, 'the second session');
    });

    it('works with the adapter of an enclosing <mc-adapter-provider>', async () => {
      const counted = countingAdapter();
      const region = await themed(html`<mc-adapter-provider .adapter=${counted.adapter}><mc-login-form></mc-login-form></mc-adapter-provider>`);
      const element = region.querySelector('mc-login-form')!;
      await element.updateComplete;
      const login = nextEvent(element, 'mc-login');
      await logInByKeyboard(element, DEMO_ACCOUNTS.caf.identifier, DEMO_ACCOUNTS.caf.password);
      await login;
      expect(counted.count('login')).to.equal(1);
    });
  });

  describe('Invalid credentials and lock-out', () => {
    /** The form's DOM with generated ids and the live text of inputs made comparable. */
    const snapshot = (element: McLoginForm) =>
      element.querySelector('form')!.outerHTML.replace(/mc(-[a-z-]+)?-\d+/g, 'ID').replace(/<!--\?lit\$\d+\$-->/g, '') +
      deepText(parts(element).outcome);

    it('shows ONE message with the same DOM for an unknown identifier and a wrong password', async () => {
      const unknown = await loginForm();
      await logInByKeyboard(unknown.element, '1850578006084', DEMO_ACCOUNTS.caf.password);
      await until(() => unknown.element.status === 'invalid-credentials', 'invalid credentials');
      await unknown.element.updateComplete;
      const first = snapshot(unknown.element);
      const firstText = norm(deepText(parts(unknown.element).outcome));
      unknown.region.remove();

      const wrong = await loginForm();
      await logInByKeyboard(wrong.element, DEMO_ACCOUNTS.caf.identifier, 'Mauvais2026');
      await until(() => wrong.element.status === 'invalid-credentials', 'invalid credentials');
      await wrong.element.updateComplete;
      expect(snapshot(wrong.element)).to.equal(first);
      expect(norm(deepText(parts(wrong.element).outcome))).to.equal(firstText);
      expect(firstText).to.contain(fr('login.invalidCredentials'));
      // Neither field is marked: nothing tells which one was wrong.
      expect(parts(wrong.element).identifier.getAttribute('aria-invalid')).to.equal('false');
      expect(parts(wrong.element).password.getAttribute('aria-invalid')).to.equal('false');
      // Nothing typed is lost.
      expect(parts(wrong.element).identifier.value).to.equal(DEMO_ACCOUNTS.caf.identifier);
      expect(parts(wrong.element).password.value).to.equal('Mauvais2026');
    });

    it('says until when the account is locked and what to do', async () => {
      const { element } = await loginForm({ maxLoginFailures: 2, now: () => Date.parse('2026-03-02T10:00:00Z') });
      await logInByKeyboard(element, DEMO_ACCOUNTS.caf.identifier, 'Mauvais2026');
      await until(() => element.status === 'invalid-credentials', 'first failure');
      await tabTo(parts(element).submit);
      await sendKeys({ press: 'Enter' });
      await until(() => element.status === 'locked', 'lock-out');
      await element.updateComplete;
      const text = norm(deepText(parts(element).outcome));
      expect(text).to.contain(fr('login.locked.title'));
      expect(text).to.contain(fr('login.locked'));
      expect(text).to.match(/Vous pourrez réessayer le \d+ mars 2026 à \d\d:\d\d\./);
      expect(text).to.contain(fr('login.locked.help'));
    });
  });
});
