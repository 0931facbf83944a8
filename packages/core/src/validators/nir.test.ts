import { expect } from '@open-wc/testing';
import { nirKey, validateNir, validateProvisionalIdentifier } from './nir.js';
import { keysOf } from './test/helpers.js';

// Keys computed by hand: 97 − (N mod 97), with 2A read as 19 and 2B as 18.
const MURIEL = '2840375108123'; // key 47
const CORSICA_A = '185022A123456'; // key 82
const CORSICA_B = '185022B123456'; // key 12

describe('validateNir', () => {
  it('accepts 13 digits as they are', () => {
    const r = validateNir(MURIEL);
    expect(r).to.deep.include({ ok: true, value: MURIEL });
    expect(r.problems).to.deep.equal([]);
    expect(r.notices).to.deep.equal([]);
  });

  it('removes spaces, dots, dashes, no-break and narrow no-break spaces, tabs and line breaks', () => {
    for (const typed of [
      '2 84 03 75 108 123',
      '2.84.03.75.108.123',
      '2-84-03-75-108-123',
      '2\u00a084\u00a003\u00a075\u00a0108\u00a0123',
      '2\u202f84\u202f03\u202f75\u202f108\u202f123',
      ' 2840375108123\n',
      '2\t840375–108123',
    ]) {
      const r = validateNir(typed);
      expect(r.ok, JSON.stringify(typed)).to.equal(true);
      expect(r.value).to.equal(MURIEL);
    }
  });

  it('accepts 2A and 2B in the department position, in any case, and upper-cases them', () => {
    expect(validateNir('1 85 02 2a 123 456')).to.deep.include({ ok: true, value: CORSICA_A });
    expect(validateNir('185022A123456')).to.deep.include({ ok: true, value: CORSICA_A });
    expect(validateNir('185022b123456')).to.deep.include({ ok: true, value: CORSICA_B });
    expect(validateNir('185022B123456')).to.deep.include({ ok: true, value: CORSICA_B });
  });

  it('drops a right key with a notice and keeps the 13 first characters', () => {
    const r = validateNir('2 84 03 75 108 123 47');
    expect(r.ok).to.equal(true);
    expect(r.value).to.equal(MURIEL);
    expect(keysOf(r.notices)).to.deep.equal(['nir.keyRemoved']);
  });

  it('computes the key of Corsican numbers with 2A → 19 and 2B → 18', () => {
    expect(nirKey(CORSICA_A)).to.equal(82);
    expect(nirKey(CORSICA_B)).to.equal(12);
    expect(validateNir(`${CORSICA_A}82`)).to.deep.include({ ok: true, value: CORSICA_A });
    expect(validateNir('185022b12345612')).to.deep.include({ ok: true, value: CORSICA_B });
    // The key of 2A is not the key of 2B.
    expect(keysOf(validateNir(`${CORSICA_B}82`).problems)).to.deep.equal(['nir.wrongKey']);
  });

  it('rejects a wrong key and keeps the 15 characters (never cut silently)', () => {
    const r = validateNir(`${MURIEL}48`);
    expect(r.ok).to.equal(false);
    expect(r.value).to.equal(`${MURIEL}48`);
    expect(keysOf(r.problems)).to.deep.equal(['nir.wrongKey']);
    expect(r.notices).to.deep.equal([]);
  });

  it('rejects 12 and 14 digits with the count typed', () => {
    const short = validateNir('284037510812');
    expect(short.ok).to.equal(false);
    expect(short.problems).to.deep.equal([{ key: 'nir.tooShort', params: { count: 12 } }]);
    const long = validateNir('28403751081234');
    expect(long.problems).to.deep.equal([{ key: 'nir.tooLong', params: { count: 14 } }]);
    expect(validateNir('2840375108123471').problems).to.deep.equal([{ key: 'nir.tooLong', params: { count: 16 } }]);
    keysOf([...short.problems, ...long.problems]);
  });

  it('rejects letters outside the department position, and 2C', () => {
    expect(keysOf(validateNir('2840375108I23').problems)).to.deep.equal(['nir.invalidCharacters']);
    expect(keysOf(validateNir('185022C123456').problems)).to.deep.equal(['nir.invalidCharacters']);
    expect(keysOf(validateNir('18502A2123456').problems)).to.deep.equal(['nir.invalidCharacters']);
    expect(validateNir('2840375108I23').value).to.equal('2840375108I23');
  });

  it('returns every problem found, not only the first', () => {
    const r = validateNir('9840a');
    expect(keysOf(r.problems)).to.have.members(['nir.invalidCharacters', 'nir.tooShort', 'nir.firstDigit']);
  });

  it('asks for the number when empty or only separators', () => {
    for (const typed of ['', '   ', ' \u00a0-. ']) {
      expect(validateNir(typed)).to.deep.equal({ ok: false, value: '', problems: [{ key: 'nir.required' }], notices: [] });
    }
  });

  it('rejects first digits that are never used', () => {
    for (const first of ['0', '5', '6', '9']) {
      expect(keysOf(validateNir(`${first}840375108123`).problems)).to.deep.equal(['nir.firstDigit']);
      expect(keysOf(validateNir(`${first}840375108123`, { allowTemporary: true }).problems)).to.deep.equal(['nir.firstDigit']);
    }
  });

  it('accepts temporary numbers (3, 4, 7, 8) only when the portal allows them', () => {
    for (const first of ['3', '4', '7', '8']) {
      const nir = `${first}840375108123`;
      expect(keysOf(validateNir(nir).problems)).to.deep.equal(['nir.temporaryNotAccepted']);
      expect(validateNir(nir, { allowTemporary: true })).to.deep.include({ ok: true, value: nir });
    }
    expect(validateNir('7 84 03 75 108 123 88', { allowTemporary: true })).to.deep.include({ ok: true, value: '7840375108123' });
  });
});

describe('validateProvisionalIdentifier', () => {
  it('trims and requires something', () => {
    expect(validateProvisionalIdentifier('  AB12-cd\n')).to.deep.include({ ok: true, value: 'AB12-cd' });
    expect(keysOf(validateProvisionalIdentifier(' \t ').problems)).to.deep.equal(['provisionalId.required']);
  });
});
