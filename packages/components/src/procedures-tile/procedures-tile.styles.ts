import { css } from 'lit';
import { tileStyles } from '../shared/tile-view.js';

export const proceduresTileStyles = [
  tileStyles,
  css`
    .actions {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
      gap: var(--mc-space-2);
    }
    .actions a {
      box-sizing: border-box;
      height: 100%;
      width: 100%;
      justify-content: center;
      text-align: center;
      padding: var(--mc-space-3);
      border: var(--mc-border-width) solid var(--mc-color-border-strong);
      border-radius: var(--mc-radius-m);
      font-weight: var(--mc-font-weight-bold);
      text-decoration: none;
    }
    .actions a:hover {
      text-decoration: underline;
    }
  `,
];
