// mc-document-upload, every adapter failure kind at each call (options, upload, submission): what happened is
// said, nothing prepared is lost, a retry is offered when it may help, and `unauthorized` says the session expired
// (on a page that cancels `mc-reauth-required` to log in its own way; the login form in place is in reauth.test.ts).
import { expect } from '@open-wc/testing';
import { AdapterError, ADAPTER_ERROR_KINDS, errorMessages, type AdapterErrorKind, type SubmitDocumentsInput } from '@moncompte/core';
import {
  activate,
  choose,
  deepActive,
  deepText,
  fileInput,
  fillSending,
  giveFiles,
  listed,
  mount,
  norm,
  pdf,
  pick,
  press,
  selectLabelled,
  settle,
  summaryText,
  tabTo,
  until,
  untilHeading,
  untilUploaded,
  toConfirm,
} from './helpers.js';

const RETRYABLE: readonly AdapterErrorKind[] = ['network', 'timeout', 'rate-limited', 'server'];
const message = (kind: AdapterErrorKind) => norm(String(errorMessages.fr[`error.${kind}`]));
const noticeText = (el: Element, variant: string) => norm(deepText(el.querySelector(`mc-notice[variant="${variant}"]`) ?? document.createElement('p')));
/** The document of these tests: a proof of address for Sylvie. */
const proofOfAddress = () => ({ nature: 'Justificatif de domicile', person: 'Sylvie Morel', motive: 'Changement de situation', files: [pdf('bail.pdf')] });
const hasRetry = (root: Element | null | undefined) => [...(root?.querySelectorAll('mc-button') ?? [])].some((b) => norm(b.textContent).startsWith('Réessayer'));

describe('mc-document-upload: adapter failures keep everything', function () {
  this.timeout(60000);
  beforeEach(() => sessionStorage.clear());

  for (const kind of ADAPTER_ERROR_KINDS) {
    it(`options (${kind}): says so, retries when it may help, then shows the form with the restored sending`, async () => {
      // A sending prepared before (kept for a reload), so that there is something to lose.
      const first = await mount({ key: `docs-options-${kind}` });
      await choose(first.el, 'Prestations familiales et logement');
      await pick(selectLabelled(first.el, 'Nombre de documents'), '2');
      const stored = sessionStorage.getItem(`docs-options-${kind}`);
      first.region.remove();

      const expired: Event[] = [];
      // As a page that handles the new log-in itself (it cancels the event; the login form in place is in reauth.test.ts).
      const onExpired = (e: Event) => {
        e.preventDefault();
        expired.push(e);
      };
      document.addEventListener('mc-reauth-required', onExpired);
      const { el, count } = await mount({ key: `docs-options-${kind}`, setup: (memory) => memory.faults.failNext('getDocumentOptions', 1, kind) });
      await until(() => !!el.querySelector('mc-notice'), 'the failure');
      await settle(el);
      document.removeEventListener('mc-reauth-required', onExpired);
      expect(expired, 'mc-reauth-required').to.have.length(kind === 'unauthorized' ? 1 : 0);
      const notice = el.querySelector('mc-notice')!;
      if (kind === 'unauthorized') {
        expect(notice.getAttribute('variant')).to.equal('warning');
        expect(norm(deepText(notice))).to.contain('Votre session a expiré');
        expect(norm(deepText(notice))).to.contain('l’envoi que vous avez préparé est conservé');
      } else {
        expect(notice.getAttribute('variant')).to.equal('error');
        expect(norm(deepText(notice))).to.contain(`Le formulaire d’envoi n’a pas pu être chargé. ${message(kind)}`);
      }
      expect(sessionStorage.getItem(`docs-options-${kind}`)).to.equal(stored);
      const retryable = RETRYABLE.includes(kind) || kind === 'unauthorized';
      expect(hasRetry(notice)).to.equal(retryable);
      if (!retryable) return;
      await activate(el, 'Réessayer');
      await until(() => !!el.querySelector('form'), 'the form');
      await settle(el);
      expect(count('getDocumentOptions')).to.equal(2);
      expect(el.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value).to.equal('family');
      expect(selectLabelled(el, 'Nombre de documents')!.value).to.equal('2');
    });
  }

  it('upload, every kind: the file fails alone, the choices are kept, a retry when it may help', async () => {
    const { el, memory, count } = await mount();
    const expired: Event[] = [];
    el.addEventListener('mc-reauth-required', (e) => {
      e.preventDefault(); // as a page that handles the new log-in itself
      expired.push(e);
    });
    await fillSending(el, "D’autres documents", 1);
    await pick(selectLabelled(el, 'Nature du document'), 'Justificatif de domicile');
    await choose(el, 'Sylvie Morel');
    for (const kind of ADAPTER_ERROR_KINDS) {
      memory.faults.failNext('uploadDocumentFile', 1, kind);
      const name = `${kind}.pdf`;
      await tabTo(fileInput(el)!);
      giveFiles(fileInput(el), [pdf(name)]);
      await until(() => listed(el).includes(`${name}:failed`), `the failed upload (${kind})`);
      await settle(el);
      const row = [...el.querySelectorAll('.mc-files__item')].find((li) => norm(li.textContent).startsWith(name))!;
      expect(norm(row.textContent), kind).to.contain(`Échec de l’envoi ${message(kind)}`);
      expect(hasRetry(row), kind).to.equal(RETRYABLE.includes(kind));
      if (kind === 'unauthorized') {
        expect(noticeText(el, 'warning')).to.contain('Votre session a expiré');
        expect(expired).to.have.length(1);
      }
      // Removing the failed file calls nothing: it was never uploaded.
      const discards = count('discardDocumentUpload');
      await activate(row, 'Retirer');
      await until(() => !listed(el).some((f) => f.startsWith(name)), 'the failed file removed');
      expect(count('discardDocumentUpload')).to.equal(discards);
    }
    expect(selectLabelled(el, 'Nature du document')!.value).to.equal('proof-of-address');
    expect(el.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value).to.equal('p-sylvie');
    // And the next upload works, which tells the session is back.
    giveFiles(fileInput(el), [pdf('enfin.pdf')]);
    await untilUploaded(el, 1);
    expect(el.querySelector('mc-notice[variant="warning"]')).to.equal(null);
  });

  it('submission, every kind: says so, keeps the confirmation as it was, retries with the same key, then sends', async () => {
    const { el, memory, count, inputs } = await mount();
    const expired: Event[] = [];
    el.addEventListener('mc-reauth-required', (e) => {
      e.preventDefault(); // as a page that handles the new log-in itself
      expired.push(e);
    });
    await toConfirm(el, proofOfAddress());
    await choose(el, 'J’atteste');
    for (const kind of ADAPTER_ERROR_KINDS) {
      memory.faults.failNext('submitDocuments', 1, kind);
      const calls = count('submitDocuments');
      await activate(el, 'Envoyer');
      await until(() => count('submitDocuments') === calls + 1 && !el.querySelector('mc-button[busy]'), `the failure (${kind})`);
      await settle(el);
      expect(norm(el.querySelector('h3')?.textContent), kind).to.contain('Vérification et envoi');
      if (kind === 'unauthorized') {
        expect(noticeText(el, 'warning')).to.contain('Votre session a expiré');
        expect(expired).to.have.length(1);
      } else {
        const notice = el.querySelector('mc-notice[variant="error"]');
        expect(norm(deepText(notice!)), kind).to.contain(message(kind));
        expect(norm(deepText(notice!)), kind).to.contain('Vos informations et vos fichiers déjà envoyés sont conservés.');
        expect(hasRetry(notice), kind).to.equal(RETRYABLE.includes(kind));
      }
      expect(norm(el.textContent)).to.contain('bail.pdf');
      expect(el.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.equal(true);
    }
    await activate(el, 'Envoyer');
    await untilHeading('Votre envoi a bien été reçu');
    const keys = new Set(inputs<SubmitDocumentsInput>('submitDocuments').map((i) => i.idempotencyKey));
    expect(keys.size).to.equal(1);
    expect(count('submitDocuments')).to.equal(ADAPTER_ERROR_KINDS.length + 1);
  });

  it('a file gone from the server: said on its document and in the error summary, whose link leads to fixing it', async () => {
    const { el, memory, inputs } = await mount();
    await toConfirm(el, proofOfAddress());
    await choose(el, 'J’atteste');
    const uploadId = el.uploads.uploadIds(0)[0]!;
    expect(inputs('uploadDocumentFile')).to.have.length(1);
    await memory.discardDocumentUpload({ uploadId });
    await activate(el, 'Envoyer');
    const summary = el.querySelector('mc-error-summary')!;
    await until(() => deepActive()?.getRootNode() === summary.shadowRoot, 'the focused error summary');
    const said = 'Des fichiers du document 1 ne sont plus disponibles : retirez-les, puis ajoutez-les à nouveau.';
    expect(summaryText(el)).to.contain(said);
    const recap = [...el.querySelectorAll('.mc-docs__summary')].find((box) => norm(box.querySelector('h4')?.textContent) === 'Document 1')!;
    expect(norm(recap.querySelector('.mc-docs__error')?.textContent)).to.equal(`Erreur : ${said}`);
    // Said where it is and in the summary: no notice on top of them.
    expect(el.querySelector('mc-notice[variant="error"]')).to.equal(null);
    // The summary's link goes to "Modifier le document 1", which leads to the document, where the file is sent again.
    await press('Tab');
    await press('Enter');
    expect(norm(document.activeElement?.textContent)).to.equal('Modifier le document 1');
    await press('Enter');
    await untilHeading('Document 1 sur 1');
    await activate(el, 'Retirer');
    await until(() => listed(el).length === 0, 'the file removed');
    giveFiles(fileInput(el), [pdf('bail.pdf')]);
    await untilUploaded(el, 1);
    await activate(el, 'Continuer');
    await untilHeading('Vérification et envoi');
    await activate(el, 'Envoyer');
    await untilHeading('Votre envoi a bien été reçu');
  });

  it('a refusal the confirmation cannot place is said in the failure notice', async () => {
    const { el } = await mount({
      wrap: (adapter) => ({
        ...adapter,
        submitDocuments: () => Promise.reject(new AdapterError('validation', 'refused', { fieldErrors: { channel: [{ key: 'flow.required' }] } })),
      }),
    });
    await toConfirm(el, proofOfAddress());
    await choose(el, 'J’atteste');
    await activate(el, 'Envoyer');
    await until(() => !!el.querySelector('mc-notice[variant="error"]'), 'the refusal');
    await settle(el);
    expect(noticeText(el, 'error')).to.contain(message('validation'));
    expect(summaryText(el)).to.equal('');
  });
});
