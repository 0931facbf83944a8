// mc-login-form: the social security number field as the core validator specifies it — pasted with spaces, with
// a right key (dropped, notice), with a wrong key (error next to the field AND in the error summary), with 2A.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nirKey, translate, validationCatalogues, type Catalogue, type LoginInput } from '@moncompte/core';
import { DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
import { deepActive, nextEvent, norm, paste, tabTo, typeInto, until } from './helpers.js';
import { loginForm, parts } from './login-fixture.js';

const fr = (key: string, params?: Record<string, string | number>) =>
  norm(translate(validationCatalogues as readonly Catalogue[], 'fr', key, params));
const { identifier: NIR, password: PASSWORD } = DEMO_ACCOUNTS.caf;
const KEY = String(nirKey(NIR)).padStart(2, '0');
const WRONG_KEY = String(((Number(KEY) + 1) % 97) + 1).padStart(2, '0');

/** Pastes `text` into the identifier (reached by Tab), types the password, presses Enter. */
async function pasteAndSubmit(element: Parameters<typeof parts>[0], text: string, password = PASSWORD) {
  const { identifier } = parts(element);
  await tabTo(identifier);
  paste(identifier, text);
  await typeInto(parts(element).password, password);
  await sendKeys({ press: 'Enter' });
}

const fieldText = (element: Parameters<typeof parts>[0], part: 'error' | 'notice') =>
  norm(element.querySelector(`.mc-login__identifier .mc-field__${part}`)?.textContent);

function summaryItems(element: Parameters<typeof parts>[0]): string[] {
  const summary = element.querySelector('mc-error-summary')!;
  return [...(summary.shadowRoot?.querySelectorAll('li') ?? [])].map((li) => norm(li.textContent));
}

describe('mc-login-form social security number', () => {
  it('accepts a number pasted with spaces and no-break spaces, and sends the 13 digits', async () => {
    const { element, inputs } = await loginForm();
    const login = nextEvent(element, 'mc-login');
    await pasteAndSubmit(element, ' 2 84\u00a003 75 108\u202f123 ');
    await login;
    expect(inputs<LoginInput>('login')[0]!.identifier).to.equal(NIR);
    expect(parts(element).identifier.value, 'what was pasted stays as pasted').to.equal(' 2 84\u00a003 75 108\u202f123 ');
  });

  it('drops a right key with a notice next to the field and logs in with the 13 digits', async () => {
    const { element, inputs } = await loginForm();
    const login = nextEvent(element, 'mc-login');
    await pasteAndSubmit(element, `2 84 03 75 108 123 ${KEY}`);
    await login;
    await element.updateComplete;
    expect(inputs<LoginInput>('login')[0]!.identifier).to.equal(NIR);
    expect(fieldText(element, 'notice')).to.equal(fr('nir.keyRemoved'));
    const { identifier } = parts(element);
    const notice = element.querySelector('.mc-login__identifier .mc-field__notice')!;
    expect(identifier.getAttribute('aria-describedby')!.split(' ')).to.include(notice.id);
    expect(fieldText(element, 'error')).to.equal('');
  });

  it('stops a wrong key: error next to the field AND in the focused error summary, no adapter call', async () => {
    const { element, count } = await loginForm();
    await pasteAndSubmit(element, `2840375108123${WRONG_KEY}`);
    const summary = element.querySelector('mc-error-summary')!;
    await until(() => summaryItems(element).length > 0, 'the error summary');
    expect(count('login')).to.equal(0);
    expect(fieldText(element, 'error')).to.contain(fr('nir.wrongKey'));
    expect(summaryItems(element)).to.deep.equal([fr('nir.wrongKey')]);
    expect(summary.shadowRoot!.activeElement, 'the summary has the focus').to.not.equal(null);
    expect(parts(element).identifier.getAttribute('aria-invalid')).to.equal('true');
    // Its link takes the keyboard user to the field.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(deepActive()).to.equal(parts(element).identifier);
    // Nothing typed is lost.
    expect(parts(element).identifier.value).to.equal(`2840375108123${WRONG_KEY}`);
    expect(parts(element).password.value).to.equal(PASSWORD);
  });

  it('accepts a Corsican 2A number (typed in lower case) and sends it upper-cased', async () => {
    const { element, inputs } = await loginForm();
    await pasteAndSubmit(element, '1 85 07 2a 006 084');
    await until(() => element.status === 'invalid-credentials', 'the answer');
    expect(inputs<LoginInput>('login')[0]!.identifier).to.equal('185072A006084');
    expect(fieldText(element, 'error')).to.equal('');
  });

  it('lists every missing field in the summary on an empty submit', async () => {
    const { element, count } = await loginForm();
    await tabTo(parts(element).submit);
    await sendKeys({ press: 'Enter' });
    await until(() => summaryItems(element).length === 2, 'two errors');
    expect(summaryItems(element)[0]).to.equal(fr('nir.required'));
    expect(summaryItems(element)[1]).to.equal(fr('password.required'));
    expect(count('login')).to.equal(0);
  });

  it('refuses temporary numbers unless the configuration accepts them', async () => {
    const strict = await loginForm();
    await pasteAndSubmit(strict.element, '7 85 05 78 006 084');
    await until(() => summaryItems(strict.element).length > 0, 'the error summary');
    expect(summaryItems(strict.element)[0]).to.equal(fr('nir.temporaryNotAccepted'));
    expect(strict.count('login')).to.equal(0);
    strict.region.remove();

    const lenient = await loginForm({}, 'caf', { allowTemporaryNir: true });
    await pasteAndSubmit(lenient.element, '7 85 05 78 006 084');
    await until(() => lenient.element.status === 'invalid-credentials', 'the answer');
    expect(lenient.inputs<LoginInput>('login')[0]!.identifier).to.equal('7850578006084');
  });
});
