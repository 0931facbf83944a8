// mc-authorisation-panel: axe on every state, in the CAF and MSA themes, light and dark — loading, loaded both
// ways, granted, nothing at all, load failures (retryable, or an expired session: the login form in place), the
// history open (table, failure), the confirmation, a failure inside it, and the announcement after the action.
import { expect, fixture, html } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { MonCompteAdapter } from '@moncompte/core';
import type { McAuthorisationPanel } from '@moncompte/components/authorisation-panel.js';
import { THEME_COMBOS, ensureThemes } from '../themes/theme-fixture.js';
import { buttonOf, clickCentre, counted, dialogOpen, idle, partText, press, root, settled, until } from './helpers.js';

async function region(theme: string, scheme: string, adapters: readonly MonCompteAdapter[]): Promise<{ region: HTMLElement; panels: McAuthorisationPanel[] }> {
  await ensureThemes();
  const el = await fixture<HTMLElement>(html`<div data-mc-theme=${theme} data-mc-scheme=${scheme} style="padding: 1rem; display: grid; gap: 2rem"></div>`);
  const panels = adapters.map((adapter, i) => {
    const panel = document.createElement('mc-authorisation-panel');
    panel.adapter = adapter;
    panel.loginHref = '/connexion';
    // Each panel is a region of its own on this test page (one per state).
    const wrapper = document.createElement('section');
    wrapper.setAttribute('aria-label', `État ${i + 1}`);
    wrapper.append(panel);
    el.append(wrapper);
    return panel;
  });
  return { region: el, panels };
}

async function openHistory(panel: McAuthorisationPanel): Promise<void> {
  await clickCentre(root(panel).querySelector('[part~="history-toggle"]')!);
  await until(() => !!root(panel).querySelector('table, [data-history-error], [data-history-content]'), 'the history');
  await idle(panel);
}

describe('mc-authorisation-panel: accessibility', () => {
  for (const { theme, scheme } of THEME_COMBOS) {
    const own = theme === 'msa' ? { signedIn: DEMO_ACCOUNTS.msa.identifier } : {};

    it(`passes axe in ${theme} ${scheme}: loading, loaded, granted, none, failures, history`, async function () {
      this.timeout(40000);
      const hung = counted();
      hung.memory.faults.hang('getAuthorisations');
      const granted = counted();
      await granted.memory.grantAuthorisation({ personId: 'p-fabrice' });
      const failing = counted();
      failing.memory.faults.failNext('getAuthorisations', 1, 'server');
      const expired = counted();
      expired.memory.faults.failNext('getAuthorisations', 1, 'unauthorized');
      const historyFails = counted();
      historyFails.memory.faults.failNext('getAuthorisationHistory', 1, 'timeout');
      const { region: el, panels } = await region(theme, scheme, [
        counted(own).adapter,
        hung.adapter,
        granted.adapter,
        counted({ signedIn: DEMO_ACCOUNTS.cafProvisional.identifier }).adapter,
        failing.adapter,
        expired.adapter,
        historyFails.adapter,
      ]);
      const [loaded, loading, given, none, error, session, history] = panels as [McAuthorisationPanel, ...McAuthorisationPanel[]];
      await Promise.all([loaded, given!, none!, error!, session!, history!].map(settled));
      expect([loaded, loading!, given!, none!, error!, session!].map((p) => p.state)).to.deep.equal(['ready', 'loading', 'ready', 'ready', 'error', 'error']);
      await openHistory(given!);
      await openHistory(history!);
      expect(root(given!).querySelector('table')).to.not.equal(null);
      expect(partText(history!, 'history')).to.include('Le service met trop de temps à répondre.');
      await expect(el).to.be.accessible();
    });

    it(`passes axe in ${theme} ${scheme}: the confirmation, a failure in it, the announcement`, async function () {
      this.timeout(40000);
      const c = counted(own);
      const { region: el, panels } = await region(theme, scheme, [c.adapter]);
      const panel = panels[0]!;
      await settled(panel);
      const candidate = theme === 'msa' ? 'Autoriser Sylvie Morel' : 'Autoriser Fabrice Carré';
      await press(panel, candidate);
      await dialogOpen(panel);
      await idle(panel);
      await expect(el).to.be.accessible();

      c.memory.faults.failNext('grantAuthorisation', 1, 'network');
      await press(panel, 'Oui, autoriser');
      await until(() => !!root(panel).querySelector('mc-notice[part~="dialog-error"]'), 'the failure');
      await idle(panel);
      await new Promise((r) => setTimeout(r, 150)); // the alert's text is revealed after its live region registers
      await expect(el).to.be.accessible();

      await clickCentre(buttonOf(panel, 'Réessayer'));
      await dialogOpen(panel, false);
      await until(() => partText(panel, 'notice').includes('C’est fait'), 'the announcement');
      await idle(panel);
      await expect(el).to.be.accessible();
    });
  }
});
