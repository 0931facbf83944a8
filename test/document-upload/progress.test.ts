// mc-document-upload, "Étape n sur 3": the progress counts the parts of a sending (the sending, the documents, the
// confirmation), so its total is known from the first step and never changes under the person's feet — not when the
// number of documents is chosen, nor when it is changed again; the documents are told apart by "Document n sur m".
// Each step's heading, progress included, still takes the focus (what a screen reader announces).
import { expect } from '@open-wc/testing';
import {
  activate,
  choose,
  fillDocument,
  mount,
  norm,
  pdf,
  pick,
  selectLabelled,
  settle,
  untilHeading,
} from './helpers.js';
import { focusedHeading } from '../journeys/helpers.js';

const heading = (el: Element) => norm(el.querySelector('h3')?.textContent);

/** Waits for the step whose focused heading is exactly `text`. */
async function atStep(el: Element, text: string): Promise<void> {
  await untilHeading(text);
  await settle(el);
  expect(focusedHeading()).to.equal(text);
}

describe('mc-document-upload: the progress of the steps', function () {
  this.timeout(60000);
  beforeEach(() => sessionStorage.clear());

  it('says "sur 3" from the first step to the confirmation, whatever the number of documents and its changes', async () => {
    const { el } = await mount();
    expect(heading(el)).to.equal('Étape 1 sur 3 – Votre envoi');
    await choose(el, "D’autres documents");
    await pick(selectLabelled(el, 'Nombre de documents'), '3');
    await settle(el);
    expect(heading(el), 'choosing the number of documents changes nothing').to.equal('Étape 1 sur 3 – Votre envoi');

    await activate(el, 'Continuer');
    await atStep(el, 'Étape 2 sur 3 – Document 1 sur 3');
    await activate(el, 'Retour');
    await atStep(el, 'Étape 1 sur 3 – Votre envoi');
    await pick(selectLabelled(el, 'Nombre de documents'), '2');
    await activate(el, 'Continuer');
    await atStep(el, 'Étape 2 sur 3 – Document 1 sur 2');
    await fillDocument(el, { nature: 'Justificatif de domicile', person: 'Sylvie Morel', motive: 'Envoi spontané', files: [pdf('a.pdf')] });
    await activate(el, 'Continuer');
    await atStep(el, 'Étape 2 sur 3 – Document 2 sur 2');
    await fillDocument(el, { nature: 'Avis d’imposition', person: 'Jean-Paul Morel', motive: 'Envoi spontané', files: [pdf('b.pdf')] });
    await activate(el, 'Continuer');
    await atStep(el, 'Étape 3 sur 3 – Vérification et envoi');

    // "Modifier" the sending from the confirmation, one document more: still three steps, the new one to fill.
    await activate(el, 'Modifier l’objet et le nombre de documents');
    await atStep(el, 'Étape 1 sur 3 – Votre envoi');
    await pick(selectLabelled(el, 'Nombre de documents'), '3');
    await activate(el, 'Continuer');
    await atStep(el, 'Étape 2 sur 3 – Document 1 sur 3');
  });

  it('in English: "Step n of 3"', async () => {
    const { el } = await mount({ lang: 'en' });
    expect(heading(el)).to.equal('Step 1 of 3 – Your sending');
    await choose(el, "D’autres documents");
    await pick(selectLabelled(el, 'Number of documents to send'), '4');
    await activate(el, 'Continue');
    await atStep(el, 'Step 2 of 3 – Document 1 of 4');
  });
});
