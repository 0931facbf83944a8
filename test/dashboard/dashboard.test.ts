// mc-dashboard: configuration (tiles, links, agency wording), layout from 320 px to wide screens, independence of
// the tiles (a failing or hanging tile blocks nothing, retry reloads one tile), mc-navigate, file switching.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ariaSnapshot } from '../plugins/aria-snapshot.browser.js';
import { THEME_COMBOS, themedFixture } from '../themes/theme-fixture.js';
import type { McDashboard } from '../../packages/components/src/dashboard/define.js';
import '../../packages/components/src/dashboard/define.js';
import {
  cardOf,
  counting,
  dashboardSettled,
  deepActive,
  html,
  memory,
  msaMemory,
  settled,
  stateOf,
  tabOrder,
  textOf,
  tilesOf,
} from './helpers.js';

const tags = (d: Element) => tilesOf(d).map((t) => t.localName);
const link = (tile: Element, action: string) => tile.shadowRoot!.querySelector<HTMLAnchorElement>(`a[data-action="${action}"]`);

describe('mc-dashboard', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  describe('Configuration', () => {
    it('shows the CAF home page by default, in the order of the user guide', async () => {
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${memory()}></mc-dashboard>`);
      await dashboardSettled(el);
      expect(tags(el)).to.deep.equal([
        'mc-alerts-tile',
        'mc-payments-tile',
        'mc-procedures-tile',
        'mc-news-tile',
        'mc-profile-tile',
        'mc-contact-tile',
        'mc-agenda-tile',
        'mc-pajemploi-tile',
        'mc-files-tile',
        'mc-account-tile',
      ]);
      expect(tilesOf(el).map(stateOf)).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready', 'ready', 'ready', 'ready', 'ready', 'ready']);
    });

    it('`tiles` chooses and orders the tiles; unknown names and repeats are ignored; reordering reloads nothing', async () => {
      const { adapter, calls } = counting(msaMemory());
      const el = await fixture<McDashboard>(
        html`<mc-dashboard .adapter=${adapter} agency-name="MSA" tiles="services, news nonsense profile news"></mc-dashboard>`,
      );
      await dashboardSettled(el);
      expect(tags(el)).to.deep.equal(['mc-service-catalogue-tile', 'mc-news-tile', 'mc-profile-tile']);
      expect(textOf(tilesOf(el)[1]!)).to.include('La MSA m’informe');
      const news = tilesOf(el)[1];
      el.tiles = ['profile', 'news'];
      await el.updateComplete;
      expect(tags(el)).to.deep.equal(['mc-profile-tile', 'mc-news-tile']);
      expect(tilesOf(el)[1]).to.equal(news);
      expect(calls.get('getNews')).to.equal(1);
      expect(calls.get('getProfile')).to.equal(1);
    });

    it('`links` replaces the target of an action; a link that is not https or relative is not rendered at all', async () => {
      const el = await fixture<McDashboard>(html`<mc-dashboard
        .adapter=${memory()}
        tiles="procedures profile"
        .links=${{ 'procedures-declare': '/caf/demarches/declarer-un-changement', 'procedures-follow': 'javascript:alert(1)', profile: 'http://exemple.fr/profil' }}
      ></mc-dashboard>`);
      await dashboardSettled(el);
      const [procedures, profile] = tilesOf(el);
      expect(link(procedures!, 'procedures-declare')!.getAttribute('href')).to.equal('/caf/demarches/declarer-un-changement');
      expect(link(procedures!, 'procedures-simulate')!.getAttribute('href')).to.equal('demarches/simuler');
      expect(link(procedures!, 'procedures-follow')).to.equal(null);
      expect(link(profile!, 'profile')).to.equal(null);
      expect(textOf(procedures!)).to.not.include('Suivre mes démarches');
      expect(procedures!.shadowRoot!.querySelectorAll('a[href^="javascript"], a[href^="http:"]')).to.have.length(0);
    });
  });

  describe('Language', () => {
    it('follows the nearest lang: English wording, dates and amounts', async () => {
      const region = await fixture<HTMLElement>(html`<div lang="en"><mc-dashboard .adapter=${memory()} tiles="payments news"></mc-dashboard></div>`);
      const el = region.querySelector('mc-dashboard')!;
      await dashboardSettled(el);
      const [payments, news] = tilesOf(el);
      expect(textOf(payments!)).to.include('My last payment');
      expect(textOf(payments!)).to.include('€134.55');
      expect(textOf(payments!)).to.include('Paid on 25 October 2026');
      expect(textOf(news!)).to.include('News from the Caf');
      region.lang = 'fr';
      await waitUntil(() => textOf(payments!).includes('Mon dernier paiement'));
    });
  });

  describe('Independent tiles', () => {
    it('a failing tile and a hanging tile block none of the others; "Réessayer" reloads only its own tile', async () => {
      const base = memory();
      base.faults.failNext('getPaymentsSummary', 1, 'server');
      base.faults.hang('getNews');
      const { adapter, calls } = counting(base);
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${adapter} tiles="alerts payments news profile"></mc-dashboard>`);
      const [alerts, payments, news, profile] = tilesOf(el);
      await Promise.all([settled(alerts!), settled(payments!), settled(profile!)]);
      expect([alerts, payments, news, profile].map((t) => stateOf(t!))).to.deep.equal(['ready', 'error', 'loading', 'ready']);
      expect(textOf(payments!)).to.include('Le service rencontre un problème.');

      const before = new Map(calls);
      cardOf(payments!).shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await settled(payments!);
      expect(stateOf(payments!)).to.equal('ready');
      expect(calls.get('getPaymentsSummary')).to.equal((before.get('getPaymentsSummary') ?? 0) + 1);
      for (const other of ['getAlerts', 'getMessagesSummary', 'getNews', 'getProfile']) expect(calls.get(other), other).to.equal(before.get(other));
      expect(stateOf(news!)).to.equal('loading');
    });

    it('hides Pajemploi for a person not entitled to it, leaving no gap in the grid', async () => {
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${memory({ signedIn: 'P12345678' })} tiles="news pajemploi contact"></mc-dashboard>`);
      await dashboardSettled(el);
      const [news, pajemploi, contact] = tilesOf(el);
      expect(pajemploi!.hidden).to.equal(true);
      expect(pajemploi!.getBoundingClientRect().height).to.equal(0);
      const gap = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part~="grid"]')!).rowGap) || 0;
      const newsBox = news!.getBoundingClientRect();
      const contactBox = contact!.getBoundingClientRect();
      // The contact tile takes the place right after the news tile (same row or the next one).
      const nextTo = Math.abs(contactBox.left - (newsBox.right + gap)) < 1 || Math.abs(contactBox.top - (newsBox.bottom + gap)) < 1;
      expect(nextTo, `news ${JSON.stringify(newsBox)} contact ${JSON.stringify(contactBox)}`).to.equal(true);
    });
  });

  describe('Layout', () => {
    it('has one column and no horizontal scroll on a 320 px phone', async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${memory()}></mc-dashboard>`);
      await dashboardSettled(el);
      const lefts = new Set(tilesOf(el).filter((t) => !t.hidden).map((t) => Math.round(t.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const t of tilesOf(el)) expect(t.getBoundingClientRect().right, t.localName).to.be.at.most(320);
    });

    it('uses several columns on a wide screen, the MSA service catalogue spanning the whole width', async () => {
      await setViewport({ width: 1400, height: 900 });
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${msaMemory()} tiles="news services profile contact"></mc-dashboard>`);
      await dashboardSettled(el);
      const [news, services, profile, contact] = tilesOf(el).map((t) => t.getBoundingClientRect());
      const grid = el.getBoundingClientRect();
      expect(services!.width).to.be.closeTo(grid.width, 1);
      expect(Math.round(profile!.top)).to.equal(Math.round(contact!.top));
      expect(profile!.left).to.be.below(contact!.left);
      expect(news!.top).to.be.below(services!.top);
    });
  });

  describe('Navigation', () => {
    it('fires a cancelable mc-navigate { href, tile, action }; preventDefault() keeps the browser where it is', async () => {
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${memory()} tiles="procedures"></mc-dashboard>`);
      await dashboardSettled(el);
      const start = location.href;
      const seen: unknown[] = [];
      const listener = (e: GlobalEventHandlersEventMap['mc-navigate']) => {
        seen.push(e.detail);
        e.preventDefault();
      };
      document.addEventListener('mc-navigate', listener);
      try {
        link(tilesOf(el)[0]!, 'procedures-declare')!.focus();
        await sendKeys({ press: 'Enter' });
      } finally {
        document.removeEventListener('mc-navigate', listener);
      }
      expect(seen).to.deep.equal([{ href: 'demarches/declarer-un-changement', tile: 'procedures', action: 'procedures-declare' }]);
      expect(location.href).to.equal(start);
    });

    it('lets the browser follow the link when nobody cancels', async () => {
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${memory()} tiles="alerts" .links=${{ messages: '#mes-messages' }}></mc-dashboard>`);
      await dashboardSettled(el);
      const event = oneEvent(el, 'mc-navigate');
      link(tilesOf(el)[0]!, 'messages')!.click();
      expect((await event).detail).to.deep.equal({ href: '#mes-messages', tile: 'alerts', action: 'messages' });
      expect(location.hash).to.equal('#mes-messages');
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('Files', () => {
    it('switching files calls selectFile, announces it, fires mc-file-change, and every tile shows the new file', async () => {
      const { adapter, calls } = counting(memory());
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${adapter} tiles="files payments alerts pajemploi"></mc-dashboard>`);
      await dashboardSettled(el);
      const [files, payments, alerts, pajemploi] = tilesOf(el);
      expect(textOf(payments!)).to.include('134,55 €');
      expect(pajemploi!.hidden).to.equal(false);

      const button = [...files!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('7654321'))!;
      button.focus();
      const changed = oneEvent(el, 'mc-file-change');
      await sendKeys({ press: 'Enter' });
      expect((await changed).detail).to.deep.equal({ fileId: 'f-caf-7654321' });
      await waitUntil(() => textOf(payments!).includes('98,60 €'), 'payments show the new file');
      await dashboardSettled(el);
      expect(calls.get('selectFile')).to.equal(1);
      expect(textOf(payments!)).to.include('Mes dettes (85,20 €)');
      expect(stateOf(alerts!)).to.equal('ready'); // Fabrice's file has no alert, but Muriel's messages are hers
      expect(pajemploi!.hidden).to.equal(true);
      expect(files!.shadowRoot!.querySelector('[role="status"]')!.textContent).to.include('Le dossier n° 7654321 est maintenant affiché.');
      expect(textOf(files!)).to.include('Afficher le dossier n° 1234567');
      await waitUntil(() => files!.shadowRoot!.activeElement !== null, 'focus stays in the files tile');
    });

    it('a failed switch is announced and changes nothing', async () => {
      const adapter = memory();
      adapter.faults.failNext('selectFile', 1, 'network');
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${adapter} tiles="files payments"></mc-dashboard>`);
      await dashboardSettled(el);
      const [files, payments] = tilesOf(el);
      [...files!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.includes('7654321'))!.click();
      const status = files!.shadowRoot!.querySelector('[role="status"]')!;
      await waitUntil(() => status.textContent!.includes('Le dossier n’a pas pu être changé.'));
      expect(status.textContent).to.include('Impossible de joindre le service.');
      expect(textOf(payments!)).to.include('134,55 €');
    });
  });

  describe('Keyboard', () => {
    it('reaches every action tile by tile, in the order of the tiles', async () => {
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${memory()} tiles="procedures profile account files"></mc-dashboard>`);
      await dashboardSettled(el);
      const order = await tabOrder(el);
      expect(order).to.deep.equal([
        'a: Suivre mes démarches',
        'a: Déclarer un changement',
        'a: Simuler ou faire une demande de prestation',
        'a: Consulter ou modifier mon profil',
        'a: Changer mon mot de passe',
        'a: Voir mon historique',
        'a: Gérer mes autorisations',
        'button: Afficher le dossier n° 7654321',
      ]);
    });

    for (const theme of ['caf', 'msa'] as const) {
      it(`shows the focus on links and buttons in the ${theme} theme`, async () => {
        const region = await themedFixture(html`<mc-dashboard .adapter=${memory()} tiles="procedures files"></mc-dashboard>`, theme);
        const el = region.querySelector('mc-dashboard')!;
        await dashboardSettled(el);
        const focused: string[] = [];
        tilesOf(el)[0]!.shadowRoot!.querySelector('a')!.focus();
        for (let i = 0; i < 3; i += 1) {
          await sendKeys({ press: 'Tab' });
          const active = deepActive()!;
          const style = getComputedStyle(active);
          focused.push(`${active.localName} ${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`);
        }
        expect(focused).to.deep.equal(['a solid true', 'a solid true', 'button solid true']);
      });
    }
  });

  describe('Accessibility', () => {
    it('exposes each tile as a level-2 heading with its content, links named by their text only', async () => {
      const el = await fixture<McDashboard>(html`<mc-dashboard .adapter=${memory()} tiles="procedures account"></mc-dashboard>`);
      await dashboardSettled(el);
      el.id = 'tree';
      const tree = await ariaSnapshot('#tree');
      expect(tree).to.include('heading "Mes démarches" [level=2]');
      expect(tree).to.include('heading "Gérer mon compte" [level=2]');
      expect(tree).to.include('link "Déclarer un changement"');
      expect(tree).to.include('link "Gérer mes autorisations"');
      expect(tree).to.not.include('›');
    });

    for (const { theme, scheme } of THEME_COMBOS) {
      it(`passes axe in ${theme} ${scheme} with every tile of the agency`, async function () {
        this.timeout(30000);
        const adapter = theme === 'msa' ? msaMemory() : memory();
        const region = await themedFixture(
          html`<mc-dashboard .adapter=${adapter} agency-name=${theme === 'msa' ? 'MSA' : 'Caf'}
            tiles=${theme === 'msa' ? 'services alerts news profile contact agenda files account' : ''}></mc-dashboard>`,
          theme,
          scheme,
        );
        const el = region.querySelector('mc-dashboard')!;
        if (theme === 'caf') el.removeAttribute('tiles');
        await dashboardSettled(el);
        await expect(region).to.be.accessible();
      });
    }
  });
});
