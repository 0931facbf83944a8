import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McAccountTile } from './account-tile.component.js';

export { McAccountTile };

defineElement('mc-account-tile', McAccountTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-account-tile': McAccountTile;
  }
}
