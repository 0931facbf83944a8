import { defineElement } from '../shared/define.js';
import '../button/define.js';
import '../notice/define.js';
import '../error-summary/define.js';
import '../password-input/define.js';
import { McPasswordChange } from './password-change.component.js';

export { McPasswordChange };
export * from './password-change.component.js';
export type { FlowStepDetail, ReauthRequiredDetail, FlowName } from '../shared/flow-events.js';
defineElement('mc-password-change', McPasswordChange);

declare global {
  interface HTMLElementTagNameMap {
    'mc-password-change': McPasswordChange;
  }
  interface GlobalEventHandlersEventMap {
    'mc-password-changed': CustomEvent<import('./password-change.component.js').PasswordChangedDetail>;
  }
}
