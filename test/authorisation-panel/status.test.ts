// mc-authorisation-panel, what it shows: both directions for each seeded household, the empty states, loading,
// every failure kind of the load (retry only when retryable, recovering by keyboard), English under lang="en".
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { ADAPTER_ERROR_KINDS, AdapterError, errorMessages, translate } from '@moncompte/core';
import { counted, deepActive, mount, norm, partText, hasButton, root, settled, tabTo, textOf, until } from './helpers.js';

const cardOf = (panel: HTMLElement, part: string) => root(panel as never).querySelector<HTMLElement & { state: string; updateComplete: Promise<unknown> }>(`mc-card[part~="${part}"]`)!;
const retryOf = (panel: HTMLElement) => cardOf(panel, 'status').shadowRoot!.querySelector<HTMLElement>('[part~="retry"]')!;
const visible = (el: Element | null) => !!el && el.getClientRects().length > 0;

describe('mc-authorisation-panel: status', () => {
  it('loading: the status card shows the skeleton and aria-busy while getAuthorisations hangs', async () => {
    const c = counted();
    c.memory.faults.hang('getAuthorisations');
    const panel = await mount(c.adapter, { wait: false });
    const card = cardOf(panel, 'status');
    await card.updateComplete;
    expect(panel.state).to.equal('loading');
    expect(card.state).to.equal('loading');
    expect(card.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(card.shadowRoot!.querySelector('[part~="skeleton"]')).to.not.equal(null);
    // What an authorisation allows is there at once; nothing can be granted before the status is known.
    expect(partText(panel, 'about')).to.include('Ce que permet une autorisation de gestion');
    expect(hasButton(panel, 'Autoriser')).to.equal(false);
  });

  it('CAF (Muriel): authorised by Fabrice since 1 March 2018, Fabrice can be authorised, nothing given; one call, no history yet', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    expect(panel.state).to.equal('ready');
    const given = partText(panel, 'given');
    expect(given).to.include('J’autorise');
    expect(given).to.include('Vous n’autorisez personne à gérer votre dossier.');
    expect(given).to.include('Vous pouvez autoriser votre conjoint à gérer le dossier avec vous');
    expect(hasButton(panel, 'Autoriser Fabrice Carré à gérer mon dossier')).to.equal(true);
    const received = partText(panel, 'received');
    expect(received).to.include('Je suis autorisé(e)');
    expect(received).to.include('Fabrice Carré vous autorise à gérer son dossier depuis le 1er mars 2018.');
    expect(hasButton(panel, 'Renoncer à gérer le dossier de Fabrice Carré')).to.equal(true);
    expect(c.count('getAuthorisations')).to.equal(1);
    expect(c.count('getAuthorisationHistory')).to.equal(0);
  });

  it('says what an authorisation allows and does not allow (seeds 001 and 002)', async () => {
    const panel = await mount(counted().adapter);
    const about = partText(panel, 'about');
    for (const expected of [
      'a accès aux mêmes services et fonctionnalités que vous',
      'peut consulter les données du dossier et réaliser des démarches',
      'est informé qu’il a une autorisation de gestion',
      'Sans autorisation, votre conjoint peut avoir son propre espace personnel, avec un accès limité',
      'consulter ses données personnelles et s’apercevoir de toute erreur',
      'modifier ses coordonnées de contact',
      'déclarer une séparation',
      'faire des demandes de prestations en son nom',
      'Mais il ne peut pas gérer le dossier.',
      'Vous pouvez retirer une autorisation à tout moment.',
      'Après la déclaration d’une séparation, l’autorisation de gestion prend fin automatiquement.',
    ]) {
      expect(about, expected).to.include(expected);
    }
  });

  it('MSA (Jean-Paul): his partner Sylvie can be authorised, nobody authorises him', async () => {
    const panel = await mount(counted({ signedIn: DEMO_ACCOUNTS.msa.identifier }).adapter, { theme: 'msa' });
    expect(hasButton(panel, 'Autoriser Sylvie Morel à gérer mon dossier')).to.equal(true);
    expect(partText(panel, 'received')).to.include('Personne ne vous autorise à gérer son dossier.');
    expect(hasButton(panel, 'Renoncer')).to.equal(false);
  });

  it('no partner, nothing given or received (Awa): says who could be authorised, offers no action', async () => {
    const panel = await mount(counted({ signedIn: DEMO_ACCOUNTS.cafProvisional.identifier }).adapter);
    expect(partText(panel, 'given')).to.include('Vous n’autorisez personne à gérer votre dossier.');
    expect(partText(panel, 'given')).to.include(
      'Personne ne peut recevoir d’autorisation de votre part : seul votre conjoint, présent sur un dossier dont vous êtes l’allocataire, peut être autorisé.',
    );
    expect(partText(panel, 'received')).to.include('Personne ne vous autorise à gérer son dossier.');
    expect([...root(panel).querySelectorAll('mc-button')]).to.have.length(0);
  });

  it('granted before: "Fabrice Carré peut gérer votre dossier depuis le 24 novembre 2026" with its revoke button, no candidate left', async () => {
    const c = counted();
    await c.memory.grantAuthorisation({ personId: 'p-fabrice' });
    const panel = await mount(c.adapter);
    const given = partText(panel, 'given');
    expect(given).to.include('Fabrice Carré peut gérer votre dossier depuis le 24 novembre 2026.');
    expect(given).to.not.include('Vous n’autorisez personne');
    expect(hasButton(panel, 'Ne plus autoriser Fabrice Carré')).to.equal(true);
    expect(hasButton(panel, 'Autoriser Fabrice Carré')).to.equal(false);
    // Both ways at once: Fabrice's authorisation to Muriel is still shown.
    expect(partText(panel, 'received')).to.include('Fabrice Carré vous autorise à gérer son dossier');
  });

  for (const kind of ADAPTER_ERROR_KINDS) {
    const retryable = new AdapterError(kind).retryable;
    it(`load failure "${kind}": says what happened${retryable ? ', "Réessayer" (Enter) loads again and recovers' : ', no retry'}`, async () => {
      const c = counted();
      c.memory.faults.failNext('getAuthorisations', 1, kind);
      // `unauthorized` as on a page that handles it itself (the login form in place is in reauth.test.ts).
      const panel = await mount(c.adapter, { handlesReauth: true });
      expect(panel.state).to.equal('error');
      expect(partText(panel, 'status')).to.include(norm(translate([errorMessages], 'fr', `error.${kind}`)));
      expect(hasButton(panel, 'Autoriser')).to.equal(false);
      const retry = retryOf(panel);
      expect(visible(retry), 'retry shown').to.equal(retryable);
      if (!retryable) return;
      await tabTo(retry);
      await sendKeys({ press: 'Enter' });
      await settled(panel);
      await until(() => deepActive()?.id === 'given-heading', 'the focus on "J’autorise"');
      expect(panel.state).to.equal('ready');
      expect(hasButton(panel, 'Autoriser Fabrice Carré à gérer mon dossier')).to.equal(true);
      expect(c.count('getAuthorisations')).to.equal(2);
    });
  }

  it('a retry that fails again keeps the focus on the (new) retry button', async () => {
    const c = counted();
    c.memory.faults.failNext('getAuthorisations', 2, 'network');
    const panel = await mount(c.adapter);
    await tabTo(retryOf(panel));
    await sendKeys({ press: 'Enter' });
    await until(() => c.count('getAuthorisations') === 2 && panel.state === 'error', 'the second failure');
    await settled(panel);
    await until(() => deepActive() === retryOf(panel), 'the focus on the retry button');
    expect(partText(panel, 'status')).to.include('Impossible de joindre le service.');
  });

  it('expired session at load: says so, with "Me reconnecter" when login-href is set (an unsafe href gives no link)', async () => {
    const c = counted();
    c.memory.faults.failNext('getAuthorisations', 1, 'unauthorized');
    const panel = await mount(c.adapter, { loginHref: '/caf/connexion', handlesReauth: true });
    expect(partText(panel, 'status')).to.include('Votre session a expiré. Reconnectez-vous pour continuer.');
    const link = root(panel).querySelector('a')!;
    expect(link.textContent).to.equal('Me reconnecter');
    expect(link.getAttribute('href')).to.equal('/caf/connexion');

    const other = counted();
    other.memory.faults.failNext('getAuthorisations', 1, 'unauthorized');
    const unsafe = await mount(other.adapter, { loginHref: 'javascript:alert(1)', handlesReauth: true });
    expect(root(unsafe).querySelector('a')).to.equal(null);
  });

  it('without any adapter: an error without retry, and a warning for the developer', async () => {
    const panel = document.createElement('mc-authorisation-panel');
    document.body.append(panel);
    try {
      await until(() => panel.state === 'error', 'the error state');
      await settled(panel);
      expect(partText(panel, 'status')).to.include('Le service rencontre un problème.');
      expect(visible(retryOf(panel))).to.equal(false);
    } finally {
      panel.remove();
    }
  });

  it('speaks English under lang="en"', async () => {
    const panel = await mount(counted().adapter, { lang: 'en' });
    const text = textOf(panel);
    for (const expected of [
      'My management authorisations',
      'I authorise',
      'You do not authorise anyone to manage your file.',
      'Authorise Fabrice Carré to manage my file',
      'I am authorised',
      'Fabrice Carré has authorised you to manage their file since 1 March 2018.',
      'Give up managing Fabrice Carré’s file',
      'What a management authorisation allows',
      'But they cannot manage the file.',
      'Authorisation history',
      'Show the history',
    ]) {
      expect(text, expected).to.include(expected);
    }
    expect(text).to.not.include('J’autorise');
  });
});
