import { css } from 'lit';
import { tileStyles } from '../shared/tile-view.js';

export const accountHistoryStyles = [
  tileStyles,
  css`
    ol.events {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    ol.events > li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mc-space-1) var(--mc-space-4);
      padding-block: var(--mc-space-2);
      border-block-end: var(--mc-border-width) solid var(--mc-account-history-separator-color, var(--mc-color-border));
    }
    ol.events > li:last-child {
      border-block-end: 0;
    }
    time {
      min-width: 14rem;
      color: var(--mc-color-text-muted);
    }
    .action {
      font-weight: var(--mc-font-weight-bold);
    }
  `,
];
