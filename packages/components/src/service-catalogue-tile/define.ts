import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McServiceCatalogueTile } from './service-catalogue-tile.component.js';

export { McServiceCatalogueTile };

defineElement('mc-service-catalogue-tile', McServiceCatalogueTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-service-catalogue-tile': McServiceCatalogueTile;
  }
}
