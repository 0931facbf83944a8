// mc-document-upload, validation of every step: nothing shown before a submit, then each error next to its field
// and in the error summary (focused, linked), fixed live; the attestation required; one submission per action
// (double click, Enter + click, a retry after a failure) with one idempotency key per sending.
import { expect } from '@open-wc/testing';
import type { SubmitDocumentsInput } from '@moncompte/core';
import {
  activate,
  choose,
  deepText,
  fillDocument,
  fillSending,
  mount,
  norm,
  pdf,
  pick,
  press,
  selectLabelled,
  settle,
  summaryText,
  until,
  untilHeading,
  toConfirm,
} from './helpers.js';
import { clickCentre, deepActive } from '../login/helpers.js';

const errorsShown = (el: Element) => [...el.querySelectorAll('.mc-docs__error, .mc-files__error')].map((e) => norm(e.textContent));
const summaryItems = (el: Element) => [...(el.querySelector('mc-error-summary')?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => norm(li.textContent));
/** The document of these tests: an identity document for Jean-Paul. */
const identity = (files = [pdf('justificatif.pdf')]) => ({ nature: 'Pièce d’identité', person: 'Jean-Paul Morel', motive: 'Envoi spontané', files });
const summaryFocused = (el: Element) => !!el.querySelector('mc-error-summary')?.shadowRoot?.activeElement;

describe('mc-document-upload: validation and submission', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('the sending: no error before a submit; then next to the group and in the focused summary, linked, fixed live', async () => {
    const { el, count } = await mount();
    await pick(selectLabelled(el, 'Nombre de documents'), '3');
    expect(errorsShown(el)).to.deep.equal([]);
    expect(summaryText(el)).to.equal('');
    await activate(el, 'Continuer');
    await until(() => summaryFocused(el), 'the focused summary');
    expect(summaryItems(el)).to.deep.equal(['Objet de l’envoi — Choisissez l’objet de votre envoi']);
    expect(errorsShown(el)).to.deep.equal(['Erreur : Choisissez l’objet de votre envoi']);
    const radio = el.querySelector<HTMLInputElement>('input[type=radio]')!;
    expect(radio.getAttribute('aria-invalid')).to.equal('true');
    expect(radio.closest('fieldset')!.getAttribute('aria-describedby')).to.equal(el.querySelector('.mc-docs__error')!.id);
    // The summary's link focuses the group's first radio.
    await press('Tab');
    await press('Enter');
    expect(deepActive()).to.equal(radio);
    await choose(el, 'Prestations familiales et logement');
    await settle(el);
    expect(errorsShown(el)).to.deep.equal([]);
    expect(count('getDocumentOptions')).to.equal(1);
    await activate(el, 'Continuer');
    await untilHeading('Étape 2 sur 3 – Document 1 sur 3');
  });

  it('a document: nature, person, motive and files each say what is missing, in page order, next to each field', async () => {
    const { el } = await mount();
    await fillSending(el, "D’autres documents", 1);
    expect(errorsShown(el)).to.deep.equal([]);
    await activate(el, 'Continuer');
    await until(() => summaryFocused(el), 'the focused summary');
    expect(summaryItems(el)).to.deep.equal([
      'Nature du document — Choisissez la nature du document',
      'Personne concernée — Choisissez la personne concernée par le document',
      'Motif de l’envoi — Choisissez le motif de l’envoi',
      'Ajoutez au moins un fichier au document',
    ]);
    expect(errorsShown(el)).to.deep.equal([
      'Erreur : Choisissez la nature du document',
      'Erreur : Choisissez la personne concernée par le document',
      'Erreur : Choisissez le motif de l’envoi',
      'Erreur : Ajoutez au moins un fichier au document',
    ]);
    const select = selectLabelled(el, 'Nature du document')!;
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.contain(select.previousElementSibling!.id);
    await pick(select, 'Relevé d’identité bancaire (RIB)');
    await choose(el, 'Changement de situation');
    await settle(el);
    expect(errorsShown(el)).to.deep.equal(['Erreur : Choisissez la personne concernée par le document', 'Erreur : Ajoutez au moins un fichier au document']);
    expect(norm(el.querySelector('h3')?.textContent)).to.contain('Document 1 sur 1');
  });

  it('requires the attestation before sending anything', async () => {
    const { el, count } = await mount();
    await toConfirm(el, identity());
    expect(norm(el.textContent)).to.contain('J’atteste de la conformité des documents transmis');
    await activate(el, 'Envoyer');
    await until(() => summaryFocused(el), 'the focused summary');
    expect(summaryItems(el)[0]).to.contain('Cochez la case pour attester de la conformité des documents');
    expect(errorsShown(el)).to.deep.equal(['Erreur : Cochez la case pour attester de la conformité des documents']);
    expect(count('submitDocuments')).to.equal(0);
    await choose(el, 'J’atteste');
    await activate(el, 'Envoyer');
    await untilHeading('Votre envoi a bien été reçu');
    expect(count('submitDocuments')).to.equal(1);
  });

  it('sends once for a double click, and once for Enter then a click', async () => {
    for (const action of ['double click', 'Enter + click'] as const) {
      sessionStorage.clear();
      const { el, count, region, memory } = await mount();
      await toConfirm(el, identity());
      await choose(el, 'J’atteste');
      memory.faults.hang('submitDocuments');
      const send = [...el.querySelectorAll('mc-button')].find((b) => norm(b.textContent) === 'Envoyer')!;
      if (action === 'double click') {
        await clickCentre(send);
        await clickCentre(send);
      } else {
        await activate(el, 'Envoyer');
        await clickCentre(send);
      }
      await until(() => send.hasAttribute('busy'), 'the busy button');
      await press('Enter');
      memory.faults.clear('submitDocuments');
      expect(count('submitDocuments'), action).to.equal(1);
      region.remove();
    }
  });

  it('after a failure, says what happened, keeps everything, and retries with the same idempotency key', async () => {
    const { el, count, inputs, memory } = await mount();
    await toConfirm(el, identity());
    await choose(el, 'J’atteste');
    memory.faults.failNext('submitDocuments', 1, 'network');
    await activate(el, 'Envoyer');
    await until(() => !!el.querySelector('mc-notice[variant="error"]'), 'the failure');
    await settle(el);
    const notice = norm(el.querySelector('mc-notice[variant="error"]')!.textContent);
    expect(notice).to.contain('Impossible de joindre le service');
    expect(notice).to.contain('Vos informations et vos fichiers déjà envoyés sont conservés.');
    expect(norm(el.textContent)).to.contain('justificatif.pdf');
    expect(el.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.equal(true);
    await activate(el, 'Réessayer');
    await untilHeading('Votre envoi a bien été reçu');
    const [first, second] = inputs<SubmitDocumentsInput>('submitDocuments');
    expect(count('submitDocuments')).to.equal(2);
    expect(second!.idempotencyKey).to.equal(first!.idempotencyKey);
    expect(norm(deepText(el.querySelector('mc-notice[variant="success"]')!))).to.contain('Nombre de documents 1');
  });

  it('uses a new idempotency key only when the content changed after a failure', async () => {
    const { el, inputs, memory } = await mount();
    await toConfirm(el, identity());
    await choose(el, 'J’atteste');
    memory.faults.failNext('submitDocuments', 1, 'server');
    await activate(el, 'Envoyer');
    await until(() => !!el.querySelector('mc-notice[variant="error"]'), 'the failure');
    await activate(el, 'Modifier le document 1');
    await untilHeading('Document 1 sur 1');
    await settle(el);
    expect(selectLabelled(el, 'Nature du document')!.value).to.equal('identity');
    await choose(el, 'Suite à une demande de ma caisse');
    await activate(el, 'Continuer');
    await untilHeading('Vérification et envoi');
    await activate(el, 'Envoyer');
    await untilHeading('Votre envoi a bien été reçu');
    const [first, second] = inputs<SubmitDocumentsInput>('submitDocuments');
    expect(second!.documents[0]!.motiveId).to.equal('requested');
    expect(second!.idempotencyKey).to.not.equal(first!.idempotencyKey);
  });

  it('"Modifier le document 1" of two: Continue comes back to the confirmation, not to document 2; so does Retour', async () => {
    const { el } = await mount();
    await fillSending(el, 'D’autres documents', 2);
    await fillDocument(el, { nature: 'Pièce d’identité', person: 'Jean-Paul Morel', motive: 'Envoi spontané', files: [pdf('a.pdf')] });
    await activate(el, 'Continuer');
    await untilHeading('Document 2 sur 2');
    await settle(el);
    await fillDocument(el, { nature: 'Pièce d’identité', person: 'Jean-Paul Morel', motive: 'Envoi spontané', files: [pdf('b.pdf')] });
    await activate(el, 'Continuer');
    await untilHeading('Vérification et envoi');
    await settle(el);
    await activate(el, 'Modifier le document 1');
    await untilHeading('Document 1 sur 2');
    await settle(el);
    await choose(el, 'Suite à une demande de ma caisse');
    await activate(el, 'Continuer');
    await untilHeading('Vérification et envoi');
    await settle(el);
    await activate(el, 'Modifier le document 2');
    await untilHeading('Document 2 sur 2');
    await settle(el);
    await activate(el, 'Retour');
    await untilHeading('Vérification et envoi');
  });
});
