import { css } from 'lit';

export const logoutButtonStyles = css`
  :host {
    display: inline-block;
  }
  :host([hidden]) {
    display: none;
  }
  .notice {
    margin-block-start: var(--mc-logout-button-gap, var(--mc-space-3));
    max-width: 40rem;
  }
`;
