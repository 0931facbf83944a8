import { css } from 'lit';
import { tileStyles } from '../shared/tile-view.js';

export const filesTileStyles = [
  tileStyles,
  css`
    li {
      display: grid;
      gap: var(--mc-space-1);
      padding-inline-start: var(--mc-space-3);
      border-inline-start: var(--mc-border-width-strong) solid var(--mc-color-border);
    }
    li[aria-current='true'] {
      border-color: var(--mc-color-action);
    }
  `,
];
