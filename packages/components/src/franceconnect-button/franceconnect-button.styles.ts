import { css } from 'lit';

/**
 * FranceConnect's official look, hard-coded on purpose: no `--mc-*` custom property is read here, so no theme
 * can restyle the button (FranceConnect's usage rules: the button must be recognisable on every site). The link
 * colour follows the page's `color-scheme` with `light-dark()` (our themes set `color-scheme: dark` in dark
 * mode), as FranceConnect's dark variant does, so that it stays readable.
 *
 * The mark (40 × 40: a hexagon ring of 3 px with an F inside, in the text colour, and a red corner on top) and the
 * new-window icon (14 × 14: a box open at the top right and an arrow) are CSS shapes (`clip-path`), not SVG: nothing
 * to fetch, nothing a CSP blocks, no SVG nodes to clone for every button; they are kept in forced-colours mode.
 * (Comments stay out of the `css` text: it ships as written.)
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
    clip-path: path(evenodd, 'M20 1.3 36.2 10.6v18.8L20 38.7 3.8 29.4V10.6ZM20 4.7 6.8 12.4v15.2L20 35.3l13.2-7.7V12.4ZM14 13h12v3.5h-8v3h7V23h-7v5h-4Z');
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
  .external {
    flex: none;
    width: 14px;
    height: 14px;
    background: currentColor;
    clip-path: path('M1.9 1.9h3.4v1.4h-2v7.4h7.4V8.8h1.4v3.3H1.9ZM7.9 1H13v5.1h-1.4V2.4H7.9ZM12.7 2.2 6.6 8.4l-1-1 6.2-6.1Z');
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
