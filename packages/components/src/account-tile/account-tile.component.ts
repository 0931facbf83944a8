import { html } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { formatDate, type AccountHistory, type MonCompteAdapter } from '@moncompte/core';
import { TileTask } from '../shared/tile-task.js';
import { actionHref, tileLink, type TileLinks } from '../shared/tile-view.js';
import { accountTileStyles } from './account-tile.styles.js';

/**
 * "Gérer mon compte": the last connection, and the links to change the password, see the history and give or
 * withdraw a management authorisation ("Mes autorisations").
 *
 * @element mc-account-tile
 * @summary Dashboard tile: last connection and the account management links.
 *
 * @fires mc-navigate - A link was followed (`action`: `account-password`, `account-history`,
 *   `account-authorisations`). Cancelable.
 *
 * @cssprop --mc-tile-link-color - Colour of the links.
 */
export class McAccountTile extends McElement {
  static override styles = accountTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** Overrides links: `account-password`, `account-history`, `account-authorisations`; an empty one is not shown. */
  @property({ attribute: false }) links?: TileLinks;

  private readonly data = new TileTask<AccountHistory>(
    this,
    'account',
    (adapter, signal) => adapter.getAccountHistory({ signal }),
    (h) => !h.events.some((e) => e.kind === 'login'),
  );

  override render() {
    const t = this.data.t;
    const links = (['password', 'history', 'authorisations'] as const)
      .map((name) => tileLink(actionHref(this.links, `account-${name}`), `account-${name}`, t(`dashboard.account.${name}`)))
      .filter((link) => link !== undefined);
    return this.data.frame(t('dashboard.account.title'), {
      empty: t('dashboard.account.noHistory'),
      ready: (history) => {
        const last = history.events
          .filter((e) => e.kind === 'login')
          .map((e) => e.at)
          .sort()
          .pop();
        return html`<p>${t('dashboard.account.lastLogin', { date: formatDate(this.data.locale, last ?? '', 'datetime') })}</p>`;
      },
      actions: html`<ul class="links">${links.map((link) => html`<li>${link}</li>`)}</ul>`,
    });
  }
}
