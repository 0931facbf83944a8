// mc-authorisation-panel when the session expires (a call answers `unauthorized`): the confirmation closes, a login
// form takes the panel's place — in its LIGHT DOM, where password managers see the inputs — and is completed by
// keyboard; then the status loads again and the confirmation of the same action opens again, if it still applies to
// the account now signed in. Nothing is sent by itself.
import { expect } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { ReauthRequiredDetail } from '@moncompte/components/authorisation-panel.js';
import { sendKeys } from '@web/test-runner-commands';
import { choose, logInAgainInPlace, nextEvent, typeIn } from '../journeys/helpers.js';
import { counted, deepActive, dialogOf, dialogOpen, idle, mount, partText, press, root, settled, until } from './helpers.js';

const loginInput = () => document.querySelector<HTMLInputElement>('mc-authorisation-panel > mc-connection mc-login-form input[autocomplete="current-password"]');

describe('mc-authorisation-panel: the session expires', function () {
  this.timeout(30000);

  it('granting: the login form in place of the panel; logged in, the same confirmation opens again; granted once', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    c.memory.faults.failNext('grantAuthorisation', 1, 'unauthorized');
    await press(panel, 'Autoriser Fabrice Carré à gérer mon dossier');
    await dialogOpen(panel);
    const required = nextEvent<CustomEvent<ReauthRequiredDetail>>(panel, 'mc-reauth-required');
    await press(panel, 'Oui, autoriser');
    expect((await required).detail).to.deep.equal({ flow: 'authorisation-panel', step: 'grant' });
    await until(() => !!loginInput(), 'the login form in the light DOM');
    expect(dialogOf(panel), 'the confirmation is closed (the page behind a modal dialog is inert)').to.equal(null);
    let leaked = 0;
    const onLogin = () => (leaked += 1);
    document.addEventListener('mc-login', onLogin);
    await logInAgainInPlace(panel, DEMO_ACCOUNTS.caf);
    await dialogOpen(panel);
    document.removeEventListener('mc-login', onLogin);
    expect(leaked, 'the new log-in stays inside the panel').to.equal(0);
    expect(loginInput(), 'the login form is gone').to.equal(null);
    expect(partText(panel, 'notice')).to.include('Vous êtes reconnecté');
    expect(c.count('grantAuthorisation'), 'nothing sent again by itself').to.equal(1);
    await press(panel, 'Oui, autoriser');
    await dialogOpen(panel, false);
    await idle(panel);
    expect(c.count('grantAuthorisation')).to.equal(2);
    expect((await c.memory.getAuthorisations()).given).to.have.length(1);
  });

  it('loading the status: the login form in place, then the status', async () => {
    const c = counted();
    c.memory.faults.failNext('getAuthorisations', 1, 'unauthorized');
    const panel = await mount(c.adapter, { wait: false });
    await until(() => !!loginInput(), 'the login form in the light DOM');
    await logInAgainInPlace(panel, DEMO_ACCOUNTS.caf);
    await settled(panel);
    expect(panel.state).to.equal('ready');
    expect(partText(panel, 'status')).to.include('Fabrice Carré');
    expect(c.count('getAuthorisations')).to.equal(2);
  });

  it('another account logs in: its own status, and no confirmation of the previous account’s action', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    c.memory.faults.failNext('grantAuthorisation', 1, 'unauthorized');
    await press(panel, 'Autoriser Fabrice Carré à gérer mon dossier');
    await dialogOpen(panel);
    await press(panel, 'Oui, autoriser');
    // Awa D., by her provisional identifier.
    await until(() => !!loginInput(), 'the login form in the light DOM');
    const form = panel.querySelector('mc-login-form')!;
    await choose(form, 'J’ai un identifiant provisoire');
    await typeIn(form.querySelector('input[autocomplete="username"]'), DEMO_ACCOUNTS.cafProvisional.identifier);
    await typeIn(form.querySelector('input[autocomplete="current-password"]'), DEMO_ACCOUNTS.cafProvisional.password);
    await sendKeys({ press: 'Enter' });
    await until(() => loginInput() === null, 'the login form gone');
    await settled(panel);
    // Where the panel puts the focus once it decided not to offer the action again.
    await until(() => deepActive()?.id === 'given-heading', 'the focus on "J’autorise"');
    await idle(panel);
    expect(root(panel).querySelector('dialog[open]'), 'no confirmation opened again').to.equal(null);
    expect(partText(panel, 'status')).to.not.include('Autoriser Fabrice Carré');
    expect(c.count('grantAuthorisation')).to.equal(1);
  });
});
