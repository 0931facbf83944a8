import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The look of a text input or a select of our light-DOM forms, with the field tokens (`--mc-field-background`,
 * `--mc-field-border-color`, `--mc-field-radius`), so that a theme styles every field of every element at once.
 * `selector` is the caller's constant (never data), starting with its tag so nothing leaks to the page.
 */
export function fieldInputLook(selector: string): CSSResult {
  return css`
    ${unsafeCSS(selector)} {
      box-sizing: border-box;
      min-height: var(--mc-target-size);
      max-width: 100%;
      padding: var(--mc-space-2);
      font: inherit;
      color: inherit;
      background: var(--mc-field-background, var(--mc-color-surface));
      border: var(--mc-border-width-strong) solid var(--mc-field-border-color, var(--mc-color-border-strong));
      border-radius: var(--mc-field-radius, var(--mc-radius-s));
    }
  `;
}
