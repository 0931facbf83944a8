import { defineElement } from '../shared/define.js';
import '../login-form/define.js';
import '../notice/define.js';
import '../button/define.js';
import { McConnection } from './connection.component.js';

export { McConnection };
export type { ConnectionView } from './connection.component.js';
export { CONNECTION_PRESETS, type ConnectionFlowsConfig } from './connection-config.js';
export type { ConnectionFlowName, FlowExitDetail, FlowStepDetail, ReauthRequiredDetail } from '../shared/flow-events.js';
defineElement('mc-connection', McConnection);

declare global {
  interface HTMLElementTagNameMap {
    'mc-connection': McConnection;
  }
}
