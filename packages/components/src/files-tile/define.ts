import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McFilesTile } from './files-tile.component.js';

export { McFilesTile };

defineElement('mc-files-tile', McFilesTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-files-tile': McFilesTile;
  }
}
