// mc-document-upload across a reload (sessionStorage, this tab only): the choices and the uploaded files'
// references come back at the step where the person was, never the bytes; an upload cut by the reload is asked
// for again; choices the options no longer offer are cleared.
import { expect } from '@open-wc/testing';
import type { SubmitDocumentsInput } from '@moncompte/core';
import {
  activate,
  choose,
  deepText,
  fileInput,
  fillDocument,
  fillSending,
  giveFiles,
  listed,
  mount,
  norm,
  pdf,
  pick,
  png,
  selectLabelled,
  settle,
  summaryText,
  tabTo,
  until,
  untilHeading,
  untilUploaded,
} from './helpers.js';

const KEY = 'docs-reload-test';

describe('mc-document-upload: reload', function () {
  this.timeout(60000);
  beforeEach(() => sessionStorage.clear());

  it('keeps the choices and the uploaded files (references only) at the step where the person was, then sends them', async () => {
    const first = await mount({ key: KEY });
    await fillSending(first.el, "D’autres documents", 2);
    const bytes = pdf('contrat.pdf', 30_000);
    await fillDocument(first.el, { nature: "Attestation de l’employeur", person: 'Sylvie Morel', motive: 'Envoi spontané', files: [bytes, png('rib.png')] });
    await activate(first.el, 'Continuer');
    await untilHeading('Document 2 sur 2');
    await settle(first.el);
    await pick(selectLabelled(first.el, 'Nature du document'), 'Pièce d’identité');
    await choose(first.el, 'Jean-Paul Morel');
    const uploadIds = first.el.uploads.uploadIds(0);
    expect(uploadIds).to.have.length(2);

    const stored = sessionStorage.getItem(KEY) ?? '';
    for (const id of uploadIds) expect(stored).to.contain(id);
    expect(stored).to.contain('"name":"contrat.pdf","size":30000,"kind":"pdf"');
    expect(stored).to.not.contain('%PDF');
    expect(stored.length, 'no bytes').to.be.below(2000);
    first.region.remove();

    // The reload: a new element, the same back end.
    const second = await mount({ key: KEY, reuse: first });
    const el = second.el;
    await until(() => norm(el.querySelector('h3')?.textContent).includes('Document 2 sur 2'), 'the restored step');
    await settle(el);
    expect(norm(deepText(el.querySelector('mc-notice[variant="info"]')!))).to.contain('Nous avons retrouvé l’envoi que vous aviez commencé à préparer.');
    expect(selectLabelled(el, 'Nature du document')!.value).to.equal('identity');
    expect(el.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value).to.equal('p-jean');
    await activate(el, 'Retour');
    await untilHeading('Document 1 sur 2');
    await settle(el);
    expect(listed(el)).to.deep.equal(['contrat.pdf:uploaded', 'rib.png:uploaded']);
    expect(norm(el.querySelector('.mc-files__item')?.textContent)).to.contain('contrat.pdf 29 ko Envoyé');
    // The restored file counts as added: choosing it again is refused as a duplicate.
    await tabTo(fileInput(el)!);
    giveFiles(fileInput(el), [bytes]);
    await until(() => summaryText(el).includes('« contrat.pdf » a déjà été ajouté'), 'the duplicate');
    await activate(el, 'Continuer');
    await untilHeading('Document 2 sur 2');
    await settle(el);
    await choose(el, 'Suite à une demande de ma caisse');
    await tabTo(fileInput(el)!);
    giveFiles(fileInput(el), [pdf('cni.pdf')]);
    await untilUploaded(el, 1);
    await activate(el, 'Continuer');
    await untilHeading('Vérification et envoi');
    await choose(el, 'J’atteste');
    await activate(el, 'Envoyer');
    await untilHeading('Votre envoi a bien été reçu');
    const [input] = second.inputs<SubmitDocumentsInput>('submitDocuments');
    expect(input!.documents[0]!.uploadIds).to.deep.equal(uploadIds);
    expect(input!.documents.map((d) => d.natureId)).to.deep.equal(['employer-certificate', 'identity']);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('asks again for a file whose upload the reload cut, and keeps the step until it is chosen again or removed', async () => {
    const first = await mount({ key: KEY });
    await fillSending(first.el, "D’autres documents", 1);
    await pick(selectLabelled(first.el, 'Nature du document'), 'Justificatif de domicile');
    await choose(first.el, 'Sylvie Morel');
    await choose(first.el, 'Envoi spontané');
    first.memory.faults.hang('uploadDocumentFile');
    const file = pdf('coupe.pdf');
    await tabTo(fileInput(first.el)!);
    giveFiles(fileInput(first.el), [file]);
    await until(() => listed(first.el).join() === 'coupe.pdf:uploading', 'the upload in flight');
    first.region.remove();
    first.memory.faults.clear();

    const { el } = await mount({ key: KEY, reuse: first });
    await until(() => listed(el).join() === 'coupe.pdf:interrupted', 'the interrupted file');
    await settle(el);
    expect(norm(el.querySelector('.mc-files__item')?.textContent)).to.contain(
      'Envoi interrompu L’envoi de « coupe.pdf » a été interrompu par le rechargement de la page : choisissez ce fichier à nouveau ou retirez-le',
    );
    await activate(el, 'Continuer');
    await until(() => summaryText(el).includes('L’envoi de « coupe.pdf » a été interrompu'), 'the summary');
    giveFiles(fileInput(el), [file]);
    await untilUploaded(el, 1);
    expect(listed(el)).to.deep.equal(['coupe.pdf:uploaded']);
    await activate(el, 'Continuer');
    await untilHeading('Vérification et envoi');
  });

  it('clears restored choices the options no longer offer, and starts at the first step left incomplete', async () => {
    sessionStorage.setItem(
      KEY,
      JSON.stringify({
        step: 'confirm',
        history: [],
        data: {
          objectId: 'withdrawn',
          count: 9,
          documents: [{ natureId: 'identity', personId: 'p-nobody', motiveId: 'change' }],
          attested: true,
          submission: null,
          files: [[{ uploadId: 'up_gone', name: 'vieux.pdf', size: 100, kind: 'pdf' }]],
        },
      }),
    );
    const { el } = await mount({ key: KEY });
    await until(() => norm(el.querySelector('h3')?.textContent).includes('Votre envoi'), 'the first step');
    expect(el.querySelector<HTMLInputElement>('input[type=radio]:checked')).to.equal(null);
    expect(selectLabelled(el, 'Nombre de documents')!.value).to.equal('5');
    await choose(el, "D’autres documents");
    await pick(selectLabelled(el, 'Nombre de documents'), '1');
    await activate(el, 'Continuer');
    await untilHeading('Document 1 sur 1');
    await settle(el);
    // The nature belonged to the withdrawn object and the person is not in the file any more: both to choose again.
    expect(selectLabelled(el, 'Nature du document')!.value).to.equal('');
    expect([...el.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((r) => r.value)).to.deep.equal(['change']);
    expect(listed(el)).to.deep.equal(['vieux.pdf:uploaded']);
  });

  it('keeps nothing with an empty storage-key', async () => {
    const first = await mount({ key: '' });
    await fillSending(first.el, "D’autres documents", 1);
    expect(sessionStorage.length).to.equal(0);
    await fillDocument(first.el, { nature: 'Justificatif de domicile', person: 'Sylvie Morel', motive: 'Envoi spontané', files: [pdf('x.pdf')] });
    expect(sessionStorage.length).to.equal(0);
  });
});
