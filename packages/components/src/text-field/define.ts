import { defineElement } from '../shared/define.js';
import { McTextField } from './text-field.component.js';

export { McTextField };
export type { FieldValidator } from './text-field.component.js';
defineElement('mc-text-field', McTextField);

declare global {
  interface HTMLElementTagNameMap {
    'mc-text-field': McTextField;
  }
}
