// The portal's authorisations page (/caf/gerer-mon-compte/autorisations: the spouse's management authorisation is
// the CAF's, the MSA has no such page): the panel on the agency's adapter (through the page's provider); opened
// without a session, the demo signs in first and says so; an existing session is kept.
import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter, DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import { page } from '../../packages/portal/src/pages/autorisations.js';
import type { AgencyId } from '../../packages/portal/src/routes.js';
import { provided } from '../journeys/helpers.js';
import { portalContext } from '../journeys/portal-context.js';
import { hasButton, norm, deepText, settled, TODAY, until } from './helpers.js';

async function authorisationsPage(id: AgencyId, adapter: MemoryAdapter = createMemoryAdapter({ agency: id, today: TODAY })) {
  const { context } = portalContext(id, 'autorisations', adapter);
  const region = await provided(adapter, html`${page.render(context)}`, id);
  await until(() => !!region.querySelector('mc-authorisation-panel'), 'the panel');
  const panel = region.querySelector('mc-authorisation-panel')!;
  await settled(panel);
  return { region, panel };
}

describe('Portal page /caf/gerer-mon-compte/autorisations', () => {
  it('CAF, no session: signs in as the demo account, says so, and shows Muriel’s authorisations', async () => {
    const { region, panel } = await authorisationsPage('caf');
    expect(norm(deepText(region.querySelector('mc-notice')!))).to.include(`vous êtes connecté avec le compte de ${DEMO_ACCOUNTS.caf.holder}`);
    expect(panel.state).to.equal('ready');
    expect(hasButton(panel, 'Autoriser Fabrice Carré à gérer mon dossier')).to.equal(true);
    expect(panel.getAttribute('agency'), 'an expired session logs in with the CAF’s form').to.equal('caf');
  });

  it('CAF, signed in already: no demo notice, the session kept', async () => {
    const adapter = createMemoryAdapter({ agency: 'caf', today: TODAY, signedIn: DEMO_ACCOUNTS.caf.identifier });
    const { region, panel } = await authorisationsPage('caf', adapter);
    expect(region.querySelector('mc-notice')).to.equal(null);
    expect(hasButton(panel, 'Autoriser Fabrice Carré à gérer mon dossier')).to.equal(true);
    expect((await adapter.getSession()).session?.identifier).to.equal(DEMO_ACCOUNTS.caf.identifier);
  });

  it('passes axe', async () => {
    const { region } = await authorisationsPage('caf');
    await expect(region).to.be.accessible();
  });
});
