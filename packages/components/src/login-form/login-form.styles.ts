import { css } from 'lit';
import { buttonLook } from '../shared/button-look.styles.js';
import { visuallyHiddenIn } from '../shared/visually-hidden.styles.js';

/**
 * Light-DOM styles of `mc-login-form`, adopted into the document (or shadow root) that holds it. Every selector
 * starts with the tag, so nothing leaks to the page. Component tokens fall back one step to semantic tokens. The
 * outcome (`.mc-login__notice`) is drawn as an mc-notice is, with its tokens.
 */
/** The native buttons of the form (a password manager watches the form's own submit button), as mc-button looks. */
const buttons = buttonLook('mc-login-form .mc-login__button', 'mc-login-form .mc-login__spinner');

export const loginFormStyles = [buttons, visuallyHiddenIn('mc-login-form .mc-vh'), css`
  mc-login-form {
    display: block;
    max-width: var(--mc-login-form-max-width, 32rem);
    color: var(--mc-login-form-color, var(--mc-color-text));
    font-family: var(--mc-font-family);
    line-height: var(--mc-line-height-normal);
  }
  mc-login-form[hidden] {
    display: none;
  }
  mc-login-form .mc-login__or {
    display: flex;
    align-items: center;
    gap: var(--mc-space-3);
    margin: var(--mc-space-5) 0;
    color: var(--mc-login-form-muted-color, var(--mc-color-text-muted));
  }
  mc-login-form .mc-login__or::before,
  mc-login-form .mc-login__or::after {
    content: '';
    flex: 1;
    border-block-start: var(--mc-border-width) solid var(--mc-login-form-separator-color, var(--mc-color-border));
  }
  mc-login-form .mc-login__notice {
    --_color: var(--mc-color-error);
    display: flex;
    gap: var(--mc-space-3);
    margin-block-end: var(--mc-space-5);
    padding: var(--mc-notice-padding, var(--mc-space-4));
    border: var(--mc-border-width) solid var(--mc-notice-border-color, var(--_color));
    border-inline-start-width: var(--mc-space-1);
    border-radius: var(--mc-notice-radius, var(--mc-radius-m));
    background: var(--mc-notice-background, var(--_surface, var(--mc-color-error-surface)));
    color: var(--mc-notice-color, var(--mc-color-text));
  }
  mc-login-form .mc-login__notice[data-variant='success'] {
    --_color: var(--mc-color-success);
    --_surface: var(--mc-color-success-surface);
    --_text: var(--mc-color-success-text);
  }
  mc-login-form .mc-login__notice[data-variant='info'] {
    --_color: var(--mc-color-info);
    --_surface: var(--mc-color-info-surface);
    --_text: var(--mc-color-info-text);
  }
  mc-login-form .mc-login__notice svg {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    color: var(--mc-notice-icon-color, var(--_color));
  }
  mc-login-form .mc-login__notice p {
    margin: 0 0 var(--mc-space-2);
  }
  mc-login-form .mc-login__notice p:last-child {
    margin: 0;
  }
  mc-login-form .mc-login__notice-title {
    color: var(--mc-notice-heading-color, var(--_text, var(--mc-color-error-text)));
    font-weight: var(--mc-font-weight-bold);
  }
  mc-login-form .mc-login__help {
    margin: calc(-1 * var(--mc-space-3)) 0 var(--mc-space-5);
  }
  mc-login-form .mc-login__help summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--mc-target-size-min, 24px);
    color: var(--mc-login-form-link-color, var(--mc-color-link));
    text-decoration: underline;
    cursor: pointer;
  }
  mc-login-form .mc-login__help ul {
    margin: var(--mc-space-2) 0 0;
    padding-inline-start: var(--mc-space-5);
  }
  mc-login-form .mc-login__check {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: var(--mc-space-2);
    margin-block-end: var(--mc-space-4);
  }
  mc-login-form .mc-login__check input {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--mc-login-form-accent-color, var(--mc-color-action));
  }
  mc-login-form .mc-login__check .mc-login__hint {
    grid-column: 2;
    margin: 0;
  }
  mc-login-form .mc-login__hint {
    color: var(--mc-login-form-muted-color, var(--mc-color-text-muted));
    font-size: var(--mc-font-size-s);
  }
  mc-login-form .mc-login__links {
    margin: 0 0 var(--mc-space-5);
  }
  mc-login-form :is(.mc-login__link, .mc-login__link-button) {
    display: inline-flex;
    align-items: center;
    min-height: var(--mc-target-size-min, 24px);
    padding: 0;
    border: 0;
    background: none;
    color: var(--mc-login-form-link-color, var(--mc-color-link));
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  mc-login-form :is(a, button, summary, input):focus-visible {
    outline: var(--mc-focus-ring);
    outline-offset: var(--mc-focus-ring-offset);
  }
  mc-login-form .mc-login__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-3);
    margin-block-end: var(--mc-space-5);
  }
  mc-login-form .mc-login__button[data-variant='tertiary'] {
    border-color: transparent;
    background: transparent;
    color: var(--mc-color-action);
    text-decoration: underline;
  }
  mc-login-form .mc-login__button[aria-disabled='true'] {
    cursor: progress;
  }
  @media (forced-colors: active) {
    mc-login-form .mc-login__notice {
      border-color: CanvasText;
    }
  }
  mc-login-form .mc-login__code-title {
    margin: 0 0 var(--mc-space-2);
    font-size: var(--mc-font-size-l);
  }
  mc-login-form .mc-login__register {
    margin: 0;
    padding-block-start: var(--mc-space-4);
    border-block-start: var(--mc-border-width) solid var(--mc-login-form-separator-color, var(--mc-color-border));
  }
  mc-login-form [hidden] {
    display: none !important;
  }
`];
