import { css } from 'lit';
import { tileStyles } from '../shared/tile-view.js';

export const paymentsTileStyles = [
  tileStyles,
  css`
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mc-space-4) var(--mc-space-6);
    }
    .due {
      padding-inline-start: var(--mc-space-3);
      border-inline-start: var(--mc-border-width-strong) solid var(--mc-color-warning);
    }
  `,
];
