import { defineElement } from '../shared/define.js';
import '../button/define.js';
import '../notice/define.js';
import '../error-summary/define.js';
import '../text-field/define.js';
import '../password-input/define.js';
import '../otp-input/define.js';
import { McMigration } from './migration.component.js';

export { McMigration };
export * from './migration.component.js';
export type { FlowExitDetail, FlowStepDetail, ReauthRequiredDetail, ConnectionFlowName } from '../shared/flow-events.js';
defineElement('mc-migration', McMigration);

declare global {
  interface HTMLElementTagNameMap {
    'mc-migration': McMigration;
  }
}
