import { css } from 'lit';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const badgeStyles = [
  visuallyHiddenStyles,
  css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    min-height: 1.5rem;
    padding: 0 var(--mc-badge-padding-inline, var(--mc-space-2));
    border: var(--mc-border-width) solid var(--mc-badge-border-color, var(--mc-color-border-strong));
    border-radius: var(--mc-badge-radius, var(--mc-radius-full));
    background: var(--mc-badge-background, var(--mc-color-surface));
    color: var(--mc-badge-color, var(--mc-color-text));
    font-family: var(--mc-font-family);
    font-size: var(--mc-badge-font-size, var(--mc-font-size-s));
    font-weight: var(--mc-badge-font-weight, var(--mc-font-weight-bold));
    line-height: var(--mc-line-height-tight);
    white-space: nowrap;
  }
  :host([variant='info']) .base {
    border-color: var(--mc-badge-border-color, var(--mc-color-info));
    background: var(--mc-badge-background, var(--mc-color-info-surface));
    color: var(--mc-badge-color, var(--mc-color-info-text));
  }
  :host([variant='success']) .base {
    border-color: var(--mc-badge-border-color, var(--mc-color-success));
    background: var(--mc-badge-background, var(--mc-color-success-surface));
    color: var(--mc-badge-color, var(--mc-color-success-text));
  }
  :host([variant='warning']) .base {
    border-color: var(--mc-badge-border-color, var(--mc-color-warning));
    background: var(--mc-badge-background, var(--mc-color-warning-surface));
    color: var(--mc-badge-color, var(--mc-color-warning-text));
  }
  :host([variant='error']) .base {
    border-color: var(--mc-badge-border-color, var(--mc-color-error));
    background: var(--mc-badge-background, var(--mc-color-error-surface));
    color: var(--mc-badge-color, var(--mc-color-error-text));
  }
  :host([variant='new']) .base {
    border-color: var(--mc-badge-border-color, var(--mc-color-brand));
    background: var(--mc-badge-background, var(--mc-color-brand));
    color: var(--mc-badge-color, var(--mc-color-on-brand));
  }
`,
];
