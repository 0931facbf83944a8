// `/caf/connexion`, `/msa/connexion`: mc-connection (the login form, and in its place the forgotten-password,
// account-creation and first-connection flows), with the agency's seeded demo accounts in a demo notice. Logging
// in — from the form or at the end of a flow — lands on the agency's home page.
import { html } from 'lit';
import '@moncompte/components/connection.js';
import '@moncompte/components/notice.js';
import { DEMO_ACCOUNTS, DEMO_CODE, type DemoAccount } from '@moncompte/adapters/memory';
import type { PageContext, PageModule } from './page.js';

/** What each demo account shows, in the demo notice. */
function describe(account: DemoAccount): string {
  if (account.outcome === 'migration-required') return 'première connexion : ancien mot de passe à 8 chiffres, puis changement d’identifiant';
  return account.identifierKind === 'provisional' ? 'identifiant provisoire' : 'compte actif';
}

function demoNotice(context: PageContext) {
  const accounts = Object.values(DEMO_ACCOUNTS).filter((account: DemoAccount) => account.agency === context.agency.id);
  return html`<mc-notice class="portal-demo" variant="info" heading="Comptes de démonstration" heading-level="2">
    <p>Ce site est une démonstration : les comptes et les données sont fictifs.</p>
    <ul>
      ${accounts.map(
        (account: DemoAccount) =>
          html`<li>
            ${account.holder} (${describe(account)}) : identifiant <bdi>${account.identifier}</bdi>, mot de passe
            <bdi>${account.password}</bdi>
          </li>`,
      )}
    </ul>
    <p>Code de confirmation reçu par SMS ou par e-mail : <bdi>${DEMO_CODE}</bdi>.</p>
  </mc-notice>`;
}

export const page: PageModule = {
  render: (context) =>
    html`${context.loggedOut
        ? html`<mc-notice variant="success" announce><p>Vous êtes déconnecté. À bientôt sur ${context.agency.product}.</p></mc-notice>`
        : ''}${demoNotice(context)}
      <mc-connection
        agency=${context.agency.id}
        history
        @mc-login=${() => context.navigate(context.href('accueil'))}
      ></mc-connection>`,
};
