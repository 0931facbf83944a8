// The dashboard with every tile: importing this module defines mc-dashboard and all the mc-*-tile elements.
import '../alerts-tile/define.js';
import '../payments-tile/define.js';
import '../procedures-tile/define.js';
import '../news-tile/define.js';
import '../profile-tile/define.js';
import '../contact-tile/define.js';
import '../agenda-tile/define.js';
import '../pajemploi-tile/define.js';
import '../files-tile/define.js';
import '../account-tile/define.js';
import '../service-catalogue-tile/define.js';
import { defineElement } from '../shared/define.js';
import { McDashboard } from './dashboard.component.js';

export { McDashboard };
export { DEFAULT_TILES, TILE_NAMES, parseTiles, type TileName } from './dashboard.component.js';
export type { TileAction, TileLinks } from '../shared/tile-view.js';
export type { FileChangeDetail, NavigateDetail } from '../shared/tile-task.js';

defineElement('mc-dashboard', McDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'mc-dashboard': McDashboard;
  }
}
