// `/caf/gerer-mon-compte/mot-de-passe`, `/msa/…`: "Gérer mon compte › Changer mon mot de passe", an
// mc-password-change on the agency's adapter, under the page's <h1> "Mot de passe" (the flow's <h2> says
// "Changer mon mot de passe"). An expired session is logged in again in place. Without a session (the page opened directly), the demo signs in
// with the agency's demo account first and says so, as the other signed-in pages do.
import { html } from 'lit';
import '@moncompte/components/password-change.js';
import { withDemoSession } from './demo-session.js';
import type { PageModule } from './page.js';

export const page: PageModule = {
  render: (context) =>
    withDemoSession(context, 'Chargement…', () => html`<mc-password-change agency=${context.agency.id}></mc-password-change>`),
};
