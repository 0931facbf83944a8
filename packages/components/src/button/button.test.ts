import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ariaSnapshot } from '../../../../test/plugins/aria-snapshot.browser.js';
import { THEME_COMBOS, themedFixture } from '../../../../test/themes/theme-fixture.js';
import type { McButton } from './define.js';
import './define.js';

function base(el: McButton): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
}

async function clickCentre(el: Element): Promise<void> {
  const rect = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
}

/** What assistive technologies get for the first mc-button of the page. */
function announced(): Promise<string> {
  return ariaSnapshot('mc-button');
}

/** A form with a text field and the button; counts submissions (which it cancels). */
async function formWith(button: ReturnType<typeof html>, onSubmit?: (e: SubmitEvent) => void) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <label for="f-name">Nom</label><input id="f-name" name="nom" value="Dupont" />
    <label for="f-town">Ville</label><input id="f-town" name="ville" />
    ${button}
  </form>`);
  const submits: SubmitEvent[] = [];
  const data: FormData[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submits.push(e);
    data.push(new FormData(form, e.submitter));
    onSubmit?.(e);
  });
  const el = form.querySelector('mc-button')!;
  await el.updateComplete;
  return { form, el, submits, data };
}

describe('mc-button', () => {
  describe('Defaults', () => {
    it('renders a primary, medium, non-submitting native button with its label', async () => {
      const el = await fixture<McButton>(html`<mc-button>Continuer</mc-button>`);
      expect(el.variant).to.equal('primary');
      expect(el.size).to.equal('m');
      expect(el.type).to.equal('button');
      expect(el.busy).to.equal(false);
      expect(base(el).localName).to.equal('button');
      expect(base(el).getAttribute('aria-disabled')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="spinner"]')).to.equal(null);
      expect(el.textContent).to.equal('Continuer');
    });

    it('is at least 44px high and uses the theme action colours', async () => {
      const region = await themedFixture(html`<mc-button>Continuer</mc-button>`, 'caf', 'light');
      const el = region.querySelector('mc-button')!;
      expect(el.getBoundingClientRect().height).to.be.at.least(44);
      const style = getComputedStyle(base(el));
      expect(style.backgroundColor).to.equal('rgb(31, 94, 168)'); // --mc-blue-600
      expect(style.color).to.equal('rgb(255, 255, 255)');
    });
  });

  describe('Properties', () => {
    it('styles secondary and tertiary variants from the semantic tokens', async () => {
      const region = await themedFixture(
        html`<mc-button variant="secondary">A</mc-button><mc-button variant="tertiary">B</mc-button>`,
        'msa',
        'light',
      );
      const [secondary, tertiary] = [...region.querySelectorAll('mc-button')];
      expect(getComputedStyle(base(secondary!)).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(base(secondary!)).color).to.equal('rgb(28, 97, 50)'); // --mc-green-700
      expect(getComputedStyle(base(tertiary!)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('lets a page restyle it through component tokens and parts', async () => {
      const region = await themedFixture(
        html`<style>
            .custom {
              --mc-button-background: rgb(1, 2, 3);
            }
          </style>
          <mc-button class="custom">A</mc-button>`,
      );
      expect(getComputedStyle(base(region.querySelector('mc-button')!)).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('while busy shows a spinner and an accessible "En cours…", is aria-disabled and keeps the focus', async () => {
      const el = await fixture<McButton>(html`<mc-button>Envoyer</mc-button>`);
      el.focus();
      el.busy = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="spinner"]')).to.not.equal(null);
      expect(base(el).getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(base(el));
      expect(await announced()).to.equal('- button "Envoyer En cours…" [disabled]');
    });

    it('says "In progress…" in English', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><mc-button busy>Send</mc-button></div>`);
      await wrapper.querySelector('mc-button')!.updateComplete;
      expect(await announced()).to.equal('- button "Send In progress…" [disabled]');
    });

    it('runBusy sets busy until the promise settles, resolved or rejected, and returns its result', async () => {
      const el = await fixture<McButton>(html`<mc-button>Envoyer</mc-button>`);
      let finish!: (v: string) => void;
      const run = el.runBusy(new Promise<string>((r) => (finish = r)));
      expect(el.busy).to.equal(true);
      finish('ok');
      expect(await run).to.equal('ok');
      expect(el.busy).to.equal(false);

      const failing = el.runBusy(() => Promise.reject(new Error('réseau')));
      expect(el.busy).to.equal(true);
      let error: unknown;
      await failing.catch((e: unknown) => (error = e));
      expect((error as Error).message).to.equal('réseau');
      expect(el.busy).to.equal(false);
    });

    it('runBusy stays busy until the last of overlapping works settles', async () => {
      const el = await fixture<McButton>(html`<mc-button>Envoyer</mc-button>`);
      let first!: () => void;
      let second!: () => void;
      const a = el.runBusy(new Promise<void>((r) => (first = r)));
      const b = el.runBusy(new Promise<void>((r) => (second = r)));
      first();
      await a;
      expect(el.busy).to.equal(true);
      second();
      await b;
      expect(el.busy).to.equal(false);
    });

    it('clears busy when the page is restored from the back/forward cache', async () => {
      const el = await fixture<McButton>(html`<mc-button busy>Envoyer</mc-button>`);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      expect(el.busy).to.equal(true);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      expect(el.busy).to.equal(false);
    });

    it('renders a link styled as a button with href, and no link target while disabled', async () => {
      const el = await fixture<McButton>(html`<mc-button href="/caf/accueil">Accueil</mc-button>`);
      expect(base(el).localName).to.equal('a');
      expect(base(el).getAttribute('href')).to.equal('/caf/accueil');
      el.disabled = true;
      await el.updateComplete;
      expect(base(el).hasAttribute('href')).to.equal(false);
      expect(base(el).getAttribute('aria-disabled')).to.equal('true');
      expect(base(el).tabIndex).to.equal(0);
    });

    it('disabled stays focusable and ignores clicks', async () => {
      const { el, submits } = await formWith(html`<mc-button type="submit" disabled>Envoyer</mc-button>`);
      let clicks = 0;
      el.addEventListener('click', () => (clicks += 1));
      await clickCentre(el);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(base(el));
      expect(base(el).getAttribute('aria-disabled')).to.equal('true');
      expect(clicks).to.equal(0);
      expect(submits).to.have.length(0);
    });
  });

  describe('Events (form)', () => {
    it('type="submit": a mouse click submits its light-DOM form once', async () => {
      const { el, submits, data } = await formWith(html`<mc-button type="submit">Envoyer</mc-button>`);
      await clickCentre(el);
      expect(submits).to.have.length(1);
      expect(data[0]!.get('nom')).to.equal('Dupont');
      expect(data[0]!.has('action')).to.equal(false);
    });

    it('a double click makes one submission when the owner sets busy, and busy does not stick', async () => {
      let finish!: () => void;
      let work: Promise<void> | undefined;
      const { el, submits } = await formWith(html`<mc-button type="submit">Envoyer</mc-button>`, () => {
        work = el.runBusy(new Promise<void>((resolve) => (finish = resolve)));
      });
      const rect = el.getBoundingClientRect();
      const position: [number, number] = [Math.round(rect.x + 10), Math.round(rect.y + 10)];
      await sendMouse({ type: 'click', position });
      await sendMouse({ type: 'click', position });
      expect(submits).to.have.length(1);
      expect(el.busy).to.equal(true);
      // The request settles: the button is usable again and a new click submits again.
      finish();
      await work;
      expect(el.busy).to.equal(false);
      await el.updateComplete;
      await sendMouse({ type: 'click', position });
      expect(submits).to.have.length(2);
    });

    it('a click listener on the button sees no click while busy', async () => {
      const el = await fixture<McButton>(html`<mc-button busy>Envoyer</mc-button>`);
      let clicks = 0;
      el.addEventListener('click', () => (clicks += 1));
      await clickCentre(el);
      el.click();
      expect(clicks).to.equal(0);
      el.busy = false;
      await el.updateComplete;
      await clickCentre(el);
      expect(clicks).to.equal(1);
    });

    it('sends name and value as the submitter', async () => {
      const { el, submits, data } = await formWith(html`<mc-button type="submit" name="action" value="brouillon">Brouillon</mc-button>`);
      await clickCentre(el);
      expect(submits).to.have.length(1);
      expect(data[0]!.get('action')).to.equal('brouillon');
      expect(data[0]!.get('nom')).to.equal('Dupont');
      expect(el.form!.querySelectorAll('button')).to.have.length(0); // the helper submitter is gone
    });

    it('type="reset" resets its form, type="button" does nothing to it', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <label for="r-town">Ville</label><input id="r-town" value="Lyon" />
        <mc-button type="reset">Effacer</mc-button><mc-button>Rien</mc-button>
      </form>`);
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted += 1;
      });
      const input = form.querySelector('input')!;
      input.value = 'Paris';
      const [reset, plain] = [...form.querySelectorAll('mc-button')];
      await clickCentre(plain!);
      expect(input.value).to.equal('Paris');
      await clickCentre(reset!);
      expect(input.value).to.equal('Lyon');
      expect(submitted).to.equal(0);
    });

    it('lets native validation stop the submission', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <label for="v-mail">Courriel</label><input id="v-mail" required />
        <mc-button type="submit">Envoyer</mc-button>
      </form>`);
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted += 1;
      });
      await clickCentre(form.querySelector('mc-button')!);
      expect(submitted).to.equal(0);
    });

    it('does nothing inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><mc-button type="submit">Envoyer</mc-button></fieldset></form>`);
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted += 1;
      });
      const el = form.querySelector('mc-button')!;
      await el.updateComplete;
      await clickCentre(el);
      expect(submitted).to.equal(0);
      expect(el.inactive).to.equal(true);
    });
  });

  describe('Keyboard', () => {
    it('Tab reaches it; Enter submits once; Space submits once', async () => {
      const { el, form, submits } = await formWith(html`<mc-button type="submit">Envoyer</mc-button>`);
      form.querySelector<HTMLInputElement>('#f-town')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      await sendKeys({ press: 'Enter' });
      expect(submits).to.have.length(1);
      await sendKeys({ press: 'Space' });
      expect(submits).to.have.length(2);
    });

    it('stays in the tab order while busy, and ignores Enter and Space', async () => {
      const { el, form, submits } = await formWith(html`<mc-button type="submit" busy>Envoyer</mc-button>`);
      form.querySelector<HTMLInputElement>('#f-town')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(submits).to.have.length(0);
    });

    it('Enter in a text field submits once through it (implicit submission), not while busy', async () => {
      const { el, form, submits } = await formWith(html`<mc-button type="submit">Envoyer</mc-button>`);
      form.querySelector<HTMLInputElement>('#f-town')!.focus();
      await sendKeys({ type: 'Lyon' });
      await sendKeys({ press: 'Enter' });
      expect(submits).to.have.length(1);
      el.busy = true;
      await sendKeys({ press: 'Enter' });
      expect(submits).to.have.length(1);
    });

    it('leaves implicit submission to a native submit button when the form has one', async () => {
      const { form, submits } = await formWith(
        html`<mc-button type="submit">A</mc-button><button type="submit">B</button>`,
      );
      form.querySelector<HTMLInputElement>('#f-town')!.focus();
      await sendKeys({ press: 'Enter' });
      await nextFrame();
      expect(submits).to.have.length(1);
      expect((submits[0]!.submitter as HTMLElement).textContent).to.equal('B');
    });
  });

  describe('Accessibility', () => {
    for (const { theme, scheme } of THEME_COMBOS) {
      it(`passes axe in ${theme} ${scheme}: variants, busy, disabled, link`, async () => {
        const region = await themedFixture(
          html`<mc-button>Continuer</mc-button>
            <mc-button variant="secondary">Retour</mc-button>
            <mc-button variant="tertiary">Annuler</mc-button>
            <mc-button busy>Envoyer</mc-button>
            <mc-button disabled>Valider</mc-button>
            <mc-button href="/aide" variant="secondary">Aide</mc-button>`,
          theme,
          scheme,
        );
        await expect(region).to.be.accessible();
      });
    }

    it('is announced as a button with its label', async () => {
      await fixture(html`<mc-button>Se connecter</mc-button>`);
      expect(await announced()).to.equal('- button "Se connecter"');
    });
  });
});
