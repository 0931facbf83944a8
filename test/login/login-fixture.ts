// The login form fixture shared by the login tests: a themed mc-login-form on a counting in-memory adapter.
import { html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@moncompte/components/login-form.js';
import type { McLoginForm } from '@moncompte/components/login-form.js';
import { countingAdapter, tabTo, themed, typeInto } from './helpers.js';

export async function loginForm(options: Parameters<typeof countingAdapter>[0] = {}, agency: 'caf' | 'msa' = 'caf', config?: object) {
  const counted = countingAdapter(options);
  const region = await themed(
    html`<mc-login-form agency=${agency} .config=${config} .adapter=${counted.adapter}></mc-login-form>`,
    agency,
  );
  const element = region.querySelector('mc-login-form') as McLoginForm;
  await element.updateComplete;
  return { ...counted, region, element, parts: () => parts(element) };
}

export function parts(element: McLoginForm) {
  const form = element.querySelector('form')!;
  return {
    form,
    identifier: element.querySelector<HTMLInputElement>('input[autocomplete="username"]')!,
    password: element.querySelector<HTMLInputElement>('input[autocomplete="current-password"]')!,
    remember: element.querySelector<HTMLInputElement>('input[type="checkbox"][aria-describedby]'),
    provisional: element.querySelector<HTMLInputElement>('input[type="checkbox"][aria-controls]'),
    submit: element.querySelector<HTMLButtonElement>('button[type="submit"]')!,
    outcome: element.querySelector('.mc-login__outcome')!,
    franceConnect: element.querySelector('mc-franceconnect-button'),
  };
}

/** Logs in by keyboard: Tab to each field, type, optionally tick "Se souvenir de moi" with Space, Enter. */
export async function logInByKeyboard(element: McLoginForm, identifier: string, password: string, remember = false) {
  await typeInto(parts(element).identifier, identifier);
  await typeInto(parts(element).password, password);
  if (remember) {
    await tabTo(parts(element).remember!);
    await sendKeys({ press: 'Space' });
    await tabTo(parts(element).password, { back: true });
  }
  await sendKeys({ press: 'Enter' });
}
