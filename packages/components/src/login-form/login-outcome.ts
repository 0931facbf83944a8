/** The message area of `mc-login-form`: what the last action ended with, as an announced `mc-notice`. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type AdapterError, type Locale } from '@moncompte/core';
import type { LoginStep } from './login-types.js';

/** What the area shows; the text is computed at render time, so a change of language applies. */
export type Shown =
  | { readonly kind: 'success' | 'invalid' | 'resent' }
  | { readonly kind: 'locked'; readonly until: string | null }
  | { readonly kind: 'failed'; readonly error: AdapterError; readonly step: LoginStep };

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The notice for an outcome. `invalid` is ONE message whatever was wrong (unknown identifier or wrong password):
 * its DOM depends on nothing else. A failure says what happened, when to retry, and that nothing typed is lost.
 */
export function renderOutcome(shown: Shown, t: Translate, locale: Locale): TemplateResult {
  switch (shown.kind) {
    case 'success':
      return html`<mc-notice variant="success" announce><p>${t('login.success')}</p></mc-notice>`;
    case 'resent':
      return html`<mc-notice variant="info" announce><p>${t('login.code.resent')}</p></mc-notice>`;
    case 'invalid':
      return html`<mc-notice variant="error" announce><p>${t('login.invalidCredentials')}</p></mc-notice>`;
    case 'locked':
      return html`<mc-notice variant="error" announce heading=${t('login.locked.title')}>
        <p>
          ${t('login.locked')}
          ${shown.until ? t('login.locked.until', { time: formatDate(locale, shown.until, 'datetime') }) : t('login.locked.later')}
        </p>
        <p>${t('login.locked.help')}</p>
      </mc-notice>`;
    case 'failed': {
      const { error } = shown;
      const action = shown.step === 'code' ? t('common.validate') : t('login.submit');
      return html`<mc-notice variant="error" announce heading=${t('login.failed.title')}>
        <p>
          ${t(error.messageKey)}${error.retryAfterSeconds ? html` ${t('error.retryIn', { count: error.retryAfterSeconds })}` : nothing}
        </p>
        <p>${t('login.failed.kept', { action })}</p>
      </mc-notice>`;
    }
  }
}
