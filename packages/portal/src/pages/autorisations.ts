// `/caf/gerer-mon-compte/autorisations`, `/msa/…`: "Gérer mon compte › Mes autorisations", an
// mc-authorisation-panel on the agency's adapter (given by the page's <mc-adapter-provider>): whom I authorise,
// who authorises me, granting, withdrawing or giving up, the history. An expired session logs in again in place
// (with the agency's login form), then the same action is offered again. Without a session (the page opened
// directly), the demo signs in with the agency's demo account first and says so, as the home page does.
import { html } from 'lit';
import '@moncompte/components/authorisation-panel.js';
import { withDemoSession } from './demo-session.js';
import type { PageModule } from './page.js';

export const page: PageModule = {
  render: (context) =>
    withDemoSession(context, 'Chargement de vos autorisations…', () =>
      html`<mc-authorisation-panel agency=${context.agency.id}></mc-authorisation-panel>`,
    ),
};
