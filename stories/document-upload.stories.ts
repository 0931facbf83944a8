import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryAdapter } from '@moncompte/adapters/memory';
import type { UploadOptions } from '@moncompte/core';
import '@moncompte/components/document-upload.js';
import '@moncompte/components/logout-button.js';
import type { McDocumentUpload } from '@moncompte/components/document-upload.js';

const meta: Meta = {
  title: 'Démarches/Envoyer des documents',
  component: 'mc-document-upload',
  tags: ['autodocs'],
  parameters: {
    adapter: { signedIn: true },
    docs: {
      story: { inline: false, iframeHeight: 900 },
      description: {
        component:
          '“Nous envoyer un document”: the object of the sending and the number of documents, then for each document its nature, the person concerned, the motive and its files (PDF, JPEG or PNG under 1 MB, checked by their content, uploaded one by one with their progress), the medical notice, a confirmation with the attestation, and the acknowledgement of receipt. Inputs are real controls of real forms in the light DOM; a reload keeps the choices and the uploaded files’ references.',
      },
    },
  },
  render: () => html`<div style="padding: 1.5rem"><mc-document-upload storage-key=""></mc-document-upload></div>`,
};
export default meta;
type Story = StoryObj;

const wait = () => new Promise((r) => setTimeout(r, 25));

/** Polls until `ready` holds (5 s at most), then lets every element inside render. */
async function until(element: McDocumentUpload, ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i += 1) await wait();
  await element.updateComplete;
  for (const child of element.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) await child.updateComplete;
}

async function loaded(canvas: HTMLElement): Promise<McDocumentUpload> {
  const element = canvas.querySelector('mc-document-upload')!;
  await until(element, () => element.options.value !== undefined);
  return element;
}

let seed = 0;
/** A real PDF (its magic bytes), `size` bytes long, with content of its own. */
function pdfFile(name: string, size = 48_000): File {
  const bytes = new Uint8Array(size);
  seed += 1;
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 13 + seed) & 0xff;
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
  return new File([bytes], name, { type: 'application/pdf' });
}

const submit = (element: McDocumentUpload) => element.querySelector('form')?.requestSubmit();

/** Object chosen, `count` documents, on the first document. */
async function toDocument(canvas: HTMLElement, count = 2): Promise<McDocumentUpload> {
  const element = await loaded(canvas);
  element.chooseObject('other');
  element.setCount(count);
  element.next();
  await until(element, () => element.step === 'document-1');
  return element;
}

/** The first document described (nature, first person, motive), without files. */
async function described(canvas: HTMLElement, count = 2): Promise<McDocumentUpload> {
  const element = await toDocument(canvas, count);
  const options = element.options.value!;
  element.patchDocument(0, { natureId: 'proof-of-address', personId: options.persons[0]!.id, motiveId: 'requested' });
  await element.updateComplete;
  return element;
}

async function withFiles(canvas: HTMLElement, files: File[], count = 2): Promise<McDocumentUpload> {
  const element = await described(canvas, count);
  await element.uploads.add(0, files);
  await until(element, () => !element.uploads.busy);
  return element;
}

/** One document with two uploaded files, on the confirmation page. */
async function toConfirmation(canvas: HTMLElement): Promise<McDocumentUpload> {
  const element = await withFiles(canvas, [pdfFile('facture-energie.pdf'), pdfFile('quittance-mars.pdf', 120_000)], 1);
  element.next();
  await until(element, () => element.step === 'confirm');
  return element;
}

async function attested(canvas: HTMLElement): Promise<McDocumentUpload> {
  const element = await toConfirmation(canvas);
  element.patch({ attested: true });
  await element.updateComplete;
  return element;
}

/** Uploads report 40 % and then wait until they are cancelled (a slow network). */
function hangingUploads(adapter: MemoryAdapter): void {
  Object.assign(adapter, {
    uploadDocumentFile: (file: File, options?: UploadOptions) => {
      options?.onProgress?.({ loaded: Math.round(file.size * 0.4), total: file.size });
      return new Promise((_, reject) => options?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
    },
  });
}

/** While the options of the form load. */
export const Loading: Story = { parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => a.faults.hang('getDocumentOptions') } } };

/** The options could not be loaded: what happened, "Réessayer". */
export const LoadFailed: Story = {
  parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => a.faults.failNext('getDocumentOptions', 1, 'network') } },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('mc-document-upload')!;
    await until(element, () => element.options.error !== undefined);
  },
};

/** Step 1, empty: the object of the sending (with its help), the number of documents, the medical notice. */
export const Sending: Story = { play: async ({ canvasElement }) => void (await loaded(canvasElement)) };

/** Step 1 submitted without an object: the error next to the group and in the summary. */
export const SendingErrors: Story = { play: async ({ canvasElement }) => submit(await loaded(canvasElement)) };

/** A document, empty: nature, person concerned, motive, files (the real file input, drawn in the page's language: « Choisir des fichiers », « Aucun fichier choisi »). */
export const Document: Story = { play: async ({ canvasElement }) => void (await toDocument(canvasElement)) };

/** A document submitted empty: every error next to its field and in the summary. */
export const DocumentErrors: Story = { play: async ({ canvasElement }) => submit(await toDocument(canvasElement)) };

/** Files refused (exactly 1 MB, a text file named .pdf, an empty file), named next to the field and in the summary; the valid one kept. */
export const FilesWithErrors: Story = {
  play: async ({ canvasElement }) => {
    const element = await described(canvasElement);
    const input = element.querySelector<HTMLInputElement>('mc-document-files input[type=file]')!;
    const data = new DataTransfer();
    for (const file of [pdfFile('scan-complet.pdf', 1_048_576), new File(['pas un PDF'], 'notes.pdf'), new File([], 'vide.pdf'), pdfFile('avis.pdf')]) {
      data.items.add(file);
    }
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(element, () => element.uploads.problems(0).length > 0 && !element.uploads.busy);
  },
};

/** An upload in progress (a hanging upload at 40 %), cancellable; the next file waits its turn. */
export const Uploading: Story = {
  parameters: { adapter: { signedIn: true, setup: hangingUploads } },
  play: async ({ canvasElement }) => {
    const element = await described(canvasElement);
    await element.uploads.add(0, [pdfFile('releve-bancaire.pdf', 600_000), pdfFile('justificatif.pdf')]);
    await until(element, () => !!element.querySelector('progress'));
  },
};

/** Files uploaded: « 2 fichiers choisis », then each file's name, size, state, "Retirer". */
export const Uploaded: Story = {
  play: async ({ canvasElement }) => void (await withFiles(canvasElement, [pdfFile('facture-energie.pdf'), pdfFile('bail.pdf', 300_000)])),
};

/** An upload failed: the file says why and offers "Réessayer" for itself alone. */
export const UploadFailed: Story = {
  parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => a.faults.failNext('uploadDocumentFile', 1, 'network') } },
  play: async ({ canvasElement }) => void (await withFiles(canvasElement, [pdfFile('attestation.pdf'), pdfFile('rib.pdf')])),
};

/** The session expired during an upload: the login form in place; once logged in, the same step with what was prepared, the file sent again. */
export const SessionExpired: Story = {
  parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => a.faults.failNext('uploadDocumentFile', 1, 'unauthorized') } },
  play: async ({ canvasElement }) => void (await withFiles(canvasElement, [pdfFile('attestation.pdf')])),
};

/** The confirmation: everything listed, "Modifier", the attestation, "Envoyer". */
export const Confirmation: Story = { play: async ({ canvasElement }) => void (await toConfirmation(canvasElement)) };

/** "Envoyer" without the attestation. */
export const ConfirmationErrors: Story = { play: async ({ canvasElement }) => submit(await toConfirmation(canvasElement)) };

/** The sending is on its way ("Envoyer" busy; a second activation sends nothing). */
export const Submitting: Story = {
  parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => a.faults.hang('submitDocuments') } },
  play: async ({ canvasElement }) => {
    const element = await attested(canvasElement);
    void element.submit();
    await until(element, () => element.runner.busy);
  },
};

/** The sending failed: what happened, everything kept, "Réessayer" (the same idempotency key). */
export const SubmitFailed: Story = {
  parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => a.faults.failNext('submitDocuments', 1, 'server') } },
  play: async ({ canvasElement }) => {
    const element = await attested(canvasElement);
    await element.submit();
    await until(element, () => !element.runner.busy);
  },
};

/** A file was gone from the server when sending: said on its document and in the error summary (focused). */
let refusing: MemoryAdapter | undefined;
export const SubmitRefused: Story = {
  parameters: { adapter: { signedIn: true, setup: (a: MemoryAdapter) => void (refusing = a) } },
  play: async ({ canvasElement }) => {
    const element = await attested(canvasElement);
    await refusing?.discardDocumentUpload({ uploadId: element.uploads.uploadIds(0)[0]! });
    await element.submit();
    await until(element, () => !element.runner.busy);
  },
};

/** The acknowledgement of receipt: reference, date, number of documents, where the acknowledgement went. */
export const Acknowledgement: Story = {
  play: async ({ canvasElement }) => {
    const element = await attested(canvasElement);
    await element.submit();
    await until(element, () => element.step === 'done');
  },
};

/**
 * After « Déconnexion » (the page's `mc-logout-button`; its `mc-logout` reaches the document), here while a file was
 * uploading: the upload is cancelled, the choices, the persons and the files are forgotten, nothing is kept for a
 * reload; the title and « Vous êtes déconnecté. » remain, until the next `mc-login` starts again at the first step.
 */
export const SignedOut: Story = {
  render: () => html`<div style="padding: 1.5rem">
    <p><mc-logout-button></mc-logout-button></p>
    <mc-document-upload storage-key=""></mc-document-upload>
  </div>`,
  parameters: { adapter: { signedIn: true, setup: hangingUploads } },
  play: async ({ canvasElement }) => {
    const element = await described(canvasElement);
    await element.uploads.add(0, [pdfFile('releve-bancaire.pdf', 600_000)]);
    await until(element, () => !!element.querySelector('progress'));
    await canvasElement.querySelector('mc-logout-button')!.logout();
    await element.updateComplete;
  },
};

const RESTORED_KEY = 'mc-document-upload-story-restored';

/** After a reload: the choices and the uploaded files are back, and one upload cut by the reload is asked for again. */
export const Restored: Story = {
  render: () => {
    sessionStorage.setItem(
      RESTORED_KEY,
      JSON.stringify({
        step: 'document-1',
        history: [],
        data: {
          objectId: 'other',
          count: 1,
          documents: [{ natureId: 'tax-notice', personId: '', motiveId: 'spontaneous' }],
          attested: false,
          submission: null,
          files: [[{ uploadId: 'up_story', name: 'avis-imposition-2025.pdf', size: 220_000, kind: 'pdf' }, { name: 'annexe.pdf', size: 80_000 }]],
        },
      }),
    );
    return html`<div style="padding: 1.5rem"><mc-document-upload storage-key=${RESTORED_KEY}></mc-document-upload></div>`;
  },
  play: async ({ canvasElement }) => void (await loaded(canvasElement)),
};
