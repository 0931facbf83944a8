import { css } from 'lit';

/** Styles of the migration's dialog and terms, adopted into the page (light DOM), every selector under the tag. */
export const migrationStyles = css`
  mc-migration .mc-migration__dialog {
    box-sizing: border-box;
    width: min(var(--mc-migration-dialog-width, 36rem), calc(100vw - 2 * var(--mc-space-4)));
    padding: var(--mc-space-6);
    color: var(--mc-color-text);
    background: var(--mc-color-surface);
    border: var(--mc-border-width-strong) solid var(--mc-color-border-strong);
    border-radius: var(--mc-radius-m);
  }
  mc-migration .mc-migration__dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  mc-migration .mc-migration__dialog h2 {
    margin: 0 0 var(--mc-space-4);
    font-size: var(--mc-font-size-xl);
  }
  mc-migration .mc-migration__dialog ol {
    margin: 0 0 var(--mc-space-5);
    padding-inline-start: var(--mc-space-5);
  }
  mc-migration .mc-migration__dialog li + li {
    margin-block-start: var(--mc-space-2);
  }
  mc-migration .mc-migration__terms {
    max-height: var(--mc-migration-terms-height, 20rem);
    overflow: auto;
    margin-block-end: var(--mc-space-5);
    padding: var(--mc-space-4);
    border: 1px solid var(--mc-color-border);
    border-radius: var(--mc-radius-s);
  }
  mc-migration .mc-migration__terms :is(h4, h5) {
    margin: var(--mc-space-4) 0 var(--mc-space-2);
  }
  mc-migration .mc-migration__terms :is(h4, h5):first-child {
    margin-block-start: 0;
  }
  mc-migration .mc-migration__terms p {
    margin: 0 0 var(--mc-space-2);
  }
`;
