import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .grid {
    display: grid;
    gap: var(--mc-dashboard-gap, var(--mc-space-5));
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--mc-dashboard-tile-min-width, 19rem)), 1fr));
    align-items: stretch;
  }
  .wide {
    grid-column: 1 / -1;
  }
`;
