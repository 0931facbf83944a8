// mc-document-upload in English under lang="en" (the page registered '@moncompte/core/i18n/en', see test/setup.ts):
// headings, labels, hints, errors, file problems with sizes formatted for the locale, the acknowledgement.
import { expect } from '@open-wc/testing';
import {
  MB,
  activate,
  choose,
  deepText,
  fileInput,
  filesError,
  giveFiles,
  mount,
  norm,
  pdf,
  pick,
  selectLabelled,
  settle,
  summaryText,
  tabTo,
  until,
  untilHeading,
  untilUploaded,
} from './helpers.js';

describe('mc-document-upload: English', function () {
  this.timeout(60000);
  beforeEach(() => sessionStorage.clear());

  it('speaks English under lang="en", from the first step to the acknowledgement', async () => {
    const { el, region } = await mount({ lang: 'en' });
    expect(norm(el.querySelector('h2')?.textContent)).to.equal('Send us a document');
    expect(norm(el.querySelector('h3')?.textContent)).to.equal('Step 1 of 3 – Your sending');
    expect(norm(el.querySelector('legend')?.textContent)).to.equal('Subject of the sending');
    expect(norm(deepText(el.querySelector('mc-notice')!))).to.contain('Medical documents: by post');
    await activate(el, 'Continue');
    await until(() => summaryText(el).includes('There is a problem'), 'the summary');
    expect(summaryText(el)).to.contain('Subject of the sending — Choose the subject of your sending');
    expect(norm(el.querySelector('.mc-docs__error')?.textContent)).to.equal('Error: Choose the subject of your sending');

    await choose(el, "D’autres documents"); // option labels come from the adapter
    await pick(selectLabelled(el, 'Number of documents to send'), '1');
    await activate(el, 'Continue');
    await untilHeading('Step 2 of 3 – Document 1 of 1');
    await settle(el);
    const input = fileInput(el)!;
    expect(norm(input.labels?.[0]?.textContent)).to.equal('Files of the document');
    expect(norm(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent)).to.equal(
      'PDF, JPEG/JPG or PNG, smaller than 1 MB each, at most 5 files.',
    );
    await pick(selectLabelled(el, 'Type of document'), 'Justificatif de domicile');
    await choose(el, 'Sylvie Morel');
    await choose(el, 'Envoi spontané');
    await tabTo(input);
    giveFiles(input, [pdf('big.pdf', MB), pdf('fine.pdf')]);
    await until(() => filesError(el) !== '', 'the refused file');
    expect(filesError(el)).to.contain('The file “big.pdf” is too big: it must be smaller than 1 MB');
    expect(summaryText(el)).to.contain('The file “big.pdf” is too big');
    await untilUploaded(el, 1);
    expect(norm(el.querySelector('.mc-files__item')?.textContent)).to.contain('fine.pdf 2 kB Sent Remove “fine.pdf”');
    await activate(el, 'Continue');
    await untilHeading('Check and send');
    await settle(el);
    expect(norm(el.textContent)).to.contain('Subject of the sending');
    await activate(el, 'Send');
    await until(() => summaryText(el).includes('Tick the box to certify that the documents are genuine'), 'the attestation error');
    await choose(el, 'I certify that the documents sent are genuine');
    await activate(el, 'Send');
    await untilHeading('Your sending has been received');
    await settle(el);
    const done = norm(deepText(el.querySelector('mc-notice[variant="success"]')!));
    expect(done).to.match(/Reference MSA-\d{8}-\d{4}/);
    expect(done).to.match(/Received on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}/);
    expect(done).to.contain('An acknowledgement of receipt has been sent to');

    // The language follows the lang attribute live.
    region.querySelector('[lang]')!.setAttribute('lang', 'fr');
    await until(() => norm(el.querySelector('h3')?.textContent) === 'Votre envoi a bien été reçu', 'French again');
  });
});
