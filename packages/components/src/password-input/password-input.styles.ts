import { css } from 'lit';

/**
 * Light-DOM styles of mc-password-input and of the password mc-login-form renders (every selector starts with a
 * tag); the rule checklist's are in `password-rules.ts`.
 */
export const passwordInputStyles = css`
  :is(mc-password-input, mc-login-form .mc-login__password) .mc-password__row {
    display: flex;
    gap: var(--mc-space-2);
    align-items: stretch;
    max-width: var(--mc-password-input-width, 100%);
  }
  :is(mc-password-input, mc-login-form .mc-login__password) .mc-password__row:not(:last-child) {
    margin-block-end: var(--mc-space-4);
  }
  :is(mc-password-input, mc-login-form .mc-login__password) .mc-field__input {
    flex: 1 1 auto;
    min-width: 0;
  }
  :is(mc-password-input, mc-login-form .mc-login__password) .mc-password__toggle {
    flex: none;
    min-width: var(--mc-target-size);
    min-height: var(--mc-target-size);
    padding: 0 var(--mc-space-3);
    font: inherit;
    font-weight: var(--mc-font-weight-bold);
    color: var(--mc-password-toggle-color, var(--mc-color-action));
    background: var(--mc-password-toggle-background, var(--mc-color-surface));
    border: var(--mc-border-width-strong) solid var(--mc-password-toggle-color, var(--mc-color-action));
    border-radius: var(--mc-field-radius, var(--mc-radius-s));
    cursor: pointer;
  }
  :is(mc-password-input, mc-login-form .mc-login__password) .mc-password__toggle:disabled {
    color: var(--mc-field-disabled-color, var(--mc-color-on-disabled));
    border-color: currentColor;
    cursor: not-allowed;
  }
`;
