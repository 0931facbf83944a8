import { defineElement } from '../shared/define.js';
import { McLogoutButton } from './logout-button.component.js';

export { McLogoutButton };
defineElement('mc-logout-button', McLogoutButton);

declare global {
  interface HTMLElementTagNameMap {
    'mc-logout-button': McLogoutButton;
  }
  interface GlobalEventHandlersEventMap {
    /** The session has ended: the page clears authenticated data. */
    'mc-logout': CustomEvent<Record<string, never>>;
  }
}
