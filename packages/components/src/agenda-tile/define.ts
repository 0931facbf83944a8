import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McAgendaTile } from './agenda-tile.component.js';

export { McAgendaTile };

defineElement('mc-agenda-tile', McAgendaTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-agenda-tile': McAgendaTile;
  }
}
