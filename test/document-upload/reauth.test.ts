// mc-document-upload when the session expires while sending (a call answers `unauthorized`): the login form in place
// of the step, completed by keyboard; then the same step with everything prepared, "Vous êtes reconnecté", the
// options loaded and the files refused meanwhile sent again — never the sending itself, which waits for the user.
import { expect } from '@open-wc/testing';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import type { SubmitDocumentsInput } from '@moncompte/core';
import type { ReauthRequiredDetail } from '@moncompte/components/document-upload.js';
import { logInAgainInPlace, nextEvent } from '../journeys/helpers.js';
import {
  activate,
  choose,
  fillSending,
  fileInput,
  giveFiles,
  listed,
  mount,
  norm,
  pdf,
  pick,
  selectLabelled,
  settle,
  until,
  untilHeading,
  untilUploaded,
  toConfirm,
} from './helpers.js';

const ACCOUNT = DEMO_ACCOUNTS.msa;

describe('mc-document-upload: the session expires while sending', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());

  it('an upload: the login form in place; back on the document with its choices, the refused file sent again', async () => {
    const { el, memory, count } = await mount();
    await fillSending(el, 'D’autres documents', 1);
    await pick(selectLabelled(el, 'Nature du document'), 'Justificatif de domicile');
    await choose(el, 'Sylvie Morel');
    memory.faults.failNext('uploadDocumentFile', 1, 'unauthorized');
    const required = nextEvent<CustomEvent<ReauthRequiredDetail>>(el, 'mc-reauth-required');
    giveFiles(fileInput(el), [pdf('bail.pdf')]);
    expect((await required).detail).to.deep.equal({ flow: 'document-upload', step: 'document-1' });
    await logInAgainInPlace(el, ACCOUNT);
    await untilHeading('Document 1 sur 1');
    await untilUploaded(el, 1);
    expect(listed(el)).to.deep.equal(['bail.pdf:uploaded']);
    expect(count('uploadDocumentFile')).to.equal(2);
    expect(norm(el.textContent)).to.contain('Vous êtes reconnecté');
    expect(el.querySelector('mc-notice[variant="warning"]'), 'no "session expired" left').to.equal(null);
    expect(selectLabelled(el, 'Nature du document')!.value).to.equal('proof-of-address');
    expect(el.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value).to.equal('p-sylvie');
  });

  it('the sending: the login form in place; back on the confirmation as it was; sent once, when the user says so', async () => {
    const { el, memory, count, inputs } = await mount();
    await toConfirm(el, { nature: 'Justificatif de domicile', person: 'Sylvie Morel', motive: 'Changement de situation', files: [pdf('bail.pdf')] });
    await choose(el, 'J’atteste');
    memory.faults.failNext('submitDocuments', 1, 'unauthorized');
    await activate(el, 'Envoyer');
    await logInAgainInPlace(el, ACCOUNT);
    await untilHeading('Vérification et envoi');
    await settle(el);
    expect(norm(el.textContent)).to.contain('Vous êtes reconnecté').and.contain('bail.pdf');
    expect(el.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.equal(true);
    expect(count('submitDocuments'), 'nothing sent again by itself').to.equal(1);
    await activate(el, 'Envoyer');
    await untilHeading('Votre envoi a bien été reçu');
    const keys = new Set(inputs<SubmitDocumentsInput>('submitDocuments').map((i) => i.idempotencyKey));
    expect(keys.size, 'the same sending, the same key').to.equal(1);
  });

  it('the options: the login form in place, then the form of the sending', async () => {
    const { el, count } = await mount({ setup: (memory) => memory.faults.failNext('getDocumentOptions', 1, 'unauthorized') });
    await logInAgainInPlace(el, ACCOUNT);
    await until(() => !!el.querySelector('form input[type=radio]'), 'the form of the sending');
    expect(count('getDocumentOptions')).to.equal(2);
  });
});
