import '../card/define.js';
import '../badge/define.js';
import { defineElement } from '../shared/define.js';
import { McProceduresTile } from './procedures-tile.component.js';

export { McProceduresTile };

defineElement('mc-procedures-tile', McProceduresTile);

declare global {
  interface HTMLElementTagNameMap {
    'mc-procedures-tile': McProceduresTile;
  }
}
