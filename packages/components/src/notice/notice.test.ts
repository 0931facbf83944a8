import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ariaSnapshot } from '../../../../test/plugins/aria-snapshot.browser.js';
import { THEME_COMBOS, themedFixture } from '../../../../test/themes/theme-fixture.js';
import type { McNotice } from './define.js';
import './define.js';

function part(el: McNotice, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}
function liveRole(el: McNotice): string | null {
  return el.shadowRoot!.querySelector('.message')!.getAttribute('role');
}
function shown(el: McNotice): boolean {
  return !el.shadowRoot!.querySelector<HTMLElement>('.content')!.hidden;
}
/** Inserts a notice after the page has loaded, as an action's outcome would. */
async function appear(template: string): Promise<McNotice> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const range = document.createRange();
  host.append(range.createContextualFragment(template));
  const el = host.querySelector('mc-notice')!;
  await el.updateComplete;
  return el;
}
/** The aria snapshot of the first match, no-break spaces shown as spaces. */
async function announced(selector = 'mc-notice'): Promise<string> {
  return (await ariaSnapshot(selector)).replace(/\u00a0/g, ' ');
}

describe('mc-notice', () => {
  describe('Defaults', () => {
    it('is a static info notice: not live, decorative icon, visually hidden "Information :" prefix', async () => {
      const el = await fixture<McNotice>(html`<mc-notice><p>Vos droits sont à jour.</p></mc-notice>`);
      expect(el.variant).to.equal('info');
      expect(liveRole(el)).to.equal(null);
      expect(part(el, 'icon')!.getAttribute('aria-hidden')).to.equal('true');
      expect(shown(el)).to.equal(true);
      expect(part(el, 'close')).to.equal(null);
      expect(await announced()).to.equal('- text: "Information :"\n- paragraph: Vos droits sont à jour.');
    });
  });

  describe('Properties', () => {
    it('says the variant in words before the heading, in French and English', async () => {
      await fixture(html`<mc-notice variant="error" heading="Connexion impossible"><p>Réessayez.</p></mc-notice>`);
      expect(await announced()).to.equal('- text: "Erreur : Connexion impossible"\n- paragraph: Réessayez.');
      await fixture(html`<div lang="en"><mc-notice variant="warning" heading="Check"></mc-notice></div>`);
      expect(await announced('[lang="en"] mc-notice')).to.equal('- text: "Warning: Check"');
    });

    it('renders a real heading of the given level, from the attribute or the heading slot', async () => {
      await fixture(html`<mc-notice variant="success" heading="Demande envoyée" heading-level="2"></mc-notice>`);
      expect(await announced()).to.contain('heading "Succès : Demande envoyée" [level=2]');
      const el = await fixture<McNotice>(
        html`<mc-notice id="slotted" heading-level="3"><span slot="heading">À savoir</span><p>Texte</p></mc-notice>`,
      );
      await el.updateComplete;
      expect(await announced('#slotted')).to.contain('heading "Information : À savoir" [level=3]');
    });

    it('colours each variant from its state tokens, with a border in the state colour', async () => {
      const region = await themedFixture(
        html`<mc-notice variant="error">x</mc-notice><mc-notice variant="success">y</mc-notice>`,
        'caf',
        'light',
      );
      const [error, success] = [...region.querySelectorAll('mc-notice')];
      const resolve = (token: string) => {
        const probe = document.createElement('span');
        probe.style.color = `var(${token})`;
        region.append(probe);
        const value = getComputedStyle(probe).color;
        probe.remove();
        return value;
      };
      expect(getComputedStyle(part(error!, 'base')!).backgroundColor).to.equal(resolve('--mc-color-error-surface'));
      expect(getComputedStyle(part(error!, 'base')!).borderTopColor).to.equal(resolve('--mc-color-error'));
      expect(getComputedStyle(part(success!, 'icon')!).color).to.equal(resolve('--mc-color-success'));
    });
  });

  describe('Live regions', () => {
    it('an error that appears with announce is role="alert", its content shown after the region exists', async () => {
      const el = await appear('<mc-notice variant="error" announce><p>Le service est indisponible.</p></mc-notice>');
      expect(liveRole(el)).to.equal('alert');
      expect(shown(el)).to.equal(false);
      await waitUntil(() => shown(el), 'content never shown');
      expect(await announced()).to.equal('- alert:\n  - text: "Erreur :"\n  - paragraph: Le service est indisponible.');
    });

    it('success, info and warning that appear with announce are role="status"', async () => {
      for (const variant of ['success', 'info', 'warning']) {
        const el = await appear(`<mc-notice variant="${variant}" announce>Enregistré.</mc-notice>`);
        expect(liveRole(el), variant).to.equal('status');
      }
    });

    it('a static error (no announce) is not a live region', async () => {
      const el = await fixture<McNotice>(html`<mc-notice variant="error">Erreur connue.</mc-notice>`);
      expect(liveRole(el)).to.equal(null);
      expect(shown(el)).to.equal(true);
    });
  });

  describe('Events', () => {
    it('the close button fires mc-notice-dismiss and hides the notice', async () => {
      const el = await fixture<McNotice>(html`<mc-notice dismissible variant="success">Fait.</mc-notice>`);
      const rect = part(el, 'close')!.getBoundingClientRect();
      const event = oneEvent(el, 'mc-notice-dismiss');
      await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
      expect((await event).detail).to.deep.equal({ variant: 'success' });
      expect(el.hidden).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('stays shown when mc-notice-dismiss is cancelled', async () => {
      const el = await fixture<McNotice>(html`<mc-notice dismissible>Fait.</mc-notice>`);
      el.addEventListener('mc-notice-dismiss', (e) => e.preventDefault());
      part(el, 'close')!.click();
      expect(el.hidden).to.equal(false);
    });

    it('fires nothing when a property changes in code', async () => {
      const el = await fixture<McNotice>(html`<mc-notice dismissible>Fait.</mc-notice>`);
      let fired = 0;
      el.addEventListener('mc-notice-dismiss', () => (fired += 1));
      el.variant = 'error';
      el.hidden = true;
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('Keyboard', () => {
    it('the close button is reached with Tab and works with Enter and Space', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button>avant</button>
        <mc-notice dismissible>Un</mc-notice>
        <mc-notice dismissible>Deux</mc-notice>
      </div>`);
      const [first, second] = [...wrapper.querySelectorAll('mc-notice')];
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(first!.shadowRoot!.activeElement).to.equal(part(first!, 'close'));
      await sendKeys({ press: 'Enter' });
      expect(first!.hidden).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(second!.shadowRoot!.activeElement).to.equal(part(second!, 'close'));
      await sendKeys({ press: 'Space' });
      expect(second!.hidden).to.equal(true);
    });
  });

  describe('Accessibility', () => {
    it('the close button is named "Fermer" / "Close" and is a 44px target', async () => {
      await themedFixture(html`<mc-notice dismissible>Fait.</mc-notice>`);
      expect(await announced()).to.equal('- text: "Information : Fait."\n- button "Fermer"');
      const el = document.querySelector('mc-notice')!;
      expect(part(el, 'close')!.getBoundingClientRect().width).to.be.at.least(44);
      await fixture(html`<div lang="en"><mc-notice dismissible>Done.</mc-notice></div>`);
      expect(await announced('[lang="en"] mc-notice')).to.contain('- button "Close"');
    });

    for (const { theme, scheme } of THEME_COMBOS) {
      it(`passes axe in ${theme} ${scheme} for every variant, with heading, link and close button`, async () => {
        const region = await themedFixture(
          html`${(['info', 'success', 'warning', 'error'] as const).map(
            (v) => html`<mc-notice variant=${v} heading="Titre ${v}" dismissible>
              <p>Message avec <a href="#lien">un lien</a>.</p>
            </mc-notice>`,
          )}`,
          theme,
          scheme,
        );
        await expect(region).to.be.accessible();
      });
    }
  });
});
