// mc-franceconnect-button: the official rules (label, look not themable, the "Qu’est-ce que FranceConnect ?"
// link in a new window said in its name), and the flow through the adapter with a GET or POST redirect.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Redirect } from '@moncompte/core';
import '@moncompte/components/franceconnect-button.js';
import {
  followRedirect,
  type FranceConnectRedirectDetail,
  type McFranceConnectButton,
} from '@moncompte/components/franceconnect-button.js';
import { countingAdapter, deepText, nextEvent, norm, tabTo, themed, until } from './helpers.js';

async function fcButton(variant: 'franceconnect' | 'franceconnect-plus' = 'franceconnect', theme: 'caf' | 'msa' = 'caf') {
  const counted = countingAdapter();
  const region = await themed(
    html`<mc-franceconnect-button variant=${variant} return-to="/caf/accueil" .adapter=${counted.adapter}></mc-franceconnect-button>`,
    theme,
  );
  const element = region.querySelector('mc-franceconnect-button') as McFranceConnectButton;
  await element.updateComplete;
  const root = element.shadowRoot!;
  return { ...counted, region, element, button: root.querySelector('button')!, link: root.querySelector('a')! };
}

/** The accessible name as Chromium computes it for a button or link made of text nodes (no aria-label used). */
const nameOf = (element: Element) => norm(element.textContent);

describe('mc-franceconnect-button', () => {
  describe('Official rules', () => {
    it('says "S’identifier avec FranceConnect" on two lines, white on #000091', async () => {
      const { button } = await fcButton();
      expect(nameOf(button)).to.equal('S’identifier avec FranceConnect');
      expect(button.getAttribute('aria-label')).to.equal(null);
      const [login, brand] = [button.querySelector('.login')!, button.querySelector('.brand')!];
      expect(login.getBoundingClientRect().bottom).to.be.at.most(brand.getBoundingClientRect().top + 1);
      const style = getComputedStyle(button);
      expect(style.backgroundColor).to.equal('rgb(0, 0, 145)');
      expect(style.color).to.equal('rgb(255, 255, 255)');
      // The mark: a decorative 40 × 40 shape in the text colour (white) with a red corner, drawn by CSS.
      const logo = button.querySelector('.logo')!;
      expect(logo.getAttribute('aria-hidden')).to.equal('true');
      const { width, height } = logo.getBoundingClientRect();
      expect([width, height]).to.deep.equal([40, 40]);
      const [shape, corner] = [getComputedStyle(logo, '::before'), getComputedStyle(logo, '::after')];
      expect(shape.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(shape.clipPath).to.match(/^path\(evenodd/);
      expect(corner.backgroundColor).to.equal('rgb(225, 0, 15)');
    });

    it('has the FranceConnect+ variant', async () => {
      const { button, link } = await fcButton('franceconnect-plus');
      expect(nameOf(button)).to.equal('S’identifier avec FranceConnect+');
      expect(nameOf(link)).to.equal('Qu’est-ce que FranceConnect+ ? - nouvelle fenêtre');
      expect(link.href).to.equal('https://franceconnect.gouv.fr/france-connect-plus');
    });

    it('is followed by "Qu’est-ce que FranceConnect ?", opening a new window and saying so', async () => {
      const { link, button } = await fcButton();
      expect(link.href).to.equal('https://franceconnect.gouv.fr/');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect(nameOf(link)).to.equal('Qu’est-ce que FranceConnect ? - nouvelle fenêtre');
      // The new-window icon: decorative, 14 × 14, in the link's colour.
      const icon = link.querySelector('.external')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect([icon.getBoundingClientRect().width, icon.getBoundingClientRect().height]).to.deep.equal([14, 14]);
      expect(getComputedStyle(icon).backgroundColor).to.equal(getComputedStyle(link).color);
      expect(button.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    });

    it('is not restyled by themes: the same colours whatever the --mc-* tokens say', async () => {
      const { region, button, element } = await fcButton('franceconnect', 'msa');
      region.style.setProperty('--mc-color-action', 'rgb(255, 0, 0)');
      region.style.setProperty('--mc-color-on-action', 'rgb(0, 255, 0)');
      region.style.setProperty('--mc-button-background', 'rgb(255, 0, 0)');
      region.style.setProperty('--mc-font-family', 'monospace');
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(0, 0, 145)');
      expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
      const sheets = (element.constructor as typeof McFranceConnectButton).elementStyles.map((s) => String(s)).join('\n');
      expect(sheets).to.not.contain('--mc-');
    });
  });

  describe('Starting the flow', () => {
    it('GET: asks the adapter once, then hands the redirect to the page (cancelable event)', async () => {
      const { element, count, inputs } = await fcButton();
      const event = nextEvent<CustomEvent<FranceConnectRedirectDetail>>(element, 'mc-franceconnect-redirect');
      element.addEventListener('mc-franceconnect-redirect', (e) => e.preventDefault(), { once: true });
      await tabTo(element);
      await sendKeys({ press: 'Enter' });
      const { detail, cancelable } = await event;
      expect(cancelable).to.equal(true);
      expect(detail.variant).to.equal('franceconnect');
      expect(detail.redirect.method).to.equal('GET');
      const url = new URL(detail.redirect.url, location.href);
      expect(url.pathname).to.equal('/demo/franceconnect');
      expect(url.searchParams.get('state')).to.be.a('string').and.not.equal('');
      expect(url.searchParams.get('returnTo')).to.equal('/caf/accueil');
      expect(count('startFranceConnect')).to.equal(1);
      expect(inputs('startFranceConnect')[0]).to.deep.equal({ variant: 'franceconnect', returnTo: '/caf/accueil' });
    });

    it('POST (FranceConnect+): the navigate hook receives the form fields; Space activates it too', async () => {
      const { element } = await fcButton('franceconnect-plus');
      const seen: Redirect[] = [];
      element.navigate = (redirect) => seen.push(redirect);
      await tabTo(element);
      await sendKeys({ press: 'Space' });
      await until(() => seen.length === 1, 'the redirect');
      const [redirect] = seen;
      expect(redirect!.method).to.equal('POST');
      if (redirect!.method !== 'POST') return;
      expect(redirect.fields['variant']).to.equal('franceconnect-plus');
      expect(redirect.fields['state']).to.be.a('string');
    });

    it('a double click makes one adapter call', async () => {
      const counted = countingAdapter({ latency: 100 });
      const region = await themed(html`<mc-franceconnect-button .adapter=${counted.adapter}></mc-franceconnect-button>`);
      const element = region.querySelector('mc-franceconnect-button')!;
      const seen: Redirect[] = [];
      element.navigate = (redirect) => seen.push(redirect);
      await element.updateComplete;
      const button = element.shadowRoot!.querySelector('button')!;
      button.click();
      button.click();
      await until(() => seen.length === 1, 'the redirect');
      await new Promise((r) => setTimeout(r, 150));
      expect(counted.count('startFranceConnect')).to.equal(1);
      expect(seen).to.have.length(1);
    });

    it('shows a failure with what to do, then works on the next try', async () => {
      const { element, memory, button } = await fcButton();
      const seen: Redirect[] = [];
      element.navigate = (redirect) => seen.push(redirect);
      memory.faults.failNext('startFranceConnect', 1, 'network');
      button.click();
      await until(() => norm(deepText(element.shadowRoot!.querySelector('[role="alert"]')!)) !== '', 'the failure');
      const text = norm(deepText(element.shadowRoot!.querySelector('[role="alert"]')!));
      expect(text).to.contain('La connexion avec FranceConnect n’a pas pu commencer.');
      expect(text).to.contain('Vérifiez votre connexion internet');
      expect(text).to.contain('Choisissez à nouveau le bouton FranceConnect');
      button.click();
      await until(() => seen.length === 1, 'the redirect');
      expect(norm(deepText(element.shadowRoot!.querySelector('[role="alert"]')!))).to.equal('');
    });

    it('refuses an unsafe redirect URL from the adapter', async () => {
      const { element, adapter, button } = await fcButton();
      const seen: Redirect[] = [];
      element.navigate = (redirect) => seen.push(redirect);
      element.adapter = { ...adapter, startFranceConnect: async () => ({ method: 'GET', url: 'javascript:alert(1)' }) };
      button.click();
      await until(() => norm(deepText(element.shadowRoot!.querySelector('[role="alert"]')!)) !== '', 'the failure');
      expect(seen).to.have.length(0);
    });
  });

  describe('followRedirect (the default navigation)', () => {
    it('GET: navigates the window to the URL', async () => {
      const frame = document.createElement('iframe');
      frame.title = 'cible';
      document.body.append(frame);
      try {
        const loaded = nextEvent(frame, 'load');
        // A file the test server has, so that the navigation lands on a page (the identity provider is not here).
        followRedirect({ method: 'GET', url: '/package.json?variant=franceconnect&state=s1' }, frame.contentWindow!);
        await loaded;
        expect(frame.contentWindow!.location.pathname).to.equal('/package.json');
        expect(frame.contentWindow!.location.search).to.equal('?variant=franceconnect&state=s1');
      } finally {
        frame.remove();
      }
    });

    it('POST: builds a real form with hidden inputs and submits it in the current tab', async () => {
      const frame = document.createElement('iframe');
      frame.title = 'cible';
      document.body.append(frame);
      const view = frame.contentWindow as Window & typeof globalThis;
      const submitted: HTMLFormElement[] = [];
      let connected = false;
      view.HTMLFormElement.prototype.submit = function (this: HTMLFormElement) {
        submitted.push(this);
        connected = this.isConnected;
      };
      try {
        followRedirect({ method: 'POST', url: '/demo/franceconnect', fields: { state: 's2', nonce: 'n2', acr_values: 'eidas2' } }, view);
        expect(submitted).to.have.length(1);
        const form = submitted[0]!;
        expect(connected, 'in the document when submitted').to.equal(true);
        expect(form.isConnected, 'removed once submitted (it holds state and nonce)').to.equal(false);
        expect(form.method).to.equal('post');
        expect(new URL(form.action).pathname).to.equal('/demo/franceconnect');
        expect(form.target).to.equal('');
        const inputs = [...form.querySelectorAll('input')];
        expect(inputs.every((i) => i.type === 'hidden')).to.equal(true);
        expect(Object.fromEntries(new FormData(form))).to.deep.equal({ state: 's2', nonce: 'n2', acr_values: 'eidas2' });
      } finally {
        frame.remove();
      }
    });

    it('POST: the browser really posts the form, removed at once or not', async () => {
      const frame = document.createElement('iframe');
      frame.title = 'cible';
      document.body.append(frame);
      try {
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        followRedirect({ method: 'POST', url: '/demo/franceconnect-post', fields: { state: 's3' } }, frame.contentWindow!);
        await loaded;
        expect(frame.contentWindow!.location.pathname).to.equal('/demo/franceconnect-post');
      } finally {
        frame.remove();
      }
    });

    it('refuses javascript: and other unsafe URLs', () => {
      expect(() => followRedirect({ method: 'GET', url: 'javascript:alert(1)' })).to.throw();
      expect(() => followRedirect({ method: 'POST', url: '//evil.example/x', fields: {} })).to.throw();
    });
  });

  describe('Accessibility', () => {
    for (const theme of ['caf', 'msa'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`passes axe (${theme}, ${scheme}), idle and after a failure`, async () => {
          const counted = countingAdapter();
          const region = await themed(
            html`<mc-franceconnect-button .adapter=${counted.adapter}></mc-franceconnect-button>
              <mc-franceconnect-button variant="franceconnect-plus" .adapter=${counted.adapter}></mc-franceconnect-button>`,
            theme,
            scheme,
          );
          await expect(region).to.be.accessible();
          counted.memory.faults.failNext('startFranceConnect', 1, 'server');
          const element = region.querySelector('mc-franceconnect-button')!;
          element.shadowRoot!.querySelector('button')!.click();
          await until(() => norm(deepText(element.shadowRoot!.querySelector('[role="alert"]')!)) !== '', 'the failure');
          await expect(region).to.be.accessible();
        });
      }
    }
  });
});
