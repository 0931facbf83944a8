// mc-document-upload, the files of a document: real files given to the real input (DataTransfer) or dropped on
// the drop zone, checked by the core validator (type by content, size strictly under 1 MB, empty, duplicate, too
// many), uploads one by one with their progress, cancel, retry of one file, removal through the adapter.
import { expect } from '@open-wc/testing';
import type { MonCompteAdapter, UploadOptions } from '@moncompte/core';
import {
  MB,
  activate,
  deepText,
  dropFiles,
  dropZone,
  fileInput,
  filesError,
  fillSending,
  giveFiles,
  jpeg,
  listed,
  mount,
  norm,
  pdf,
  png,
  realFile,
  settle,
  summaryText,
  tabTo,
  text,
  until,
  untilUploaded,
} from './helpers.js';
import { deepActive } from '../login/helpers.js';

async function atFiles(wrap?: (adapter: MonCompteAdapter) => MonCompteAdapter) {
  const mounted = await mount(wrap ? { wrap } : {});
  await fillSending(mounted.el, "D’autres documents", 1);
  return mounted;
}

const status = (el: Element) => norm(el.querySelector('[role="status"].mc-vh')?.textContent);
const row = (el: Element, name: string) =>
  [...el.querySelectorAll<HTMLElement>('.mc-files__item')].find((li) => norm(li.querySelector('.mc-files__name')?.textContent) === name);
const button = (li: Element | undefined, label: string) => [...(li?.querySelectorAll('mc-button') ?? [])].find((b) => norm(b.textContent).startsWith(label));

/** Gives files and waits until the element has checked them (the list or the errors changed). */
async function choose(el: Element, files: File[]): Promise<void> {
  const before = `${listed(el).join()}|${filesError(el)}`;
  await tabTo(fileInput(el)!);
  giveFiles(fileInput(el), files);
  await until(() => `${listed(el).join()}|${filesError(el)}` !== before, 'the files checked');
  await settle(el);
}

/** The message is next to the field AND in the summary. */
function expectShown(el: Element, message: string): void {
  expect(filesError(el), 'next to the field').to.contain(message);
  expect(summaryText(el), 'in the summary').to.contain(message);
}

describe('mc-document-upload: files', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('takes the files from a real multiple file input in the light DOM of the form, with its label and the rules as a hint', async () => {
    const { el } = await atFiles();
    const input = fileInput(el)!;
    expect(input.multiple).to.equal(true);
    expect(input.closest('form')).to.not.equal(null);
    expect(input.getRootNode()).to.equal(document);
    expect(input.accept).to.contain('application/pdf');
    expect(norm(input.labels?.[0]?.textContent)).to.equal('Fichiers du document');
    const hint = norm(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent);
    expect(hint).to.equal('PDF, JPEG/JPG ou PNG, moins de 1 Mo par fichier, 5 fichiers au plus.');
  });

  it('accepts a real PDF, JPEG and PNG, shows name, size and state, and uploads them one at a time', async () => {
    let running = 0;
    let most = 0;
    const { el, count } = await atFiles((adapter) => ({
      ...adapter,
      uploadDocumentFile: async (file: File, options?: UploadOptions) => {
        running += 1;
        most = Math.max(most, running);
        try {
          return await adapter.uploadDocumentFile(file, options);
        } finally {
          running -= 1;
        }
      },
    }));
    await choose(el, [pdf('releve.pdf'), jpeg('photo.jpeg', 5000), png('scan.png', 300_000)]);
    await untilUploaded(el, 3);
    expect(listed(el)).to.deep.equal(['releve.pdf:uploaded', 'photo.jpeg:uploaded', 'scan.png:uploaded']);
    expect(norm(row(el, 'releve.pdf')?.textContent)).to.contain('releve.pdf 2 ko Envoyé');
    expect(norm(row(el, 'photo.jpeg')?.textContent)).to.contain('4,9 ko');
    expect(norm(row(el, 'scan.png')?.textContent)).to.contain('293 ko');
    expect(count('uploadDocumentFile')).to.equal(3);
    expect(most).to.equal(1);
    expect(filesError(el)).to.equal('');
  });

  it('refuses a file of exactly 1 MB and accepts one just under', async () => {
    const { el, count } = await atFiles();
    await choose(el, [pdf('limite.pdf', MB), pdf('juste.pdf', MB - 1)]);
    expectShown(el, 'Le fichier « limite.pdf » est trop volumineux : il doit faire moins de 1 Mo');
    expect(el.querySelector('mc-error-summary')?.shadowRoot?.activeElement).to.not.equal(null);
    await untilUploaded(el, 1);
    expect(listed(el)).to.deep.equal(['juste.pdf:uploaded']);
    expect(count('uploadDocumentFile')).to.equal(1);
  });

  it('refuses an empty file and files whose content is not what their name says, keeping the valid ones', async () => {
    const { el, count } = await atFiles();
    await choose(el, [pdf('bon.pdf'), realFile('png', 'image.pdf'), new File([], 'vide.pdf'), text('notes.pdf'), realFile('pdf', 'photo.jpg')]);
    expectShown(el, 'Le fichier « vide.pdf » est vide : choisissez un autre fichier');
    expectShown(el, 'Le fichier « image.pdf » n’est pas un vrai fichier PDF : son contenu ne correspond pas à son nom');
    expectShown(el, 'Le fichier « notes.pdf » n’est pas un vrai fichier PDF');
    expectShown(el, 'Le fichier « photo.jpg » n’est pas un vrai fichier JPEG');
    await untilUploaded(el, 1);
    expect(listed(el)).to.deep.equal(['bon.pdf:uploaded']);
    expect(count('uploadDocumentFile')).to.equal(1);
  });

  it('refuses a file added twice (same file, or same content under another name) and files over the limit', async () => {
    const { el, count } = await atFiles();
    const first = pdf('a.pdf');
    await choose(el, [first]);
    await untilUploaded(el, 1);
    const sameContent = new File([await first.arrayBuffer()], 'copie.pdf', { type: 'application/pdf' });
    await choose(el, [first, sameContent, pdf('b.pdf')]);
    expectShown(el, 'Le fichier « a.pdf » a déjà été ajouté');
    expectShown(el, 'Le fichier « copie.pdf » a déjà été ajouté');
    await untilUploaded(el, 2);
    await choose(el, [pdf('c.pdf'), pdf('d.pdf'), pdf('e.pdf'), pdf('f.pdf')]);
    expectShown(el, 'Vous ne pouvez pas ajouter plus de 5 fichiers : « f.pdf » n’a pas été ajouté');
    expect(filesError(el)).to.not.contain('a déjà été ajouté');
    await untilUploaded(el, 5);
    expect(listed(el).map((f) => f.split(':')[0])).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', 'e.pdf']);
    expect(count('uploadDocumentFile')).to.equal(5);
  });

  it('a drop and a choice in quick succession: each checked against what the other added (at most 5, no duplicate)', async () => {
    const { el } = await atFiles();
    const shared = pdf('commun.pdf');
    dropFiles(dropZone(el), [shared, pdf('a.pdf'), pdf('b.pdf')]);
    giveFiles(fileInput(el), [shared, pdf('c.pdf'), pdf('d.pdf'), pdf('e.pdf')]);
    await until(() => filesError(el).includes('n’a pas été ajouté'), 'the second choice checked');
    await untilUploaded(el, 5);
    expect(listed(el).map((f) => f.split(':')[0])).to.deep.equal(['commun.pdf', 'a.pdf', 'b.pdf', 'c.pdf', 'd.pdf']);
    expectShown(el, 'Le fichier « commun.pdf » a déjà été ajouté');
    expectShown(el, 'Vous ne pouvez pas ajouter plus de 5 fichiers : « e.pdf » n’a pas été ajouté');
  });

  it('the summary keeps the step’s other errors when a file is refused, and drops the refusal once a good file is chosen', async () => {
    const { el } = await atFiles();
    await activate(el, 'Continuer');
    await until(() => summaryText(el).includes('Ajoutez'), 'the step’s errors in the summary');
    const others = ['Choisissez la nature du document', 'Choisissez la personne concernée par le document', 'Choisissez le motif de l’envoi'];
    for (const error of others) expect(summaryText(el)).to.contain(error);
    await choose(el, [text('note.txt')]);
    await until(() => summaryText(el).includes('note.txt'), 'the refusal in the summary');
    for (const error of others) expect(summaryText(el), 'still on screen, still listed').to.contain(error);
    const input = fileInput(el)!;
    input.focus();
    await choose(el, [pdf('bon.pdf')]);
    await until(() => !summaryText(el).includes('note.txt'), 'the refusal gone from the summary');
    for (const error of others) expect(summaryText(el)).to.contain(error);
    expect(deepActive(), 'the focus stays where it was').to.equal(input);
  });

  it('takes files dropped on the drop zone the same way (an enhancement of the input)', async () => {
    const { el } = await atFiles();
    const handled = dropFiles(dropZone(el), [png('carte.png'), text('faux.png')]);
    expect(handled, 'the drop is handled (no navigation to the file)').to.equal(true);
    await until(() => listed(el).length === 1 && filesError(el) !== '', 'the dropped files checked');
    await settle(el);
    expectShown(el, 'Le fichier « faux.png » n’est pas un vrai fichier PNG');
    await untilUploaded(el, 1);
    expect(listed(el)).to.deep.equal(['carte.png:uploaded']);
  });

  it('shows the progress, announces start and end politely, and cancels the upload (its signal aborted), then sends it again', async () => {
    const signals: AbortSignal[] = [];
    let hold = true;
    const { el } = await atFiles((adapter) => ({
      ...adapter,
      uploadDocumentFile: (file: File, options?: UploadOptions) => {
        if (!hold) return adapter.uploadDocumentFile(file, options);
        signals.push(options!.signal!);
        options?.onProgress?.({ loaded: file.size / 2, total: file.size });
        return new Promise((_, reject) =>
          options!.signal!.addEventListener('abort', () => reject(new DOMException('The upload was aborted', 'AbortError'))),
        );
      },
    }));
    await choose(el, [pdf('long.pdf', 40_000)]);
    await until(() => !!el.querySelector('progress'), 'the progress bar');
    await settle(el);
    const progress = el.querySelector('progress')!;
    expect(progress.value / progress.max).to.equal(0.5);
    expect(norm(progress.getAttribute('aria-label'))).to.equal('Envoi de « long.pdf »');
    expect(norm(progress.getAttribute('aria-valuetext'))).to.equal('50 %');
    expect(norm(row(el, 'long.pdf')?.textContent)).to.contain('Envoi en cours 50 %');
    expect(status(el)).to.equal('Envoi de « long.pdf » commencé');

    await activate(el, 'Annuler l’envoi');
    await until(() => listed(el).join() === 'long.pdf:cancelled', 'the cancelled upload');
    await settle(el);
    expect(signals[0]!.aborted).to.equal(true);
    expect(status(el)).to.equal('Envoi de « long.pdf » annulé');
    expect(norm(row(el, 'long.pdf')?.textContent)).to.contain('Envoi annulé');
    // The focus went from the vanished "Annuler" to the file's next action.
    expect(norm((deepActive()?.getRootNode() as ShadowRoot | Document as ShadowRoot).host?.textContent)).to.contain('Réessayer');

    hold = false;
    await activate(el, 'Réessayer');
    await untilUploaded(el, 1);
    expect(status(el)).to.equal('Fichier « long.pdf » envoyé');
  });

  it('removes an uploaded file through the adapter (discardDocumentUpload), the focus back on the input', async () => {
    const { el, count, inputs, memory } = await atFiles();
    await choose(el, [pdf('garder.pdf'), pdf('retirer.pdf')]);
    await untilUploaded(el, 2);
    const li = row(el, 'retirer.pdf');
    expect(norm(button(li, 'Retirer')?.textContent)).to.equal('Retirer « retirer.pdf »');
    await activate(li!, 'Retirer');
    await until(() => listed(el).length === 1, 'the file removed');
    await settle(el);
    expect(listed(el)).to.deep.equal(['garder.pdf:uploaded']);
    expect(count('discardDocumentUpload')).to.equal(1);
    const [{ uploadId }] = inputs<{ uploadId: string }>('discardDocumentUpload');
    let kind = '';
    await memory.discardDocumentUpload({ uploadId }).catch((e: { kind: string }) => (kind = e.kind));
    expect(kind, 'the adapter no longer has it').to.equal('not-found');
    expect(deepActive() === fileInput(el), `focus on ${deepActive()?.localName} ${norm(deepActive()?.textContent)}`).to.equal(true);
    expect(status(el)).to.equal('Fichier « retirer.pdf » retiré');
  });

  it('keeps a file whose removal failed, says so, and removes it on "Réessayer"', async () => {
    const { el, count, memory } = await atFiles();
    await choose(el, [pdf('piece.pdf')]);
    await untilUploaded(el, 1);
    memory.faults.failNext('discardDocumentUpload', 1, 'network');
    await activate(el, 'Retirer');
    await until(() => norm(row(el, 'piece.pdf')?.textContent).includes('n’a pas pu être retiré'), 'the removal failure');
    expect(norm(row(el, 'piece.pdf')?.textContent)).to.contain('Impossible de joindre le service');
    expect(listed(el)).to.deep.equal(['piece.pdf:uploaded']);
    await activate(el, 'Réessayer');
    await until(() => listed(el).length === 0, 'the file removed');
    expect(count('discardDocumentUpload')).to.equal(2);
  });

  it('retries a failed upload for that file alone', async () => {
    const { el, count, memory } = await atFiles();
    memory.faults.failNext('uploadDocumentFile', 1, 'network');
    await choose(el, [pdf('premier.pdf'), pdf('second.pdf')]);
    await until(() => listed(el).join() === 'premier.pdf:failed,second.pdf:uploaded', 'one failed, one uploaded');
    await settle(el);
    expect(norm(row(el, 'premier.pdf')?.textContent)).to.contain('Échec de l’envoi Impossible de joindre le service');
    await activate(row(el, 'premier.pdf')!, 'Réessayer');
    await untilUploaded(el, 2);
    expect(count('uploadDocumentFile')).to.equal(3);
  });

  it('does not leave the document while a file is uploading, nor without a file, saying so next to the field and in the summary', async () => {
    const { el, memory } = await atFiles();
    expect(summaryText(el)).to.equal('');
    memory.faults.hang('uploadDocumentFile');
    await activate(el, 'Continuer');
    await settle(el);
    expectShown(el, 'Ajoutez au moins un fichier au document');
    await choose(el, [pdf('lent.pdf')]);
    await activate(el, 'Continuer');
    await settle(el);
    expectShown(el, 'L’envoi de « lent.pdf » n’est pas terminé : patientez quelques instants');
    expect(norm(deepText(el.querySelector('h3')!))).to.contain('Document 1 sur 1');
  });

  it('stops uploading when it leaves the page, and goes on where it was when it comes back', async () => {
    const { el, memory, adapter, count } = await atFiles();
    el.adapter = adapter; // its own adapter, kept when it leaves the provider
    memory.faults.hang('uploadDocumentFile');
    await choose(el, [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
    await until(() => count('uploadDocumentFile') === 1, 'the first upload');
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(count('uploadDocumentFile'), 'nothing more starts once it has left').to.equal(1);
    memory.faults.clear('uploadDocumentFile');
    parent.append(el);
    await untilUploaded(el, 3);
    expect(listed(el), 'the stopped upload started again, not "cancelled"').to.deep.equal(['a.pdf:uploaded', 'b.pdf:uploaded', 'c.pdf:uploaded']);
    expect(count('uploadDocumentFile')).to.equal(4);
  });
});
