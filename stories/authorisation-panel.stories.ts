import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import '@moncompte/components/authorisation-panel.js';
import '@moncompte/components/logout-button.js';
import type { McAuthorisationPanel } from '@moncompte/components/authorisation-panel.js';

/**
 * Every state of mc-authorisation-panel on the CAF demo household (Muriel Lefèvre, her partner Fabrice Carré, who
 * authorises her to manage his file) whatever the toolbar theme, except `MsaMember` (the theme's own account).
 * States that need earlier actions are prepared on the in-memory adapter before the panel's first answer; states
 * after a click (confirmations, failures, history) are reached by the story's `play`.
 */
const meta: Meta = {
  title: 'Mon compte/Autorisations de gestion',
  component: 'mc-authorisation-panel',
  tags: ['autodocs'],
  parameters: {
    adapter: { options: { agency: 'caf', signedIn: DEMO_ACCOUNTS.caf.identifier } },
    docs: {
      description: {
        component:
          'The spouse management authorisation ("Gérer mon compte › Mes autorisations"): whom I authorise and since when, who authorises me, who can be authorised (the partner on a file I hold), what an authorisation allows and does not allow, grant / withdraw / give up with a confirmation, and the history (loaded when opened). A declared separation ends authorisations automatically (said in the history).',
      },
    },
  },
  render: () => html`<div style="padding: 1.5rem; max-width: 48rem">
    <mc-authorisation-panel login-href="#connexion"></mc-authorisation-panel>
  </div>`,
};
export default meta;
type Story = StoryObj;

const CAF = { agency: 'caf' as const, signedIn: DEMO_ACCOUNTS.caf.identifier };

/**
 * Runs `steps` on the adapter before the panel's first answer: its reads wait for them (the adapter's setup
 * hook is synchronous, the actions are not).
 */
function prepared(steps: (adapter: MemoryAdapter) => Promise<unknown>, faults?: (adapter: MemoryAdapter) => void) {
  return {
    options: CAF,
    setup: (adapter: MemoryAdapter) => {
      faults?.(adapter);
      const done = steps(adapter).catch((e: unknown) => console.warn('story preparation failed', e));
      for (const method of ['getAuthorisations', 'getAuthorisationHistory'] as const) {
        const original = adapter[method].bind(adapter);
        (adapter as unknown as Record<string, unknown>)[method] = async (options?: { signal?: AbortSignal }) => {
          await done;
          return original(options);
        };
      }
    },
  };
}

const renounceAll = async (a: MemoryAdapter) => {
  for (const r of (await a.getAuthorisations()).received) await a.revokeAuthorisation({ authorisationId: r.id });
};
const grantPartner = (a: MemoryAdapter) => a.grantAuthorisation({ personId: 'p-fabrice' });

async function panelOf(canvas: HTMLElement): Promise<McAuthorisationPanel> {
  const panel = canvas.querySelector('mc-authorisation-panel')!;
  for (let i = 0; i < 200 && panel.state === 'loading'; i += 1) await new Promise((r) => setTimeout(r, 20));
  await panel.updateComplete;
  return panel;
}

/** The panel's buttons, found by role rather than label (the toolbar may switch the language). */
const BUTTONS = {
  grant: 'mc-button[data-candidate]',
  revoke: '[part~="given"] mc-button',
  renounce: '[part~="received"] mc-button',
  confirm: 'mc-button[data-dialog-confirm]',
  history: '[part~="history-toggle"]',
} as const;

/** Clicks one of the panel's buttons (in the page or in the dialog). */
async function click(panel: McAuthorisationPanel, button: keyof typeof BUTTONS): Promise<void> {
  panel.shadowRoot!.querySelector<HTMLElement>(BUTTONS[button])?.click();
  await panel.updateComplete;
}

async function until(panel: McAuthorisationPanel, selector: string): Promise<void> {
  for (let i = 0; i < 200 && !panel.shadowRoot!.querySelector(selector); i += 1) await new Promise((r) => setTimeout(r, 20));
  await panel.updateComplete;
}

/** Muriel: Fabrice authorises her to manage his file, and she can authorise him on hers. */
export const Received: Story = {};

/** While `getAuthorisations` answers: the skeleton (what an authorisation allows is already there). */
export const Loading: Story = {
  parameters: { adapter: { options: CAF, setup: (a: MemoryAdapter) => a.faults.hang('getAuthorisations') } },
};

/** No partner on a file the person holds, nothing given or received (the provisional-identifier account). */
export const None: Story = {
  parameters: { adapter: { options: { agency: 'caf', signedIn: DEMO_ACCOUNTS.cafProvisional.identifier } } },
};

/** Nothing given or received, the partner can be authorised ("Autoriser Fabrice Carré à gérer mon dossier"). */
export const CandidateAvailable: Story = { parameters: { adapter: prepared(renounceAll) } };

/** "J'autorise": Muriel authorises Fabrice (since today), nobody authorises her. */
export const Granted: Story = {
  parameters: { adapter: prepared(async (a) => (await renounceAll(a), grantPartner(a))) },
};

/** Both ways: Muriel authorises Fabrice, and Fabrice authorises her. */
export const Both: Story = { parameters: { adapter: prepared(grantPartner) } };

/** The grant confirmation: what the partner will be able to do. */
export const GrantConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await click(panel, 'grant');
    await until(panel, 'dialog[open] h2');
  },
};

/** The withdrawal confirmation (by the grantor). */
export const RevokeConfirmation: Story = {
  parameters: { adapter: prepared(grantPartner) },
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await click(panel, 'revoke');
    await until(panel, 'dialog[open] h2');
  },
};

/** Giving up an authorisation received (by the grantee). */
export const RenounceConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await click(panel, 'renounce');
    await until(panel, 'dialog[open] h2');
  },
};

/** After "Oui, autoriser": the new state, announced. */
export const GrantDone: Story = {
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await click(panel, 'grant');
    await until(panel, 'dialog[open] h2');
    await click(panel, 'confirm');
    await until(panel, 'mc-notice[part~="notice"]');
  },
};

/** The grant failed (server): the dialog says so and offers "Réessayer"; nothing changed. */
export const GrantFailure: Story = {
  parameters: { adapter: { options: CAF, setup: (a: MemoryAdapter) => a.faults.failNext('grantAuthorisation', 1000, 'server') } },
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await click(panel, 'grant');
    await until(panel, 'dialog[open] h2');
    await click(panel, 'confirm');
    await until(panel, 'mc-notice[part~="dialog-error"]');
  },
};

/** The withdrawal met an expired session: the confirmation closes and the login form takes the panel's place. */
export const RevokeSessionExpired: Story = {
  parameters: { adapter: prepared(grantPartner, (a) => a.faults.failNext('revokeAuthorisation', 1000, 'unauthorized')) },
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await click(panel, 'revoke');
    await until(panel, 'dialog[open] h2');
    await click(panel, 'confirm');
    await until(panel, 'slot[name="reauth"]');
  },
};

/** A page that handles the expired session itself (it cancels `mc-reauth-required`): said in the confirmation, "Me reconnecter". */
export const RevokeSessionExpiredHandledByPage: Story = {
  parameters: { adapter: prepared(grantPartner, (a) => a.faults.failNext('revokeAuthorisation', 1000, 'unauthorized')) },
  render: () => html`<div style="padding: 1.5rem" @mc-reauth-required=${(e: Event) => e.preventDefault()}>
    <mc-authorisation-panel login-href="#connexion"></mc-authorisation-panel>
  </div>`,
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await click(panel, 'revoke');
    await until(panel, 'dialog[open] h2');
    await click(panel, 'confirm');
    await until(panel, 'mc-notice[part~="dialog-error"]');
  },
};

/** The status could not be loaded (network): the message and "Réessayer". */
export const LoadFailure: Story = {
  parameters: { adapter: { options: CAF, setup: (a: MemoryAdapter) => a.faults.failNext('getAuthorisations', 1000, 'network') } },
};

/** The session expired before the status loaded: the login form in place. */
export const LoadSessionExpired: Story = {
  parameters: { adapter: { options: CAF, setup: (a: MemoryAdapter) => a.faults.failNext('getAuthorisations', 1000, 'unauthorized') } },
};

/** The history open: a grant, its withdrawal, a new grant, then a declared separation that ended both authorisations. */
export const History: Story = {
  parameters: {
    adapter: prepared(async (a) => {
      const granted = await grantPartner(a);
      await a.revokeAuthorisation({ authorisationId: granted.id });
      await grantPartner(a);
      const flow = await a.getSituationFlow({ flowId: 'separation' });
      await a.submitSituationChange({
        idempotencyKey: 'story-separation-1',
        flowId: flow.id,
        flowVersion: flow.version,
        answers: { separationDate: '2026-01-15', moved: 'no' },
      });
    }),
  },
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await click(panel, 'history');
    await until(panel, '#history-region table');
  },
};

/** The history could not be loaded (timeout): its own message and "Réessayer"; the rest of the panel works. */
export const HistoryFailure: Story = {
  parameters: { adapter: { options: CAF, setup: (a: MemoryAdapter) => a.faults.failNext('getAuthorisationHistory', 1000, 'timeout') } },
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    await click(panel, 'history');
    await until(panel, '[data-history-error]');
  },
};

/**
 * After « Déconnexion » (the page's `mc-logout-button`; its `mc-logout` reaches the document): the status, the history
 * and any confirmation are forgotten; « Vous êtes déconnecté. » and what an authorisation allows remain, until the
 * next `mc-login`.
 */
export const SignedOut: Story = {
  render: () => html`<div style="padding: 1.5rem; max-width: 48rem">
    <p><mc-logout-button></mc-logout-button></p>
    <mc-authorisation-panel login-href="#connexion"></mc-authorisation-panel>
  </div>`,
  play: async ({ canvasElement }) => {
    const panel = await panelOf(canvasElement);
    const button = canvasElement.querySelector('mc-logout-button')!;
    await button.logout();
    await panel.updateComplete;
  },
};

/** The toolbar theme's own demo account (MSA: Jean-Paul Morel, whose partner Sylvie can be authorised). */
export const MsaMember: Story = { parameters: { adapter: { signedIn: true } } };
