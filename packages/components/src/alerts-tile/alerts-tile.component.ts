import { html, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { formatDate, type Alert, type Alerts, type MessageSummary, type MessagesSummary, type MonCompteAdapter } from '@moncompte/core';
import { TileTask } from '../shared/tile-task.js';
import { actionHref, bdi, fill, tileLink, type TileLinks } from '../shared/tile-view.js';
import { alertsTileStyles } from './alerts-tile.styles.js';

export interface AlertsTileData {
  readonly alerts: Alerts;
  readonly messages: MessagesSummary;
}

/**
 * "Mes alertes et mes messages": what the agency is waiting for (missing information, important notices) and the
 * unread messages, counted in a badge whose text says it ("3 nouveaux messages"), not a red dot alone.
 *
 * @element mc-alerts-tile
 * @summary Dashboard tile: alerts and the latest messages, with the unread count.
 *
 * @fires mc-navigate - A link was followed (`action`: `alert`, `message`, `messages`). Cancelable.
 *
 * @cssprop --mc-tile-link-color - Colour of the links.
 */
export class McAlertsTile extends McElement {
  static override styles = alertsTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** Overrides the link of "Voir tous mes messages" (`messages`). */
  @property({ attribute: false }) links?: TileLinks;

  private readonly data = new TileTask<AlertsTileData>(
    this,
    'alerts',
    async (adapter, signal) => {
    const [alerts, messages] = await Promise.all([adapter.getAlerts({ signal }), adapter.getMessagesSummary({ signal })]);
    return { alerts, messages };
  },
    ({ alerts, messages }) => alerts.alerts.length === 0 && messages.totalCount === 0,
  );

  private alert(alert: Alert) {
    const t = this.data.t;
    return html`<li>
      <p><mc-badge variant=${alert.kind === 'info' ? 'info' : 'warning'}>${t(`dashboard.alerts.kind.${alert.kind}`)}</mc-badge></p>
      <p class="title">${tileLink(alert.href, 'alert', bdi(alert.title)) ?? bdi(alert.title)}</p>
      <p><bdi>${alert.text}</bdi></p>
    </li>`;
  }

  private message(message: MessageSummary) {
    const t = this.data.t;
    return html`<li>
      <p class="title">
        ${tileLink(message.href, 'message', bdi(message.subject)) ?? bdi(message.subject)}
        ${message.unread ? html`<mc-badge variant="new">${t('dashboard.alerts.unreadMark')}</mc-badge>` : nothing}
      </p>
      <p class="muted">
        ${fill(t('dashboard.alerts.from'), { sender: bdi(message.sender), date: formatDate(this.data.locale, message.receivedAt) })}
      </p>
    </li>`;
  }

  override render() {
    const t = this.data.t;
    const messagesLink = tileLink(actionHref(this.links, 'messages'), 'messages', t('dashboard.alerts.messages'));
    return this.data.frame(t('dashboard.alerts.title'), {
      empty: t('dashboard.alerts.empty'),
      ready: ({ alerts, messages }) => html`
        <p><mc-badge variant=${messages.unreadCount > 0 ? 'new' : 'neutral'}>${t('dashboard.alerts.unread', { count: messages.unreadCount })}</mc-badge></p>
        ${alerts.alerts.length > 0 ? html`<ul>${alerts.alerts.map((a) => this.alert(a))}</ul>` : nothing}
        ${messages.latest.length > 0
          ? html`<h3>${t('dashboard.alerts.latest')}</h3>
              <ul>${messages.latest.map((m) => this.message(m))}</ul>`
          : nothing}
      `,
      actions: messagesLink ? html`<p class="links">${messagesLink}</p>` : nothing,
    });
  }
}
