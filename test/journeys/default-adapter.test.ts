// The page's default adapter: `import '@moncompte/adapters/memory/default'` makes the seeded in-memory adapter the
// adapter of every element given no other (a demo page needs no provider); the `adapter` property and a provider
// still win; with no default at all, elements say they have no adapter. (This file's page imports the module.)
import { expect, html } from '@open-wc/testing';
import { defaultMemoryAdapter } from '@moncompte/adapters/memory/default';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { getDefaultAdapter, setDefaultAdapter } from '@moncompte/core';
import '@moncompte/components/login-form.js';
import '@moncompte/components/adapter-provider.js';
import '../../packages/components/src/profile-tile/define.js';
import { countingAdapter, nextEvent, themed, until } from '../login/helpers.js';
import { logInByKeyboard } from '../login/login-fixture.js';
import { memory, settled, stateOf, textOf } from '../dashboard/helpers.js';

describe('the default adapter', () => {
  afterEach(() => setDefaultAdapter(defaultMemoryAdapter));

  it('is the seeded in-memory adapter once the module is imported: a bare <mc-login-form> logs the demo account in', async () => {
    expect(getDefaultAdapter()).to.equal(defaultMemoryAdapter);
    const region = await themed(html`<mc-login-form agency="caf"></mc-login-form>`);
    const element = region.querySelector('mc-login-form')!;
    await element.updateComplete;
    const login = nextEvent<CustomEvent<{ session: { agency: string } }>>(element, 'mc-login');
    await logInByKeyboard(element, DEMO_ACCOUNTS.caf.identifier, DEMO_ACCOUNTS.caf.password);
    expect((await login).detail.session.agency).to.equal('caf');
  });

  it('loses to the element’s adapter property and to a provider', async () => {
    const fallback = countingAdapter();
    setDefaultAdapter(fallback.adapter);
    const own = countingAdapter();
    const provided = countingAdapter();
    const region = await themed(html`<mc-login-form agency="caf" .adapter=${own.adapter}></mc-login-form>
      <mc-adapter-provider .adapter=${provided.adapter}><mc-login-form agency="caf"></mc-login-form></mc-adapter-provider>`);
    const [first, second] = [...region.querySelectorAll('mc-login-form')];
    for (const element of [first!, second!]) {
      await element.updateComplete;
      const login = nextEvent(element, 'mc-login');
      await logInByKeyboard(element, DEMO_ACCOUNTS.caf.identifier, DEMO_ACCOUNTS.caf.password);
      await login;
    }
    expect([own.count('login'), provided.count('login'), fallback.count('login')]).to.deep.equal([1, 1, 0]);
  });

  it('without a default, an element says it has no adapter; a default set later is picked up at once', async () => {
    setDefaultAdapter(undefined);
    const region = await themed(html`<mc-profile-tile></mc-profile-tile>`);
    const tile = region.querySelector('mc-profile-tile')!;
    await settled(tile);
    expect(stateOf(tile)).to.equal('error');
    setDefaultAdapter(memory());
    await until(() => stateOf(tile) === 'ready', 'the tile loads with the new default');
    await settled(tile);
    expect(textOf(tile)).to.contain('Muriel');
  });
});
