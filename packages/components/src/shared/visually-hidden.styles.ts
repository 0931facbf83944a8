import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * `.visually-hidden`: text for assistive technologies only (a state prefix, a badge's label, "en cours…").
 * Shared by the shadow-DOM elements; light-DOM elements use {@link visuallyHiddenIn} with their own scope.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * The same rule for light-DOM elements, whose styles live in the page: `selector` is the caller's constant (never
 * data), starting with its tag so nothing leaks, and the declarations are `!important` so the page's own styles
 * cannot make the text visible.
 */
export function visuallyHiddenIn(selector: string): CSSResult {
  return css`
    ${unsafeCSS(selector)} {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      margin: -1px !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
    }
  `;
}
