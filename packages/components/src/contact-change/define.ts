import { defineElement } from '../shared/define.js';
import '../button/define.js';
import '../notice/define.js';
import '../error-summary/define.js';
import '../text-field/define.js';
import '../otp-input/define.js';
import { McContactChange } from './contact-change.component.js';

export { McContactChange };
export * from './contact-change.component.js';
export type { FlowStepDetail, ReauthRequiredDetail, FlowName } from '../shared/flow-events.js';
defineElement('mc-contact-change', McContactChange);

declare global {
  interface HTMLElementTagNameMap {
    'mc-contact-change': McContactChange;
  }
  interface GlobalEventHandlersEventMap {
    'mc-contact-changed': CustomEvent<import('./contact-change.component.js').ContactChangedDetail>;
  }
}
