import { defineElement } from '../shared/define.js';
import { McBadge } from './badge.component.js';

export { McBadge };
export type { BadgeVariant } from './badge.component.js';

defineElement('mc-badge', McBadge);

declare global {
  interface HTMLElementTagNameMap {
    'mc-badge': McBadge;
  }
}
