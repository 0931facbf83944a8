import { html, type PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import type { MonCompteAdapter, Pajemploi } from '@moncompte/core';
import { TileTask } from '../shared/tile-task.js';
import { actionHref, tileLink, type TileLinks } from '../shared/tile-view.js';
import { pajemploiTileStyles } from './pajemploi-tile.styles.js';

/**
 * "Accéder à Pajemploi": for people entitled to the CMG (complément de libre choix du mode de garde), a link to
 * the Pajemploi site to declare their employee's pay. For everyone else the tile is `hidden` (its empty state),
 * so `mc-dashboard` leaves no gap for it; so is it once the session ended (`mc-logout`).
 *
 * @element mc-pajemploi-tile
 * @summary Dashboard tile: access to Pajemploi, only for entitled people.
 *
 * @fires mc-navigate - The Pajemploi link was followed (`action`: `pajemploi`). Cancelable.
 *
 * @cssprop --mc-tile-link-color - Colour of the links.
 */
export class McPajemploiTile extends McElement {
  static override styles = pajemploiTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** Overrides the Pajemploi link (`pajemploi`); otherwise the adapter's, else the public site. */
  @property({ attribute: false }) links?: TileLinks;

  private readonly data = new TileTask<Pajemploi>(
    this,
    'pajemploi',
    (adapter, signal) => adapter.getPajemploi({ signal }),
    (p) => !p.eligible,
  );

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Nothing to show for this person, or signed out (whether the person is entitled is theirs to know).
    const state = this.data.state;
    this.hidden = state === 'empty' || state === 'signed-out';
  }

  override render() {
    const t = this.data.t;
    return this.data.frame(t('dashboard.pajemploi.title'), {
      empty: '',
      ready: (p) => html`<p>${t('dashboard.pajemploi.text')}</p>
        <p class="links">
          ${tileLink(this.links?.pajemploi ?? p.href ?? actionHref(undefined, 'pajemploi'), 'pajemploi', t('dashboard.pajemploi.link'))}
        </p>`,
    });
  }
}
