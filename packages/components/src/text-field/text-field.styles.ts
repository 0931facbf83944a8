import { css } from 'lit';

/** Light-DOM styles of mc-text-field (adopted once per document, every selector starts with the tag). */
export const textFieldStyles = css`
  mc-text-field .mc-field__input {
    width: var(--mc-text-field-width, 100%);
  }
`;
