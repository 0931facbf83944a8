// `/caf/franceconnect`, `/msa/franceconnect`: where "S’identifier avec FranceConnect" leads in the demo, which has no
// identity provider. A real portal sends the browser to FranceConnect, where the person chooses an account
// (impots.gouv.fr, ameli.fr, l’Identité Numérique La Poste…); FranceConnect then calls the back end, which opens
// the session and sends back to the portal. Here the page says so, and "Continuer" plays the back end's part
// (`completeFranceConnect` of the in-memory adapter, with the round trip's `state`), then goes where the round
// trip asked to come back (a path of the portal), or to the home page.
// The portal keeps the adapter for the whole round trip: main.ts routes the button's redirect here in the page.
import { html, render } from 'lit';
import type { McButton } from '@moncompte/components/button.js';
import '@moncompte/components/button.js';
import '@moncompte/components/notice.js';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { PageContext, PageModule } from './page.js';

/** A path of this portal to come back to (never another site, never `//host`); `undefined` otherwise. */
export function portalPath(value: string | undefined): string | undefined {
  return value && /^\/(?![/\\])/.test(value) ? value : undefined;
}

function failed(context: PageContext) {
  return html`<mc-notice variant="error" heading="Cette connexion FranceConnect n’est plus valable" heading-level="2" announce>
    <p>Elle a déjà servi, elle a expiré, ou la page a été rechargée. Recommencez depuis la page de connexion.</p>
    <p><a href=${context.href('connexion')}>Revenir à la page de connexion</a></p>
  </mc-notice>`;
}

export const page: PageModule = {
  render: (context) => {
    const state = new URLSearchParams(location.search).get('state') ?? '';
    const holder = DEMO_ACCOUNTS[context.agency.id].holder;
    const onContinue = async (event: Event) => {
      const button = event.currentTarget as McButton;
      try {
        const { returnTo } = await button.runBusy(context.adapter.completeFranceConnect(state));
        context.signedIn();
        context.navigate(portalPath(returnTo) ?? context.href('accueil'));
      } catch {
        // The state is unknown (already used, expired, or the page was loaded anew): say so in place of the actions.
        const actions = button.closest('.portal-actions');
        const outcome = actions?.previousElementSibling;
        if (!actions || !(outcome instanceof HTMLElement)) return;
        actions.remove();
        render(failed(context), outcome);
        // The notice is announced (role="alert"), then the focus goes to its link once the notice shows its content.
        const link = outcome.querySelector('a');
        for (let i = 0; link && i < 40 && !link.checkVisibility(); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
        link?.focus();
      }
    };
    return html`<mc-notice variant="info" heading="Démonstration" heading-level="2">
        <p>
          Sur un vrai portail, vous seriez maintenant sur le site de FranceConnect, pour choisir le compte avec lequel
          vous identifier (impots.gouv.fr, ameli.fr, l’Identité Numérique La Poste…). FranceConnect transmet ensuite
          votre identité à votre caisse, qui vous connecte.
        </p>
        <p>Ici, FranceConnect vous identifie comme ${holder}, le compte de démonstration.</p>
      </mc-notice>
      <div class="portal-outcome"></div>
      <div class="portal-actions">
        <mc-button variant="primary" @click=${onContinue}>Continuer</mc-button>
        <a href=${context.href('connexion')}>Annuler et revenir à la page de connexion</a>
      </div>`;
  },
};
