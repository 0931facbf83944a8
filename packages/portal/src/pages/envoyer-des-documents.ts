// `/caf/documents/envoyer`, `/msa/…`: mc-document-upload — "Nous envoyer un document": the object of the
// sending and the number of documents, each document's nature, person concerned, motive and files (PDF, JPEG or
// PNG under 1 Mo), the medical notice, the confirmation with the attestation, and the acknowledgement of receipt.
// What was prepared is kept for a reload (sessionStorage); the demo's in-memory back end starts afresh on a
// reload, so files uploaded before one are then reported as no longer available. Without a session (the page
// opened directly), the demo signs in with the agency's demo account first and says so.
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '@moncompte/components/document-upload.js';
import '@moncompte/components/notice.js';
import { DEMO_ACCOUNTS, type MemoryAdapter } from '@moncompte/adapters/memory';
import type { AgencyId } from '../routes.js';
import type { PageContext, PageModule } from './page.js';

/** Signs in with the agency's demo account when nobody is; resolves to the demo holder's name if it did. */
async function ensureSession(adapter: MemoryAdapter, agency: AgencyId): Promise<string | undefined> {
  const { session } = await adapter.getSession();
  if (session) return undefined;
  const account = DEMO_ACCOUNTS[agency];
  await adapter.login({ identifierKind: account.identifierKind, identifier: account.identifier, password: account.password, rememberMe: false });
  return account.holder;
}

function upload(context: PageContext, demoHolder: string | undefined) {
  return html`${demoHolder
      ? html`<mc-notice variant="info">Démonstration&nbsp;: vous êtes connecté avec le compte de ${demoHolder}</mc-notice>`
      : ''}
    <mc-document-upload storage-key=${`portal-documents-${context.agency.id}`}></mc-document-upload>`;
}

export const page: PageModule = {
  render: (context) =>
    html`${until(
      ensureSession(context.adapter, context.agency.id).then(
        (holder) => upload(context, holder),
        () => upload(context, undefined), // the element shows the failure itself
      ),
      html`<p class="portal-loading">Chargement du formulaire d’envoi…</p>`,
    )}`,
};
