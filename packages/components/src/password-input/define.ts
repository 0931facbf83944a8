import { defineElement } from '../shared/define.js';
import { McPasswordInput } from './password-input.component.js';

export { McPasswordInput };
defineElement('mc-password-input', McPasswordInput);

declare global {
  interface HTMLElementTagNameMap {
    'mc-password-input': McPasswordInput;
  }
}
