import { defineElement } from '../shared/define.js';
import '../button/define.js';
import '../notice/define.js';
import '../error-summary/define.js';
import '../text-field/define.js';
import '../password-input/define.js';
import '../otp-input/define.js';
import { McRegistration } from './registration.component.js';

export { McRegistration };
export * from './registration.component.js';
export type { FlowExitDetail, FlowStepDetail, ReauthRequiredDetail, ConnectionFlowName } from '../shared/flow-events.js';
defineElement('mc-registration', McRegistration);

declare global {
  interface HTMLElementTagNameMap {
    'mc-registration': McRegistration;
  }
}
