// mc-authorisation-panel, the actions, by keyboard alone: grant to the partner (and the state both ways, in the
// panel and in the back end), revoke as grantor, renounce as grantee; cancelling a confirmation calls nothing;
// one adapter call per action whatever the clicks and keys; the events.
//
// "Both sides": Muriel is herself a grantee (Fabrice authorises her), so both directions are driven from her
// account, and the back end's view is checked after each action (status, files: Fabrice's file becomes "limited"
// for her once she renounces). Fabrice Carré, her partner, has no account in the seed: the last test creates his
// (as "Créer Mon Compte" does) and logs into both accounts, one after the other, on the same back end.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS, DEMO_CODE } from '@moncompte/adapters/memory';
import type { Authorisation, MonCompteAdapter } from '@moncompte/core';
import type { McAuthorisationPanel } from '@moncompte/components/authorisation-panel.js';
import {
  buttonOf,
  clickCentre,
  confirm,
  counted,
  deepActive,
  dialogOf,
  dialogOpen,
  focusWithin,
  hasButton,
  idle,
  mount,
  partText,
  settled,
  press,
  root,
  type Counted,
} from './helpers.js';

const events = (panel: HTMLElement) => {
  const seen: { type: string; authorisation: Authorisation }[] = [];
  for (const type of ['mc-authorisation-granted', 'mc-authorisation-revoked'] as const) {
    // Listened to above the panel: the events bubble out of it.
    panel.parentElement!.addEventListener(type, (e) => seen.push({ type, authorisation: e.detail.authorisation }));
  }
  return seen;
};

const noticeText = (panel: McAuthorisationPanel) => partText(panel, 'notice');

/** Opens the grant confirmation with the keyboard. */
async function askGrant(panel: McAuthorisationPanel): Promise<HTMLElement> {
  const trigger = buttonOf(panel, 'Autoriser Fabrice Carré à gérer mon dossier');
  await press(panel, 'Autoriser Fabrice Carré à gérer mon dossier');
  await dialogOpen(panel);
  return trigger;
}

/** The adapter with `method` waiting for `release()` before it answers; calls counted when made. */
function gated(c: Counted, method: 'grantAuthorisation' | 'revokeAuthorisation') {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let calls = 0;
  const adapter = new Proxy(c.adapter, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property !== method || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        calls += 1;
        await gate;
        return (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      };
    },
  }) as MonCompteAdapter;
  return { adapter, release, calls: () => calls };
}

describe('mc-authorisation-panel: actions', () => {
  it('grant by keyboard: the confirmation says what the partner will be able to do, then one call, the new state announced and focused', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    const seen = events(panel);
    await askGrant(panel);

    const dialog = dialogOf(panel);
    expect(deepActive(), 'focus on the dialog title').to.equal(dialog.querySelector('h2'));
    expect(dialog.getAttribute('aria-labelledby')).to.equal('confirm-title');
    const said = partText(panel, 'dialog');
    expect(said).to.include('Autoriser Fabrice Carré à gérer votre dossier ?');
    expect(said).to.include('Fabrice Carré pourra consulter les données de votre dossier et réaliser des démarches');
    expect(said).to.include('aura accès aux mêmes services et fonctionnalités que vous');
    expect(said).to.include('Vous pourrez retirer cette autorisation à tout moment.');
    // French typography: a no-break space before the question mark.
    expect(dialog.querySelector('h2')!.textContent).to.include('\u00a0?');
    expect(c.count('grantAuthorisation'), 'nothing called before the confirmation').to.equal(0);

    await confirm(panel, 'Oui, autoriser');
    expect(c.inputs('grantAuthorisation')).to.deep.equal([{ personId: 'p-fabrice' }]);
    expect(partText(panel, 'given')).to.include('Fabrice Carré peut gérer votre dossier depuis le 24 novembre 2026.');
    expect(hasButton(panel, 'Autoriser Fabrice Carré')).to.equal(false);
    expect(hasButton(panel, 'Ne plus autoriser Fabrice Carré')).to.equal(true);
    // Announced politely, and the focus on the new authorisation.
    const notice = root(panel).querySelector('mc-notice[part~="notice"]')!;
    expect(notice.getAttribute('variant')).to.equal('success');
    expect(notice.shadowRoot!.querySelector('[role="status"]')).to.not.equal(null);
    expect(noticeText(panel)).to.include('C’est fait : Fabrice Carré peut maintenant gérer votre dossier ; un message l’en informe.');
    expect(deepActive()).to.equal(root(panel).querySelector('[part~="given"] li[data-authorisation]'));
    expect(seen.map((e) => e.type)).to.deep.equal(['mc-authorisation-granted']);
    expect(seen[0]!.authorisation).to.include({ status: 'active', since: '2026-11-24' });
    expect(seen[0]!.authorisation.grantee.id).to.equal('p-fabrice');

    // The back end agrees, both ways: Muriel authorises Fabrice, and Fabrice still authorises her.
    const status = await c.memory.getAuthorisations();
    expect(status.given.map((a) => a.grantee.id)).to.deep.equal(['p-fabrice']);
    expect(status.received.map((a) => a.grantor.id)).to.deep.equal(['p-fabrice']);
    expect(status.candidates).to.deep.equal([]);
    // A new panel (a later visit) shows the same state.
    const later = await mount(c.adapter);
    expect(partText(later, 'given')).to.include('Fabrice Carré peut gérer votre dossier depuis le 24 novembre 2026.');
    expect(partText(later, 'received')).to.include('Fabrice Carré vous autorise à gérer son dossier');
  });

  it('cancel with Escape or "Annuler": nothing called, nothing changed, the focus back on the button that opened it', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    const before = partText(panel, 'status');

    const trigger = await askGrant(panel);
    await sendKeys({ press: 'Escape' });
    await dialogOpen(panel, false);
    await idle(panel);
    expect(focusWithin(trigger), 'focus back on "Autoriser…"').to.equal(true);

    await askGrant(panel);
    await press(panel, 'Annuler');
    await dialogOpen(panel, false);
    await idle(panel);
    expect(focusWithin(trigger)).to.equal(true);

    const renounce = buttonOf(panel, 'Renoncer à gérer le dossier de Fabrice Carré');
    await press(panel, 'Renoncer à gérer le dossier de Fabrice Carré');
    await dialogOpen(panel);
    await press(panel, 'Annuler');
    await dialogOpen(panel, false);
    await idle(panel);
    expect(focusWithin(renounce)).to.equal(true);

    expect(c.count('grantAuthorisation') + c.count('revokeAuthorisation')).to.equal(0);
    expect(partText(panel, 'status')).to.equal(before);
    expect(root(panel).querySelector('mc-notice[part~="notice"]')).to.equal(null);
    expect((await c.memory.getAuthorisations()).given).to.deep.equal([]);
  });

  it('one call per action: a double click on "Oui, autoriser" while the adapter answers', async () => {
    const c = counted();
    const g = gated(c, 'grantAuthorisation');
    const panel = await mount(g.adapter);
    await askGrant(panel);
    const confirm = buttonOf(panel, 'Oui, autoriser');
    await clickCentre(confirm);
    await clickCentre(confirm);
    await idle(panel);
    expect(g.calls()).to.equal(1);
    expect(confirm.hasAttribute('busy'), 'busy while waiting').to.equal(true);
    g.release();
    await dialogOpen(panel, false);
    await idle(panel);
    expect(g.calls()).to.equal(1);
    expect((await c.memory.getAuthorisations()).given).to.have.length(1);
  });

  it('one call per action: Enter then a click on "Oui, retirer l’autorisation"', async () => {
    const c = counted();
    await c.memory.grantAuthorisation({ personId: 'p-fabrice' });
    const g = gated(c, 'revokeAuthorisation');
    const panel = await mount(g.adapter);
    await press(panel, 'Ne plus autoriser Fabrice Carré');
    await dialogOpen(panel);
    await press(panel, 'Oui, retirer l’autorisation');
    await clickCentre(buttonOf(panel, 'Oui, retirer l’autorisation'));
    await sendKeys({ press: 'Enter' });
    await idle(panel);
    expect(g.calls()).to.equal(1);
    g.release();
    await dialogOpen(panel, false);
    await idle(panel);
    expect(g.calls()).to.equal(1);
  });

  it('revoke as grantor: the confirmation says what changes, one call, Fabrice can be authorised again, focus on "J’autorise"', async () => {
    const c = counted();
    const granted = await c.memory.grantAuthorisation({ personId: 'p-fabrice' });
    const panel = await mount(c.adapter);
    const seen = events(panel);
    await press(panel, 'Ne plus autoriser Fabrice Carré');
    await dialogOpen(panel);
    const said = partText(panel, 'dialog');
    expect(said).to.include('Ne plus autoriser Fabrice Carré à gérer votre dossier ?');
    expect(said).to.include('Fabrice Carré ne pourra plus gérer votre dossier ni y réaliser des démarches.');
    await confirm(panel, 'Oui, retirer l’autorisation');
    expect(c.inputs('revokeAuthorisation')).to.deep.equal([{ authorisationId: granted.id }]);
    expect(partText(panel, 'given')).to.include('Vous n’autorisez personne à gérer votre dossier.');
    expect(hasButton(panel, 'Autoriser Fabrice Carré à gérer mon dossier')).to.equal(true);
    expect(noticeText(panel)).to.include('C’est fait : Fabrice Carré ne peut plus gérer votre dossier.');
    expect(deepActive()?.id).to.equal('given-heading');
    expect(seen).to.have.length(1);
    expect(seen[0]!.type).to.equal('mc-authorisation-revoked');
    expect(seen[0]!.authorisation).to.include({ id: granted.id, status: 'ended', endedBy: 'grantor', endedAt: '2026-11-24' });
    // Fabrice's authorisation to Muriel is untouched.
    expect(partText(panel, 'received')).to.include('Fabrice Carré vous autorise à gérer son dossier');
    const status = await c.memory.getAuthorisations();
    expect(status.given).to.deep.equal([]);
    expect(status.candidates.map((p) => p.id)).to.deep.equal(['p-fabrice']);
  });

  it('renounce as grantee: one call, nobody authorises her any more, Fabrice’s file becomes limited for her', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    const seen = events(panel);
    await press(panel, 'Renoncer à gérer le dossier de Fabrice Carré');
    await dialogOpen(panel);
    const said = partText(panel, 'dialog');
    expect(said).to.include('Renoncer à gérer le dossier de Fabrice Carré ?');
    expect(said).to.include('Vous ne pourrez plus gérer le dossier de Fabrice Carré');
    await confirm(panel, 'Oui, renoncer');
    expect(c.inputs('revokeAuthorisation')).to.deep.equal([{ authorisationId: 'au-fabrice-muriel' }]);
    expect(partText(panel, 'received')).to.include('Personne ne vous autorise à gérer son dossier.');
    expect(hasButton(panel, 'Renoncer')).to.equal(false);
    expect(noticeText(panel)).to.include('C’est fait : vous ne gérez plus le dossier de Fabrice Carré.');
    expect(deepActive()?.id).to.equal('received-heading');
    expect(seen[0]!.authorisation).to.include({ id: 'au-fabrice-muriel', status: 'ended', endedBy: 'grantee' });
    // She can still authorise Fabrice on her own file.
    expect(hasButton(panel, 'Autoriser Fabrice Carré à gérer mon dossier')).to.equal(true);
    const files = await c.memory.getFiles();
    expect(files.files.find((f) => f.id === 'f-caf-7654321')).to.include({ access: 'limited', authorisedBy: null });
  });

  it('grant, then revoke, then grant again in the same panel: each confirmed action makes its one call', async () => {
    const c = counted();
    const panel = await mount(c.adapter);
    await askGrant(panel);
    await confirm(panel, 'Oui, autoriser');
    await press(panel, 'Ne plus autoriser Fabrice Carré', 'Enter', true);
    await dialogOpen(panel);
    await confirm(panel, 'Oui, retirer l’autorisation');
    await askGrant(panel);
    await confirm(panel, 'Oui, autoriser');
    expect(c.count('grantAuthorisation')).to.equal(2);
    expect(c.count('revokeAuthorisation')).to.equal(1);
    expect(c.count('getAuthorisations'), 'no reload: the state comes from the answers').to.equal(1);
    expect((await c.memory.getAuthorisations()).given).to.have.length(1);
  });

  it('two accounts, one back end: Muriel authorises Fabrice; he creates his account, sees it and renounces; Muriel then sees it ended', async () => {
    const c = counted();
    const muriel = await mount(c.adapter);
    await askGrant(muriel);
    await confirm(muriel, 'Oui, autoriser');
    expect(partText(muriel, 'given')).to.include('Fabrice Carré peut gérer votre dossier depuis le 24 novembre 2026.');

    // Fabrice creates his account (identifier, contact, code, password), which opens his session.
    await c.memory.logout();
    const challenge = await c.memory.startRegistration({
      identifierKind: 'nir', identifier: '1821175056021', birthDate: '1982-11-02', contact: { channel: 'email', value: 'fabrice.carre@exemple.fr' },
    });
    const verified = await c.memory.verifyCode({ challengeId: challenge.id, code: DEMO_CODE });
    if (verified.status !== 'valid' || !verified.token) throw new Error('no registration token');
    expect((await c.memory.completeRegistration({ registrationToken: verified.token, password: 'Automne2026' })).user.firstName).to.equal('Fabrice');
    const fabrice = await mount(c.adapter);
    expect(partText(fabrice, 'received')).to.include('Muriel Lefèvre vous autorise à gérer son dossier');
    expect(partText(fabrice, 'given'), 'his own authorisation to her, from the seed').to.include('Muriel Lefèvre peut gérer votre dossier');
    await press(fabrice, 'Renoncer à gérer le dossier de Muriel Lefèvre');
    await dialogOpen(fabrice);
    await confirm(fabrice, 'Oui, renoncer');
    expect(partText(fabrice, 'received')).to.include('Personne ne vous autorise à gérer son dossier.');
    expect(c.inputs<{ authorisationId: string }>('revokeAuthorisation')).to.have.length(1);

    await c.memory.logout();
    const { identifierKind, identifier, password } = DEMO_ACCOUNTS.caf;
    expect((await c.memory.login({ identifierKind, identifier, password, rememberMe: false })).status).to.equal('success');
    await muriel.refresh();
    await settled(muriel);
    expect(partText(muriel, 'given')).to.include('Vous n’autorisez personne à gérer votre dossier.');
    expect(partText(muriel, 'received'), 'his authorisation to her is untouched').to.include('Fabrice Carré vous autorise à gérer son dossier');
  });
});
