import { css } from 'lit';
import { tileStyles } from '../shared/tile-view.js';

export const filesTileStyles = [
  tileStyles,
  css`
    li {
      padding: var(--mc-space-3);
      border: var(--mc-border-width) solid var(--mc-color-border);
      border-radius: var(--mc-radius-m);
      display: grid;
      gap: var(--mc-space-2);
    }
    li[aria-current='true'] {
      border-color: var(--mc-color-action);
      border-width: var(--mc-border-width-strong);
    }
  `,
];
