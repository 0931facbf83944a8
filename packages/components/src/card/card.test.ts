import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ariaSnapshot } from '../../../../test/plugins/aria-snapshot.browser.js';
import { THEME_COMBOS, themedFixture } from '../../../../test/themes/theme-fixture.js';
import type { McCard } from './define.js';
import './define.js';

function part(el: McCard, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}
async function announced(selector = 'mc-card'): Promise<string> {
  return (await ariaSnapshot(selector)).replace(/\u00a0/g, ' ');
}
async function clickAt(x: number, y: number): Promise<void> {
  await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
}
/** Records link activations inside the card and cancels the navigation. */
function trapNavigation(el: McCard): string[] {
  const followed: string[] = [];
  el.addEventListener('click', (e) => {
    const origin = e.composedPath()[0];
    if (origin instanceof HTMLAnchorElement) {
      e.preventDefault();
      followed.push(origin.getAttribute('href') ?? '');
    }
  });
  return followed;
}

describe('mc-card', () => {
  describe('Defaults', () => {
    it('is a ready tile with a level-2 heading and its content, not busy, no link', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Mes paiements"><p>Dernier paiement le 5 mars.</p></mc-card>`);
      expect(el.state).to.equal('ready');
      expect(part(el, 'base')!.hasAttribute('aria-busy')).to.equal(false);
      expect(await announced()).to.equal('- heading "Mes paiements" [level=2]\n- paragraph: Dernier paiement le 5 mars.');
      expect(part(el, 'footer')!.getBoundingClientRect().height).to.equal(0);
      expect(part(el, 'icon')!.getBoundingClientRect().width).to.equal(0);
    });
  });

  describe('Properties', () => {
    it('heading-level sets levels 2 to 4 and falls back to 2 otherwise; the heading slot wins over the attribute', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Profil" heading-level="4"></mc-card>`);
      expect(await announced()).to.equal('- heading "Profil" [level=4]');
      el.headingLevel = 7 as never;
      await el.updateComplete;
      expect(await announced()).to.equal('- heading "Profil" [level=2]');
      await fixture(html`<mc-card id="slotted" heading="Attribut" heading-level="3"><span slot="heading">Mes démarches</span></mc-card>`);
      expect(await announced('#slotted')).to.equal('- heading "Mes démarches" [level=3]');
    });

    it('with href, has ONE link, named by the heading, and the whole card follows it', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Mes documents" href="/caf/documents"
        ><p>3 documents récents, dont une attestation de paiement.</p></mc-card
      >`);
      expect(await announced()).to.equal(
        '- heading "Mes documents" [level=2]:\n  - link "Mes documents":\n    - /url: /caf/documents\n- paragraph: 3 documents récents, dont une attestation de paiement.',
      );
      const followed = trapNavigation(el);
      const body = part(el, 'body')!.getBoundingClientRect();
      await clickAt(body.x + body.width / 2, body.y + body.height / 2);
      const card = el.getBoundingClientRect();
      await clickAt(card.right - 4, card.bottom - 4);
      expect(followed).to.deep.equal(['/caf/documents', '/caf/documents']);
    });

    it('keeps footer actions clickable above the card link', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Messages" href="/caf/messages"
        ><p>2 nouveaux</p>
        <button slot="footer" type="button">Tout marquer comme lu</button></mc-card
      >`);
      const followed = trapNavigation(el);
      const button = el.querySelector('button')!;
      let pressed = 0;
      button.addEventListener('click', () => (pressed += 1));
      const r = button.getBoundingClientRect();
      await clickAt(r.x + r.width / 2, r.y + r.height / 2);
      expect(pressed).to.equal(1);
      expect(followed).to.deep.equal([]);
    });

    it('loading: skeleton, aria-busy="true", "Chargement…" for screen readers, content withheld, heading kept', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Mes paiements" state="loading"><p>Ancien contenu</p></mc-card>`);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'skeleton')!.getAttribute('aria-hidden')).to.equal('true');
      expect(await announced()).to.equal('- heading "Mes paiements" [level=2]\n- text: Chargement…');
      el.state = 'ready';
      await el.updateComplete;
      expect(part(el, 'base')!.hasAttribute('aria-busy')).to.equal(false);
      expect(await announced()).to.contain('- paragraph: Ancien contenu');
    });

    it('error: default message and a retry button, or the error slot', async () => {
      await fixture(html`<mc-card heading="Agenda" state="error"></mc-card>`);
      expect(await announced()).to.equal(
        '- heading "Agenda" [level=2]\n- paragraph: Ce contenu n’a pas pu être chargé.\n- button "Réessayer"',
      );
      await fixture(html`<mc-card id="custom" heading="Agenda" state="error"><span slot="error">Agenda indisponible.</span></mc-card>`);
      expect(await announced('#custom')).to.contain('- paragraph: Agenda indisponible.');
    });

    it('empty: default message in French or English, or the empty slot', async () => {
      await fixture(html`<mc-card heading="Messages" state="empty"></mc-card>`);
      expect(await announced()).to.equal('- heading "Messages" [level=2]\n- paragraph: Rien à afficher pour le moment.');
      await fixture(html`<div lang="en"><mc-card heading="Messages" state="empty"></mc-card></div>`);
      expect(await announced('[lang="en"] mc-card')).to.contain('- paragraph: Nothing to show yet.');
      await fixture(html`<mc-card id="custom" heading="Messages" state="empty"><span slot="empty">Aucun message.</span></mc-card>`);
      expect(await announced('#custom')).to.contain('- paragraph: Aucun message.');
    });

    it('shows the icon and footer areas only when filled', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Profil"
        ><svg slot="icon" aria-hidden="true" width="24" height="24"></svg><a slot="footer" href="#p">Modifier</a></mc-card
      >`);
      await el.updateComplete;
      expect(part(el, 'icon')!.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(part(el, 'footer')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('Events', () => {
    it('the retry button fires mc-card-retry (mouse)', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Agenda" state="error"></mc-card>`);
      const r = part(el, 'retry')!.getBoundingClientRect();
      const event = oneEvent(el, 'mc-card-retry');
      await clickAt(r.x + r.width / 2, r.y + r.height / 2);
      expect((await event).detail).to.deep.equal({});
    });

    it('fires nothing when the state changes in code', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Agenda" state="error"></mc-card>`);
      let fired = 0;
      el.addEventListener('mc-card-retry', () => (fired += 1));
      el.state = 'loading';
      await el.updateComplete;
      el.state = 'error';
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('Keyboard', () => {
    it('a linked card is one tab stop (its link), then its footer actions; Enter follows the link', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">avant</button>
        <mc-card heading="Mes paiements" href="/caf/paiements"><p>Texte</p><a slot="footer" href="/caf/aide">Aide</a></mc-card>
      </div>`);
      const el = wrapper.querySelector('mc-card')!;
      const followed = trapNavigation(el);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('a'));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.querySelector('a[slot="footer"]'));
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Enter' });
      expect(followed).to.deep.equal(['/caf/paiements']);
    });

    it('the retry button works with Enter', async () => {
      const el = await fixture<McCard>(html`<mc-card heading="Agenda" state="error"></mc-card>`);
      part(el, 'retry')!.focus();
      const event = oneEvent(el, 'mc-card-retry');
      await sendKeys({ press: 'Enter' });
      await event;
    });
  });

  describe('Accessibility', () => {
    for (const { theme, scheme } of THEME_COMBOS) {
      it(`passes axe in ${theme} ${scheme}: ready with link and footer, loading, error, empty`, async () => {
        const region = await themedFixture(
          html`<mc-card heading="Mes paiements" href="/paiements"
              ><p>Dernier paiement le 5 mars.</p><a slot="footer" href="/aide">Aide</a></mc-card
            >
            <mc-card heading="Mes documents" state="loading"></mc-card>
            <mc-card heading="Agenda" state="error"></mc-card>
            <mc-card heading="Messages" state="empty"></mc-card>`,
          theme,
          scheme,
        );
        await expect(region).to.be.accessible();
      });
    }

    it('draws the focus ring around the whole card when its link has the focus', async () => {
      const region = await themedFixture(html`<mc-card heading="Profil" href="/profil"></mc-card>`);
      const el = region.querySelector('mc-card')!;
      region.tabIndex = -1;
      region.focus();
      await sendKeys({ press: 'Tab' });
      const link = el.shadowRoot!.querySelector('a')!;
      const after = getComputedStyle(link, '::after');
      expect(after.outlineStyle).to.equal('solid');
      expect(after.position).to.equal('absolute');
    });
  });
});
