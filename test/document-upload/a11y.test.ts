// axe on every state of mc-document-upload, in the CAF and MSA themes: loading, options failure, each step, its
// errors, refused files, an upload in progress, cancelled, failed, uploaded, session expired (the login form in
// place), the confirmation and its error, submitting, a submission failure, the acknowledgement.
import { expect } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { MonCompteAdapter, SubmitDocumentsInput, UploadOptions } from '@moncompte/core';
import { logInAgainInPlace } from '../journeys/helpers.js';
import {
  MB,
  activate,
  choose,
  fileInput,
  giveFiles,
  listed,
  mount,
  pdf,
  pick,
  png,
  selectLabelled,
  settle,
  tabTo,
  text,
  until,
  untilHeading,
  untilUploaded,
} from './helpers.js';

const THEMES = ['caf', 'msa'] as const;
const PERSON = { caf: 'Muriel Lefèvre', msa: 'Jean-Paul Morel' } as const;

/** axe on the region, once every element rendered and announced notices revealed their text. */
async function axe(region: HTMLElement, state: string, seen: string[]): Promise<void> {
  await settle(region);
  await new Promise((r) => setTimeout(r, 150));
  seen.push(state);
  try {
    await expect(region).to.be.accessible();
  } catch (error) {
    throw new Error(`axe, state "${state}": ${(error as Error).message}`);
  }
}

/** An adapter whose uploads and submission wait for the test when told to (states in progress). */
function gated(adapter: MonCompteAdapter) {
  const gates = { upload: false, submit: false };
  let releaseSubmit: () => void = () => undefined;
  const wrapped: MonCompteAdapter = {
    ...adapter,
    uploadDocumentFile: (file: File, options?: UploadOptions) => {
      if (!gates.upload) return adapter.uploadDocumentFile(file, options);
      options?.onProgress?.({ loaded: Math.round(file.size / 3), total: file.size });
      return new Promise((_, reject) => options?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    },
    submitDocuments: async (input: SubmitDocumentsInput, options?: { signal?: AbortSignal }) => {
      if (gates.submit) await new Promise<void>((resolve) => (releaseSubmit = resolve));
      return adapter.submitDocuments(input, options);
    },
  };
  return { wrapped, gates, release: () => releaseSubmit() };
}

describe('Accessibility of mc-document-upload (axe, every state)', function () {
  this.timeout(90000);
  beforeEach(() => sessionStorage.clear());

  for (const theme of THEMES) {
    it(`loading and options failure (${theme})`, async () => {
      const seen: string[] = [];
      const loading = await mount({ agency: theme, ready: '[role="status"]:not(.mc-vh)', setup: (m) => m.faults.hang('getDocumentOptions') });
      await axe(loading.region, 'loading', seen);
      loading.region.remove();
      const failed = await mount({ agency: theme, setup: (m) => m.faults.failNext('getDocumentOptions', 1, 'server') });
      await axe(failed.region, 'options failure', seen);
      failed.region.remove();
      const expired = await mount({ agency: theme, setup: (m) => m.faults.failNext('getDocumentOptions', 1, 'unauthorized') });
      await axe(expired.region, 'options, session expired', seen);
      expect(seen).to.have.length(3);
    });

    it(`every step and state of a sending (${theme})`, async () => {
      const seen: string[] = [];
      let gate: ReturnType<typeof gated> | undefined;
      const { el, region, memory } = await mount({
        agency: theme,
        wrap: (adapter) => (gate = gated(adapter)).wrapped,
      });
      const g = gate!;
      await axe(region, 'sending', seen);
      await activate(el, 'Continuer');
      await axe(region, 'sending, errors', seen);
      await choose(el, "D’autres documents");
      await activate(el, 'Continuer');
      await untilHeading('Document 1 sur 1');
      await axe(region, 'document', seen);
      await activate(el, 'Continuer');
      await axe(region, 'document, errors', seen);
      await pick(selectLabelled(el, 'Nature du document'), 'Justificatif de domicile');
      await choose(el, PERSON[theme]);
      await choose(el, 'Envoi spontané');
      await tabTo(fileInput(el)!);
      giveFiles(fileInput(el), [pdf('trop-gros.pdf', MB), text('faux.pdf')]);
      await until(() => !!el.querySelector('.mc-files__error'), 'the refused files');
      await axe(region, 'files refused', seen);
      g.gates.upload = true;
      giveFiles(fileInput(el), [pdf('lent.pdf', 9000)]);
      await until(() => !!el.querySelector('progress'), 'the progress');
      await axe(region, 'uploading, with progress', seen);
      await activate(el, 'Annuler l’envoi');
      await until(() => listed(el).join() === 'lent.pdf:cancelled', 'the cancelled upload');
      await axe(region, 'upload cancelled', seen);
      g.gates.upload = false;
      memory.faults.failNext('uploadDocumentFile', 1, 'server');
      await activate(el, 'Réessayer');
      await until(() => listed(el).join() === 'lent.pdf:failed', 'the failed upload');
      await axe(region, 'upload failed', seen);
      memory.faults.failNext('uploadDocumentFile', 1, 'unauthorized');
      giveFiles(fileInput(el), [png('image.png')]);
      await until(() => !!el.querySelector('mc-login-form'), 'the login form in place');
      await axe(region, 'session expired: the login form in place', seen);
      await logInAgainInPlace(el, DEMO_ACCOUNTS[theme]);
      await untilHeading('Document 1 sur 1');
      await until(() => listed(el).join() === 'lent.pdf:failed,image.png:uploaded', 'the refused file sent again');
      await activate(el, 'Réessayer');
      await until(() => listed(el).join() === 'lent.pdf:uploaded,image.png:uploaded', 'both uploaded');
      await activate(el.querySelectorAll('[data-state="uploaded"]')[1]!, 'Retirer');
      await untilUploaded(el, 1);
      await axe(region, 'uploaded', seen);
      await activate(el, 'Continuer');
      await untilHeading('Vérification et envoi');
      await axe(region, 'confirmation', seen);
      await activate(el, 'Envoyer');
      await axe(region, 'confirmation, errors', seen);
      await choose(el, 'J’atteste');
      memory.faults.failNext('submitDocuments', 1, 'network');
      await activate(el, 'Envoyer');
      await until(() => !!el.querySelector('mc-notice[variant="error"]'), 'the submission failure');
      await axe(region, 'submission failure', seen);
      g.gates.submit = true;
      await activate(el, 'Réessayer');
      await until(() => !!el.querySelector('mc-button[busy]'), 'the busy button');
      await axe(region, 'submitting', seen);
      g.release();
      await untilHeading('Votre envoi a bien été reçu');
      await axe(region, 'acknowledgement', seen);
      expect(seen).to.have.length(15);
    });
  }
});
