import { expect } from '@open-wc/testing';
import { safeHref } from '../../packages/components/src/shared/safe-url.js';

describe('safeHref', () => {
  it('keeps https: URLs and relative references', () => {
    for (const href of ['https://www.caf.fr/', 'HTTPS://exemple.fr/a?b=c#d', '/caf/profil', 'profil', './profil', '../accueil', '?onglet=2', '#messages']) {
      expect(safeHref(href), href).to.equal(href);
    }
  });

  it('drops every other scheme, protocol-relative URLs and non-strings', () => {
    const dropped = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'http://exemple.fr/',
      'mailto:contact@exemple.fr',
      'tel:3230',
      '//evil.example/',
      '\\\\evil.example/',
      '/\\evil.example/',
      '',
      '   ',
      undefined,
      null,
      42,
    ];
    for (const href of dropped) expect(safeHref(href), JSON.stringify(href)).to.equal(undefined);
  });

  it('returns the URL as the browser reads it (tabs and line breaks removed, edges trimmed)', () => {
    expect(safeHref('  /caf/\nprofil  ')).to.equal('/caf/profil');
    expect(safeHref('ht\ttps://exemple.fr/')).to.equal('https://exemple.fr/');
  });
});
