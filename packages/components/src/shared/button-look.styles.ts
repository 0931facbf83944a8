import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The look of a primary button and of its busy spinner, with mc-button's tokens: mc-button's inner `<button>` has
 * it, and so do the native buttons of our light-DOM forms (a log-in form keeps a native submit button, which
 * password managers watch for). `button` and `spinner` are selectors of the caller (constants, never data): in
 * light DOM they start with the caller's tag, so nothing leaks to the page.
 */
export function buttonLook(button: string, spinner: string): CSSResult {
  const b = unsafeCSS(button);
  const s = unsafeCSS(spinner);
  return css`
    ${b} {
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--mc-space-2);
      min-height: var(--mc-button-min-height, var(--mc-target-size));
      margin: 0;
      padding: var(--mc-space-2) var(--mc-button-padding-inline, var(--mc-space-5));
      border: var(--mc-border-width-strong) solid var(--mc-button-border-color, var(--mc-color-action));
      border-radius: var(--mc-button-radius, var(--mc-radius-m));
      background: var(--mc-button-background, var(--mc-color-action));
      color: var(--mc-button-color, var(--mc-color-on-action));
      font: inherit;
      font-family: var(--mc-font-family);
      font-size: var(--mc-button-font-size, var(--mc-font-size-m));
      font-weight: var(--mc-button-font-weight, var(--mc-font-weight-bold));
      line-height: var(--mc-line-height-tight);
      text-align: center;
      text-decoration: none;
      cursor: pointer;
      transition:
        background-color var(--mc-duration) ease,
        color var(--mc-duration) ease;
    }
    ${b}:hover {
      background: var(--mc-button-background-hover, var(--mc-color-action-hover));
      border-color: var(--mc-button-border-color-hover, var(--mc-color-action-hover));
    }
    ${b}:focus-visible {
      outline: var(--mc-button-focus-ring, var(--mc-focus-ring));
      outline-offset: var(--mc-focus-ring-offset);
    }
    ${s} {
      flex: none;
      width: 1.1em;
      height: 1.1em;
      border: 0.15em solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: mc-button-spin 0.8s linear infinite;
    }
    @keyframes mc-button-spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      ${s} {
        animation-duration: 2.4s;
      }
    }
    @media (forced-colors: active) {
      ${b} {
        border-color: ButtonText;
      }
    }
  `;
}
