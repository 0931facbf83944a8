// The log-out (issue #5), on a page with no host code clearing anything: a dashboard with its tiles, the account's
// history and the authorisation panel, and « Déconnexion ». Once the session has ended, none of the person's data is
// left in the page (shadow roots included), and each element says « Vous êtes déconnecté. »; a new log-in
// (mc-login) loads everything again. Also: an answer arriving after the log-out is never shown, an element that was
// off the page catches up when it comes back, and a page listener stopping mc-logout on its way changes nothing.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PaymentsSummary } from '@moncompte/core';
import '@moncompte/components/authorisation-panel.js';
import '@moncompte/components/logout-button.js';
import '../../packages/components/src/account-history/define.js';
import '../../packages/components/src/dashboard/define.js';
import '../../packages/components/src/payments-tile/define.js';
import { deepText, norm, tabTo, themed, until } from '../login/helpers.js';
import {
  dashboardSettled,
  deferred,
  memory,
  pageLogsIn,
  pageLogsOut,
  settled,
  signedInAs,
  stateOf,
  textOf,
  tile,
  tilesOf,
  type TileElement,
} from './helpers.js';

/** What the page shows of Muriel's account: names, amounts, e-mail, mobile, file numbers. */
const PERSONAL = ['Muriel', 'Lefèvre', 'Fabrice', 'Carré', '134,55', '652,00', 'muriel.lefevre@exemple.fr', '06 12 34 56 78', '1234567', '7654321'];
const SIGNED_OUT = 'Vous êtes déconnecté.';

async function page() {
  const adapter = memory();
  const region = await themed(html`<header><mc-logout-button .adapter=${adapter}></mc-logout-button></header>
    <main>
      <mc-dashboard .adapter=${adapter}></mc-dashboard>
      <mc-account-history .adapter=${adapter}></mc-account-history>
      <mc-authorisation-panel .adapter=${adapter}></mc-authorisation-panel>
    </main>`);
  const dashboard = region.querySelector('mc-dashboard')!;
  const history = region.querySelector('mc-account-history') as TileElement;
  const panel = region.querySelector('mc-authorisation-panel')!;
  await dashboardSettled(dashboard);
  await settled(history);
  await until(() => panel.state === 'ready', 'the authorisation panel');
  return { adapter, region, dashboard, history, panel, button: region.querySelector('mc-logout-button')! };
}

const text = (region: Element) => norm(deepText(region));
const shownPersonal = (region: Element) => PERSONAL.filter((value) => text(region).includes(value));
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('Log-out: no account data is left in the page', () => {
  it('« Déconnexion » by keyboard clears every element; mc-login brings the data back', async function () {
    this.timeout(20000);
    const { adapter, region, dashboard, history, panel, button } = await page();
    expect(shownPersonal(region)).to.deep.equal(PERSONAL);
    const identifier = await signedInAs(adapter);

    await tabTo(button);
    await sendKeys({ press: 'Enter' });
    await until(() => panel.state === 'signed-out', 'the log-out');
    for (const el of [...tilesOf(dashboard), history]) await el.updateComplete;
    await panel.updateComplete;

    expect((await adapter.getSession()).session).to.equal(null);
    expect(shownPersonal(region)).to.deep.equal([]);
    // Every tile but Pajemploi (hidden: whether the person is entitled is theirs) says it, and so do the history and the panel.
    const visible = tilesOf(dashboard).filter((t) => stateOf(t) !== 'hidden');
    expect(visible.map(stateOf)).to.deep.equal(Array(9).fill('empty'));
    for (const t of visible) expect(textOf(t)).to.match(/ Vous êtes déconnecté\.$/);
    expect(textOf(history)).to.equal(`Mon historique ${SIGNED_OUT}`);
    // The nine, the history, the panel, and the hidden Pajemploi tile's card.
    expect(count(text(region), SIGNED_OUT)).to.equal(12);
    // No link or button that acts on the account: only « Déconnexion » and the panel's explanation remain.
    const actions = [...tilesOf(dashboard), history, panel].flatMap((el) => [...el.shadowRoot!.querySelectorAll('a, button, mc-button, dialog')]);
    expect(actions).to.deep.equal([]);

    await pageLogsIn(adapter, identifier);
    await dashboardSettled(dashboard);
    await settled(history);
    await until(() => panel.state === 'ready', 'the panel loaded again');
    await until(() => shownPersonal(region).length === PERSONAL.length, 'the data back');
    expect(count(text(region), SIGNED_OUT)).to.equal(0);
    expect(tilesOf(dashboard).map(stateOf)).to.deep.equal(Array(10).fill('ready'));
  });

  it('the signed-out state passes axe', async function () {
    this.timeout(20000);
    const { region, panel, button } = await page();
    await button.logout();
    await until(() => panel.state === 'signed-out', 'the log-out');
    await new Promise((r) => setTimeout(r, 50));
    await expect(region).to.be.accessible();
  });

  it('an answer still pending at the log-out is never shown, nor after the next log-in', async () => {
    const adapter = memory();
    const real = await adapter.getPaymentsSummary();
    const answers = [deferred<PaymentsSummary>(), deferred<PaymentsSummary>()];
    let calls = 0;
    // A back end that answers late and ignores the abort.
    const slow = { ...adapter, getPaymentsSummary: () => answers[calls++]!.promise };
    const el = await tile<TileElement>('mc-payments-tile', slow, false);
    expect(stateOf(el)).to.equal('loading');
    const identifier = await signedInAs(adapter);
    await adapter.logout();
    pageLogsOut();
    await el.updateComplete;
    answers[0]!.resolve(real);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(textOf(el)).to.equal(`Mes paiements et mes droits ${SIGNED_OUT}`);

    // Logged in again: the new load's answer is shown, never the old one, even if it comes after it started.
    await pageLogsIn(adapter, identifier);
    await el.updateComplete;
    expect(stateOf(el)).to.equal('loading');
    answers[0]!.resolve({ ...real, familyQuotient: { amount: 999.99 } } as PaymentsSummary);
    answers[1]!.resolve(real);
    await settled(el);
    expect(textOf(el)).to.include('134,55 €');
    expect(textOf(el)).to.not.include('999,99');
    expect(calls).to.equal(2);
  });

  it('an element off the page at the log-out is cleared as it comes back, and loads again if a log-in came meanwhile', async () => {
    const adapter = memory();
    const el = await tile<TileElement>('mc-payments-tile', adapter);
    const place = el.parentElement!;
    const identifier = await signedInAs(adapter);
    el.remove(); // a framework keeps it aside (Vue's <KeepAlive>, a cached route)
    await adapter.logout();
    pageLogsOut();
    place.append(el);
    await el.updateComplete;
    expect(textOf(el)).to.equal(`Mes paiements et mes droits ${SIGNED_OUT}`);

    el.remove();
    await pageLogsIn(adapter, identifier);
    place.append(el);
    await settled(el);
    expect(stateOf(el)).to.equal('ready');
    expect(textOf(el)).to.include('134,55 €');
  });

  it('says it in the page’s language: English under lang="en"', async () => {
    const region = await themed(html`<div lang="en"><mc-payments-tile .adapter=${memory()}></mc-payments-tile></div>`);
    const el = await settled(region.querySelector('mc-payments-tile') as TileElement);
    pageLogsOut();
    await el.updateComplete;
    expect(textOf(el)).to.equal('My payments and rights You are signed out.');
  });

  it('a page listener that stops mc-logout on its way does not keep the data on screen', async () => {
    const adapter = memory();
    const region = await themed(html`<div @mc-logout=${(e: Event) => e.stopPropagation()}>
        <mc-logout-button .adapter=${adapter}></mc-logout-button>
      </div>
      <mc-payments-tile .adapter=${adapter}></mc-payments-tile>`);
    const el = await settled(region.querySelector('mc-payments-tile') as TileElement);
    expect(textOf(el)).to.include('134,55 €');
    await region.querySelector('mc-logout-button')!.logout();
    await el.updateComplete;
    expect(textOf(el)).to.equal(`Mes paiements et mes droits ${SIGNED_OUT}`);
  });
});
