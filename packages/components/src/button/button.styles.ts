import { css } from 'lit';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const buttonStyles = [
  visuallyHiddenStyles,
  css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  :host([hidden]) {
    display: none;
  }
  :host([full-width]) {
    display: block;
  }

  .base {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--mc-space-2);
    width: 100%;
    min-height: var(--mc-button-min-height, var(--mc-target-size));
    margin: 0;
    padding: var(--mc-space-2) var(--mc-button-padding-inline, var(--mc-space-5));
    border: var(--mc-border-width-strong) solid var(--mc-button-border-color, var(--mc-color-action));
    border-radius: var(--mc-button-radius, var(--mc-radius-m));
    background: var(--mc-button-background, var(--mc-color-action));
    color: var(--mc-button-color, var(--mc-color-on-action));
    font: inherit;
    font-family: var(--mc-font-family);
    font-size: var(--mc-button-font-size, var(--mc-font-size-m));
    font-weight: var(--mc-button-font-weight, var(--mc-font-weight-bold));
    line-height: var(--mc-line-height-tight);
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--mc-duration) ease,
      color var(--mc-duration) ease;
  }
  .base:hover {
    background: var(--mc-button-background-hover, var(--mc-color-action-hover));
    border-color: var(--mc-button-border-color-hover, var(--mc-color-action-hover));
  }
  .base:focus-visible {
    outline: var(--mc-button-focus-ring, var(--mc-focus-ring));
    outline-offset: var(--mc-focus-ring-offset);
  }

  :host([variant='secondary']) .base {
    background: var(--mc-button-background, var(--mc-color-surface-raised));
    color: var(--mc-button-color, var(--mc-color-action));
  }
  :host([variant='secondary']) .base:hover {
    background: var(--mc-button-background-hover, var(--mc-color-surface));
    color: var(--mc-button-color-hover, var(--mc-color-action-hover));
  }
  :host([variant='tertiary']) .base {
    background: var(--mc-button-background, transparent);
    border-color: var(--mc-button-border-color, transparent);
    color: var(--mc-button-color, var(--mc-color-action));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  :host([variant='tertiary']) .base:hover {
    background: var(--mc-button-background-hover, var(--mc-color-surface));
    border-color: var(--mc-button-border-color-hover, transparent);
    color: var(--mc-button-color-hover, var(--mc-color-action-hover));
    text-decoration-thickness: 2px;
  }

  :host([size='s']) .base {
    min-height: var(--mc-button-min-height, 2rem);
    padding-inline: var(--mc-button-padding-inline, var(--mc-space-3));
    font-size: var(--mc-button-font-size, var(--mc-font-size-s));
  }
  :host([size='l']) .base {
    min-height: var(--mc-button-min-height, 3.25rem);
    padding-inline: var(--mc-button-padding-inline, var(--mc-space-6));
    font-size: var(--mc-button-font-size, var(--mc-font-size-l));
  }

  /* Busy keeps its colours (the label stays readable); disabled looks disabled. */
  :host([busy]) .base {
    cursor: progress;
  }
  :host([disabled]) .base,
  .base.fieldset-disabled {
    background: var(--mc-button-background-disabled, var(--mc-color-disabled));
    border-color: var(--mc-button-background-disabled, var(--mc-color-disabled));
    color: var(--mc-button-color-disabled, var(--mc-color-on-disabled));
    text-decoration: none;
    cursor: not-allowed;
  }

  .spinner {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: mc-button-spin 0.8s linear infinite;
  }
  @keyframes mc-button-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }

  @media (forced-colors: active) {
    .base {
      border-color: ButtonText;
    }
    :host([disabled]) .base {
      border-color: GrayText;
      color: GrayText;
    }
  }
`,
];
