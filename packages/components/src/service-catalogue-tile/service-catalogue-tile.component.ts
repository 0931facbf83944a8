import { html } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import type { MonCompteAdapter, ServiceCatalogue, ServiceGroup } from '@moncompte/core';
import { TileTask } from '../shared/tile-task.js';
import { bdi, tileLink } from '../shared/tile-view.js';
import { serviceCatalogueTileStyles } from './service-catalogue-tile.styles.js';

const ORDER: Record<ServiceGroup['audience'], number> = { pro: 0, perso: 1, general: 2 };

/**
 * "Tous mes services en ligne" (MSA): the online services grouped as "Mes services pro", "Mes services perso" and
 * "Vous pouvez également", each group by category. Group headings come from the catalogue of messages (by
 * audience), category titles and service labels from the adapter. The tile spans the dashboard's full width.
 *
 * @element mc-service-catalogue-tile
 * @summary Dashboard tile: the MSA service catalogue, pro and perso.
 *
 * @fires mc-navigate - A service link was followed (`action`: `service`). Cancelable.
 *
 * @cssprop --mc-tile-link-color - Colour of the links.
 */
export class McServiceCatalogueTile extends McElement {
  static override styles = serviceCatalogueTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;

  private readonly data = new TileTask<ServiceCatalogue>(
    this,
    'services',
    (adapter, signal) => adapter.getServiceCatalogue({ signal }),
    (c) => !c.groups.some((g) => g.categories.some((category) => category.items.length > 0)),
  );

  private group(group: ServiceGroup) {
    const t = this.data.t;
    return html`<section>
      <h3>${t(`dashboard.services.group.${group.audience}`)}</h3>
      ${group.categories.map(
        (category) => html`<h4>${bdi(category.title)}</h4>
          <ul class="links">
            ${category.items.map((item) => {
              const link = tileLink(item.href, 'service', bdi(item.label));
              return link ? html`<li>${link}</li>` : null;
            })}
          </ul>`,
      )}
    </section>`;
  }

  override render() {
    const t = this.data.t;
    return this.data.frame(t('dashboard.services.title'), {
      empty: t('dashboard.services.empty'),
      ready: (c) => html`<div class="groups">
        ${[...c.groups].sort((a, b) => ORDER[a.audience] - ORDER[b.audience]).map((g) => this.group(g))}
      </div>`,
    });
  }
}
