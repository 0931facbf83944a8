// The demo portal's home page, CAF and MSA, on the portal's own in-memory adapter: every link it shows — the
// tiles' own and those of the demo data (alerts, messages, attestations, contact, news, the MSA services) — leads to
// a page of the portal or out of the portal (https), never to "Page introuvable".
import { expect } from '@open-wc/testing';
import { agencyAdapter } from '../../packages/portal/src/adapter.js';
import { page } from '../../packages/portal/src/pages/accueil.js';
import { AGENCIES, matchPath, type AgencyId } from '../../packages/portal/src/routes.js';
import { dashboardSettled } from '../dashboard/helpers.js';
import { provided, until } from './helpers.js';
import { portalContext } from './portal-context.js';

/** The `href` attributes of every link under `root`, shadow roots included. */
function hrefs(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) found.push(element.getAttribute('href')!);
    if (element.shadowRoot) found.push(...hrefs(element.shadowRoot));
  }
  return found;
}

describe('Portal home page: where its links lead', function () {
  this.timeout(20000);

  for (const id of ['caf', 'msa'] as const satisfies readonly AgencyId[]) {
    it(`${id}: every link of the dashboard is a page of the portal or an https address`, async () => {
      const adapter = agencyAdapter(AGENCIES[id]);
      const { context } = portalContext(id, 'accueil', adapter);
      const region = await provided(adapter, page.render(context), id);
      await until(() => !!region.querySelector('mc-dashboard'), 'the dashboard');
      await dashboardSettled(region.querySelector('mc-dashboard')!);
      // Relative links resolve against the page's address, as in the portal.
      const base = `${location.origin}/${id}/accueil`;
      const urls = hrefs(region).map((href) => new URL(href, base));
      const inside = urls.filter((url) => url.origin === location.origin);
      const lost = inside.filter((url) => matchPath(url.pathname).kind !== 'page').map((url) => url.pathname);
      expect(lost, 'links to "Page introuvable"').to.deep.equal([]);
      expect(urls.filter((url) => url.origin !== location.origin).every((url) => url.protocol === 'https:')).to.equal(true);
      // The demo data's own links are among them, under the agency's prefix.
      const paths = inside.map((url) => url.pathname);
      expect(paths).to.include(`/${id}/contact/message`);
      expect(paths.some((path) => path.startsWith(`/${id}/messages/`)), 'a message').to.equal(true);
      expect(paths.some((path) => path.startsWith(`/${id}/paiements/attestations/`)), 'an attestation').to.equal(true);
      if (id === 'msa') expect(paths.filter((path) => path.startsWith('/msa/services/')).length, 'the MSA services').to.be.greaterThan(10);
      // The spouse's management authorisation is the CAF's: "Gérer mes autorisations" on its home page only.
      expect(paths.includes(`/${id}/gerer-mon-compte/autorisations`), 'the authorisations page').to.equal(id === 'caf');
    });
  }

  it('a page below a coming-soon page is that page; below another page, it is not found', () => {
    const below = matchPath('/caf/messages/msg-3');
    expect(below.kind === 'page' && below.route.path).to.equal('messages');
    const attestation = matchPath('/caf/paiements/attestations/paiement');
    expect(attestation.kind === 'page' && attestation.route.path, 'the closest one').to.equal('paiements/attestations');
    expect(matchPath('/caf/profil/adresse').kind).to.equal('not-found');
    expect(matchPath('/caf/messagesx').kind).to.equal('not-found');
    expect(matchPath('/caf/gerer-mon-compte/autorisations').kind).to.equal('page');
    expect(matchPath('/msa/gerer-mon-compte/autorisations').kind, 'no authorisations page at the MSA').to.equal('not-found');
  });
});
