import { css } from 'lit';

/**
 * Light-DOM styles of mc-otp-input (adopted once per document, every selector starts with the tag). The ONE input
 * is drawn over `--mc-otp-length` boxes: a monospace font whose letter spacing puts each digit in its box.
 */
export const otpInputStyles = css`
  mc-otp-input .mc-otp__box {
    --_cell: var(--mc-otp-cell-size, var(--mc-target-size));
    --_gap: var(--mc-otp-gap, var(--mc-space-2));
    position: relative;
    display: inline-block;
    max-width: 100%;
  }
  mc-otp-input .mc-otp__segments {
    position: absolute;
    inset: 0;
    display: flex;
    gap: var(--_gap);
    pointer-events: none;
  }
  mc-otp-input .mc-otp__segment {
    flex: none;
    box-sizing: border-box;
    width: var(--_cell);
    border: var(--mc-border-width-strong) solid var(--mc-field-border-color, var(--mc-color-border-strong));
    border-radius: var(--mc-field-radius, var(--mc-radius-s));
    background: var(--mc-field-background, var(--mc-color-surface));
  }
  mc-otp-input .mc-otp__input.mc-field__input {
    position: relative;
    display: block;
    width: calc(var(--mc-otp-length) * (var(--_cell) + var(--_gap)));
    height: var(--_cell);
    padding: 0 0 0 calc((var(--_cell) - 1ch) / 2);
    font-family: var(--mc-font-family-mono);
    font-size: var(--mc-font-size-l);
    letter-spacing: calc(var(--_cell) + var(--_gap) - 1ch);
    background: transparent;
    border-color: transparent;
  }
  mc-otp-input .mc-otp__box:has([aria-invalid='true']) .mc-otp__segment {
    border-color: var(--mc-field-error-color, var(--mc-color-error-text));
  }
  mc-otp-input .mc-otp__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-2) var(--mc-space-4);
    align-items: center;
    margin-block: var(--mc-space-3);
  }
  mc-otp-input .mc-otp__link {
    min-height: var(--mc-target-size-min);
    padding: 0;
    font: inherit;
    color: var(--mc-otp-link-color, var(--mc-color-link));
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }
  mc-otp-input .mc-otp__link[aria-disabled='true'] {
    color: var(--mc-field-disabled-color, var(--mc-color-text-muted));
    text-decoration: none;
    cursor: not-allowed;
  }
  mc-otp-input details > summary {
    cursor: pointer;
    color: var(--mc-otp-link-color, var(--mc-color-link));
  }
  mc-otp-input details > p {
    margin: var(--mc-space-2) 0 0;
  }
`;
