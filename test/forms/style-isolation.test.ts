// Our light-DOM elements adopt their styles into the page's document (their inputs must be the page's, for
// password managers). Those styles must reach our elements only: the host page's own form, links, lists, buttons and
// hidden elements look exactly the same before and after every element of ours has rendered on the page.
import { expect, html } from '@open-wc/testing';
import { createMemoryAdapter, DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import '@moncompte/components/all.js';
import { settle } from '../journeys/helpers.js';
import { themed } from '../login/helpers.js';

/** The computed properties compared (layout, box, text, colours, the visually-hidden technique). */
const PROPERTIES = [
  'display', 'position', 'box-sizing', 'width', 'height', 'min-height', 'margin-top', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'border-top-color', 'border-radius',
  'font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'text-decoration-line',
  'outline-style', 'list-style-type', 'clip-path', 'overflow', 'white-space', 'cursor', 'accent-color', 'opacity',
  'letter-spacing', 'gap', 'flex-direction',
];

/**
 * A host page's own markup, with the elements our styles style inside our elements (inputs, labels, hints, lists,
 * details, buttons, links, `hidden`), and the class names our elements use, outside any of them.
 */
const HOST = html`<section id="host">
  <h2>Formulaire de la page</h2>
  <form>
    <label for="h-name">Nom</label>
    <p>Une aide</p>
    <input id="h-name" name="name" />
    <input type="password" aria-label="Mot de passe de la page" />
    <input type="checkbox" aria-label="Case de la page" />
    <input type="file" aria-label="Fichier de la page" />
    <input type="radio" name="r" aria-label="Choix de la page" />
    <select aria-label="Liste de la page"><option>Un</option></select>
    <textarea aria-label="Texte de la page"></textarea>
    <fieldset><legend>Groupe</legend></fieldset>
    <details><summary>Plus</summary><p>Détail</p></details>
    <ul><li>Un</li></ul>
    <ol><li>Un</li></ol>
    <a href="#x">Lien</a>
    <button type="button">Bouton</button>
    <button type="submit">Envoyer</button>
    <p hidden>Caché</p>
    <span class="mc-vh">classe</span>
    <span class="mc-field__label">classe</span>
    <input class="mc-field__input" aria-label="Classe de champ" />
    <button class="mc-login__button" type="button">Classe de bouton</button>
    <p class="mc-field__hint">classe</p>
  </form>
</section>`;

function snapshot(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((el) => {
    const style = getComputedStyle(el);
    return `${el.localName}${el.className ? `.${el.className}` : ''} ${PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')}`;
  });
}

describe('Style isolation of the light-DOM elements', function () {
  this.timeout(30000);

  it('leaves the host page’s own elements as they were once every element of ours has rendered', async () => {
    // In a theme, as a portal's page is: our tokens are defined for the host's elements too.
    const host = await themed(HOST);
    const before = snapshot(host);
    const sheetsBefore = document.adoptedStyleSheets.length;

    const adapter = createMemoryAdapter({ agency: 'caf', today: '2026-03-02', signedIn: DEMO_ACCOUNTS.caf.identifier });
    const ours = await themed(html`<mc-adapter-provider .adapter=${adapter}>
      <form>
        <mc-text-field label="Identifiant" name="id"></mc-text-field>
        <mc-password-input label="Mot de passe" name="p"></mc-password-input>
        <mc-password-input label="Nouveau mot de passe" name="n" mode="new"></mc-password-input>
        <mc-otp-input name="code"></mc-otp-input>
        <mc-error-summary></mc-error-summary>
      </form>
      <mc-login-form></mc-login-form>
      <mc-connection></mc-connection>
      <mc-registration storage-key=""></mc-registration>
      <mc-password-reset storage-key=""></mc-password-reset>
      <mc-password-change></mc-password-change>
      <mc-contact-change></mc-contact-change>
      <mc-situation-wizard flow="moving"></mc-situation-wizard>
      <mc-document-upload></mc-document-upload>
      <mc-dashboard></mc-dashboard>
    </mc-adapter-provider>`);
    await settle(ours);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(ours);

    // The elements did adopt their styles into the document (else this test would prove nothing)…
    expect(document.adoptedStyleSheets.length).to.be.greaterThan(sheetsBefore + 5);
    // …and they styled their own parts: a field input of ours is not the host's plain input.
    const ourInput = ours.querySelector('mc-text-field input')!;
    const hostInput = host.querySelector('#h-name')!;
    expect(getComputedStyle(ourInput).minHeight).to.not.equal(getComputedStyle(hostInput).minHeight);

    const after = snapshot(host);
    const changed = after.filter((line, i) => line !== before[i]).map((line) => line.split(' ')[0]);
    expect(changed).to.deep.equal([]);
  });
});
