import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McPajemploiTile } from './pajemploi-tile.component.js';

export { McPajemploiTile };

defineElement('mc-pajemploi-tile', McPajemploiTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-pajemploi-tile': McPajemploiTile;
  }
}
