// mc-authorisation-panel and untrusted adapter data: names that look like HTML are shown as text (in the status,
// the buttons, the confirmation, the announcement and the history) and create no element; the history is shown
// newest first whatever order the back end answers in.
import { expect } from '@open-wc/testing';
import type { AuthorisationHistory, AuthorisationStatus, MonCompteAdapter } from '@moncompte/core';
import { buttonOf, counted, deepText, dialogOpen, idle, mount, norm, partText, press, root, tabTo, textOf, until } from './helpers.js';
import { sendKeys } from '@web/test-runner-commands';

const XSS = '<img src=x onerror="window.__mcXss = 1">';
const SCRIPT = '<script>window.__mcXss = 2</script>';

declare global {
  interface Window {
    __mcXss?: number;
  }
}

const evil = { id: 'p-evil', firstName: XSS, lastName: SCRIPT };
const me = { id: 'p-muriel', firstName: 'Muriel', lastName: 'Lefèvre' };

function answering(adapter: MonCompteAdapter, status: AuthorisationStatus, history: AuthorisationHistory): MonCompteAdapter {
  return {
    ...adapter,
    getAuthorisations: async () => structuredClone(status),
    getAuthorisationHistory: async () => structuredClone(history),
    grantAuthorisation: async ({ personId }) => ({
      id: 'au-new', fileId: 'f', grantor: me, grantee: { ...evil, id: personId }, since: '2026-11-24', status: 'active', endedAt: null, endedBy: null,
    }),
  };
}

const STATUS: AuthorisationStatus = {
  given: [],
  received: [{ id: 'au-1', fileId: 'f-1', grantor: evil, grantee: me, since: '2025-01-02', status: 'active', endedAt: null, endedBy: null }],
  candidates: [evil],
};

const HISTORY: AuthorisationHistory = {
  // Oldest first, on purpose.
  events: [
    { id: 'e1', at: '2024-05-01T08:00:00.000Z', action: 'granted', endedBy: null, grantor: evil, grantee: me },
    { id: 'e2', at: '2026-02-01T08:00:00.000Z', action: 'ended', endedBy: 'separation', grantor: evil, grantee: me },
    { id: 'e3', at: '2025-01-02T08:00:00.000Z', action: 'granted', endedBy: null, grantor: evil, grantee: me },
  ],
};

describe('mc-authorisation-panel: untrusted data', () => {
  afterEach(() => {
    delete window.__mcXss;
  });

  it('shows HTML-looking names as text everywhere and creates no element from them', async () => {
    const panel = await mount(answering(counted().adapter, STATUS, HISTORY));
    expect(partText(panel, 'received')).to.include(`${XSS} ${SCRIPT} vous autorise à gérer son dossier depuis le 2 janvier 2025.`);
    const grant = buttonOf(panel, 'Autoriser');
    expect(norm(deepText(grant))).to.equal(`Autoriser ${XSS} ${SCRIPT} à gérer mon dossier`);
    // Names are isolated for bidirectional text.
    expect(grant.querySelector('bdi')!.textContent).to.equal(`${XSS} ${SCRIPT}`);

    await press(panel, 'Autoriser');
    await dialogOpen(panel);
    expect(root(panel).querySelector('dialog h2')!.textContent).to.include(`${XSS} ${SCRIPT}`);
    await press(panel, 'Oui, autoriser');
    await dialogOpen(panel, false);
    await idle(panel);
    await until(() => partText(panel, 'notice').includes('C’est fait'), 'the announcement');
    expect(partText(panel, 'notice')).to.include(`${XSS} ${SCRIPT} peut maintenant gérer votre dossier`);

    await tabTo(root(panel).querySelector('[part~="history-toggle"]')!);
    await sendKeys({ press: 'Enter' });
    await until(() => !!root(panel).querySelector('table'), 'the history table');
    await idle(panel);
    expect(textOf(panel)).to.include(`${XSS} ${SCRIPT}`);

    const all = [root(panel), ...[...root(panel).querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
    for (const tree of all) expect(tree.querySelectorAll('img, script'), 'no element made from data').to.have.length(0);
    expect(window.__mcXss).to.equal(undefined);
  });

  it('puts the history newest first whatever order the back end answers in', async () => {
    const panel = await mount(answering(counted().adapter, STATUS, HISTORY));
    await tabTo(root(panel).querySelector('[part~="history-toggle"]')!);
    await sendKeys({ press: 'Enter' });
    await until(() => !!root(panel).querySelector('table'), 'the history table');
    const times = [...root(panel).querySelectorAll('tbody time')].map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal(['2026-02-01T08:00:00.000Z', '2025-01-02T08:00:00.000Z', '2024-05-01T08:00:00.000Z']);
    expect(norm(root(panel).querySelector('tbody tr td:nth-child(2)')!.textContent)).to.equal('Fin automatique : une séparation a été déclarée');
  });
});
