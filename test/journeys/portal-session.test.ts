// The portal's header and signed-in pages around the session: the header shows who is signed in with
// "Déconnexion" (which ends the session through the adapter), or "Se connecter"; PortalSession keeps that name per
// agency; a signed-in page opened without a session signs the demo account in, except after a log-out in this tab,
// when it sends to the connexion page instead.
import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter, DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import { withDemoSession } from '../../packages/portal/src/pages/demo-session.js';
import { AGENCIES } from '../../packages/portal/src/routes.js';
import { PortalSession } from '../../packages/portal/src/session.js';
import { agencyPage, type HeaderAccount } from '../../packages/portal/src/shell.js';
import { deepText, norm, press, tabTo, themed, until } from './helpers.js';
import { portalContext } from './portal-context.js';

const MURIEL = 'Muriel Lefèvre';

function signedInAdapter(): MemoryAdapter {
  return createMemoryAdapter({ agency: 'caf', signedIn: DEMO_ACCOUNTS.caf.identifier });
}

async function frame(adapter: MemoryAdapter, account: HeaderAccount | undefined) {
  const agency = AGENCIES.caf;
  const route = agency.routes.find((r) => r.page === 'accueil');
  const region = await themed(agencyPage(agency, adapter, route, 'Accueil', html`<p>Contenu du compte</p>`, account));
  await until(() => !!region.querySelector('header'), 'the header');
  return region.querySelector('header')!;
}

describe('Portal header: who is signed in', () => {
  it('signed in: the name (announced as "Compte de …"), the account navigation, and "Déconnexion", which ends the session by keyboard', async () => {
    const adapter = signedInAdapter();
    let loggedOut = 0;
    const header = await frame(adapter, { name: MURIEL, onLogout: () => (loggedOut += 1) });
    expect(norm(header.querySelector('.portal-header__name')!.textContent)).to.equal(`Compte de ${MURIEL}`);
    expect(header.querySelector('a.portal-header__sign-in')).to.equal(null);
    const nav = header.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Navigation principale');
    expect([...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('/caf/accueil');
    expect(nav.querySelector('a[aria-current="page"]')?.getAttribute('href')).to.equal('/caf/accueil');
    await expect(header.closest('[data-mc-theme]')).to.be.accessible();

    const logout = header.querySelector('mc-logout-button')!;
    await until(() => norm(deepText(logout)).includes('Déconnexion'), 'the "Déconnexion" button');
    await tabTo(logout);
    await press('Enter');
    await until(() => loggedOut === 1, 'mc-logout');
    expect((await adapter.getSession()).session).to.equal(null);
  });

  it('signed out: "Se connecter" links to the connexion page and there is no account navigation; not known yet: neither', async () => {
    const adapter = createMemoryAdapter({ agency: 'caf' });
    const signedOut = await frame(adapter, { name: null, onLogout: () => undefined });
    const link = signedOut.querySelector<HTMLAnchorElement>('a.portal-header__sign-in')!;
    expect(norm(link.textContent)).to.equal('Se connecter');
    expect(link.getAttribute('href')).to.equal('/caf/connexion');
    expect(signedOut.querySelector('mc-logout-button')).to.equal(null);
    // The account's pages would all lead to the connexion page: no navigation to them.
    expect(signedOut.querySelector('nav')).to.equal(null);
    await expect(signedOut.closest('[data-mc-theme]')).to.be.accessible();

    const unknown = await frame(adapter, { name: undefined, onLogout: () => undefined });
    expect(unknown.querySelector('a.portal-header__sign-in')).to.equal(null);
    expect(unknown.querySelector('mc-logout-button')).to.equal(null);
    expect(norm(deepText(unknown))).to.not.include('Compte de');
    expect(unknown.querySelector('nav')).to.equal(null);
  });
});

describe('PortalSession', () => {
  it('asks the adapter for the name, and forgets it when the session ends', async () => {
    let changes = 0;
    const session = new PortalSession(() => (changes += 1));
    expect(session.name('caf')).to.equal(undefined);
    await session.refresh('caf', signedInAdapter());
    expect(session.name('caf')).to.equal(MURIEL);
    expect(changes).to.equal(1);
    await session.refresh('caf', signedInAdapter());
    expect(changes, 'the same answer changes nothing').to.equal(1);

    session.ended('caf');
    expect(session.name('caf')).to.equal(null);
    expect(session.demoSignIn('caf'), 'no demo sign-in after a log-out').to.equal(false);
    expect(session.demoSignIn('msa')).to.equal(true);
    expect(changes).to.equal(2);

    await session.refresh('caf', signedInAdapter());
    expect(session.name('caf'), 'signed in again').to.equal(MURIEL);
    expect(session.demoSignIn('caf')).to.equal(true);
  });

  it('drops the answer of a request overtaken by a log-out', async () => {
    const session = new PortalSession(() => undefined);
    const adapter = signedInAdapter();
    let answer!: () => void;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    const slow = Object.assign(Object.create(adapter) as MemoryAdapter, {
      getSession: async () => {
        const current = await adapter.getSession();
        await gate;
        return current;
      },
    });
    const pending = session.refresh('caf', slow);
    session.ended('caf');
    answer();
    await pending;
    expect(session.name('caf')).to.equal(null);
  });
});

describe('Portal signed-in pages without a session', () => {
  const content = () => html`<p class="account">Contenu du compte</p>`;

  it('sign the demo account in, say so, and tell the header', async () => {
    const adapter = createMemoryAdapter({ agency: 'caf' });
    const { context, signIns, redirected } = portalContext('caf', 'accueil', adapter);
    const region = await themed(withDemoSession(context, 'Chargement…', content));
    await until(() => !!region.querySelector('.account'), 'the page content');
    expect(norm(deepText(region.querySelector('mc-notice')!))).to.include(`vous êtes connecté avec le compte de ${DEMO_ACCOUNTS.caf.holder}`);
    expect(signIns.count).to.equal(1);
    expect(redirected).to.deep.equal([]);
    expect((await adapter.getSession()).session?.user.firstName).to.equal('Muriel');
  });

  it('after a log-out in this tab, send to the connexion page and sign nobody in', async () => {
    const adapter = createMemoryAdapter({ agency: 'caf' });
    const { context, signIns, redirected } = portalContext('caf', 'accueil', adapter, { demoSignIn: false });
    const region = await themed(withDemoSession(context, 'Chargement…', content));
    await until(() => redirected.length > 0, 'the redirection');
    expect(redirected).to.deep.equal(['/caf/connexion']);
    expect(signIns.count).to.equal(0);
    expect(region.querySelector('.account')).to.equal(null);
    expect((await adapter.getSession()).session).to.equal(null);
  });

  it('with a session already: no demo notice, nothing to tell', async () => {
    const { context, signIns } = portalContext('caf', 'accueil', signedInAdapter(), { demoSignIn: false });
    const region = await themed(withDemoSession(context, 'Chargement…', content));
    await until(() => !!region.querySelector('.account'), 'the page content');
    expect(region.querySelector('mc-notice')).to.equal(null);
    expect(signIns.count).to.equal(0);
  });
});
