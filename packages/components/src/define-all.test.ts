// `@moncompte/components/all.js` registers every element of the custom-elements manifest (generated from the
// sources by `npm run analyze`, a step of `npm test` before this one), and nothing is left out when one is added.
import { expect } from '@open-wc/testing';
import '@moncompte/components/all.js';

interface Manifest {
  modules: { declarations?: { tagName?: string }[] }[];
}

describe('@moncompte/components/all.js', () => {
  it('defines every element of the manifest', async () => {
    const response = await fetch('/packages/components/custom-elements.json');
    expect(response.ok, 'the manifest exists (`npm run analyze`, which `npm test` runs first)').to.equal(true);
    const manifest = (await response.json()) as Manifest;
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect(tags, 'the manifest lists the elements').to.include.members(['mc-login-form', 'mc-contact-change', 'mc-dashboard']);
    expect(tags.filter((tag) => !customElements.get(tag)), 'not defined by all.js').to.deep.equal([]);
  });
});
