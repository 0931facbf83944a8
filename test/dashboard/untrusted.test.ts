// Adapter data is untrusted: markup in titles stays text, links with other schemes than https: or relative are
// not rendered, names and titles are isolated for bidirectional text.
import { expect } from '@open-wc/testing';
import type { Alerts, FilesOverview, MessagesSummary, News } from '@moncompte/core';
import '../../packages/components/src/alerts-tile/define.js';
import '../../packages/components/src/news-tile/define.js';
import '../../packages/components/src/files-tile/define.js';
import '../../packages/components/src/service-catalogue-tile/define.js';
import { answering, memory, msaMemory, textOf, tile, type TileElement } from './helpers.js';

const XSS = '<img src=x onerror="window.__mcXss = 1">';

declare global {
  interface Window {
    __mcXss?: number;
  }
}

describe('untrusted adapter data', () => {
  afterEach(() => {
    delete window.__mcXss;
  });

  it('shows an <img onerror> alert title and message subject as text and creates no element', async () => {
    const alerts: Alerts = { alerts: [{ id: 'a', kind: 'important', title: XSS, text: `<script>window.__mcXss = 2</script>`, href: '/ok' }] };
    const messages: MessagesSummary = {
      unreadCount: 1,
      totalCount: 1,
      latest: [{ id: 'm', subject: XSS, sender: '<b>Caf</b>', receivedAt: '2026-11-20T10:00:00Z', unread: true }],
    };
    const el = await tile<TileElement>('mc-alerts-tile', answering(answering(memory(), 'getAlerts', alerts), 'getMessagesSummary', messages));
    await new Promise((r) => setTimeout(r, 50));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script, b')).to.have.length(0);
    expect(textOf(el)).to.include(XSS);
    expect(textOf(el)).to.include('<script>window.__mcXss = 2</script>');
    expect(textOf(el)).to.include('De <b>Caf</b>');
    expect(window.__mcXss).to.equal(undefined);
    expect(root.querySelector('a[data-action="alert"]')!.textContent).to.equal(XSS);
  });

  it('renders no link for javascript:, data:, http: or protocol-relative hrefs, and keeps the title as text', async () => {
    const news: News = {
      items: [
        { id: '1', title: 'Lien javascript', summary: 's', publishedAt: '2026-11-01', important: false, href: 'javascript:alert(document.domain)' },
        { id: '2', title: 'Lien data', summary: 's', publishedAt: '2026-11-01', important: false, href: 'data:text/html,<script>alert(1)</script>' },
        { id: '3', title: 'Lien http', summary: 's', publishedAt: '2026-11-01', important: false, href: 'http://exemple.fr/' },
        { id: '4', title: 'Lien masqué', summary: 's', publishedAt: '2026-11-01', important: false, href: ' java\tscript:alert(1)' },
        { id: '5', title: 'Lien externe', summary: 's', publishedAt: '2026-11-01', important: false, href: '//evil.example/' },
        { id: '6', title: 'Lien https', summary: 's', publishedAt: '2026-11-01', important: false, href: 'https://www.caf.fr/actualites' },
        { id: '7', title: 'Lien relatif', summary: 's', publishedAt: '2026-11-01', important: false, href: '/caf/actualites' },
      ],
    };
    const el = await tile<TileElement>('mc-news-tile', answering(memory(), 'getNews', news));
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Lien https', 'https://www.caf.fr/actualites'],
      ['Lien relatif', '/caf/actualites'],
    ]);
    for (const title of ['Lien javascript', 'Lien data', 'Lien http', 'Lien masqué', 'Lien externe']) expect(textOf(el)).to.include(title);
  });

  it('drops unsafe service links of the MSA catalogue', async () => {
    const adapter = msaMemory();
    const catalogue = await adapter.getServiceCatalogue();
    const groups = structuredClone(catalogue.groups) as unknown as { categories: { items: { href: string }[] }[] }[];
    groups[0]!.categories[0]!.items[0]!.href = 'javascript:alert(1)';
    const el = await tile<TileElement>('mc-service-catalogue-tile', answering(adapter, 'getServiceCatalogue', { groups }));
    expect(el.shadowRoot!.querySelectorAll('a[href^="javascript"]')).to.have.length(0);
    expect(textOf(el)).to.not.include('Demander mes attestations professionnelles');
    expect(textOf(el)).to.include('Demander un changement de situation professionnelle');
  });

  it('isolates names and titles (<bdi>) so right-to-left names do not reorder the sentence', async () => {
    const files: FilesOverview = {
      currentFileId: 'f1',
      files: [
        {
          id: 'f1', number: '111', agency: 'caf', role: 'claimant', access: 'full', authorisedBy: null,
          holder: { id: 'p1', firstName: 'Muriel', lastName: 'Lefèvre' },
        },
        {
          id: 'f2', number: '222', agency: 'caf', role: 'partner', access: 'authorised',
          holder: { id: 'p2', firstName: 'ليلى', lastName: 'حداد' },
          authorisedBy: { id: 'p2', firstName: 'ليلى', lastName: 'حداد' },
        },
      ],
    };
    const el = await tile<TileElement>('mc-files-tile', answering(memory(), 'getFiles', files));
    const sentence = [...el.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent?.includes('vous autorise'))!;
    expect(sentence.textContent!.trim()).to.equal('ليلى حداد vous autorise à gérer son dossier.');
    const bdi = sentence.querySelector('bdi')!;
    expect(bdi.textContent).to.equal('ليلى حداد');
    expect(getComputedStyle(bdi).unicodeBidi).to.equal('isolate');
  });
});
