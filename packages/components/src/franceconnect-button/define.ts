import { defineElement } from '../shared/define.js';
import { McFranceConnectButton, type FranceConnectRedirectDetail } from './franceconnect-button.component.js';

export { McFranceConnectButton };
export { followRedirect } from './franceconnect-button.component.js';
export type { FranceConnectNavigate, FranceConnectRedirectDetail, FranceConnectVariant } from './franceconnect-button.component.js';

defineElement('mc-franceconnect-button', McFranceConnectButton);

declare global {
  interface HTMLElementTagNameMap {
    'mc-franceconnect-button': McFranceConnectButton;
  }
  interface GlobalEventHandlersEventMap {
    'mc-franceconnect-redirect': CustomEvent<FranceConnectRedirectDetail>;
  }
}
