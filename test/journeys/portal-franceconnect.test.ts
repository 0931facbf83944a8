// The portal's demo FranceConnect page (`/caf/franceconnect`, `/msa/franceconnect`): "Continuer" completes the round
// trip the button started (its `state`), opens a FranceConnect session and goes where the round trip asked to come
// back — a path of the portal only —, else to the home page. An unknown or used state says so, in place of the
// actions, and the focus goes to the way back to the connexion page.
import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter, DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { page, portalPath } from '../../packages/portal/src/pages/franceconnect.js';
import type { AgencyId } from '../../packages/portal/src/routes.js';
import { activate, deepActive, deepText, norm, provided, settle, until } from './helpers.js';
import { portalContext } from './portal-context.js';

/** The page as the button's redirect opens it: its query has the round trip's `state`. */
async function franceConnectPage(id: AgencyId, returnTo?: string, state?: string) {
  const adapter = createMemoryAdapter({ agency: id, franceConnectUrl: `/${id}/franceconnect` });
  const redirect = await adapter.startFranceConnect({ variant: 'franceconnect', ...(returnTo ? { returnTo } : {}) });
  const url = new URL(redirect.url, location.href);
  if (state !== undefined) url.searchParams.set('state', state);
  history.replaceState(null, '', `${location.pathname}${url.search}`);
  const recorded = portalContext(id, 'franceconnect', adapter);
  const region = await provided(adapter, html`${page.render(recorded.context)}`, id);
  await settle(region);
  return { ...recorded, region, adapter };
}

describe('Portal page /…/franceconnect (the demo’s FranceConnect)', function () {
  this.timeout(20000);
  const search = location.search;
  afterEach(() => history.replaceState(null, '', `${location.pathname}${search}`));

  it('"Continuer" opens a FranceConnect session for the agency’s demo account and comes back where asked', async () => {
    const { region, visited, signIns, adapter } = await franceConnectPage('msa', '/msa/profil');
    expect(norm(deepText(region))).to.contain(`FranceConnect vous identifie comme ${DEMO_ACCOUNTS.msa.holder}`);
    expect((await adapter.getSession()).session).to.equal(null);
    await activate(region, 'Continuer');
    await until(() => visited.length > 0, 'the navigation');
    expect(visited).to.deep.equal(['/msa/profil']);
    expect(signIns.count, 'the header is told').to.equal(1);
    const { session } = await adapter.getSession();
    expect(session?.method).to.equal('franceconnect');
    expect(session?.identifier).to.equal(DEMO_ACCOUNTS.msa.identifier);
  });

  it('comes back to the home page when the round trip asked for no path of the portal', async () => {
    for (const returnTo of [undefined, '//elsewhere.example/caf', 'https://elsewhere.example/']) {
      const { region, visited } = await franceConnectPage('caf', returnTo);
      await activate(region, 'Continuer');
      await until(() => visited.length > 0, 'the navigation');
      expect(visited, String(returnTo)).to.deep.equal(['/caf/accueil']);
    }
    expect(portalPath('/caf/profil?x=1')).to.equal('/caf/profil?x=1');
    expect(portalPath('/\\elsewhere.example')).to.equal(undefined);
  });

  it('an unknown state: said in place of the actions, the focus on the way back, no session, no navigation', async () => {
    const { region, visited, adapter } = await franceConnectPage('caf', '/caf/profil', 'state-forged');
    await activate(region, 'Continuer');
    await until(() => norm(deepText(region)).includes('Cette connexion FranceConnect n’est plus valable'), 'the failure');
    await until(() => norm(deepActive()?.textContent) === 'Revenir à la page de connexion', 'the focus on the way back');
    expect((deepActive() as HTMLAnchorElement).getAttribute('href')).to.equal('/caf/connexion');
    expect(region.querySelector('mc-button'), 'no "Continuer" left').to.equal(null);
    expect(visited).to.deep.equal([]);
    expect((await adapter.getSession()).session).to.equal(null);
  });
});
