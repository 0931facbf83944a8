import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McProfileTile } from './profile-tile.component.js';

export { McProfileTile };

defineElement('mc-profile-tile', McProfileTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-profile-tile': McProfileTile;
  }
}
