// mc-authorisation-panel, the history: loaded when its disclosure is first opened (keyboard), a table with column
// headers, newest first, dates from the core formatter; grants, withdrawals by either side and the automatic end
// after a declared separation, each said as such; refreshed after an action; failures with a retry.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatDate } from '@moncompte/core';
import type { McAuthorisationPanel } from '@moncompte/components/authorisation-panel.js';
import { buttonOf, counted, deepActive, dialogOpen, idle, mount, NOW, norm, partText, press, root, tabTo, until } from './helpers.js';

const toggle = (panel: McAuthorisationPanel) => root(panel).querySelector<HTMLButtonElement>('[part~="history-toggle"]')!;
const rows = (panel: McAuthorisationPanel) =>
  [...root(panel).querySelectorAll('#history-region tbody tr')].map((tr) => [...tr.children].map((td) => norm(td.textContent)));

async function openHistory(panel: McAuthorisationPanel): Promise<void> {
  await tabTo(toggle(panel));
  await sendKeys({ press: 'Enter' });
  await until(() => !!root(panel).querySelector('#history-region table, #history-region [data-history-content], [data-history-error]'), 'the history');
  await idle(panel);
}

/** A clock the test moves forward, so that each action has its own instant. */
function clock() {
  let now = NOW;
  return { now: () => now, tick: (minutes: number) => (now += minutes * 60_000) };
}

async function declareSeparation(adapter: ReturnType<typeof counted>['memory']): Promise<void> {
  const flow = await adapter.getSituationFlow({ flowId: 'separation' });
  await adapter.submitSituationChange({
    idempotencyKey: 'test-separation-0001',
    flowId: flow.id,
    flowVersion: flow.version,
    answers: { separationDate: '2026-11-01', moved: 'no' },
  });
}

describe('mc-authorisation-panel: history', () => {
  it('closed at first (no call); Enter opens it: one call, a table with its caption and column headers', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    expect(toggle(panel).getAttribute('aria-expanded')).to.equal('false');
    expect(root(panel).querySelector<HTMLElement>('#history-region')!.hidden).to.equal(true);
    expect(c.count('getAuthorisationHistory')).to.equal(0);

    await openHistory(panel);
    expect(toggle(panel).getAttribute('aria-expanded')).to.equal('true');
    expect(toggle(panel).getAttribute('aria-controls')).to.equal('history-region');
    expect(norm(toggle(panel).textContent)).to.equal('Masquer l’historique');
    expect(c.count('getAuthorisationHistory')).to.equal(1);
    const table = root(panel).querySelector('table')!;
    expect(norm(table.caption?.textContent)).to.equal('Historique des autorisations, de la plus récente à la plus ancienne');
    const headers = [...table.querySelectorAll('thead th')];
    expect(headers.map((th) => norm(th.textContent))).to.deep.equal(['Date', 'Événement', 'Donnée par', 'Personne autorisée']);
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(rows(panel)).to.deep.equal([
      [norm(formatDate('fr', '2018-03-01T10:00:00.000Z', 'datetime')), 'Autorisation donnée', 'Fabrice Carré', 'Muriel Lefèvre'],
    ]);

    // Closing and opening again does not load again (nothing changed).
    await sendKeys({ press: 'Enter' });
    await idle(panel);
    expect(toggle(panel).getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await idle(panel);
    expect(c.count('getAuthorisationHistory')).to.equal(1);
  });

  it('lists grant, withdrawal by the grantor, renouncement by the grantee and the endings of a separation, newest first', async () => {
    const time = clock();
    const c = counted({ now: time.now });
    const memory = c.memory;
    time.tick(1);
    await memory.grantAuthorisation({ personId: 'p-fabrice' }); // 09:31 granted
    time.tick(1);
    const [given] = (await memory.getAuthorisations()).given;
    await memory.revokeAuthorisation({ authorisationId: given!.id }); // 09:32 withdrawn by Muriel
    time.tick(1);
    await memory.grantAuthorisation({ personId: 'p-fabrice' }); // 09:33 granted again
    time.tick(1);
    await declareSeparation(memory); // 09:34 both active authorisations end

    const panel = await mount(c.adapter);
    await openHistory(panel);
    const at = (minute: number) => norm(formatDate('fr', new Date(NOW + minute * 60_000).toISOString(), 'datetime'));
    const list = rows(panel);
    expect(list).to.have.length(6);
    // The separation ends both authorisations at the same instant: their order among themselves is the back end's.
    expect(list.slice(0, 2).map((r) => [r[0], r[1]])).to.deep.equal([
      [at(4), 'Fin automatique : une séparation a été déclarée'],
      [at(4), 'Fin automatique : une séparation a été déclarée'],
    ]);
    expect(list.slice(0, 2).map((r) => `${r[2]} → ${r[3]}`).sort()).to.deep.equal(['Fabrice Carré → Muriel Lefèvre', 'Muriel Lefèvre → Fabrice Carré']);
    expect(list.slice(2)).to.deep.equal([
      [at(3), 'Autorisation donnée', 'Muriel Lefèvre', 'Fabrice Carré'],
      [at(2), 'Autorisation retirée par la personne qui l’avait donnée', 'Muriel Lefèvre', 'Fabrice Carré'],
      [at(1), 'Autorisation donnée', 'Muriel Lefèvre', 'Fabrice Carré'],
      // The seeded grant of 2018, the oldest.
      [norm(formatDate('fr', '2018-03-01T10:00:00.000Z', 'datetime')), 'Autorisation donnée', 'Fabrice Carré', 'Muriel Lefèvre'],
    ]);
    // And the status says nobody authorises anybody any more.
    expect(partText(panel, 'received')).to.include('Personne ne vous autorise à gérer son dossier.');
  });

  it('a renouncement by the grantee is said as such', async () => {
    const time = clock();
    const c = counted({ now: time.now });
    time.tick(5);
    await c.memory.revokeAuthorisation({ authorisationId: 'au-fabrice-muriel' });
    const panel = await mount(c.adapter);
    await openHistory(panel);
    expect(rows(panel)[0]).to.deep.equal([
      norm(formatDate('fr', new Date(NOW + 5 * 60_000).toISOString(), 'datetime')),
      'Renoncement de la personne autorisée',
      'Fabrice Carré',
      'Muriel Lefèvre',
    ]);
  });

  it('an action of the panel loads the open history again, the new event first', async () => {
    const time = clock();
    const c = counted({ now: time.now });
    const panel = await mount(c.adapter);
    await openHistory(panel);
    time.tick(10);
    await press(panel, 'Autoriser Fabrice Carré à gérer mon dossier', 'Enter', true);
    await dialogOpen(panel);
    await press(panel, 'Oui, autoriser');
    await dialogOpen(panel, false);
    await until(() => c.count('getAuthorisationHistory') === 2 && rows(panel).length === 2, 'the history loaded again');
    expect(rows(panel)[0]!.slice(1)).to.deep.equal(['Autorisation donnée', 'Muriel Lefèvre', 'Fabrice Carré']);
  });

  it('a closed history loads again at its next opening after an action', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    await openHistory(panel);
    await sendKeys({ press: 'Enter' }); // closes it
    await idle(panel);
    await press(panel, 'Renoncer à gérer le dossier de Fabrice Carré', 'Enter', true);
    await dialogOpen(panel);
    await press(panel, 'Oui, renoncer');
    await dialogOpen(panel, false);
    await idle(panel);
    expect(c.count('getAuthorisationHistory')).to.equal(1);
    await openHistory(panel);
    expect(c.count('getAuthorisationHistory')).to.equal(2);
    expect(rows(panel)[0]![1]).to.equal('Renoncement de la personne autorisée');
  });

  it('no event at all: says so', async () => {
    const c = counted({ signedIn: 'P12345678' });
    const panel = await mount(c.adapter);
    await openHistory(panel);
    expect(partText(panel, 'history')).to.include('Aucune autorisation n’a encore été donnée ni reçue.');
    expect(root(panel).querySelector('table')).to.equal(null);
  });

  it('a failure says what happened; "Réessayer" (Enter) loads it and focuses the table', async () => {
    const c = counted();
    c.memory.faults.failNext('getAuthorisationHistory', 1, 'server');
    const panel = await mount(c.adapter);
    await openHistory(panel);
    expect(partText(panel, 'history')).to.include('Le service rencontre un problème. Réessayez dans quelques instants.');
    await tabTo(buttonOf(panel, 'Réessayer'));
    await sendKeys({ press: 'Enter' });
    await until(() => rows(panel).length === 1, 'the table');
    await until(() => deepActive() === root(panel).querySelector('[part~="history-table"]'), 'the focus on the table');
    expect(c.count('getAuthorisationHistory')).to.equal(2);
  });

  it('a failure that is not retryable offers no retry', async () => {
    const c = counted();
    c.memory.faults.failNext('getAuthorisationHistory', 1, 'forbidden');
    const panel = await mount(c.adapter);
    await openHistory(panel);
    expect(partText(panel, 'history')).to.include('Vous n’avez pas accès à ce service.');
    expect(root(panel).querySelector('[data-history-retry]')).to.equal(null);
  });

  it('in English under lang="en"', async () => {
    const c = counted();
    await c.memory.revokeAuthorisation({ authorisationId: 'au-fabrice-muriel' });
    const panel = await mount(c.adapter, { lang: 'en' });
    await openHistory(panel);
    const table = root(panel).querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => norm(th.textContent))).to.deep.equal(['Date', 'Event', 'Given by', 'Authorised person']);
    expect(rows(panel)[0]![1]).to.equal('Given up by the authorised person');
    expect(rows(panel)[1]![0]).to.equal(norm(formatDate('en', '2018-03-01T10:00:00.000Z', 'datetime')));
    expect(norm(toggle(panel).textContent)).to.equal('Hide the history');
  });
});
