/** Notes a flow shows at the top of a step, and the loading / failed states of the password policy. */
import { html, nothing, type TemplateResult } from 'lit';
import type { OnceLoader } from './flow-loader.js';
import type { Translate } from './flow-view.js';

export type FlowNote = '' | 'restored' | 'restoredNewCode' | 'resumed';

/** "Nous avons retrouvé les informations que vous aviez saisies" (reload), "Vous êtes reconnecté" (session). */
export function renderNote(t: Translate, note: FlowNote): TemplateResult | typeof nothing {
  if (!note) return nothing;
  if (note === 'resumed') return html`<mc-notice variant="success" announce><p>${t('connection.reauth.resumed')}</p></mc-notice>`;
  return html`<mc-notice variant="info">
    <p>${t('connection.restored')}${note === 'restoredNewCode' ? html` ${t('connection.restoredNewCode')}` : nothing}</p>
  </mc-notice>`;
}

/** While what a step needs loads (the password policy, the terms of use), or when loading failed. */
export function renderPending(t: Translate, loader: OnceLoader<unknown>): TemplateResult {
  if (loader.error) {
    return html`<mc-notice variant="error" announce>
      <p>${t('connection.loadFailed')} ${t(loader.error.messageKey)}</p>
      <p><mc-button variant="secondary" size="s" @click=${() => loader.retry()}>${t('common.retry')}</mc-button></p>
    </mc-notice>`;
  }
  return html`<p class="mc-flow__text" role="status">${t('common.loading')}</p>`;
}
