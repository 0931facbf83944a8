// `/caf/documents/envoyer`, `/msa/…`: mc-document-upload — "Nous envoyer un document": the object of the
// sending and the number of documents, each document's nature, person concerned, motive and files (PDF, JPEG or
// PNG under 1 Mo), the medical notice, the confirmation with the attestation, and the acknowledgement of receipt.
// What was prepared is kept for a reload (sessionStorage); the demo's in-memory back end starts afresh on a
// reload, so files uploaded before one are then reported as no longer available. Without a session (the page
// opened directly), the demo signs in with the agency's demo account first and says so.
import { html } from 'lit';
import '@moncompte/components/document-upload.js';
import { withDemoSession } from './demo-session.js';
import type { PageModule } from './page.js';

export const page: PageModule = {
  render: (context) =>
    withDemoSession(
      context,
      'Chargement du formulaire d’envoi…',
      () => html`<mc-document-upload storage-key=${`portal-documents-${context.agency.id}`} agency=${context.agency.id}></mc-document-upload>`,
    ),
};
