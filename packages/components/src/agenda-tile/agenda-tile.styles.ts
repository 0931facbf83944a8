import { css } from 'lit';
import { tileStyles } from '../shared/tile-view.js';

export const agendaTileStyles = [
  tileStyles,
  css`
    h3::first-letter {
      text-transform: uppercase;
    }
    li {
      padding-inline-start: var(--mc-space-3);
      border-inline-start: var(--mc-border-width-strong) solid var(--mc-color-border);
    }
  `,
];
