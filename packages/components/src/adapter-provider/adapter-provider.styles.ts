import { css } from 'lit';

export const adapterProviderStyles = css`
  :host {
    display: contents;
  }
`;
