import { defineElement } from '../shared/define.js';
import { McLogoutButton } from './logout-button.component.js';

export { McLogoutButton };
defineElement('mc-logout-button', McLogoutButton);

declare global {
  interface HTMLElementTagNameMap {
    'mc-logout-button': McLogoutButton;
  }
  interface GlobalEventHandlersEventMap {
    /** The session has ended: our elements forget the account's data (see `SessionEndController`), the page its own. */
    'mc-logout': CustomEvent<Record<string, never>>;
  }
}
