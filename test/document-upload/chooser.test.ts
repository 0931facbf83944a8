// mc-document-upload, the file chooser: the real <input type=file> of the form, presented in the PAGE's language
// (« Choisir des fichiers », « Aucun fichier choisi », « 2 fichiers choisis »), never the browser's; what a screen
// reader gets (Chromium's accessibility tree); the input still the control — in the form, reached with Tab and by
// its label, opened with Enter, Space or a click on the button we draw (headless Chromium opens its chooser and
// closes it at once: the input then gets a trusted `cancel`, which only an opened chooser sends) —, focus visible,
// a 24 × 24 px target at least, readable in forced colours, and no axe violation in both themes and schemes.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ariaSnapshot } from '../plugins/aria-snapshot.browser.js';
import {
  activate,
  choose,
  deepActive,
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
  tabTo,
  until,
  untilHeading,
  untilUploaded,
  type Agency,
} from './helpers.js';
import { clickCentre } from '../login/helpers.js';

const button = (el: Element) => el.querySelector<HTMLElement>('mc-document-files .mc-files__button');
const status = (el: Element) => el.querySelector<HTMLElement>('mc-document-files .mc-files__status');
/** The text drawn on screen inside `element` (text that takes no room, such as a comma for speech only, is left out). */
function drawn(element: Element | null): string {
  let text = '';
  const walker = document.createTreeWalker(element ?? document.createElement('div'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    if (range.getBoundingClientRect().width > 0) text += node.textContent;
  }
  return norm(text);
}
/** The text a sighted person sees in the chooser: the button, then the status. */
const seen = (el: Element) => [drawn(button(el)), drawn(status(el))];
/** What Chromium gives assistive technologies for the file input (role and name). */
const exposed = async () => (await ariaSnapshot('mc-document-files .mc-files__chooser')).trim();

/** Mounted, the sending filled by keyboard (one document), on the document's step. */
async function atFiles(options: Parameters<typeof mount>[0] = {}) {
  const mounted = await mount(options);
  if (options.lang === 'en') {
    await choose(mounted.el, "D’autres documents"); // option labels come from the adapter
    await pick(selectLabelled(mounted.el, 'Number of documents to send'), '1');
    await activate(mounted.el, 'Continue');
    await untilHeading('Document 1 of 1');
    await settle(mounted.el);
  } else {
    await fillSending(mounted.el, "D’autres documents", 1);
  }
  return mounted;
}

/** Records the events the browser sends to the input (with whether they are trusted, i.e. the browser's own). */
function record(input: HTMLInputElement): string[] {
  const events: string[] = [];
  for (const type of ['click', 'cancel']) input.addEventListener(type, (e) => events.push(`${type}${e.isTrusted ? '' : ':untrusted'}`));
  return events;
}

describe('mc-document-upload: the file chooser', function () {
  this.timeout(40000);
  beforeEach(() => sessionStorage.clear());
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('speaks French on a French page, and counts the files chosen, for the eye and for screen readers', async () => {
    const { el } = await atFiles();
    expect(seen(el)).to.deep.equal(['Choisir des fichiers', 'Aucun fichier choisi']);
    expect(await exposed()).to.equal('- button "Fichiers du document Choisir des fichiers, Aucun fichier choisi"');

    await tabTo(fileInput(el)!);
    giveFiles(fileInput(el), [pdf('releve.pdf'), pdf('avis.pdf')]);
    await untilUploaded(el, 2);
    expect(seen(el)).to.deep.equal(['Choisir des fichiers', '2 fichiers choisis']);
    expect(await exposed()).to.equal('- button "Fichiers du document Choisir des fichiers, 2 fichiers choisis"');

    // The input is emptied after each choice (the list holds the files): the status counts the list, not the input.
    expect(fileInput(el)!.files?.length ?? 0).to.equal(0);
    await activate(el, 'Retirer « avis.pdf »');
    await until(() => listed(el).length === 1, 'the file removed');
    await settle(el);
    expect(seen(el)).to.deep.equal(['Choisir des fichiers', '1 fichier choisi']);
    expect(await exposed()).to.equal('- button "Fichiers du document Choisir des fichiers, 1 fichier choisi"');
  });

  it('speaks English under lang="en", and follows the page when its language changes', async () => {
    const { el, region } = await atFiles({ lang: 'en' });
    expect(seen(el)).to.deep.equal(['Choose files', 'No file chosen']);
    expect(await exposed()).to.equal('- button "Files of the document Choose files, No file chosen"');
    giveFiles(fileInput(el), [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
    await untilUploaded(el, 3);
    expect(seen(el)).to.deep.equal(['Choose files', '3 files chosen']);
    expect(await exposed()).to.equal('- button "Files of the document Choose files, 3 files chosen"');

    region.querySelector('[lang]')!.setAttribute('lang', 'fr');
    await until(() => seen(el)[0] === 'Choisir des fichiers', 'French again');
    expect(seen(el)).to.deep.equal(['Choisir des fichiers', '3 fichiers choisis']);
  });

  it('keeps the real input as the control: in the form, labelled, described, not hidden, and it gets the files', async () => {
    const { el } = await atFiles();
    const input = fileInput(el)!;
    const form = el.querySelector('form')!;
    expect(input.form).to.equal(form);
    expect(input.getRootNode()).to.equal(document);
    expect(input.multiple).to.equal(true);
    expect(input.accept).to.contain('application/pdf');
    expect(input.hidden).to.equal(false);
    expect(input.tabIndex).to.equal(0);
    expect(getComputedStyle(input).display).to.not.equal('none');
    expect(getComputedStyle(input).visibility).to.equal('visible');
    expect(norm(input.labels?.[0]?.textContent)).to.equal('Fichiers du document');
    expect(norm(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent)).to.contain('moins de 1 Mo par fichier');
    // The browser's own words are not shown: the input is transparent, our button is what is seen.
    expect(getComputedStyle(input).opacity).to.equal('0');
    // The input lies over the button we draw, so a click or a tap on that button lands on the input itself.
    button(el)!.scrollIntoView({ block: 'center' });
    const box = button(el)!.getBoundingClientRect();
    const inputBox = input.getBoundingClientRect();
    expect([inputBox.x, inputBox.y, inputBox.width, inputBox.height]).to.deep.equal([box.x, box.y, box.width, box.height]);
    expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)).to.equal(input);
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    // No second control: the drawn parts are hidden from assistive technologies (the input's name says them).
    expect(button(el)!.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(status(el)!.closest('[aria-hidden="true"]')).to.not.equal(null);
    expect(el.querySelectorAll('mc-document-files button, mc-document-files [tabindex]:not([tabindex="-1"])')).to.have.length(0);

    await tabTo(input);
    giveFiles(input, [pdf('quittance.pdf')]);
    await untilUploaded(el, 1);
    expect(listed(el)).to.deep.equal(['quittance.pdf:uploaded']);
  });

  it('is one tab stop, opened from the keyboard with Enter and with Space, its focus drawn on the button', async () => {
    const { el } = await atFiles();
    const input = fileInput(el)!;
    const events = record(input);
    await tabTo(input);
    expect(deepActive()).to.equal(input);
    const ring = getComputedStyle(button(el)!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);

    await press('Enter');
    await until(() => events.includes('cancel'), 'the chooser opened (and closed by headless Chromium)');
    expect(events).to.deep.equal(['click', 'cancel']);
    expect(deepActive(), 'the focus stays on the input').to.equal(input);

    await press(' ');
    await until(() => events.length === 4, 'the chooser opened again');
    expect(events).to.deep.equal(['click', 'cancel', 'click', 'cancel']);

    // Tab leaves the chooser, Shift+Tab comes back to the input: nothing else of the chooser takes the focus.
    await press('Tab');
    expect(deepActive()?.closest('.mc-files__chooser') ?? null).to.equal(null);
    await press('Shift+Tab');
    expect(deepActive()).to.equal(input);
  });

  it('opens with a click on the button we draw, and with a click on its label', async () => {
    const { el } = await atFiles();
    const input = fileInput(el)!;
    const events = record(input);
    await clickCentre(button(el)!);
    await until(() => events.includes('cancel'), 'the chooser opened by the button');
    expect(events).to.deep.equal(['click', 'cancel']);
    await clickCentre(input.labels![0]!);
    await until(() => events.length === 4, 'the chooser opened by the label');
    expect(events).to.deep.equal(['click', 'cancel', 'click', 'cancel']);
  });

  it('stays readable in forced colours: the button has a system-coloured border and text, the focus a Highlight ring', async () => {
    const { el } = await atFiles();
    await emulateMedia({ forcedColors: 'active' });
    const probe = document.createElement('span');
    probe.style.color = 'ButtonText';
    probe.style.backgroundColor = 'ButtonFace';
    probe.style.outlineColor = 'Highlight';
    document.body.append(probe);
    try {
      const system = getComputedStyle(probe);
      await tabTo(fileInput(el)!);
      const look = getComputedStyle(button(el)!);
      expect(look.borderTopStyle).to.equal('solid');
      expect(parseFloat(look.borderTopWidth)).to.be.at.least(1);
      expect(look.borderTopColor).to.equal(system.color);
      expect(look.color).to.equal(system.color);
      expect(look.backgroundColor).to.equal(system.backgroundColor);
      expect(look.outlineColor).to.equal(system.outlineColor);
      expect(look.outlineStyle).to.equal('solid');
    } finally {
      probe.remove();
    }
  });

  for (const [theme, scheme] of [['caf', 'light'], ['caf', 'dark'], ['msa', 'light'], ['msa', 'dark']] as [Agency, 'light' | 'dark'][]) {
    it(`has no axe violation, empty and with files (${theme}, ${scheme})`, async () => {
      const { el, region } = await atFiles({ agency: theme, scheme });
      await expect(region).to.be.accessible();
      await tabTo(fileInput(el)!);
      giveFiles(fileInput(el), [pdf('piece.pdf')]);
      await untilUploaded(el, 1);
      await new Promise((r) => setTimeout(r, 150));
      await expect(region).to.be.accessible();
    });
  }
});
