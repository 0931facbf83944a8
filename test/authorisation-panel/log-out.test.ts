// mc-authorisation-panel and the log-out (mc-logout reaching the document): the status, the history, an open
// confirmation and an action still answering are all forgotten at once; the panel says « Vous êtes déconnecté. »
// with nothing of the account, and loads again at the next mc-login.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Authorisation, GrantAuthorisationInput } from '@moncompte/core';
import type { McAuthorisationPanel } from '@moncompte/components/authorisation-panel.js';
import { pageLogsIn, pageLogsOut } from '../dashboard/helpers.js';
import { buttonOf, counted, dialogOf, dialogOpen, hasButton, idle, mount, norm, partText, press, root, tabTo, textOf, until } from './helpers.js';

const PERSONAL = ['Fabrice', 'Carré', 'Muriel', 'Lefèvre'];
const MURIEL = '2840375108123';

async function openHistory(panel: McAuthorisationPanel): Promise<void> {
  await tabTo(root(panel).querySelector('[part~="history-toggle"]')!);
  await sendKeys({ press: 'Enter' });
  await until(() => !!root(panel).querySelector('#history-region table'), 'the history table');
  await idle(panel);
}

describe('mc-authorisation-panel: log-out', () => {
  it('at mc-logout forgets the status, the history and the open confirmation; mc-login loads the status again', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    await openHistory(panel);
    expect(partText(panel, 'history')).to.include('Fabrice Carré');
    await press(panel, 'Autoriser Fabrice Carré à gérer mon dossier');
    await dialogOpen(panel);
    expect(PERSONAL.filter((name) => textOf(panel).includes(name))).to.deep.equal(PERSONAL);

    // The page ends the session by its own means (a timer: nobody can reach « Déconnexion » behind the dialog).
    pageLogsOut();
    await c.memory.logout();
    await idle(panel);
    expect(panel.state).to.equal('signed-out');
    expect(root(panel).querySelector('dialog')).to.equal(null);
    expect(PERSONAL.filter((name) => textOf(panel).includes(name))).to.deep.equal([]);
    const status = root(panel).querySelector<HTMLElementTagNameMap['mc-card']>('mc-card[part~="status"]')!;
    expect(status.state).to.equal('empty');
    expect(norm(status.textContent)).to.equal('Vous êtes déconnecté.');
    expect(root(panel).querySelector('[part~="history"], [part~="history-toggle"], mc-button, button')).to.equal(null);
    expect(partText(panel, 'about')).to.include('Ce que permet une autorisation de gestion');

    await pageLogsIn(c.adapter, MURIEL);
    await until(() => panel.state === 'ready', 'the status loaded again');
    await idle(panel);
    expect(hasButton(panel, 'Autoriser Fabrice Carré à gérer mon dossier')).to.equal(true);
    expect(dialogOf(panel).open).to.equal(false);
    // The history is closed, and loads again when opened.
    expect(root(panel).querySelector<HTMLElement>('#history-region')!.hidden).to.equal(true);
    expect(c.count('getAuthorisationHistory')).to.equal(1);
    await openHistory(panel);
    expect(c.count('getAuthorisationHistory')).to.equal(2);
  });

  it('an action still answering at mc-logout is dropped: no outcome said, no event, nothing of it shown', async () => {
    const c = counted();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // A back end that answers late and ignores the abort.
    const adapter = {
      ...c.memory,
      grantAuthorisation: async (input: GrantAuthorisationInput): Promise<Authorisation> => {
        const granted = await c.memory.grantAuthorisation(input);
        await gate;
        return granted;
      },
    };
    const panel = await mount(adapter);
    let events = 0;
    panel.parentElement!.addEventListener('mc-authorisation-granted', () => (events += 1));
    await press(panel, 'Autoriser Fabrice Carré à gérer mon dossier');
    await dialogOpen(panel);
    buttonOf(panel, 'Oui, autoriser').click();
    await until(() => !!root(panel).querySelector('mc-button[busy]'), 'the action running');
    pageLogsOut();
    await idle(panel);
    release();
    await new Promise((r) => setTimeout(r, 50));
    await idle(panel);
    expect(panel.state).to.equal('signed-out');
    expect(events).to.equal(0);
    expect(root(panel).querySelector('[part~="notice"], dialog')).to.equal(null);
    expect(PERSONAL.filter((name) => textOf(panel).includes(name))).to.deep.equal([]);
  });
});
