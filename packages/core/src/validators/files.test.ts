import { expect } from '@open-wc/testing';
import { DEFAULT_FILE_RULES, detectFileKind, kindFromName, validateFiles, type FileRules } from './files.js';
import { keysOf } from './test/helpers.js';

const MAGIC = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], // %PDF-1.7
  jpeg: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  exe: [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], // MZ
};

let seed = 1;
/** A file of `size` bytes starting with real magic bytes; the rest varies so two files never share content. */
function makeFile(name: string, magic: readonly number[], size = 2048, lastModified = 1_700_000_000_000): File {
  const bytes = new Uint8Array(size);
  bytes.set(magic.slice(0, size));
  seed += 1;
  for (let i = magic.length; i < Math.min(size, magic.length + 16); i += 1) bytes[i] = (seed * 31 + i) & 0xff;
  return new File([bytes], name, { lastModified });
}

const LIMIT = DEFAULT_FILE_RULES.maxBytes;

describe('detectFileKind and kindFromName', () => {
  it('recognises PDF, JPEG and PNG by their first bytes only', async () => {
    expect(await detectFileKind(makeFile('x', MAGIC.pdf))).to.equal('pdf');
    expect(await detectFileKind(makeFile('x.pdf', MAGIC.jpeg))).to.equal('jpeg');
    expect(await detectFileKind(makeFile('x.pdf', MAGIC.png))).to.equal('png');
    expect(await detectFileKind(makeFile('x.pdf', MAGIC.exe))).to.equal(undefined);
    expect(await detectFileKind(new Blob(['%PDF']))).to.equal(undefined);
    expect(await detectFileKind(new Blob([]))).to.equal(undefined);
  });

  it('reads the last extension segment, in any case', () => {
    expect(kindFromName('avis.PDF')).to.equal('pdf');
    expect(kindFromName('photo.jpg')).to.equal('jpeg');
    expect(kindFromName('photo.JPEG')).to.equal('jpeg');
    expect(kindFromName('scan.png')).to.equal('png');
    expect(kindFromName('a.pdf.exe')).to.equal(undefined);
    expect(kindFromName('pdf')).to.equal(undefined);
  });
});

describe('validateFiles', () => {
  it('has the documented default rules', () => {
    expect(DEFAULT_FILE_RULES).to.deep.equal({ accepted: ['pdf', 'jpeg', 'png'], maxBytes: 1_048_576, maxFiles: 5 });
  });

  it('accepts PDF, JPEG and PNG whose content matches their name', async () => {
    const files = [makeFile('avis.pdf', MAGIC.pdf), makeFile('photo.jpg', MAGIC.jpeg), makeFile('scan.PNG', MAGIC.png)];
    const r = await validateFiles(files, DEFAULT_FILE_RULES);
    expect(r.problems).to.deep.equal([]);
    expect(r.accepted).to.deep.equal(files);
  });

  it('rejects an empty file', async () => {
    const r = await validateFiles([new File([], 'vide.pdf')], DEFAULT_FILE_RULES);
    expect(r.accepted).to.deep.equal([]);
    expect(r.problems).to.deep.equal([{ key: 'file.empty', params: { name: 'vide.pdf' }, fileName: 'vide.pdf' }]);
  });

  it('accepts limit − 1 bytes and rejects the limit and limit + 1', async () => {
    const below = makeFile('below.pdf', MAGIC.pdf, LIMIT - 1);
    const at = makeFile('at.pdf', MAGIC.pdf, LIMIT);
    const above = makeFile('above.pdf', MAGIC.pdf, LIMIT + 1);
    const r = await validateFiles([below, at, above], DEFAULT_FILE_RULES);
    expect(r.accepted).to.deep.equal([below]);
    expect(r.problems).to.deep.equal([
      { key: 'file.tooLarge', params: { name: 'at.pdf', limit: LIMIT }, fileName: 'at.pdf' },
      { key: 'file.tooLarge', params: { name: 'above.pdf', limit: LIMIT }, fileName: 'above.pdf' },
    ]);
  });

  it('rejects an .exe renamed .pdf because its content is not a PDF', async () => {
    const r = await validateFiles([makeFile('attestation.pdf', MAGIC.exe)], DEFAULT_FILE_RULES);
    expect(r.accepted).to.deep.equal([]);
    expect(r.problems).to.deep.equal([
      { key: 'file.contentMismatch', params: { name: 'attestation.pdf', type: 'PDF' }, fileName: 'attestation.pdf' },
    ]);
  });

  it('judges the last extension: a real PDF named .pdf.exe is refused', async () => {
    const r = await validateFiles([makeFile('a.pdf.exe', MAGIC.pdf)], DEFAULT_FILE_RULES);
    expect(r.problems).to.deep.equal([
      { key: 'file.typeNotAccepted', params: { name: 'a.pdf.exe', types: 'PDF, JPEG/JPG, PNG' }, fileName: 'a.pdf.exe' },
    ]);
  });

  it('rejects a PNG named .jpg and a type the rules do not accept', async () => {
    const pdfOnly: FileRules = { ...DEFAULT_FILE_RULES, accepted: ['pdf'] };
    const r = await validateFiles([makeFile('photo.jpg', MAGIC.png), makeFile('scan.png', MAGIC.png)], pdfOnly);
    expect(keysOf(r.problems)).to.deep.equal(['file.typeNotAccepted', 'file.typeNotAccepted']);
    expect(r.problems[0]?.params).to.deep.equal({ name: 'photo.jpg', types: 'PDF' });
    const mismatch = await validateFiles([makeFile('photo.jpg', MAGIC.png)], DEFAULT_FILE_RULES);
    expect(mismatch.problems[0]).to.deep.include({ key: 'file.contentMismatch', params: { name: 'photo.jpg', type: 'JPEG' } });
  });

  it('returns every problem of a file', async () => {
    const r = await validateFiles([makeFile('big.exe', MAGIC.exe, LIMIT + 10)], DEFAULT_FILE_RULES);
    expect(keysOf(r.problems)).to.deep.equal(['file.tooLarge', 'file.typeNotAccepted']);
  });

  it('refuses files beyond the maximum, counting those already added', async () => {
    const already = [1, 2, 3, 4].map((n) => makeFile(`doc${n}.pdf`, MAGIC.pdf));
    const fifth = makeFile('doc5.pdf', MAGIC.pdf);
    const sixth = makeFile('doc6.pdf', MAGIC.pdf);
    const r = await validateFiles([fifth, sixth], DEFAULT_FILE_RULES, already);
    expect(r.accepted).to.deep.equal([fifth]);
    expect(r.problems).to.deep.equal([{ key: 'file.tooMany', params: { name: 'doc6.pdf', max: 5 }, fileName: 'doc6.pdf' }]);
    // An invalid file does not take a place.
    const mixed = await validateFiles([new File([], 'vide.pdf'), fifth], DEFAULT_FILE_RULES, already);
    expect(mixed.accepted).to.deep.equal([fifth]);
    expect(keysOf(mixed.problems)).to.deep.equal(['file.empty']);
  });

  it('refuses a duplicate: the same file chosen twice, or already added', async () => {
    const file = makeFile('avis.pdf', MAGIC.pdf);
    const again = new File([file], 'avis.pdf', { lastModified: file.lastModified });
    const twice = await validateFiles([file, again], DEFAULT_FILE_RULES);
    expect(twice.accepted).to.deep.equal([file]);
    expect(twice.problems).to.deep.equal([{ key: 'file.duplicate', params: { name: 'avis.pdf' }, fileName: 'avis.pdf' }]);
    const later = await validateFiles([again], DEFAULT_FILE_RULES, [file]);
    expect(keysOf(later.problems)).to.deep.equal(['file.duplicate']);
  });

  it('refuses the same content under another name, but accepts different content of the same size', async () => {
    const file = makeFile('avis.pdf', MAGIC.pdf);
    const copy = new File([file], 'avis (1).pdf', { lastModified: file.lastModified + 1000 });
    const other = makeFile('autre.pdf', MAGIC.pdf, file.size);
    const r = await validateFiles([file, copy, other], DEFAULT_FILE_RULES);
    expect(r.accepted).to.deep.equal([file, other]);
    expect(r.problems).to.deep.equal([{ key: 'file.duplicate', params: { name: 'avis (1).pdf' }, fileName: 'avis (1).pdf' }]);
  });
});
