import { expect } from '@open-wc/testing';
import { formatAmount, formatDate, formatFileSize, formatPhoneNumber } from './format.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatDate', () => {
  it('writes dates in French by default and in British English', () => {
    expect(formatDate('fr', '2018-09-25')).to.equal('25 septembre 2018');
    expect(formatDate('fr-FR', '2018-09-25', 'short')).to.equal('25/09/2018');
    expect(formatDate('fr', '2026-01-01', 'month')).to.equal('janvier 2026');
    expect(formatDate('en', '2018-09-25')).to.equal('25 September 2018');
    expect(formatDate('en-US', '2018-09-25', 'short')).to.equal('25/09/2018');
    expect(formatDate('xx', '2018-09-01')).to.equal('1er septembre 2018');
  });

  it('keeps a calendar day whatever the time zone', () => {
    // Midnight UTC would be the day before in a time zone west of UTC.
    expect(formatDate('fr', '2018-01-01')).to.equal('1er janvier 2018');
    expect(formatDate('fr', '2018-01-01', 'short')).to.equal('01/01/2018');
    expect(formatDate('en', '2018-01-01')).to.equal('1 January 2018');
    expect(formatDate('fr', '2018-12-31', 'short')).to.equal('31/12/2018');
  });

  it('writes a date and time in the local time zone', () => {
    const iso = new Date(2026, 10, 24, 14, 30).toISOString();
    expect(formatDate('fr', iso, 'datetime')).to.equal('24 novembre 2026 à 14:30');
    expect(formatDate('en', iso, 'datetime')).to.equal('24 November 2026 at 14:30');
  });

  it('returns what is not a date unchanged', () => {
    expect(formatDate('fr', 'bientôt')).to.equal('bientôt');
  });
});

describe('formatAmount', () => {
  it('writes euros with cents the French way and the English way', () => {
    expect(formatAmount('fr', 134.55)).to.equal(`134,55${NBSP}€`);
    expect(formatAmount('fr', 1234.5)).to.equal(`1${NNBSP}234,50${NBSP}€`);
    expect(formatAmount('fr', 0)).to.equal(`0,00${NBSP}€`);
    expect(formatAmount('en', 134.55)).to.equal('€134.55');
    expect(formatAmount('en', 1234.5)).to.equal('€1,234.50');
  });
});

describe('formatFileSize', () => {
  it('writes sizes in octets in French and bytes in English', () => {
    expect(formatFileSize('fr', 1_048_576)).to.equal(`1${NNBSP}Mo`);
    expect(formatFileSize('fr', 512_000)).to.equal(`500${NNBSP}ko`);
    expect(formatFileSize('fr', 1_572_864)).to.equal(`1,5${NNBSP}Mo`);
    expect(formatFileSize('fr', 12)).to.equal(`12${NNBSP}o`);
    expect(formatFileSize('en', 1_048_576)).to.equal('1 MB');
    expect(formatFileSize('en', 512_000)).to.equal('500 kB');
  });

  it('never shows 1 024 of a unit', () => {
    expect(formatFileSize('fr', 1_048_575)).to.equal(`1${NNBSP}Mo`);
    expect(formatFileSize('fr', 1023)).to.equal(`1${NNBSP}023${NNBSP}o`);
    expect(formatFileSize('en', 20 * 1024 * 1024)).to.equal('20 MB');
  });

  it('writes a French phone number in pairs, anything else as it is', () => {
    expect(formatPhoneNumber('0711223344')).to.equal('07\u00a011\u00a022\u00a033\u00a044');
    expect(formatPhoneNumber('+33711223344')).to.equal('+33711223344');
    expect(formatPhoneNumber('3960')).to.equal('3960');
  });
});
