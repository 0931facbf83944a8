import { css } from 'lit';

/**
 * FranceConnect's official look, hard-coded on purpose: no `--mc-*` custom property is read here, so no theme
 * can restyle the button (FranceConnect's usage rules: the button must be recognisable on every site). The link
 * colour follows the page's `color-scheme` with `light-dark()` (our themes set `color-scheme: dark` in dark
 * mode), as FranceConnect's dark variant does, so that it stays readable.
 */
export const franceConnectButtonStyles = css`
  :host {
    display: block;
    font-family: Marianne, Arial, sans-serif;
  }
  :host([hidden]) {
    display: none;
  }
  .block {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 12px;
    min-height: 56px;
    margin: 0;
    padding: 8px 20px 8px 12px;
    border: 0;
    border-radius: 0;
    background: #000091;
    color: #ffffff;
    font: inherit;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }
  .button:hover {
    background: #1212ff;
  }
  .button:active {
    background: #2323ff;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  .button:focus-visible,
  a:focus-visible {
    outline: 2px solid #0a76f6;
    outline-offset: 2px;
  }
  .logo {
    flex: none;
    width: 40px;
    height: 40px;
  }
  .text {
    display: flex;
    flex-direction: column;
  }
  .login {
    font-size: 17px;
    font-weight: 400;
  }
  .brand {
    font-size: 17px;
    font-weight: 700;
  }
  .about {
    margin: 8px 0 0;
    font-size: 14px;
    line-height: 1.5;
  }
  a {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 24px;
    color: light-dark(#000091, #8585f6);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .external {
    flex: none;
  }
  .failure:empty {
    display: none;
  }
  .failure p {
    margin: 8px 0 0;
    max-width: 40rem;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
