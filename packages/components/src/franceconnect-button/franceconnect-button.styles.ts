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
  /* The mark, 40 × 40: a hexagon ring (3 px) with an F inside, in the text colour, and a red corner on top. Shapes
     in CSS (clip-path), not SVG: nothing to fetch, nothing a CSP blocks; kept in forced-colours mode. */
  .logo {
    position: relative;
    flex: none;
    width: 40px;
    height: 40px;
  }
  .logo::before,
  .logo::after,
  .external {
    content: '';
    forced-color-adjust: none;
  }
  .logo::before,
  .logo::after {
    position: absolute;
    inset: 0;
  }
  .logo::before {
    background: currentColor;
    clip-path: path(
      evenodd,
      'M20 1.27 36.22 10.63 36.22 29.37 20 38.73 3.78 29.37 3.78 10.63Z M20 4.73 33.22 12.37 33.22 27.63 20 35.27 6.78 27.63 6.78 12.37Z M14 13h12v3.5h-8v3h7v3.5h-7V28h-4Z'
    );
  }
  .logo::after {
    background: #e1000f;
    clip-path: polygon(29px 5.9px, 34.7px 9.2px, 34.7px 15.8px);
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
  /* The new-window icon, 14 × 14: a box open at the top right and an arrow, each stroke a filled rectangle. */
  .external {
    flex: none;
    width: 14px;
    height: 14px;
    background: currentColor;
    clip-path: path(
      'M1.93 1.93 5.25 1.93 5.25 3.32 1.93 3.32ZM1.93 1.93 3.32 1.93 3.32 12.08 1.93 12.08ZM1.93 10.67 12.08 10.67 12.08 12.08 1.93 12.08ZM10.67 8.75 12.08 8.75 12.08 12.08 10.67 12.08ZM7.88 1.05 12.95 1.05 12.95 2.45 7.88 2.45ZM11.55 1.05 12.95 1.05 12.95 6.12 11.55 6.12ZM12.74 2.24 6.62 8.37 5.63 7.38 11.76 1.26Z'
    );
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
