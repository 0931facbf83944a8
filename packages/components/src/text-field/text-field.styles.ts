import { css } from 'lit';

/** Light-DOM styles of mc-text-field and of the identifier mc-login-form renders (every selector starts with a tag). */
export const textFieldStyles = css`
  :is(mc-text-field, mc-login-form .mc-login__identifier) .mc-field__input {
    width: var(--mc-text-field-width, 100%);
  }
`;
