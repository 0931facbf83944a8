import { defineElement } from '../shared/define.js';
import { McButton } from './button.component.js';

export { McButton };
export type { ButtonSize, ButtonType, ButtonVariant } from './button.component.js';

defineElement('mc-button', McButton);

declare global {
  interface HTMLElementTagNameMap {
    'mc-button': McButton;
  }
}
