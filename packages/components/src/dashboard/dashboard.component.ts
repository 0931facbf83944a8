import { html } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import type { MonCompteAdapter } from '@moncompte/core';
import type { TileLinks } from '../shared/tile-view.js';
import { dashboardStyles } from './dashboard.styles.js';

/** The tiles `mc-dashboard` knows, by name. */
export const TILE_NAMES = ['alerts', 'payments', 'procedures', 'news', 'profile', 'contact', 'agenda', 'pajemploi', 'files', 'account', 'services'] as const;
export type TileName = (typeof TILE_NAMES)[number];

/** The CAF home page, in the order of the user guide: what the dashboard shows when `tiles` is not set. */
export const DEFAULT_TILES: readonly TileName[] = TILE_NAMES.slice(0, -1);

/** Reads `tiles="alerts payments, news"`: names separated by spaces or commas; unknown names and repeats are dropped. */
export function parseTiles(value: string | readonly string[] | null | undefined): TileName[] {
  const names = typeof value === 'string' ? value.split(/[\s,]+/) : (value ?? []);
  return [...new Set(names.filter((n): n is TileName => (TILE_NAMES as readonly string[]).includes(n)))];
}

/** A tile element as the dashboard configures it (properties a tile does not have are ignored by it). */
type TileElement = HTMLElement & { adapter?: MonCompteAdapter; links?: TileLinks; agencyName?: string };

const tagOf = (name: TileName): string => `mc-${name === 'services' ? 'service-catalogue' : name}-tile`;

/**
 * The home page of "Mon Compte" / "Mon espace privé": the tiles a portal chooses, in its order, in a responsive
 * grid (one column on a 320 px phone, as many as fit on wider screens, never a horizontal scroll). Each tile loads
 * its own data, so a slow or failing back-end call only affects its tile. A tile with nothing to show for this
 * person (Pajemploi for someone not entitled) hides itself and leaves no gap.
 *
 * Configuration per agency: `tiles` (which tiles, in which order), `links` (where the fixed actions lead),
 * `agency-name` (the wording "La Caf m'informe" / "Contacter ma MSA"). Every message can be reworded with
 * `overrideMessages` (keys `dashboard.*`). Links are followed by the browser unless a listener of
 * `mc-navigate` calls `preventDefault()` (a single-page portal routing itself).
 *
 * @element mc-dashboard
 * @summary Responsive grid of the home-page tiles, chosen and ordered by the portal.
 *
 * @fires mc-navigate - A tile link was activated (`detail`: `href`, `tile`, `action`). Cancelable: `preventDefault()`
 *   stops the browser's navigation.
 * @fires mc-file-change - The person chose another file in "Mes dossiers"; every tile reloads.
 *
 * @csspart grid - The grid holding the tiles.
 *
 * @cssprop --mc-dashboard-gap - Space between tiles.
 * @cssprop --mc-dashboard-tile-min-width - The narrowest a column gets before the grid has one column less.
 */
export class McDashboard extends McElement {
  static override styles = dashboardStyles;

  /** The adapter given to every tile; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /**
   * Which tiles, in order: names separated by spaces or commas (`alerts payments procedures news profile contact
   * agenda pajemploi files account services`). Unknown names are ignored. Default: the CAF home page.
   */
  @property({ converter: { fromAttribute: (value) => parseTiles(value) } }) tiles: readonly TileName[] = DEFAULT_TILES;
  /** Links of the tiles' fixed actions (`messages`, `procedures-declare`, `profile`…); see `TileLinks`. */
  @property({ attribute: false }) links?: TileLinks;
  /** The agency's short name in the tiles' wording: "Caf", "MSA". */
  @property({ attribute: 'agency-name' }) agencyName = 'Caf';

  /** One element per tile name, kept while the dashboard lives, so reordering the tiles does not reload them. */
  private readonly elements = new Map<TileName, TileElement>();

  private tile(name: TileName): TileElement {
    let element = this.elements.get(name);
    if (!element) {
      element = document.createElement(tagOf(name)) as TileElement;
      if (name === 'services') element.className = 'wide';
      this.elements.set(name, element);
    }
    element.adapter = this.adapter;
    element.links = this.links;
    element.agencyName = this.agencyName;
    return element;
  }

  override render() {
    return html`<div part="grid" class="grid">${parseTiles(this.tiles).map((name) => this.tile(name))}</div>`;
  }
}
