import { defineElement } from '../shared/define.js';
import { McNotice, type NoticeDismissDetail } from './notice.component.js';

export { McNotice };
export type { NoticeDismissDetail, NoticeVariant } from './notice.component.js';

defineElement('mc-notice', McNotice);

declare global {
  interface HTMLElementTagNameMap {
    'mc-notice': McNotice;
  }
  interface GlobalEventHandlersEventMap {
    'mc-notice-dismiss': CustomEvent<NoticeDismissDetail>;
  }
}
