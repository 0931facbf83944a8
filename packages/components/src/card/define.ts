import { defineElement } from '../shared/define.js';
import { McCard, type CardRetryDetail } from './card.component.js';

export { McCard };
export type { CardHeadingLevel, CardRetryDetail, CardState } from './card.component.js';

defineElement('mc-card', McCard);

declare global {
  interface HTMLElementTagNameMap {
    'mc-card': McCard;
  }
  interface GlobalEventHandlersEventMap {
    'mc-card-retry': CustomEvent<CardRetryDetail>;
  }
}
