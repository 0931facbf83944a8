import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ariaSnapshot } from '../../../../test/plugins/aria-snapshot.browser.js';
import { THEME_COMBOS, themedFixture } from '../../../../test/themes/theme-fixture.js';
import type { BadgeVariant, McBadge } from './define.js';
import './define.js';

const VARIANTS: readonly BadgeVariant[] = ['neutral', 'info', 'success', 'warning', 'error', 'new'];

function base(el: McBadge): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
}
/** The text drawn on screen: the flat tree of the pill, minus what is clipped away for screen readers only. */
function visibleText(el: McBadge): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof HTMLSlotElement) node.assignedNodes({ flatten: true }).forEach(walk);
    else if (node instanceof Element && getComputedStyle(node).clipPath === 'inset(50%)') return;
    else if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    else node.childNodes.forEach(walk);
  };
  walk(base(el));
  return parts.join('').trim();
}

describe('mc-badge', () => {
  describe('Defaults', () => {
    it('is a neutral pill that shows and exposes its text', async () => {
      const el = await fixture<McBadge>(html`<mc-badge>Brouillon</mc-badge>`);
      expect(el.variant).to.equal('neutral');
      expect(await ariaSnapshot('mc-badge')).to.equal('- text: Brouillon');
    });
  });

  describe('Properties', () => {
    it('label replaces the terse visible text for assistive technologies only', async () => {
      const el = await fixture<McBadge>(html`<mc-badge variant="new" label="3 nouveaux messages">3</mc-badge>`);
      expect(await ariaSnapshot('mc-badge')).to.equal('- text: 3 nouveaux messages');
      expect(visibleText(el)).to.equal('3');
      expect(base(el).getBoundingClientRect().width).to.be.lessThan(60);
    });

    it('shows the label when there is no visible text, so there is never colour alone', async () => {
      const el = await fixture<McBadge>(html`<mc-badge variant="success" label="Validé"></mc-badge>`);
      expect(visibleText(el)).to.equal('Validé');
      expect(await ariaSnapshot('mc-badge')).to.equal('- text: Validé');
    });

    it('follows changes of its text', async () => {
      const el = await fixture<McBadge>(html`<mc-badge label="2 documents">2</mc-badge>`);
      el.textContent = '';
      el.label = '1 document';
      await el.updateComplete;
      await el.updateComplete;
      expect(visibleText(el)).to.equal('1 document');
    });

    it('colours each variant from the state tokens, and `new` from the brand', async () => {
      const region = await themedFixture(
        html`<mc-badge variant="error">Refusé</mc-badge><mc-badge variant="new">Nouveau</mc-badge>`,
        'msa',
        'dark',
      );
      const [error, fresh] = [...region.querySelectorAll('mc-badge')];
      const resolve = (token: string) => {
        const probe = document.createElement('span');
        probe.style.color = `var(${token})`;
        region.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      expect(getComputedStyle(base(error!)).color).to.equal(resolve('--mc-color-error-text'));
      expect(getComputedStyle(base(error!)).backgroundColor).to.equal(resolve('--mc-color-error-surface'));
      expect(getComputedStyle(base(fresh!)).backgroundColor).to.equal(resolve('--mc-color-brand'));
      expect(getComputedStyle(base(fresh!)).color).to.equal(resolve('--mc-color-on-brand'));
    });
  });

  describe('Keyboard', () => {
    it('is not a tab stop', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="a">A</button><mc-badge>3</mc-badge><button id="b">B</button>
      </div>`);
      wrapper.querySelector<HTMLButtonElement>('#a')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('b');
    });
  });

  describe('Accessibility', () => {
    for (const { theme, scheme } of THEME_COMBOS) {
      it(`passes axe (contrast included) in ${theme} ${scheme} for every variant`, async () => {
        const region = await themedFixture(
          html`${VARIANTS.map((v) => html`<mc-badge variant=${v} label="${v} : 3 éléments">3</mc-badge> `)}`,
          theme,
          scheme,
        );
        await expect(region).to.be.accessible();
      });
    }
  });
});
