// mc-document-upload end to end by keyboard: two documents with their metadata and files, the confirmation with
// the attestation, one submission, the acknowledgement of receipt announced and focused.
import { expect } from '@open-wc/testing';
import type { SubmitDocumentsInput } from '@moncompte/core';
import type { DocumentsSubmittedDetail } from '@moncompte/components/document-upload.js';
import { clockFrom } from '../login/helpers.js';
import {
  activate,
  choose,
  deepText,
  fillDocument,
  fillSending,
  jpeg,
  mount,
  norm,
  pdf,
  png,
  press,
  settle,
  until,
  untilHeading,
} from './helpers.js';

describe('mc-document-upload: a whole sending by keyboard', function () {
  this.timeout(60000);
  beforeEach(() => sessionStorage.clear());

  it('sends two documents with their metadata and files, then shows the acknowledgement, focused', async () => {
    const { el, count, inputs } = await mount({ key: 'docs-journey', memory: { now: clockFrom('2026-03-02T12:00:00Z') } });
    const submitted: DocumentsSubmittedDetail[] = [];
    el.addEventListener('mc-documents-submitted', (e) => submitted.push(e.detail));

    expect(norm(el.querySelector('h2')?.textContent)).to.equal('Nous envoyer un document');
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Étape 1 sur 3 – Votre envoi');
    // The object's help is read with its radio button; the medical notice is there with the address.
    const other = [...el.querySelectorAll('label')].find((l) => norm(l.textContent) === "D’autres documents")!.control!;
    expect(norm(document.getElementById(other.getAttribute('aria-describedby')!)?.textContent)).to.equal('Justificatifs, attestations, relevés…');
    const medical = norm(deepText(el.querySelector('mc-notice')!));
    expect(medical).to.contain('informations médicales doivent être transmis par courrier postal');
    expect(medical).to.contain('MSA – Service du contrôle médical');

    await fillSending(el, "D’autres documents", 2);
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Étape 2 sur 3 – Document 1 sur 2');
    await fillDocument(el, {
      nature: 'Justificatif de domicile',
      person: 'Jean-Paul Morel',
      motive: 'Suite à une demande de ma caisse',
      files: [pdf('facture-edf.pdf'), jpeg('quittance.jpg')],
    });
    await activate(el, 'Continuer');
    await untilHeading('Document 2 sur 2');
    await settle(el);
    await fillDocument(el, { nature: "Avis d’imposition", person: 'Sylvie Morel', motive: 'Envoi spontané', files: [png('avis-2025.png')] });
    await activate(el, 'Continuer');
    await untilHeading('Vérification et envoi');
    await settle(el);

    // The confirmation lists everything.
    const recap = norm(el.textContent);
    for (const text of ["D’autres documents", 'Justificatif de domicile', 'Jean-Paul Morel', 'Suite à une demande de ma caisse',
      'facture-edf.pdf (2 ko)', 'quittance.jpg (2 ko)', "Avis d’imposition", 'Sylvie Morel', 'Envoi spontané', 'avis-2025.png (2 ko)']) {
      expect(recap).to.contain(text);
    }
    await choose(el, 'J’atteste de la conformité');
    await activate(el, 'Envoyer');
    await untilHeading('Votre envoi a bien été reçu');
    await settle(el);

    expect(count('uploadDocumentFile')).to.equal(3);
    expect(count('submitDocuments')).to.equal(1);
    const [input] = inputs<SubmitDocumentsInput>('submitDocuments');
    expect(input!.objectId).to.equal('other');
    expect(input!.attested).to.equal(true);
    expect(input!.idempotencyKey.length).to.be.greaterThan(8);
    expect(input!.documents.map(({ natureId, personId, motiveId, uploadIds }) => [natureId, personId, motiveId, uploadIds.length])).to.deep.equal([
      ['proof-of-address', 'p-jean', 'requested', 2],
      ['tax-notice', 'p-sylvie', 'spontaneous', 1],
    ]);

    // The acknowledgement: reference, date, number of documents, where the acknowledgement went; announced.
    const notice = el.querySelector('mc-notice[variant="success"]')!;
    expect(notice.hasAttribute('announce')).to.equal(true);
    await until(() => norm(deepText(notice)).includes('Référence'), 'the acknowledgement text');
    const done = norm(notice.textContent);
    expect(done).to.match(/Référence MSA-20260302-\d{4}/);
    expect(done).to.match(/Reçu le 2 mars 2026 à \d{2}:\d{2}/); // the hour in the browser's time zone
    expect(done).to.contain('Nombre de documents 2');
    expect(done).to.match(/Un accusé de réception a été envoyé à j•+@exemple\.fr\./);
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.receipt.documentCount).to.equal(2);
    expect(submitted[0]!.objectId).to.equal('other');
    expect(sessionStorage.getItem('docs-journey')).to.equal(null);

    // A new sending starts afresh.
    await activate(el, 'Faire un nouvel envoi');
    await untilHeading('Étape 1 sur 3');
    expect(el.querySelector<HTMLInputElement>('input[type=radio]:checked')).to.equal(null);
    await press('Tab');
  });
});
