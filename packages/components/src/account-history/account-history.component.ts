import { html } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { accountHistoryMessages, formatDate, type AccountHistory, type MonCompteAdapter } from '@moncompte/core';
import { LocalizeController } from '../shared/localize-controller.js';
import { TileTask } from '../shared/tile-task.js';
import { accountHistoryStyles } from './account-history.styles.js';

type HistoryEvent = AccountHistory['events'][number];

/**
 * "Voir mon historique" (Gérer mon compte): what was done on the account, most recent first — each log-in and
 * how it was made (password, FranceConnect), password and contact changes, authorisations, declarations and
 * documents sent — so that a person can spot an action they did not make. The list is an `<ol>` of dates
 * (`<time>`) and actions, in a card with the tiles' loading, error (with "Réessayer") and empty states.
 *
 * @element mc-account-history
 * @summary The account's history, most recent first, in a card.
 *
 * @cssprop --mc-account-history-separator-color - Colour of the lines between events.
 */
export class McAccountHistory extends McElement {
  static override styles = accountHistoryStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;

  private readonly i18n = new LocalizeController(this, [accountHistoryMessages]);
  private readonly data = new TileTask<AccountHistory>(
    this,
    'history',
    (adapter, signal) => adapter.getAccountHistory({ signal }),
    (history) => history.events.length === 0,
  );

  private renderEvent(event: HistoryEvent) {
    const t = this.i18n.t.bind(this.i18n);
    const how = event.kind === 'login' && event.method ? ` ${t(`history.method.${event.method}`)}` : '';
    return html`<li>
      <time datetime=${event.at}>${formatDate(this.i18n.locale, event.at, 'datetime')}</time>
      <span class="action">${t(`history.kind.${event.kind}`)}${how}</span>
    </li>`;
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    return this.data.frame(t('history.title'), {
      empty: t('history.empty'),
      ready: (history) => {
        // Most recent first, whatever order the back end answered in (ISO dates sort as text).
        const events = [...history.events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
        return html`<p>${t('history.intro')}</p>
          <ol class="events">
            ${events.map((event) => this.renderEvent(event))}
          </ol>`;
      },
    });
  }
}
