import { html, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { formatDate, type MonCompteAdapter, type Procedures } from '@moncompte/core';
import { TileTask } from '../shared/tile-task.js';
import { actionHref, bdi, tileLink, type TileLinks } from '../shared/tile-view.js';
import { proceduresTileStyles } from './procedures-tile.styles.js';

/**
 * "Mes démarches": the procedures in progress with their status, and the three actions "Suivre mes démarches",
 * "Déclarer un changement" and "Simuler ou faire une demande de prestation" (shown in the empty state too).
 *
 * @element mc-procedures-tile
 * @summary Dashboard tile: procedures in progress and the three procedure actions.
 *
 * @fires mc-navigate - An action was followed (`action`: `procedures-follow`, `procedures-declare`,
 *   `procedures-simulate`). Cancelable.
 *
 * @cssprop --mc-tile-link-color - Colour of the links.
 */
export class McProceduresTile extends McElement {
  static override styles = proceduresTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** Overrides links: `procedures-follow`, `procedures-declare`, `procedures-simulate`. */
  @property({ attribute: false }) links?: TileLinks;

  private readonly data = new TileTask<Procedures>(
    this,
    'procedures',
    (adapter, signal) => adapter.getProcedures({ signal }),
    (p) => p.inProgress.length === 0,
  );

  override render() {
    const t = this.data.t;
    const locale = this.data.locale;
    const actions = (['follow', 'declare', 'simulate'] as const).map((name) =>
      tileLink(actionHref(this.links, `procedures-${name}`), `procedures-${name}`, t(`dashboard.procedures.${name}`)),
    );
    return this.data.frame(t('dashboard.procedures.title'), {
      empty: t('dashboard.procedures.empty'),
      ready: (p) => html`<ul>
        ${p.inProgress.map(
          (item) => html`<li>
            <p class="title">${bdi(item.title)}</p>
            <p><mc-badge variant=${item.status === 'waiting-for-documents' ? 'warning' : 'info'}>${t(`dashboard.procedures.status.${item.status}`)}</mc-badge></p>
            <p class="muted">
              ${t('dashboard.procedures.updated', { date: formatDate(locale, item.updatedAt) })}
              ${item.reference ? html`<br />${t('dashboard.procedures.reference', { reference: item.reference })}` : nothing}
            </p>
          </li>`,
        )}
      </ul>`,
      actions: html`<ul class="links">
        ${actions.filter((a) => a !== undefined).map((a) => html`<li>${a}</li>`)}
      </ul>`,
    });
  }
}
