/**
 * The message area of `mc-login-form`: what the last action ended with. Two live regions are in the form from the
 * start, empty (`role="alert"` for errors, `role="status"` for the rest), and the message is written into one of
 * them: a region that exists before its content is announced reliably by screen readers. Light DOM, like the rest
 * of the form, styled with the notice's tokens (`--mc-notice-*`), so it looks like an `mc-notice`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, type AdapterError, type Locale } from '@moncompte/core';
import type { LoginStep } from './login-types.js';

/** What the area shows; the text is computed at render time, so a change of language applies. */
export type Shown =
  | { readonly kind: 'success' | 'invalid' | 'resent' }
  | { readonly kind: 'locked'; readonly until: string | null }
  | { readonly kind: 'failed'; readonly error: AdapterError; readonly step: LoginStep };

type Translate = (key: string, params?: Record<string, string | number>) => string;
type Variant = 'error' | 'success' | 'info';

/** The icon of each variant (decorative: the visually hidden prefix says the same). */
const ICONS: Record<Variant, string> = {
  error: 'M9 9l6 6M15 9l-6 6',
  success: 'M7.5 12.5l3 3 6-6.5',
  info: 'M12 11v6M12 7.5v.01',
};
const PREFIXES: Record<Variant, string> = { error: 'common.errorPrefix', success: 'common.successPrefix', info: 'common.infoPrefix' };

export interface Outcome {
  /** The region it goes to: errors are alerts, the rest is status. */
  readonly alert: boolean;
  readonly content: TemplateResult;
}

function notice(t: Translate, variant: Variant, heading: string, paragraphs: readonly string[]): Outcome {
  // The state is never told by colour alone: an icon, a heading or the hidden prefix ("Erreur :") say it too.
  const prefix = html`<span class="mc-vh">${t(PREFIXES[variant])} </span>`;
  const content = html`<div class="mc-login__notice" data-variant=${variant}>
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
      <circle cx="12" cy="12" r="9.5" /><path d=${ICONS[variant]} />
    </svg>
    <div>
      ${heading ? html`<p class="mc-login__notice-title">${prefix}${heading}</p>` : nothing}
      ${paragraphs.map((text, i) => html`<p>${i || heading ? nothing : prefix}${text}</p>`)}
    </div>
  </div>`;
  return { alert: variant === 'error', content };
}

/**
 * The message for an outcome. `invalid` is ONE message whatever was wrong (unknown identifier or wrong password):
 * its DOM depends on nothing else. A failure says what happened, when to retry, and that nothing typed is lost.
 */
export function renderOutcome(shown: Shown, t: Translate, locale: Locale): Outcome {
  switch (shown.kind) {
    case 'success':
      return notice(t, 'success', '', [t('login.success')]);
    case 'resent':
      return notice(t, 'info', '', [t('login.code.resent')]);
    case 'invalid':
      return notice(t, 'error', '', [t('login.invalidCredentials')]);
    case 'locked': {
      const until = shown.until ? t('login.locked.until', { time: formatDate(locale, shown.until, 'datetime') }) : t('login.locked.later');
      return notice(t, 'error', t('login.locked.title'), [`${t('login.locked')} ${until}`, t('login.locked.help')]);
    }
    case 'failed': {
      const { error } = shown;
      const action = shown.step === 'code' ? t('common.validate') : t('login.submit');
      const wait = error.retryAfterSeconds ? ` ${t('error.retryIn', { count: error.retryAfterSeconds })}` : '';
      return notice(t, 'error', t('login.failed.title'), [`${t(error.messageKey)}${wait}`, t('login.failed.kept', { action })]);
    }
  }
}
