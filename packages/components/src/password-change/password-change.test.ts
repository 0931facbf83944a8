// mc-password-change, driven by keyboard against the in-memory adapter (signed in as Muriel): the change and its
// confirmation, a wrong current password, the policy, one call per submit, failures, session expiry, log-out, axe.
import { expect, html } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { ChangePasswordInput } from '@moncompte/core';
import '@moncompte/core/i18n/en';
import {
  activate,
  countingAdapter,
  deepActive,
  logInAgainInPlace,
  nextEvent,
  norm,
  press,
  provided,
  retype,
  settle,
  themed,
  typeIn,
  until,
  untilHeading,
} from '../../../../test/journeys/helpers.js';
import { pageLogsIn, pageLogsOut } from '../../../../test/dashboard/helpers.js';
import type { McPasswordChange } from './define.js';
import './define.js';

const { identifier: MURIEL, password: CURRENT } = DEMO_ACCOUNTS.caf;
/** Meets both agencies' rules (the MSA also asks for a special character). */
const NEW = 'Printemps-2027';

async function changeFlow(options: { latency?: number; theme?: 'caf' | 'msa'; lang?: string } = {}) {
  const account = options.theme === 'msa' ? DEMO_ACCOUNTS.msa : DEMO_ACCOUNTS.caf;
  const counted = countingAdapter({ agency: account.agency, signedIn: account.identifier, latency: options.latency ?? 0 });
  const region = await provided(
    counted.adapter,
    html`<div lang=${options.lang ?? 'fr'}><mc-password-change agency=${account.agency}></mc-password-change></div>`,
    options.theme,
  );
  const el = region.querySelector('mc-password-change') as McPasswordChange;
  await until(() => !!el.querySelector('input[autocomplete="new-password"]'), 'the password fields');
  await settle(el);
  return { ...counted, region, el };
}

const current = (el: Element) => el.querySelector<HTMLInputElement>('form input[autocomplete="current-password"]');
const fresh = (el: Element, index: 0 | 1) => el.querySelectorAll<HTMLInputElement>('form input[autocomplete="new-password"]')[index]!;

async function fill(el: Element, currentPassword: string, newPassword: string, confirmation = newPassword) {
  await typeIn(current(el), currentPassword);
  await typeIn(fresh(el, 0), newPassword);
  await typeIn(fresh(el, 1), confirmation);
}

describe('mc-password-change', function () {
  // Whole journeys typed key by key: slower than a unit test, more so with another test file running alongside.
  this.timeout(40000);

  it('changes the password by keyboard: current, new, confirmation, Enter; then the new one logs in and the old one does not', async () => {
    const { el, inputs, memory } = await changeFlow();
    expect(norm(el.querySelector('h2')?.textContent)).to.equal('Changer mon mot de passe');
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Choisir un nouveau mot de passe');
    expect(norm(el.textContent), 'a signed-in page: no way back to the log-in').to.not.contain('Revenir à la connexion');
    expect(norm(el.querySelector('mc-password-input:not([mode="new"]) label')?.textContent)).to.contain('Mot de passe actuel');
    const changed = nextEvent<CustomEvent>(el, 'mc-password-changed');
    await fill(el, CURRENT, NEW);
    await press('Enter');
    await untilHeading('Votre mot de passe est modifié');
    await changed;
    expect(inputs<ChangePasswordInput>('changePassword')).to.deep.equal([{ currentPassword: CURRENT, newPassword: NEW }]);
    expect(norm(el.querySelector('mc-notice')?.textContent)).to.contain('dès votre prochaine connexion');
    expect(el.querySelector('input'), 'no password left in the page').to.equal(null);
    await memory.logout();
    const login = (password: string) => memory.login({ identifierKind: 'nir', identifier: MURIEL, password, rememberMe: false });
    expect((await login(CURRENT)).status).to.equal('invalid-credentials');
    expect((await login(NEW)).status).to.equal('success');
  });

  it('gives password managers the account’s identifier: a hidden username field in the same form', async () => {
    const { el, count } = await changeFlow();
    await until(() => !!el.querySelector('input[autocomplete="username"]'), 'the username field');
    const username = document.querySelector<HTMLInputElement>('form input[autocomplete="username"]')!;
    expect(username.value).to.equal(MURIEL);
    expect(username.form).to.equal(current(el)!.form);
    expect(getComputedStyle(username).display, 'neither seen nor reached by Tab').to.equal('none');
    expect(count('getSession')).to.equal(1);

    // Given by the page: that one (the session is still asked for once, to know whose password this is).
    const given = countingAdapter({ agency: 'caf', signedIn: MURIEL });
    const region = await provided(given.adapter, html`<mc-password-change username="P12345678"></mc-password-change>`);
    const other = region.querySelector('mc-password-change')!;
    await until(() => !!other.querySelector('input[autocomplete="username"]'), 'the given username');
    expect(other.querySelector<HTMLInputElement>('input[autocomplete="username"]')!.value).to.equal('P12345678');
    expect(given.count('getSession')).to.equal(1);
  });

  it('a wrong current password: said next to that field and above the form, everything kept; corrected, it saves', async () => {
    const { el, count } = await changeFlow();
    await fill(el, 'PasLeBon2026', NEW);
    await press('Enter');
    await until(() => norm(el.querySelector('mc-password-input:not([mode="new"]) .mc-field__error')?.textContent).includes('Le mot de passe actuel est incorrect'), 'the error next to the current password');
    expect(norm(el.querySelector('.mc-flow__failure')?.textContent)).to.contain('Ce que vous avez saisi est conservé');
    expect(current(el)!.getAttribute('aria-invalid')).to.equal('true');
    // Also in the error summary, which has the focus; its link leads to the field.
    const summary = el.querySelector('mc-error-summary')!;
    await until(() => norm(summary.shadowRoot?.textContent).includes('Le mot de passe actuel est incorrect'), 'the summary');
    await until(() => deepActive()?.closest('.base') !== null && summary.shadowRoot!.contains(deepActive()), 'the focus on the summary');
    const link = summary.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;
    link.focus();
    await press('Enter');
    await until(() => deepActive() === current(el), 'the focus on the current password');
    expect([fresh(el, 0).value, fresh(el, 1).value]).to.deep.equal([NEW, NEW]);
    await retype(current(el), CURRENT);
    await press('Enter');
    await untilHeading('Votre mot de passe est modifié');
    expect(count('changePassword')).to.equal(2);
  });

  it('a new password outside the agency’s rules is refused before any call, with the reasons in the error summary', async () => {
    const { el, count } = await changeFlow();
    await fill(el, CURRENT, 'court', 'court');
    await press('Enter');
    const summary = el.querySelector('mc-error-summary')!;
    await until(() => norm(summary.shadowRoot?.textContent).includes('Le mot de passe ne respecte pas ces règles'), 'the summary');
    expect(count('changePassword')).to.equal(0);
  });

  it('makes one call for Enter pressed twice while the first one runs', async () => {
    const { el, count } = await changeFlow({ latency: 300 });
    await fill(el, CURRENT, NEW);
    await press('Enter');
    await press('Enter');
    await untilHeading('Votre mot de passe est modifié');
    expect(count('changePassword')).to.equal(1);
  });

  it('an adapter failure says what to do and keeps everything; "Réessayer" saves', async () => {
    const { el, memory, count } = await changeFlow();
    memory.faults.failNext('changePassword', 1, 'network');
    await fill(el, CURRENT, NEW);
    await press('Enter');
    await until(() => !!el.querySelector('.mc-flow__failure'), 'the failure');
    expect(norm(el.querySelector('.mc-flow__failure')?.textContent)).to.contain('Impossible de joindre le service');
    expect([current(el)!.value, fresh(el, 0).value, fresh(el, 1).value]).to.deep.equal([CURRENT, NEW, NEW]);
    await activate(el, 'Réessayer');
    await untilHeading('Votre mot de passe est modifié');
    expect(count('changePassword')).to.equal(2);
  });

  it('an expired session: logs in again in place, then the form is back with what was typed', async () => {
    const { el, memory, count } = await changeFlow();
    memory.faults.failNext('changePassword', 1, 'unauthorized');
    await fill(el, CURRENT, NEW);
    await press('Enter');
    await logInAgainInPlace(el, DEMO_ACCOUNTS.caf);
    await untilHeading('Choisir un nouveau mot de passe');
    await settle(el);
    expect([current(el)!.value, fresh(el, 0).value, fresh(el, 1).value]).to.deep.equal([CURRENT, NEW, NEW]);
    await activate(el, 'Enregistrer le nouveau mot de passe');
    await untilHeading('Votre mot de passe est modifié');
    expect(count('changePassword')).to.equal(2);
  });

  it('an expired session with the adapter set on the element (no provider): the login form uses that adapter', async () => {
    const counted = countingAdapter({ agency: 'caf', signedIn: MURIEL });
    const region = await themed(html`<mc-password-change .adapter=${counted.adapter}></mc-password-change>`);
    const el = region.querySelector('mc-password-change')!;
    await until(() => !!el.querySelector('input[autocomplete="new-password"]'), 'the password fields');
    counted.memory.faults.failNext('changePassword', 1, 'unauthorized');
    await fill(el, CURRENT, NEW);
    await press('Enter');
    await logInAgainInPlace(el, DEMO_ACCOUNTS.caf);
    await untilHeading('Choisir un nouveau mot de passe');
    expect(counted.count('login')).to.equal(1);
  });

  it('speaks English under lang="en", the back end’s wrong-password message included', async () => {
    const { el } = await changeFlow({ lang: 'en' });
    expect(norm(el.querySelector('h2')?.textContent)).to.equal('Change my password');
    expect(norm(el.querySelector('mc-password-input:not([mode="new"]) label')?.textContent)).to.contain('Current password');
    await fill(el, 'PasLeBon2026', NEW);
    await press('Enter');
    await until(() => norm(el.querySelector('mc-password-input:not([mode="new"]) .mc-field__error')?.textContent).includes('The current password is incorrect'), 'the English error');
  });

  it('at mc-logout forgets the passwords typed and the identifier, drops the call in flight; at mc-login starts again empty', async () => {
    const { el, memory, adapter } = await changeFlow();
    // A back end that answers late, whatever the abort: its success must not show once the session has ended.
    let answer!: () => void;
    const late = new Promise<void>((r) => (answer = r));
    el.adapter = { ...memory, changePassword: () => late };
    let changed = 0;
    el.addEventListener('mc-password-changed', () => (changed += 1));
    const username = () => el.querySelector<HTMLInputElement>('input[autocomplete="username"]');
    await until(() => username()?.value === MURIEL, 'the identifier for password managers');
    await fill(el, CURRENT, NEW);
    await press('Enter');
    await until(() => el.flow.runner.busy, 'the call');
    pageLogsOut();
    await memory.logout();
    await el.updateComplete;
    expect([...el.children].map((child) => norm(child.textContent))).to.deep.equal(['Changer mon mot de passe', 'Vous êtes déconnecté.']);
    expect(el.querySelector('form, input')).to.equal(null);
    expect(el.secrets).to.deep.equal({ current: '', password: '', confirmation: '' });
    expect(el.accountIdentifier).to.equal('');
    answer();

    el.adapter = adapter;
    await pageLogsIn(memory, MURIEL);
    await until(() => !!current(el) && username()?.value === MURIEL, 'the form again, for the new session');
    await settle(el);
    expect(changed).to.equal(0);
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Choisir un nouveau mot de passe');
    expect([current(el)!.value, fresh(el, 0).value, fresh(el, 1).value]).to.deep.equal(['', '', '']);
    expect(norm(el.textContent)).to.not.contain('Vous êtes déconnecté.');
  });

  it('keeps nothing in the browser’s storage', async () => {
    sessionStorage.clear();
    localStorage.clear();
    const { el } = await changeFlow();
    await fill(el, CURRENT, NEW);
    expect([sessionStorage.length, localStorage.length]).to.deep.equal([0, 0]);
  });

  for (const theme of ['caf', 'msa'] as const) {
    it(`passes axe in the ${theme} theme: the form, its errors, the confirmation`, async () => {
      const { el, region } = await changeFlow({ theme });
      await expect(region).to.be.accessible();
      await activate(el, 'Enregistrer le nouveau mot de passe');
      await until(() => !!el.querySelector('mc-password-input .mc-field__error'), 'the errors');
      await expect(region).to.be.accessible();
      const account = theme === 'msa' ? DEMO_ACCOUNTS.msa : DEMO_ACCOUNTS.caf;
      await retype(current(el), account.password);
      await typeIn(fresh(el, 0), NEW);
      await typeIn(fresh(el, 1), NEW);
      await press('Enter');
      await untilHeading('Votre mot de passe est modifié');
      await expect(region).to.be.accessible();
    });
  }
});
