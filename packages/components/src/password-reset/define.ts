import { defineElement } from '../shared/define.js';
import '../button/define.js';
import '../notice/define.js';
import '../error-summary/define.js';
import '../text-field/define.js';
import '../password-input/define.js';
import '../otp-input/define.js';
import { McPasswordReset } from './password-reset.component.js';

export { McPasswordReset };
export * from './password-reset.component.js';
export type { FlowExitDetail, FlowStepDetail, ReauthRequiredDetail, ConnectionFlowName } from '../shared/flow-events.js';
defineElement('mc-password-reset', McPasswordReset);

declare global {
  interface HTMLElementTagNameMap {
    'mc-password-reset': McPasswordReset;
  }
}
