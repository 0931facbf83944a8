// The shared suite of every dashboard tile: its four states, from the in-memory adapter's fault injection (loading: a hung call;
// error: an injected failure) or a back end answering nothing (empty), then retried; axe on every state in the
// CAF and MSA themes, light and dark; and the log-out (mc-logout), after which the tile shows nothing of the account.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { THEME_COMBOS, themedFixture } from '../themes/theme-fixture.js';
import { cardOf, deepActive, html, pageLogsIn, pageLogsOut, settled, signedInAs, stateOf, textOf, tile, type TileElement } from './helpers.js';
import type { TileCase } from './tile-cases.js';

const busy = (el: Element) => cardOf(el).shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy');
const retryButton = (el: Element) => cardOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');

/** Registers the four-state, retry and axe tests of one tile. */
export function describeTile(c: TileCase): void {
  describe(c.tag, () => {
    it('loading: shows the skeleton, aria-busy, while the call hangs', async () => {
      const adapter = c.adapter();
      adapter.faults.hang(c.method);
      const el = await tile<TileElement>(c.tag, adapter, false);
      await cardOf(el).updateComplete;
      expect(stateOf(el)).to.equal('loading');
      expect(busy(el)).to.equal('true');
      expect(cardOf(el).shadowRoot!.querySelector('[part~="skeleton"]')).to.not.equal(null);
      expect(el.hasAttribute('hidden')).to.equal(false);
    });

    it('ready: shows the data', async () => {
      const el = await tile<TileElement>(c.tag, c.adapter());
      expect(stateOf(el)).to.equal('ready');
      expect(busy(el)).to.equal(null);
      const text = textOf(el);
      for (const expected of c.shows) expect(text, expected).to.include(expected);
    });

    it('empty: says there is nothing to show', async () => {
      const el = await tile<TileElement>(c.tag, c.empty(c.adapter()));
      if (c.emptyText === 'hidden') {
        expect(el.hasAttribute('hidden')).to.equal(true);
        expect(el.getBoundingClientRect().height).to.equal(0);
      } else {
        expect(stateOf(el)).to.equal('empty');
        expect(textOf(el)).to.include(c.emptyText);
      }
    });

    it('error: shows the message of the error kind; "Réessayer" (Enter) loads again and recovers, focus kept in the tile', async () => {
      const adapter = c.adapter();
      adapter.faults.failNext(c.method, 2, 'timeout');
      const el = await tile<TileElement>(c.tag, adapter);
      expect(stateOf(el)).to.equal('error');
      expect(textOf(el)).to.include('Le service met trop de temps à répondre.');
      // First retry fails again: the (new) retry button gets the focus back.
      retryButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      await new Promise((r) => setTimeout(r));
      expect(stateOf(el)).to.equal('error');
      expect(deepActive()).to.equal(retryButton(el));
      // Second retry succeeds: the content is shown and the focus stays in the tile.
      await sendKeys({ press: 'Enter' });
      await settled(el);
      await new Promise((r) => setTimeout(r));
      expect(stateOf(el)).to.equal('ready');
      for (const expected of c.shows) expect(textOf(el)).to.include(expected);
      expect(el.shadowRoot!.activeElement, 'focus in the tile').to.not.equal(null);
    });

    it('signed out: at mc-logout it forgets the data at once and says so, with no link; mc-login loads it again', async () => {
      const adapter = c.adapter();
      const el = await tile<TileElement>(c.tag, adapter);
      expect(stateOf(el)).to.equal('ready');
      const heading = cardOf(el).heading;
      const identifier = await signedInAs(adapter);
      await adapter.logout();
      pageLogsOut();
      // At once: the next render, without waiting for the adapter.
      await el.updateComplete;
      await cardOf(el).updateComplete;
      if (c.emptyText === 'hidden') {
        expect(el.hasAttribute('hidden')).to.equal(true);
      } else {
        expect(stateOf(el)).to.equal('empty');
        expect(textOf(el)).to.equal(`${heading} Vous êtes déconnecté.`);
      }
      expect(el.shadowRoot!.querySelector('a, button')).to.equal(null);
      await pageLogsIn(adapter, identifier);
      await settled(el);
      expect(stateOf(el)).to.equal('ready');
      for (const expected of c.shows) expect(textOf(el), expected).to.include(expected);
    });

    describe('Accessibility', () => {
      for (const { theme, scheme } of THEME_COMBOS) {
        it(`passes axe in ${theme} ${scheme} in every state`, async function () {
          this.timeout(30000); // axe over four tiles, on a shared machine
          const hung = c.adapter();
          hung.faults.hang(c.method);
          const failing = c.adapter();
          failing.faults.failNext(c.method, 1, 'server');
          const region = await themedFixture(html``, theme, scheme);
          const adapters = [c.adapter(), hung, failing, c.empty(c.adapter())];
          const tiles = adapters.map((adapter) => {
            const el = document.createElement(c.tag) as TileElement;
            el.adapter = adapter;
            region.append(el);
            return el;
          });
          await Promise.all(tiles.slice(0, 1).concat(tiles.slice(2)).map((t) => settled(t)));
          await cardOf(tiles[1]!).updateComplete;
          expect(tiles.map((t) => stateOf(t))).to.deep.equal(['ready', 'loading', 'error', c.emptyText === 'hidden' ? 'hidden' : 'empty']);
          await expect(region).to.be.accessible();
        });
      }
    });
  });
}
