import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { defineMessages, defineTranslation, registerTranslations, overrideMessages, clearMessageOverrides, translate } from '@moncompte/core';
import { LocalizeController, nearestLang } from './localize-controller.js';

const catalogue = defineMessages({
  'test.hello': 'Bonjour {name}',
  'test.files': { zero: 'Aucun fichier', one: '{count} fichier', other: '{count} fichiers' },
});
const english = defineTranslation(catalogue, {
  'test.hello': 'Hello {name}',
  'test.files': { zero: 'No file', one: '{count} file', other: '{count} files' },
});

@customElement('test-localized')
class TestLocalized extends LitElement {
  private readonly i18n = new LocalizeController(this, [catalogue]);
  count = 0;
  override render() {
    return html`<p>${this.i18n.t('test.hello', { name: 'Muriel' })}</p><p>${this.i18n.t('test.files', { count: this.count })}</p>`;
  }
}

function texts(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent ?? '');
}

describe('LocalizeController', () => {
  afterEach(() => clearMessageOverrides());

  it('uses French when no lang attribute is set', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(texts(el)).to.deep.equal(['Bonjour Muriel', 'Aucun fichier']);
  });

  it('shows French under lang="en" until English is registered, then re-renders in English', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-localized></test-localized></div>`);
    const el = wrapper.querySelector('test-localized') as TestLocalized;
    expect(texts(el)[0]).to.equal('Bonjour Muriel');
    registerTranslations([english]);
    await el.updateComplete;
    expect(texts(el)[0]).to.equal('Hello Muriel');
  });

  it('follows the nearest lang attribute and its changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><test-localized></test-localized></div>`);
    const el = wrapper.querySelector('test-localized') as TestLocalized;
    expect(texts(el)[0]).to.equal('Hello Muriel');
    wrapper.setAttribute('lang', 'fr');
    await nextFrame();
    await el.updateComplete;
    expect(texts(el)[0]).to.equal('Bonjour Muriel');
  });

  it('chooses plural forms with Intl.PluralRules', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized lang="fr"></test-localized>`);
    el.count = 1;
    el.requestUpdate();
    await el.updateComplete;
    expect(texts(el)[1]).to.equal('1 fichier');
    el.count = 3;
    el.requestUpdate();
    await el.updateComplete;
    expect(texts(el)[1]).to.equal('3 fichiers');
  });

  it('applies portal overrides', async () => {
    overrideMessages('fr', { 'test.hello': 'Salut {name}' });
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    expect(texts(el)[0]).to.equal('Salut Muriel');
  });

  it('finds lang across a shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const inner = host.attachShadow({ mode: 'open' });
    const span = document.createElement('span');
    inner.append(span);
    expect(nearestLang(span)).to.equal('en');
  });

  it('knows only the catalogues’ own keys: a key a back end sends, such as "constructor", is returned as is', () => {
    registerTranslations([english]);
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(translate([catalogue], 'fr', key as 'test.hello', { name: 'x' })).to.equal(key);
      expect(translate([catalogue], 'en', key as 'test.hello')).to.equal(key);
    }
    expect(translate([catalogue], 'en', 'test.hello', { name: 'Muriel' })).to.equal('Hello Muriel');
  });
});
