import { css } from 'lit';
import { buttonLook } from '../shared/button-look.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

/** mc-button's shadow styles. Busy keeps its colours (the label stays readable); disabled looks disabled. */
export const buttonStyles = [
  visuallyHiddenStyles,
  buttonLook('.base', '.spinner'),
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
    width: 100%;
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

  @media (forced-colors: active) {
    :host([disabled]) .base {
      border-color: GrayText;
      color: GrayText;
    }
  }
`,
];
