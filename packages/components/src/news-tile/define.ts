import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McNewsTile } from './news-tile.component.js';

export { McNewsTile };

defineElement('mc-news-tile', McNewsTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-news-tile': McNewsTile;
  }
}
