import { html, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { formatDate, type MonCompteAdapter, type News } from '@moncompte/core';
import { TileTask } from '../shared/tile-task.js';
import { bdi, tileLink } from '../shared/tile-view.js';
import { newsTileStyles } from './news-tile.styles.js';

/**
 * "La Caf m'informe" / "La MSA m'informe": the agency's news, the important ones marked so in words. The agency
 * name in the heading comes from `agency-name` (the portal's configuration).
 *
 * @element mc-news-tile
 * @summary Dashboard tile: the agency's news.
 *
 * @fires mc-navigate - A news link was followed (`action`: `news`). Cancelable.
 *
 * @cssprop --mc-tile-link-color - Colour of the links.
 */
export class McNewsTile extends McElement {
  static override styles = newsTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** The agency's short name in the heading: "La {agency-name} m'informe". */
  @property({ attribute: 'agency-name' }) agencyName = 'Caf';

  private readonly data = new TileTask<News>(
    this,
    'news',
    (adapter, signal) => adapter.getNews({ signal }),
    (n) => n.items.length === 0,
  );

  override render() {
    const t = this.data.t;
    return this.data.frame(t('dashboard.news.title', { agency: this.agencyName }), {
      empty: t('dashboard.news.empty'),
      ready: (news) => html`<ul>
        ${news.items.map(
          (item) => html`<li>
            ${item.important ? html`<p><mc-badge variant="warning">${t('dashboard.news.important')}</mc-badge></p>` : nothing}
            <p class="title">${tileLink(item.href, 'news', bdi(item.title)) ?? bdi(item.title)}</p>
            <p><bdi>${item.summary}</bdi></p>
            <p class="muted">${formatDate(this.data.locale, item.publishedAt)}</p>
          </li>`,
        )}
      </ul>`,
    });
  }
}
