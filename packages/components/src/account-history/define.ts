import '../card/define.js';
import { defineElement } from '../shared/define.js';
import { McAccountHistory } from './account-history.component.js';

export { McAccountHistory };

defineElement('mc-account-history', McAccountHistory);

declare global {
  interface HTMLElementTagNameMap {
    'mc-account-history': McAccountHistory;
  }
}
