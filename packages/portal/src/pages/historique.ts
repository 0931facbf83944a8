// `/caf/gerer-mon-compte/historique`, `/msa/…`: "Gérer mon compte › Voir mon historique", an mc-account-history on
// the agency's adapter. Without a session (the page opened directly), the demo signs in with the agency's demo
// account first and says so, as the other signed-in pages do.
import { html } from 'lit';
import '@moncompte/components/account-history.js';
import { withDemoSession } from './demo-session.js';
import type { PageModule } from './page.js';

export const page: PageModule = {
  render: (context) => withDemoSession(context, 'Chargement de votre historique…', () => html`<mc-account-history></mc-account-history>`),
};
