import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McContactTile } from './contact-tile.component.js';

export { McContactTile };

defineElement('mc-contact-tile', McContactTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-contact-tile': McContactTile;
  }
}
