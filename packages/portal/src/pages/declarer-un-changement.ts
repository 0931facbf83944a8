// `/caf/demarches/declarer-un-changement`, `/msa/…`: mc-situation-wizard — "Quel changement voulez-vous
// déclarer ?", then the chosen flow (the seeded ones: a change of professional situation, a separation), its
// summary and the declaration with its receipt. Drafts are kept by the agency's adapter (in localStorage), so a
// reload offers to resume. "Terminer" goes back to the home page. Without a session (the page opened directly),
// the demo signs in with the agency's demo account first and says so.
import { html } from 'lit';
import '@moncompte/components/situation-wizard.js';
import { withDemoSession } from './demo-session.js';
import type { PageModule } from './page.js';

export const page: PageModule = {
  render: (context) =>
    withDemoSession(
      context,
      'Chargement de votre démarche…',
      () =>
        html`<mc-situation-wizard
          storage-key=${`portal-situation-${context.agency.id}`}
          agency=${context.agency.id}
          @mc-situation-exit=${() => context.navigate(context.href('accueil'))}
        ></mc-situation-wizard>`,
    ),
};
