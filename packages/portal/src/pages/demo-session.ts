// What the signed-in pages of the demo share: opened directly (no session yet), a page signs in with the agency's
// demo account first and says so in a notice above its content.
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import '@moncompte/components/notice.js';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import type { AgencyId } from '../routes.js';
import type { PageContext } from './page.js';

/** Signs in with the agency's demo account when nobody is; resolves to the demo holder's name if it did. */
async function ensureSession(adapter: MemoryAdapter, agency: AgencyId): Promise<string | undefined> {
  const { session } = await adapter.getSession();
  if (session) return undefined;
  const account = DEMO_ACCOUNTS[agency];
  await adapter.login({ identifierKind: account.identifierKind, identifier: account.identifier, password: account.password, rememberMe: false });
  return account.holder;
}

/**
 * The page's `content` once there is a session (`loading` until then), under the "Démonstration" notice when the
 * demo signed in. If signing in fails, the content is shown anyway: its elements show the failure themselves.
 */
export function withDemoSession(context: PageContext, loading: string, content: () => TemplateResult): TemplateResult {
  const page = (holder: string | undefined) =>
    html`${holder ? html`<mc-notice variant="info">Démonstration&nbsp;: vous êtes connecté avec le compte de ${holder}</mc-notice>` : ''}${content()}`;
  return html`${until(
    ensureSession(context.adapter, context.agency.id).then(page, () => page(undefined)),
    html`<p class="portal-loading">${loading}</p>`,
  )}`;
}
