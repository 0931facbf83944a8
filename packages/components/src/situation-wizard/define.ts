import { defineElement } from '../shared/define.js';
import '../button/define.js';
import '../notice/define.js';
import '../error-summary/define.js';
import { McSituationWizard } from './situation-wizard.component.js';
import type { SituationExitDetail, SituationStepDetail, SituationSubmittedDetail } from './situation-wizard.events.js';

export { McSituationWizard };
export * from './situation-wizard.component.js';
export type { SituationExitDetail, SituationScreenKind, SituationStepDetail, SituationSubmittedDetail } from './situation-wizard.events.js';
export type { ReauthRequiredDetail } from '../shared/flow-events.js';
defineElement('mc-situation-wizard', McSituationWizard);

declare global {
  interface HTMLElementTagNameMap {
    'mc-situation-wizard': McSituationWizard;
  }
  interface GlobalEventHandlersEventMap {
    'mc-situation-step': CustomEvent<SituationStepDetail>;
    'mc-situation-submitted': CustomEvent<SituationSubmittedDetail>;
    'mc-situation-exit': CustomEvent<SituationExitDetail>;
  }
}
