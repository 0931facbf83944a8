// The demo world's own texts (flows, messages, news, terms…) are read by users as the catalogues are: French
// typography holds for them too.
import { expect } from '@open-wc/testing';
import { createWorld } from './index.js';

/** Every string of a value, with where it is. */
function strings(value: unknown, path = 'world'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe('Demo world', () => {
  it('puts a no-break space, never a plain one, before ":" ";" "!" "?" and inside « » in its texts', () => {
    const texts = strings(createWorld('2026-03-02', { caf: '/caf/', msa: '/msa/' }));
    expect(texts.length).to.be.greaterThan(100);
    const wrong = texts.filter(([, text]) => / [:;!?»]|« /.test(text));
    expect(wrong.map(([path, text]) => `${path}: ${text}`)).to.deep.equal([]);
  });
});
