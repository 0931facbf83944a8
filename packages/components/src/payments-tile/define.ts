import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McPaymentsTile } from './payments-tile.component.js';

export { McPaymentsTile };

defineElement('mc-payments-tile', McPaymentsTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-payments-tile': McPaymentsTile;
  }
}
