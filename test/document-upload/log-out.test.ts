// mc-document-upload and the log-out (issue #5), on a page with « Déconnexion » and no host code clearing anything:
// a sending part way by keyboard (its object and number of documents, a document described, one file uploaded and
// another still uploading, all kept in sessionStorage for a reload). Once the session has ended, none of the
// persons' names, the choices, the file names or an acknowledgement is left in the element, it says « Vous êtes
// déconnecté. » under its title, sessionStorage holds nothing of it, the upload in flight is cancelled and its late
// answer changes nothing; mc-login brings back its first step, empty. Also: a late acknowledgement, one on screen,
// the login form of an expired session, an element off the page at the log-out, English, axe (CAF and MSA).
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { DocumentReceipt, MonCompteAdapter, UploadedFile } from '@moncompte/core';
import '@moncompte/components/logout-button.js';
import type { McDocumentUpload } from '@moncompte/components/document-upload.js';
import { deferred, pageLogsIn, pageLogsOut } from '../dashboard/helpers.js';
import { axe } from '../situation-wizard/helpers.js';
import {
  activate,
  choose,
  countingAdapter,
  deepActive,
  deepText,
  fileInput,
  fillDocument,
  fillSending,
  giveFiles,
  listed,
  norm,
  pdf,
  pick,
  provided,
  selectLabelled,
  settle,
  tabTo,
  until,
  untilHeading,
  type Agency,
  toConfirm,
} from './helpers.js';

const KEY = 'docs-logout';
const SIGNED_OUT = 'Nous envoyer un document Vous êtes déconnecté.';
/** What the element showed of the sending: the persons' names, the choices, the files. */
const SENDING = ['Jean-Paul', 'Sylvie', 'Morel', 'Justificatif de domicile', 'Envoi spontané', 'bail-2026.pdf', 'quittance-mars.pdf'];

/** A deferred answer the test releases. */
type Gate = { readonly promise: Promise<void>; resolve(): void };

/** The page: « Déconnexion » in its header, the element in its main part, one adapter for both (a provider). */
async function page(options: { agency?: Agency; lang?: string; wrap?: (adapter: MonCompteAdapter) => MonCompteAdapter } = {}) {
  const agency = options.agency ?? 'msa';
  const counted = countingAdapter({ agency, signedIn: DEMO_ACCOUNTS[agency].identifier });
  const adapter = options.wrap ? options.wrap(counted.adapter) : counted.adapter;
  const region = await provided(
    adapter,
    html`<div lang=${options.lang ?? 'fr'}>
      <header><mc-logout-button></mc-logout-button></header>
      <main><mc-document-upload storage-key=${KEY}></mc-document-upload></main>
    </div>`,
    agency,
  );
  const el = region.querySelector('mc-document-upload') as McDocumentUpload;
  await until(() => !!el.querySelector('form'), 'the first step');
  await settle(el);
  return { ...counted, adapter, region, el, button: region.querySelector('mc-logout-button')! };
}

const text = (el: Element) => norm(deepText(el));

/** « Déconnexion » by keyboard, then the element's signed-out state. */
async function logOutByKeyboard(button: Element, el: McDocumentUpload): Promise<void> {
  await tabTo(button);
  await sendKeys({ press: 'Enter' });
  await until(() => text(el).includes('Vous êtes déconnecté.'), `the signed-out state (it shows: ${text(el).slice(0, 200)})`);
  await settle(el);
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mc-document-upload: the log-out', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('« Déconnexion » by keyboard: nothing of the sending is left, the upload in flight is cancelled and its late answer dropped; mc-login starts afresh', async () => {
    // A back end whose uploads, once the gate is set, answer only when the test says so, whatever the abort.
    let gate: Gate | undefined = undefined;
    const signals: AbortSignal[] = [];
    const late: UploadedFile[] = [];
    const { el, region, button, memory, count } = await page({
      wrap: (adapter) => ({
        ...adapter,
        uploadDocumentFile: async (file, options) => {
          const waiting = gate;
          if (!waiting) return adapter.uploadDocumentFile(file, options);
          signals.push(options!.signal!);
          const uploaded = await adapter.uploadDocumentFile(file);
          late.push(uploaded);
          await waiting.promise;
          return uploaded;
        },
      }),
    });
    await fillSending(el, 'D’autres documents', 2);
    await fillDocument(el, { nature: 'Justificatif de domicile', person: 'Sylvie Morel', motive: 'Envoi spontané', files: [pdf('bail-2026.pdf')] });
    gate = deferred<void>();
    giveFiles(fileInput(el), [pdf('quittance-mars.pdf')]);
    await until(() => listed(el).join() === 'bail-2026.pdf:uploaded,quittance-mars.pdf:uploading', 'the second upload in flight');
    await until(() => late.length === 1, 'the back end has the file, its answer still to come');
    await settle(el);
    expect(SENDING.filter((t) => text(region).includes(t))).to.deep.equal(SENDING);
    // Kept for a reload: the choices and the uploaded file's reference.
    expect(sessionStorage.getItem(KEY)).to.contain('bail-2026.pdf').and.contain('proof-of-address');

    await logOutByKeyboard(button, el);
    expect((await memory.getSession()).session).to.equal(null);
    expect(text(el)).to.equal(SIGNED_OUT);
    expect([...el.children].map((child) => norm(child.textContent))).to.deep.equal(['Nous envoyer un document', 'Vous êtes déconnecté.']);
    expect(el.querySelector('form, input, select, mc-document-files, mc-button, mc-notice, mc-login-form')).to.equal(null);
    expect(SENDING.filter((t) => text(region).includes(t))).to.deep.equal([]);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(signals.map((s) => s.aborted), 'the upload in flight is cancelled').to.deep.equal([true]);
    expect([el.uploads.entries(0), el.uploads.entries(1), el.uploads.stored()]).to.deep.equal([[], [], []]);
    expect([el.options.value, el.receipt, el.announcement]).to.deep.equal([undefined, undefined, '']);
    expect(el.data.documents).to.deep.equal([{ natureId: '', personId: '', motiveId: '' }]);

    // The upload's late answer: nothing comes back, on screen or in the tab; the file is not kept.
    gate.resolve();
    await wait(50);
    await settle(el);
    expect(text(el)).to.equal(SIGNED_OUT);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    expect(el.uploads.stored()).to.deep.equal([]);
    expect(count('getDocumentOptions')).to.equal(1);

    // A new session: the first step again, nothing chosen; the focus stays where the person is.
    gate = undefined;
    await pageLogsIn(memory, DEMO_ACCOUNTS.msa.identifier);
    await until(() => !!el.querySelector('form'), 'the first step again');
    await settle(el);
    expect(count('getDocumentOptions')).to.equal(2);
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Étape 1 sur 3 – Votre envoi');
    expect(el.querySelectorAll('input:checked')).to.have.length(0);
    expect(selectLabelled(el, 'Nombre de documents')!.value).to.equal('1');
    expect(text(el)).to.not.contain('Vous êtes déconnecté.');
    expect(['bail-2026.pdf', 'quittance-mars.pdf', 'Nous avons retrouvé'].filter((t) => text(el).includes(t))).to.deep.equal([]);
    expect(el.contains(deepActive())).to.equal(false);
    // It works as before: a document can be sent again from scratch.
    await fillSending(el, 'D’autres documents', 1);
    await fillDocument(el, { nature: 'Justificatif de domicile', person: 'Jean-Paul Morel', motive: 'Envoi spontané', files: [pdf('nouveau.pdf')] });
    expect(listed(el)).to.deep.equal(['nouveau.pdf:uploaded']);
  });

  it('a sending answering after the log-out: its acknowledgement is never shown, no mc-documents-submitted', async () => {
    let gate: Gate | undefined = undefined;
    const receipts: DocumentReceipt[] = [];
    const { el, button, memory } = await page({
      wrap: (adapter) => ({
        ...adapter,
        // The back end receives it, but its answer comes late, whatever the abort.
        submitDocuments: async (input) => {
          const receipt = await adapter.submitDocuments(input);
          receipts.push(receipt);
          await gate?.promise;
          return receipt;
        },
      }),
    });
    let submitted = 0;
    el.addEventListener('mc-documents-submitted', () => (submitted += 1));
    await toConfirm(el, { nature: 'Justificatif de domicile', person: 'Sylvie Morel', motive: 'Envoi spontané', files: [pdf('bail-2026.pdf')] });
    await choose(el, 'J’atteste');
    gate = deferred<void>();
    await activate(el, 'Envoyer');
    await until(() => receipts.length === 1, 'the sending in flight');
    await logOutByKeyboard(button, el);
    gate.resolve();
    await wait(50);
    await settle(el);
    expect(text(el)).to.equal(SIGNED_OUT);
    expect(text(el)).to.not.contain(receipts[0]!.reference);
    expect(el.receipt).to.equal(undefined);
    expect(submitted).to.equal(0);
    expect(sessionStorage.getItem(KEY)).to.equal(null);

    await pageLogsIn(memory, DEMO_ACCOUNTS.msa.identifier);
    await until(() => !!el.querySelector('form'), 'the first step again');
    await settle(el);
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Étape 1 sur 3 – Votre envoi');
    expect(text(el)).to.not.contain(receipts[0]!.reference);
  });

  it('an acknowledgement on screen: its reference and where it was sent are forgotten', async () => {
    const { el, button } = await page();
    await toConfirm(el, { nature: 'Justificatif de domicile', person: 'Sylvie Morel', motive: 'Envoi spontané', files: [pdf('bail-2026.pdf')] });
    await choose(el, 'J’atteste');
    await activate(el, 'Envoyer');
    await untilHeading('Votre envoi a bien été reçu');
    const receipt = el.receipt!;
    expect(text(el)).to.contain(receipt.reference).and.contain(receipt.acknowledgement.destination);
    await logOutByKeyboard(button, el);
    expect(text(el)).to.equal(SIGNED_OUT);
    expect(el.receipt).to.equal(undefined);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('the login form of an expired session goes too, with what was typed in it; mc-login starts afresh', async () => {
    const { el, button, memory } = await page();
    await fillSending(el, 'D’autres documents', 1);
    await pick(selectLabelled(el, 'Nature du document'), 'Justificatif de domicile');
    memory.faults.failNext('uploadDocumentFile', 1, 'unauthorized');
    giveFiles(fileInput(el), [pdf('bail-2026.pdf')]);
    await until(() => !!el.querySelector('mc-login-form input[autocomplete="username"]'), 'the login form in place');
    await tabTo(el.querySelector('mc-login-form input[autocomplete="username"]')!);
    await sendKeys({ type: DEMO_ACCOUNTS.msa.identifier });
    await logOutByKeyboard(button, el);
    expect(el.querySelector('mc-login-form, input')).to.equal(null);
    expect(text(el)).to.equal(SIGNED_OUT);

    await pageLogsIn(memory, DEMO_ACCOUNTS.msa.identifier);
    await until(() => !!el.querySelector('form'), 'the first step again');
    await settle(el);
    expect(el.querySelector('mc-login-form')).to.equal(null);
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Étape 1 sur 3 – Votre envoi');
  });

  it('an element off the page at the log-out is cleared as it comes back: its stopped upload does not start again', async () => {
    const { el, adapter, memory, count } = await page();
    el.adapter = adapter; // its own adapter, kept when it leaves the provider
    await fillSending(el, 'D’autres documents', 1);
    memory.faults.hang('uploadDocumentFile');
    giveFiles(fileInput(el), [pdf('bail-2026.pdf')]);
    await until(() => count('uploadDocumentFile') === 1, 'the upload');
    const parent = el.parentElement!;
    el.remove(); // a framework keeps it aside (Vue's <KeepAlive>, a cached route)
    await wait(50);
    memory.faults.clear('uploadDocumentFile');
    await memory.logout();
    pageLogsOut();
    parent.append(el);
    await settle(el);
    expect(text(el)).to.equal(SIGNED_OUT);
    await wait(100);
    expect(count('uploadDocumentFile'), 'nothing uploads again once the session has ended').to.equal(1);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    // Logged in again (the demo world's uploads were its own): the first step, empty.
    await pageLogsIn(memory, DEMO_ACCOUNTS.msa.identifier);
    await until(() => !!el.querySelector('form'), 'the first step again');
    expect(count('uploadDocumentFile')).to.equal(1);
  });

  it('says it in the page’s language: English under lang="en"', async () => {
    const { el, button } = await page({ lang: 'en' });
    await tabTo(button);
    await sendKeys({ press: 'Enter' });
    await until(() => text(el) === 'Send us a document You are signed out.', `the English signed-out state (${text(el)})`);
  });

  for (const agency of ['caf', 'msa'] as const) {
    it(`the signed-out state passes axe (${agency})`, async () => {
      const { el, region, button } = await page({ agency });
      await fillSending(el, 'D’autres documents', 1);
      await logOutByKeyboard(button, el);
      await axe(region, `signed out (${agency})`, []);
    });
  }
});
