// What the signed-in pages of the demo share: opened directly (no session yet), a page signs in with the agency's
// demo account first and says so in a notice above its content. After a log-out in this tab it does not: it sends
// to the connexion page instead, as a real portal does.
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import '@moncompte/components/notice.js';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { PageContext } from './page.js';

/** Thrown when the page sent to the connexion page instead of signing in. */
const SENT_TO_CONNEXION = Symbol('sent to the connexion page');

/** Signs in with the agency's demo account when nobody is; resolves to the demo holder's name if it did. */
async function ensureSession(context: PageContext): Promise<string | undefined> {
  const { adapter, agency } = context;
  const { session } = await adapter.getSession();
  if (session) return undefined;
  if (!context.demoSignIn) {
    context.redirect(context.href(agency.signedOutPage));
    throw SENT_TO_CONNEXION;
  }
  const account = DEMO_ACCOUNTS[agency.id];
  await adapter.login({ identifierKind: account.identifierKind, identifier: account.identifier, password: account.password, rememberMe: false });
  context.signedIn();
  return account.holder;
}

/**
 * The page's `content` once there is a session (`loading` until then), under the "Démonstration" notice when the
 * demo signed in. If signing in fails, the content is shown anyway: its elements show the failure themselves.
 */
export function withDemoSession(context: PageContext, loading: string, content: () => TemplateResult): TemplateResult {
  const page = (holder: string | undefined) =>
    html`${holder ? html`<mc-notice variant="info">Démonstration&nbsp;: vous êtes connecté avec le compte de ${holder}</mc-notice>` : ''}${content()}`;
  const loadingText = html`<p class="portal-loading">${loading}</p>`;
  return html`${until(
    ensureSession(context).then(page, (error: unknown) => (error === SENT_TO_CONNEXION ? loadingText : page(undefined))),
    loadingText,
  )}`;
}
