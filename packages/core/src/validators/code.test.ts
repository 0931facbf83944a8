import { expect } from '@open-wc/testing';
import { validateCode } from './code.js';
import { keysOf } from './test/helpers.js';

describe('validateCode', () => {
  it('accepts a code pasted with spaces, dashes, no-break spaces or line breaks', () => {
    for (const pasted of ['123456', '123 456', '123-456', ' 123456\n', '123\u00a0456', '12\r\n34\t56', '123–456']) {
      expect(validateCode(pasted), JSON.stringify(pasted)).to.deep.equal({ ok: true, value: '123456', problems: [], notices: [] });
    }
  });

  it('rejects anything but digits, keeping the normalised input', () => {
    const r = validateCode('12a456');
    expect(r.ok).to.equal(false);
    expect(r.value).to.equal('12a456');
    expect(keysOf(r.problems)).to.deep.equal(['code.digitsOnly']);
    expect(keysOf(validateCode('12.4567').problems)).to.deep.equal(['code.digitsOnly', 'code.wrongLength']);
  });

  it('rejects 8 digits without cutting them', () => {
    const r = validateCode('12345678');
    expect(r.ok).to.equal(false);
    expect(r.value).to.equal('12345678');
    expect(r.problems).to.deep.equal([{ key: 'code.wrongLength', params: { length: 6, count: 8 } }]);
  });

  it('rejects too few digits', () => {
    expect(validateCode('123 45').problems).to.deep.equal([{ key: 'code.wrongLength', params: { length: 6, count: 5 } }]);
  });

  it('asks for the code when empty', () => {
    for (const typed of ['', ' ', '\n- ']) {
      const r = validateCode(typed);
      expect(r).to.deep.include({ ok: false, value: '' });
      expect(r.problems).to.deep.equal([{ key: 'code.required', params: { length: 6 } }]);
    }
  });

  it('follows the challenge length', () => {
    expect(validateCode('1234 5678', 8)).to.deep.include({ ok: true, value: '12345678' });
    expect(validateCode('123456', 8).problems).to.deep.equal([{ key: 'code.wrongLength', params: { length: 8, count: 6 } }]);
    expect(validateCode('', 4).problems).to.deep.equal([{ key: 'code.required', params: { length: 4 } }]);
  });
});
