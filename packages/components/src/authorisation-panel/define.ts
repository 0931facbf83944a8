import '../button/define.js';
import '../card/define.js';
import '../notice/define.js';
import { defineElement } from '../shared/define.js';
import { McAuthorisationPanel } from './authorisation-panel.component.js';
import type { AuthorisationEventDetail } from './authorisation-panel.types.js';

export { McAuthorisationPanel };
export type { AuthorisationPanelState } from './authorisation-panel.component.js';
export type { AuthorisationEventDetail, PendingAction } from './authorisation-panel.types.js';
export type { ReauthRequiredDetail } from '../shared/flow-events.js';

defineElement('mc-authorisation-panel', McAuthorisationPanel);

declare global {
  interface HTMLElementTagNameMap {
    'mc-authorisation-panel': McAuthorisationPanel;
  }
  interface GlobalEventHandlersEventMap {
    'mc-authorisation-granted': CustomEvent<AuthorisationEventDetail>;
    'mc-authorisation-revoked': CustomEvent<AuthorisationEventDetail>;
  }
}
