// `/caf/profil`, `/msa/profil`: "Mon profil › Consulter ou modifier", an mc-contact-change on the agency's adapter
// (the current e-mail address and mobile number, and their change confirmed by a code), then where the other
// changes are made: the situation wizard (address, family or work) and the password page. Without a session (the
// page opened directly), the demo signs in with the agency's demo account first and says so.
import { html } from 'lit';
import '@moncompte/components/contact-change.js';
import { withDemoSession } from './demo-session.js';
import type { PageModule } from './page.js';

export const page: PageModule = {
  render: (context) =>
    withDemoSession(
      context,
      'Chargement de votre profil…',
      () => html`<mc-contact-change agency=${context.agency.id}></mc-contact-change>
        <h2 class="portal-subheading">Autres changements</h2>
        <ul class="portal-links">
          <li>
            Votre adresse, votre situation familiale ou professionnelle change :
            <a href=${context.href('declarer-un-changement')}>déclarer un changement</a>
          </li>
          <li><a href=${context.href('mot-de-passe')}>Changer mon mot de passe</a></li>
        </ul>`,
    ),
};
