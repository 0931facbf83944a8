// mc-authorisation-panel's public API beyond the user's actions: refresh(), heading-level, the adapter from an
// <mc-adapter-provider>, and theming through its component tokens (falling back to semantic tokens) and parts.
import { expect, fixture, html } from '@open-wc/testing';
import '@moncompte/components/adapter-provider.js';
import { counted, dialogOpen, mount, press, root, settled, until } from './helpers.js';
import { ensureThemes } from '../themes/theme-fixture.js';

describe('mc-authorisation-panel: API and theming', () => {
  it('refresh() loads the status again (loading, then the new answer)', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    expect(panel.state).to.equal('ready');
    await c.memory.grantAuthorisation({ personId: 'p-fabrice' }); // changed elsewhere (another tab)
    c.memory.faults.hang('getAuthorisations');
    panel.refresh();
    await panel.updateComplete;
    expect(panel.state).to.equal('loading');
    c.memory.faults.clear('getAuthorisations');
    panel.refresh();
    await settled(panel);
    expect(c.count('getAuthorisations')).to.equal(3);
    expect(root(panel).querySelector('[part~="given"]')!.textContent).to.include('peut gérer votre dossier');
  });

  it('heading-level="3": the cards are level 3, "J’autorise" and "Je suis autorisé(e)" level 4', async () => {
    const panel = await mount(counted().adapter);
    panel.headingLevel = 3;
    await panel.updateComplete;
    const cards = [...root(panel).querySelectorAll('mc-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    expect(cards.map((c) => c.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3']);
    expect(root(panel).querySelector('#given-heading')!.getAttribute('aria-level')).to.equal('4');
    expect(root(panel).querySelector('#received-heading')!.getAttribute('aria-level')).to.equal('4');
  });

  it('takes its adapter from the nearest <mc-adapter-provider>', async () => {
    const c = counted();
    const el = await fixture<HTMLElement>(html`<mc-adapter-provider .adapter=${c.adapter}><mc-authorisation-panel></mc-authorisation-panel></mc-adapter-provider>`);
    const panel = el.querySelector('mc-authorisation-panel')!;
    await settled(panel);
    expect(panel.state).to.equal('ready');
    expect(c.count('getAuthorisations')).to.equal(1);
  });

  it('component tokens fall back to semantic tokens and can be set on the element; parts can be styled', async () => {
    await ensureThemes();
    const c = counted();
    await c.memory.grantAuthorisation({ personId: 'p-fabrice' });
    const panel = await mount(c.adapter);
    const item = root(panel).querySelector<HTMLElement>('[part~="given"] li')!;
    const action = getComputedStyle(panel).getPropertyValue('--mc-color-action').trim();
    expect(action, 'the theme is loaded').to.not.equal('');
    const probe = document.createElement('span');
    probe.style.color = action;
    panel.parentElement!.append(probe);
    expect(getComputedStyle(item).borderInlineStartColor).to.equal(getComputedStyle(probe).color);

    panel.style.setProperty('--mc-authorisation-panel-item-border-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(item).borderInlineStartColor).to.equal('rgb(1, 2, 3)');

    const style = document.createElement('style');
    style.textContent = 'mc-authorisation-panel::part(dialog) { border-color: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      await press(panel, 'Ne plus autoriser Fabrice Carré');
      await dialogOpen(panel);
      expect(getComputedStyle(root(panel).querySelector('dialog')!).borderTopColor).to.equal('rgb(4, 5, 6)');
      await press(panel, 'Annuler');
      await until(() => !root(panel).querySelector('dialog')!.open, 'the dialog closed');
    } finally {
      style.remove();
      probe.remove();
    }
  });
});
