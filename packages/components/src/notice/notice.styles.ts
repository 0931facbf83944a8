import { css } from 'lit';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const noticeStyles = [
  visuallyHiddenStyles,
  css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    box-sizing: border-box;
    display: flex;
    align-items: flex-start;
    gap: var(--mc-space-3);
    padding: var(--mc-notice-padding, var(--mc-space-4));
    border: var(--mc-border-width) solid;
    border-inline-start-width: var(--mc-space-1);
    border-radius: var(--mc-notice-radius, var(--mc-radius-m));
    color: var(--mc-notice-color, var(--mc-color-text));
    font-family: var(--mc-font-family);
    font-size: var(--mc-font-size-m);
    line-height: var(--mc-line-height-normal);
  }
  :host .base {
    border-color: var(--mc-notice-border-color, var(--mc-color-info));
    background: var(--mc-notice-background, var(--mc-color-info-surface));
  }
  :host .icon {
    color: var(--mc-notice-icon-color, var(--mc-color-info));
  }
  :host .heading {
    color: var(--mc-notice-heading-color, var(--mc-color-info-text));
  }
  :host([variant='success']) .base {
    border-color: var(--mc-notice-border-color, var(--mc-color-success));
    background: var(--mc-notice-background, var(--mc-color-success-surface));
  }
  :host([variant='success']) .icon {
    color: var(--mc-notice-icon-color, var(--mc-color-success));
  }
  :host([variant='success']) .heading {
    color: var(--mc-notice-heading-color, var(--mc-color-success-text));
  }
  :host([variant='warning']) .base {
    border-color: var(--mc-notice-border-color, var(--mc-color-warning));
    background: var(--mc-notice-background, var(--mc-color-warning-surface));
  }
  :host([variant='warning']) .icon {
    color: var(--mc-notice-icon-color, var(--mc-color-warning));
  }
  :host([variant='warning']) .heading {
    color: var(--mc-notice-heading-color, var(--mc-color-warning-text));
  }
  :host([variant='error']) .base {
    border-color: var(--mc-notice-border-color, var(--mc-color-error));
    background: var(--mc-notice-background, var(--mc-color-error-surface));
  }
  :host([variant='error']) .icon {
    color: var(--mc-notice-icon-color, var(--mc-color-error));
  }
  :host([variant='error']) .heading {
    color: var(--mc-notice-heading-color, var(--mc-color-error-text));
  }

  .message {
    display: flex;
    flex: 1;
    gap: var(--mc-space-3);
    min-width: 0;
  }
  .icon {
    flex: none;
    display: inline-flex;
    width: 1.5rem;
    height: 1.5rem;
  }
  .icon svg {
    width: 100%;
    height: 100%;
  }
  .content {
    flex: 1;
    min-width: 0;
  }
  .heading {
    margin: 0 0 var(--mc-space-1);
    font-size: var(--mc-font-size-m);
    font-weight: var(--mc-font-weight-bold);
    line-height: var(--mc-line-height-tight);
  }
  .heading.empty {
    display: none;
  }
  .body ::slotted(*) {
    margin-block: 0;
  }
  .body ::slotted(* + *) {
    margin-block-start: var(--mc-space-2);
  }

  .close {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--mc-target-size);
    min-height: var(--mc-target-size);
    margin: calc(-1 * var(--mc-space-2));
    padding: 0;
    border: 0;
    border-radius: var(--mc-radius-s);
    background: transparent;
    color: var(--mc-color-text);
    cursor: pointer;
  }
  .close:hover {
    background: var(--mc-color-surface);
  }
  .close:focus-visible {
    outline: var(--mc-focus-ring);
    outline-offset: calc(-1 * var(--mc-focus-ring-width));
  }
  .close svg {
    width: 1.25rem;
    height: 1.25rem;
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
`,
];
