import { css } from 'lit';
import { tileStyles } from '../shared/tile-view.js';

export const serviceCatalogueTileStyles = [
  tileStyles,
  css`
    .groups {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      gap: var(--mc-space-5);
    }
    h3 {
      font-size: var(--mc-font-size-l);
    }
    h4 {
      font-size: var(--mc-font-size-m);
      margin: var(--mc-space-4) 0 var(--mc-space-2);
    }
  `,
];
