// mc-account-history: the tiles' four states with retry and axe (tile-suite.ts), then what the list says: most recent
// first whatever order the back end answers in, each date as a <time>, how a log-in was made, and English.
import { expect, fixture, html } from '@open-wc/testing';
import '@moncompte/core/i18n/en';
import type { AccountHistory } from '@moncompte/core';
import '../../packages/components/src/account-history/define.js';
import { describeTile } from './tile-suite.js';
import { tileCase } from './tile-cases.js';
import { answering, memory, settled, type TileElement } from './helpers.js';

describeTile(tileCase('mc-account-history'));

const SHUFFLED: AccountHistory = {
  events: [
    { id: 'e1', at: '2026-10-02T09:00:00Z', kind: 'documents-sent' },
    { id: 'e2', at: '2026-11-20T18:45:00Z', kind: 'login', method: 'franceconnect' },
    { id: 'e3', at: '2026-06-15T08:00:00Z', kind: 'authorisation-granted' },
    { id: 'e4', at: '2026-11-21T07:10:00Z', kind: 'password-changed' },
  ],
};

async function history(lang: string, events: AccountHistory = SHUFFLED) {
  const adapter = answering(memory(), 'getAccountHistory', events);
  const region = await fixture<HTMLElement>(html`<div lang=${lang}><mc-account-history .adapter=${adapter}></mc-account-history></div>`);
  const el = await settled(region.querySelector('mc-account-history') as TileElement);
  const items = [...el.shadowRoot!.querySelectorAll('ol.events > li')];
  return items.map((li) => ({
    datetime: li.querySelector('time')?.getAttribute('datetime'),
    text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

describe('mc-account-history: the list', () => {
  it('shows the events most recent first, each date in a <time>, and how a log-in was made', async () => {
    const items = await history('fr');
    expect(items.map((i) => i.datetime)).to.deep.equal(['2026-11-21T07:10:00Z', '2026-11-20T18:45:00Z', '2026-10-02T09:00:00Z', '2026-06-15T08:00:00Z']);
    expect(items[0]!.text).to.include('Mot de passe modifié');
    expect(items[1]!.text).to.include('Connexion avec FranceConnect');
    expect(items[2]!.text).to.include('Documents envoyés');
    expect(items[3]!.text).to.include('Autorisation de gestion donnée');
    expect(items[1]!.text).to.include('20 novembre 2026');
  });

  it('speaks English under lang="en"', async () => {
    const items = await history('en');
    expect(items[0]!.text).to.include('Password changed');
    expect(items[1]!.text).to.include('Sign-in with FranceConnect');
    expect(items[1]!.text).to.include('November');
  });
});
