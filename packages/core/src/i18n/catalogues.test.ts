// Checks EVERY catalogue exported by @moncompte/core, found by shape (an object with a `fr` table of
// messages), so catalogues added later by other domains are checked without editing this file. English is
// registered by '@moncompte/core/i18n/en'; every catalogue must have its English table there.
import { expect } from '@open-wc/testing';
import * as core from '@moncompte/core';
import { englishTranslations } from '@moncompte/core/i18n/en';
import type { Catalogue, MessageValue, PluralMessage } from '@moncompte/core';

const isPlural = (v: unknown): v is PluralMessage =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).every((k) => ['zero', 'one', 'other'].includes(k));
const isTable = (v: unknown): v is Record<string, MessageValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) &&
  Object.values(v).every((m) => typeof m === 'string' || isPlural(m));
const isCatalogue = (v: unknown): v is Catalogue =>
  typeof v === 'object' && v !== null && 'fr' in v && isTable(v.fr) && (!('en' in v) || isTable(v.en));

const catalogues: [string, Catalogue][] = Object.entries(core).filter((entry): entry is [string, Catalogue] => isCatalogue(entry[1]));
/** The English table of a catalogue; the first test asserts it exists. */
const english = (catalogue: Catalogue): Readonly<Record<string, MessageValue>> => catalogue.en ?? {};

const forms = (m: MessageValue): string[] =>
  typeof m === 'string' ? [m] : [m.zero, m.one, m.other].filter((f): f is string => f !== undefined);
const placeholders = (m: MessageValue): string[] =>
  [...new Set(forms(m).flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((x) => x[1] ?? '')))].sort();

describe('i18n catalogues exported by @moncompte/core', () => {
  it('finds the catalogues by their shape', () => {
    const names = catalogues.map(([name]) => name);
    expect(names).to.include.members(['commonMessages', 'identifierMessages', 'passwordProblemMessages', 'codeMessages', 'fileMessages', 'errorMessages']);
    // Nothing that merely has fr/en fields of another kind is mistaken for one.
    expect(isCatalogue({ fr: { a: 1 }, en: { a: 1 } })).to.equal(false);
  });

  it('registers an English table for every catalogue, once', () => {
    const registered = englishTranslations.map((t) => t.catalogue);
    for (const [name, catalogue] of catalogues) {
      expect(registered.filter((c) => c === catalogue), name).to.have.length(1);
      expect(catalogue.en, name).to.not.equal(undefined);
    }
  });

  for (const [name, catalogue] of catalogues) {
    describe(name, () => {
      it('has the same keys in French and English', () => {
        expect(Object.keys(english(catalogue)).sort()).to.deep.equal(Object.keys(catalogue.fr).sort());
        expect(Object.keys(catalogue.fr).length).to.be.greaterThan(0);
      });

      it('has domain-prefixed keys (domain.name)', () => {
        for (const key of Object.keys(catalogue.fr)) expect(key).to.match(/^[a-z][\w-]*(\.[\w-]+)+$/i);
      });

      it('has no empty message and complete plural forms', () => {
        for (const locale of ['fr', 'en'] as const) {
          for (const [key, message] of Object.entries(locale === 'fr' ? catalogue.fr : english(catalogue))) {
            if (typeof message !== 'string') {
              expect(message.one, `${locale} ${key}.one`).to.be.a('string');
              expect(message.other, `${locale} ${key}.other`).to.be.a('string');
            }
            for (const form of forms(message)) expect(form.trim(), `${locale} ${key}`).to.not.equal('');
          }
        }
      });

      it('uses the same {placeholders} in both languages, well formed', () => {
        for (const [key, fr] of Object.entries(catalogue.fr)) {
          const en = english(catalogue)[key] as MessageValue;
          expect(placeholders(en), key).to.deep.equal(placeholders(fr));
          for (const form of [...forms(fr), ...forms(en)]) {
            expect(form.replace(/\{\w+\}/g, ''), `stray brace in ${key}`).to.not.match(/[{}]/);
          }
        }
      });
    });
  }

  it('never defines the same key in two catalogues (translate would pick one silently)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, catalogue] of catalogues) {
      for (const key of Object.keys(catalogue.fr)) {
        const first = owner.get(key);
        if (first !== undefined && first !== name) clashes.push(`${key}: ${first} and ${name}`);
        owner.set(key, name);
      }
    }
    expect(clashes).to.deep.equal([]);
  });
});

describe('base catalogues: French typography and plurals', () => {
  const base = {
    commonMessages: core.commonMessages,
    identifierMessages: core.identifierMessages,
    loginPasswordProblemMessages: core.loginPasswordProblemMessages,
    passwordProblemMessages: core.passwordProblemMessages,
    codeMessages: core.codeMessages,
    fileMessages: core.fileMessages,
    errorMessages: core.errorMessages,
  };

  it('puts a no-break space, never a plain one, before ":" ";" "!" "?" and inside « »', () => {
    for (const [name, catalogue] of Object.entries(base)) {
      for (const [key, message] of Object.entries(catalogue.fr as Record<string, MessageValue>)) {
        for (const form of forms(message)) expect(form, `${name} ${key}`).to.not.match(/ [:;!?»]|« /);
      }
    }
  });

  it('chooses plural forms from the count', () => {
    const nir = [core.identifierMessages];
    expect(core.translate(nir, 'fr', 'nir.tooShort', { count: 1 })).to.equal(
      'Le numéro de sécurité sociale doit comporter 13 chiffres\u00a0: vous avez saisi 1 caractère',
    );
    expect(core.translate(nir, 'fr', 'nir.tooShort', { count: 12 })).to.match(/saisi 12 caractères$/);
    expect(core.translate(nir, 'en', 'nir.tooShort', { count: 1 })).to.match(/you entered 1 character$/);
    expect(core.translate([core.errorMessages], 'en', 'error.retryIn', { count: 30 })).to.equal('You can try again in 30 seconds.');
  });

  it('fills a file problem with a size formatted for the locale', () => {
    const limit = core.formatFileSize('fr', 1_048_576);
    const text = core.translate([core.fileMessages], 'fr', 'file.tooLarge', { name: 'avis.pdf', limit });
    expect(text).to.equal('Le fichier «\u00a0avis.pdf\u00a0» est trop volumineux\u00a0: il doit faire moins de 1\u202fMo');
  });
});
