// mc-logout-button: "Déconnexion" ends the session through the adapter, fires mc-logout; a failure shows a
// notice and the button works again; one call per action.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import '@moncompte/components/logout-button.js';
import type { McLogoutButton } from '@moncompte/components/logout-button.js';
import { countingAdapter, deepText, nextEvent, norm, tabTo, themed, until } from './helpers.js';

async function logoutButton(theme: 'caf' | 'msa' = 'caf', options: Parameters<typeof countingAdapter>[0] = {}) {
  const counted = countingAdapter({ signedIn: theme === 'caf' ? DEMO_ACCOUNTS.caf.identifier : DEMO_ACCOUNTS.msa.identifier, ...options });
  const region = await themed(html`<mc-logout-button .adapter=${counted.adapter}></mc-logout-button>`, theme);
  const element = region.querySelector('mc-logout-button') as McLogoutButton;
  await element.updateComplete;
  return { ...counted, region, element, button: element.shadowRoot!.querySelector('mc-button')! };
}

const noticeText = (element: McLogoutButton) => {
  const notice = element.shadowRoot!.querySelector('mc-notice');
  return notice ? norm(deepText(notice)) : '';
};

describe('mc-logout-button', () => {
  it('says "Déconnexion" and ends the session by keyboard, then fires mc-logout', async () => {
    const { element, button, memory } = await logoutButton();
    expect(norm(button.textContent)).to.equal('Déconnexion');
    expect((await memory.getSession()).session).to.not.equal(null);
    const logout = nextEvent(element, 'mc-logout');
    await tabTo(element);
    await sendKeys({ press: 'Enter' });
    const event = await logout;
    expect(event.bubbles && event.composed).to.equal(true);
    expect((await memory.getSession()).session).to.equal(null);
  });

  it('shows a failure notice with what to do, and ends the session on the next try', async () => {
    const { element, memory, count } = await logoutButton('msa');
    memory.faults.failNext('logout', 1, 'network');
    let events = 0;
    element.addEventListener('mc-logout', () => (events += 1));
    await tabTo(element);
    await sendKeys({ press: 'Space' });
    await until(() => noticeText(element) !== '', 'the failure');
    const text = noticeText(element);
    expect(text).to.contain('La déconnexion n’a pas abouti.');
    expect(text).to.contain('Vérifiez votre connexion internet');
    expect(text).to.contain('Choisissez à nouveau « Déconnexion »');
    expect(events).to.equal(0);
    expect((await memory.getSession()).session).to.not.equal(null);
    await sendKeys({ press: 'Enter' });
    await until(() => events === 1, 'mc-logout');
    expect(count('logout')).to.equal(2);
    expect(noticeText(element)).to.equal('');
  });

  it('treats "unauthorized" (the session had already ended) as logged out', async () => {
    const { element, memory } = await logoutButton();
    memory.faults.failNext('logout', 1, 'unauthorized');
    const logout = nextEvent(element, 'mc-logout');
    await element.logout();
    await logout;
    expect(noticeText(element)).to.equal('');
  });

  it('makes one call for a double click', async () => {
    const { element, button, count } = await logoutButton('caf', { latency: 100 });
    const logout = nextEvent(element, 'mc-logout');
    (button as HTMLElement).click();
    (button as HTMLElement).click();
    await logout;
    await new Promise((r) => setTimeout(r, 150));
    expect(count('logout')).to.equal(1);
  });

  for (const theme of ['caf', 'msa'] as const) {
    it(`passes axe idle and after a failure (${theme})`, async () => {
      const { element, region, memory } = await logoutButton(theme);
      await expect(region).to.be.accessible();
      memory.faults.failNext('logout', 1, 'server');
      await element.logout();
      await new Promise((r) => setTimeout(r, 150));
      expect(noticeText(element)).to.not.equal('');
      await expect(region).to.be.accessible();
    });
  }
});
