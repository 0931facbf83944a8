// The portal's connexion pages: the agency's demo accounts in a demo notice, and a log-in that lands on the
// agency's home page.
import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter, DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { page } from '../../packages/portal/src/pages/connexion.js';
import type { AgencyId } from '../../packages/portal/src/routes.js';
import { deepText, norm, press, provided, settle, typeIn, until } from './helpers.js';
import { portalContext } from './portal-context.js';

async function connexionPage(id: AgencyId, loggedOut = false) {
  const adapter = createMemoryAdapter({ agency: id });
  const { context, visited } = portalContext(id, 'connexion', adapter, { loggedOut });
  const region = await provided(adapter, html`${page.render(context)}`, id);
  await settle(region);
  return { region, visited };
}

describe('Portal pages /caf/connexion and /msa/connexion', function () {
  // Whole journeys typed key by key: slower than a unit test, more so with another test file running alongside.
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  for (const id of ['caf', 'msa'] as const) {
    it(`shows the ${id} demo accounts and lands on /${id}/accueil after logging in`, async () => {
      const { region, visited } = await connexionPage(id);
      const notice = region.querySelector('mc-notice')!;
      const text = norm(deepText(notice));
      expect(text).to.contain('Comptes de démonstration');
      const own = Object.values(DEMO_ACCOUNTS).filter((a) => a.agency === id);
      for (const account of own) expect(text).to.contain(account.identifier);
      for (const other of Object.values(DEMO_ACCOUNTS).filter((a) => a.agency !== id)) expect(text).to.not.contain(other.identifier);
      expect(text).to.contain('123456');
      const account = DEMO_ACCOUNTS[id];
      await typeIn(region.querySelector('input[autocomplete="username"]'), account.identifier);
      await typeIn(region.querySelector('input[autocomplete="current-password"]'), account.password);
      await press('Enter');
      await until(() => visited.length > 0, 'the navigation');
      expect(visited).to.deep.equal([`/${id}/accueil`]);
    });
  }

  it('passes axe with the demo notice and the login form', async () => {
    const { region } = await connexionPage('caf');
    await expect(region).to.be.accessible();
  });

  it('says "Vous êtes déconnecté" right after a log-out, and only then', async () => {
    const after = await connexionPage('caf', true);
    await until(() => norm(deepText(after.region)).includes('Vous êtes déconnecté'), 'the notice');
    expect(after.region.querySelector('mc-notice[variant="success"]')?.hasAttribute('announce')).to.equal(true);
    const before = await connexionPage('caf');
    expect(norm(deepText(before.region))).to.not.include('Vous êtes déconnecté');
  });
});
