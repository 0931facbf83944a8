import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McAlertsTile } from './alerts-tile.component.js';

export { McAlertsTile };
export type { AlertsTileData } from './alerts-tile.component.js';

defineElement('mc-alerts-tile', McAlertsTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-alerts-tile': McAlertsTile;
  }
}
