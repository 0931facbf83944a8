import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    margin-block-end: var(--mc-space-5);
    padding: var(--mc-space-4);
    border: var(--mc-error-summary-border-width, var(--mc-border-width-strong)) solid
      var(--mc-error-summary-border-color, var(--mc-color-error));
    border-inline-start-width: var(--mc-space-2);
    border-radius: var(--mc-error-summary-radius, var(--mc-radius-s));
    background: var(--mc-error-summary-background, var(--mc-color-surface));
    color: var(--mc-error-summary-color, var(--mc-color-text));
    font-family: var(--mc-font-family);
  }
  .base:focus-visible,
  .base:focus {
    outline: var(--mc-focus-ring);
    outline-offset: var(--mc-focus-ring-offset);
  }
  .title {
    margin: 0 0 var(--mc-space-3);
    font-size: var(--mc-error-summary-title-size, var(--mc-font-size-l));
    font-weight: var(--mc-font-weight-bold);
  }
  ul {
    margin: 0;
    padding-inline-start: var(--mc-space-5);
  }
  li + li {
    margin-block-start: var(--mc-space-2);
  }
  a {
    color: var(--mc-error-summary-link-color, var(--mc-color-error-text));
    font-weight: var(--mc-font-weight-bold);
    text-decoration: underline;
  }
  a:focus-visible {
    outline: var(--mc-focus-ring);
    outline-offset: var(--mc-focus-ring-offset);
  }
`;
