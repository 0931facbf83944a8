// Responses arriving out of order: only the latest load of a tile is ever shown, and a new load aborts the
// previous one (a hung call does not block the tile once it loads again).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { PaymentsSummary, RequestOptions } from '@moncompte/core';
import type { McDashboard } from '../../packages/components/src/dashboard/define.js';
import '../../packages/components/src/dashboard/define.js';
import '../../packages/components/src/payments-tile/define.js';
import '../../packages/components/src/news-tile/define.js';
import { dashboardSettled, deferred, html, memory, settled, stateOf, textOf, tile, tilesOf, type TileElement } from './helpers.js';

describe('out-of-order responses', () => {
  it('shows the latest load when an older answer arrives after a newer one (back end ignoring aborts)', async () => {
    const base = memory();
    const real = await base.getPaymentsSummary();
    const withAmount = (amount: number): PaymentsSummary => ({ ...real, lastPayment: { ...real.lastPayment!, amount } });
    const slow = deferred<PaymentsSummary>();
    const signals: AbortSignal[] = [];
    let call = 0;
    const adapter = {
      ...base,
      getPaymentsSummary: (options?: RequestOptions) => {
        call += 1;
        signals.push(options!.signal!);
        if (call === 1) return Promise.resolve(withAmount(100));
        if (call === 2) return slow.promise; // answers last
        return Promise.resolve(withAmount(300));
      },
    };
    const el = await tile<TileElement>('mc-payments-tile', adapter);
    expect(textOf(el)).to.include('100,00 €');

    window.dispatchEvent(new CustomEvent('mc-file-change', { detail: { fileId: 'a' } }));
    await el.updateComplete;
    expect(stateOf(el)).to.equal('loading');
    window.dispatchEvent(new CustomEvent('mc-file-change', { detail: { fileId: 'b' } }));
    await settled(el);
    expect(textOf(el)).to.include('300,00 €');
    expect(signals[1]!.aborted, 'the older load was aborted').to.equal(true);

    slow.resolve(withAmount(200)); // the older answer arrives at last
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(textOf(el)).to.include('300,00 €');
    expect(textOf(el)).to.not.include('200,00 €');
  });

  it('a hung first call is aborted by the next load, which shows its data', async () => {
    const adapter = memory();
    adapter.faults.hang('getNews');
    const el = await tile<TileElement>('mc-news-tile', adapter, false);
    await new Promise((r) => setTimeout(r, 30));
    expect(stateOf(el)).to.equal('loading');
    adapter.faults.clear('getNews');
    window.dispatchEvent(new CustomEvent('mc-file-change', { detail: { fileId: 'f' } }));
    await settled(el);
    expect(stateOf(el)).to.equal('ready');
    expect(textOf(el)).to.include('Aide au logement étudiant');
  });

  it('switching files twice with latency shows the last file chosen in every tile', async () => {
    const adapter = memory({ latency: 40 });
    const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${adapter} tiles="files payments"></mc-dashboard>`);
    await dashboardSettled(el);
    const [files, payments] = tilesOf(el) as [TileElement & { selectFile(f: { id: string; number: string }): Promise<void> }, TileElement];
    // Two choices in a row: Fabrice's file, then back to Muriel's before the first answer.
    const first = files.selectFile({ id: 'f-caf-7654321', number: '7654321' });
    await new Promise((r) => setTimeout(r, 10));
    const second = files.selectFile({ id: 'f-caf-1234567', number: '1234567' });
    await Promise.all([first, second]);
    await dashboardSettled(el);
    expect((await adapter.getSession()).session?.currentFileId).to.equal('f-caf-1234567');
    await waitUntil(() => textOf(payments).includes('134,55 €'));
    expect(textOf(files)).to.include('Afficher le dossier n° 7654321');
    expect(files.shadowRoot!.querySelector('[role="status"]')!.textContent).to.include('Le dossier n° 1234567 est maintenant affiché.');
  });
});

describe('tiles leaving and coming back', () => {
  it('moving tiles while they load (reordering) neither aborts nor breaks them', async () => {
    const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${memory({ latency: 30 })} tiles="news profile agenda"></mc-dashboard>`);
    el.tiles = ['agenda', 'news', 'profile'];
    await el.updateComplete;
    await dashboardSettled(el);
    expect(tilesOf(el).map((t) => [t.localName, stateOf(t)])).to.deep.equal([
      ['mc-agenda-tile', 'ready'],
      ['mc-news-tile', 'ready'],
      ['mc-profile-tile', 'ready'],
    ]);
  });

  it('a tile removed while loading aborts its call, and loads again when put back', async () => {
    const signals: AbortSignal[] = [];
    const base = memory({ latency: 30 });
    const adapter = { ...base, getNews: (o?: RequestOptions) => (signals.push(o!.signal!), base.getNews(o)) };
    const el = await tile<TileElement>('mc-news-tile', adapter, false);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 60));
    expect(signals[0]!.aborted).to.equal(true);
    parent.append(el);
    await settled(el);
    expect(stateOf(el)).to.equal('ready');
    expect(signals).to.have.length(2);
  });
});
