// mc-authorisation-panel, failed actions: every adapter failure kind at grant, revoke and renounce keeps the
// state (in the panel and in the back end), says what happened in the confirmation, offers "Réessayer" (which
// makes one more call and succeeds) only when the failure is retryable, and "Fermer" otherwise. An expired
// session says so, with "Me reconnecter".
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ADAPTER_ERROR_KINDS, AdapterError, errorMessages, translate, type AdapterMethod } from '@moncompte/core';
import type { McAuthorisationPanel } from '@moncompte/components/authorisation-panel.js';
import { buttonOf, counted, deepActive, dialogOf, dialogOpen, focusWithin, hasButton, idle, mount, norm, partText, press, root, until } from './helpers.js';

interface ActionCase {
  readonly name: string;
  readonly method: AdapterMethod;
  readonly open: string;
  readonly confirm: string;
  readonly failed: string;
  readonly prepare?: (c: ReturnType<typeof counted>) => Promise<unknown>;
  /** What the back end holds after the action succeeded. */
  readonly done: (c: ReturnType<typeof counted>) => Promise<boolean>;
}

const CASES: readonly ActionCase[] = [
  {
    name: 'grant',
    method: 'grantAuthorisation',
    open: 'Autoriser Fabrice Carré à gérer mon dossier',
    confirm: 'Oui, autoriser',
    failed: 'L’autorisation n’a pas été enregistrée.',
    done: async (c) => (await c.memory.getAuthorisations()).given.length === 1,
  },
  {
    name: 'revoke',
    method: 'revokeAuthorisation',
    open: 'Ne plus autoriser Fabrice Carré',
    confirm: 'Oui, retirer l’autorisation',
    failed: 'L’autorisation n’a pas été retirée.',
    prepare: (c) => c.memory.grantAuthorisation({ personId: 'p-fabrice' }),
    done: async (c) => (await c.memory.getAuthorisations()).given.length === 0,
  },
  {
    name: 'renounce',
    method: 'revokeAuthorisation',
    open: 'Renoncer à gérer le dossier de Fabrice Carré',
    confirm: 'Oui, renoncer',
    failed: 'Votre renoncement n’a pas été enregistré.',
    done: async (c) => (await c.memory.getAuthorisations()).received.length === 0,
  },
];

const message = (kind: string) => norm(translate([errorMessages], 'fr', `error.${kind}` as never));

async function failOnce(c: ReturnType<typeof counted>, action: ActionCase, kind: AdapterError['kind'], loginHref?: string): Promise<McAuthorisationPanel> {
  await action.prepare?.(c);
  // As a page that handles an expired session itself (the login form in place is in reauth.test.ts).
  const panel = await mount(c.adapter, { handlesReauth: true, ...(loginHref ? { loginHref } : {}) });
  c.memory.faults.failNext(action.method, 1, kind);
  await press(panel, action.open);
  await dialogOpen(panel);
  await press(panel, action.confirm);
  await until(() => !!root(panel).querySelector('mc-notice[part~="dialog-error"]'), 'the failure in the dialog');
  await idle(panel);
  return panel;
}

describe('mc-authorisation-panel: failed actions', () => {
  for (const action of CASES) {
    for (const kind of ADAPTER_ERROR_KINDS) {
      const retryable = new AdapterError(kind).retryable;
      it(`${action.name} fails with "${kind}": state kept, the failure said${retryable ? ', "Réessayer" succeeds' : ', "Fermer" only'}`, async () => {
        const c = counted();
        const panel = await failOnce(c, action, kind);
        const statusBefore = partText(panel, 'status');
        const dialog = dialogOf(panel);
        expect(dialog.open, 'the confirmation stays open').to.equal(true);
        const notice = root(panel).querySelector('mc-notice[part~="dialog-error"]')!;
        expect(notice.getAttribute('variant')).to.equal('error');
        await until(() => !!notice.shadowRoot?.querySelector('[role="alert"] .content:not([hidden])'), 'the alert revealed');
        expect(partText(panel, 'dialog-error')).to.include(`${action.failed} ${message(kind)}`);
        expect(await action.done(c), 'nothing changed in the back end').to.equal(false);
        expect(c.count(action.method)).to.equal(1);
        expect(root(panel).querySelector('mc-notice[part~="notice"]'), 'no success said').to.equal(null);

        if (retryable) {
          expect(hasButton(panel, action.confirm), 'the confirm button became "Réessayer"').to.equal(false);
          const retry = buttonOf(panel, 'Réessayer');
          expect(focusWithin(retry), 'the focus stays on it').to.equal(true);
          await sendKeys({ press: 'Enter' });
          await dialogOpen(panel, false);
          await idle(panel);
          expect(c.count(action.method)).to.equal(2);
          expect(await action.done(c)).to.equal(true);
          expect(partText(panel, 'notice')).to.include('C’est fait');
        } else {
          expect(hasButton(panel, 'Réessayer')).to.equal(false);
          expect(hasButton(panel, action.confirm)).to.equal(false);
          expect(focusWithin(buttonOf(panel, 'Fermer')), 'the focus on "Fermer"').to.equal(true);
          await sendKeys({ press: 'Enter' });
          await dialogOpen(panel, false);
          await idle(panel);
          expect(partText(panel, 'status'), 'the panel as it was').to.equal(statusBefore);
          expect(focusWithin(buttonOf(panel, action.open)), 'focus back on the button').to.equal(true);
          expect(c.count(action.method)).to.equal(1);
        }
      });
    }
  }

  it('rate-limited: says when it can be tried again', async () => {
    const panel = await failOnce(counted(), CASES[0]!, 'rate-limited');
    expect(partText(panel, 'dialog-error')).to.include('Vous pourrez réessayer dans 30 secondes.');
  });

  it('expired session at grant: "Votre session a expiré", a "Me reconnecter" link, no retry', async () => {
    const panel = await failOnce(counted(), CASES[0]!, 'unauthorized', '/caf/connexion');
    expect(partText(panel, 'dialog-error')).to.include('Votre session a expiré. Reconnectez-vous pour continuer.');
    const link = dialogOf(panel).querySelector('a')!;
    expect(link.textContent).to.equal('Me reconnecter');
    expect(link.getAttribute('href')).to.equal('/caf/connexion');
    expect(hasButton(panel, 'Réessayer')).to.equal(false);
  });

  it('a second failure inserts a new alert (announced again)', async () => {
    const c = counted();
    const panel = await failOnce(c, CASES[0]!, 'server');
    const first = root(panel).querySelector('mc-notice[part~="dialog-error"]');
    c.memory.faults.failNext('grantAuthorisation', 1, 'timeout');
    await sendKeys({ press: 'Enter' });
    await until(() => c.count('grantAuthorisation') === 2 && root(panel).querySelector('mc-notice[part~="dialog-error"]') !== first, 'a new notice');
    await idle(panel);
    expect(partText(panel, 'dialog-error')).to.include('Le service met trop de temps à répondre.');
    expect(deepActive()?.closest('dialog') ?? buttonOf(panel, 'Réessayer').contains(deepActive())).to.not.equal(null);
  });

  it('Escape while the adapter answers does not close the confirmation', async () => {
    const c = counted();
    c.memory.faults.hang('grantAuthorisation');
    const panel = await mount(c.adapter);
    await press(panel, 'Autoriser Fabrice Carré à gérer mon dossier');
    await dialogOpen(panel);
    await press(panel, 'Oui, autoriser');
    await idle(panel);
    await sendKeys({ press: 'Escape' });
    await idle(panel);
    expect(dialogOf(panel).open).to.equal(true);
    expect(buttonOf(panel, 'Oui, autoriser').hasAttribute('busy')).to.equal(true);
    expect(buttonOf(panel, 'Annuler').hasAttribute('disabled')).to.equal(true);
    panel.remove(); // aborts the hung call
  });
});
