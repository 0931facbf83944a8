import { css } from 'lit';
import { fieldInputLook } from '../shared/field-look.styles.js';
import { visuallyHiddenIn } from '../shared/visually-hidden.styles.js';

/**
 * Light-DOM styles of mc-document-upload and mc-document-files, adopted once per document (or shadow root).
 * Every selector starts with one of the two tags, so nothing leaks to the host page; component tokens fall back
 * one step to semantic tokens.
 */
export const documentUploadStyles = css`
  ${visuallyHiddenIn(':is(mc-document-upload, mc-document-files) .mc-vh')}
  ${fieldInputLook('mc-document-upload .mc-docs__select')}
  mc-document-upload {
    display: block;
    max-width: var(--mc-document-upload-max-width, 40rem);
    color: var(--mc-document-upload-color, var(--mc-color-text));
    font-family: var(--mc-document-upload-font-family, var(--mc-font-family));
  }
  mc-document-files {
    display: block;
    margin-block-end: var(--mc-space-5);
  }
  :is(mc-document-upload, mc-document-files) :is(input, select, [tabindex='-1']):focus-visible {
    outline: var(--mc-focus-ring);
    outline-offset: var(--mc-focus-ring-offset);
  }
  mc-document-upload .mc-docs__heading:focus:not(:focus-visible) {
    outline: none;
  }
  mc-document-upload .mc-docs__title {
    margin: 0 0 var(--mc-space-4);
    font-size: var(--mc-document-upload-title-size, var(--mc-font-size-xxl));
  }
  mc-document-upload .mc-docs__heading {
    margin: 0 0 var(--mc-space-4);
    font-size: var(--mc-document-upload-heading-size, var(--mc-font-size-xl));
  }
  mc-document-upload .mc-docs__progress {
    display: block;
    margin-block-end: var(--mc-space-1);
    font-size: var(--mc-font-size-m);
    font-weight: var(--mc-font-weight-regular);
    color: var(--mc-document-upload-muted-color, var(--mc-color-text-muted));
  }
  mc-document-upload :is(mc-notice, mc-error-summary) {
    display: block;
    margin-block-end: var(--mc-space-5);
  }
  mc-document-upload :is(p, address) {
    margin: 0 0 var(--mc-space-3);
  }
  mc-document-upload address {
    font-style: normal;
  }
  mc-document-upload .mc-docs__fieldset {
    margin: 0 0 var(--mc-space-5);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  mc-document-upload :is(.mc-docs__legend, .mc-docs__label),
  mc-document-files .mc-files__label {
    display: block;
    padding: 0;
    margin-block-end: var(--mc-space-2);
    font-weight: var(--mc-font-weight-bold);
  }
  mc-document-upload .mc-docs__field {
    margin-block-end: var(--mc-space-5);
  }
  mc-document-upload .mc-docs__choice {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    align-items: center;
    column-gap: var(--mc-space-2);
    min-height: var(--mc-target-size);
  }
  mc-document-upload .mc-docs__choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--mc-document-upload-control-color, var(--mc-color-action));
  }
  mc-document-upload .mc-docs__choice-hint {
    grid-column: 2;
    margin: 0 0 var(--mc-space-2);
    color: var(--mc-document-upload-muted-color, var(--mc-color-text-muted));
  }
  mc-document-upload .mc-docs__hint,
  mc-document-files .mc-files__hint {
    margin: 0 0 var(--mc-space-2);
    color: var(--mc-document-upload-muted-color, var(--mc-color-text-muted));
  }
  mc-document-upload [aria-invalid='true'] {
    border-color: var(--mc-document-upload-error-color, var(--mc-color-error-text));
  }
  :is(mc-document-upload .mc-docs__error, mc-document-files .mc-files__error, mc-document-files .mc-files__entry-error) {
    margin: 0 0 var(--mc-space-2);
    font-weight: var(--mc-font-weight-bold);
    color: var(--mc-document-upload-error-color, var(--mc-color-error-text));
  }
  mc-document-upload .mc-docs__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-3);
    margin-block: var(--mc-space-5);
  }
  mc-document-upload .mc-docs__summary {
    margin: 0 0 var(--mc-space-5);
    padding: var(--mc-space-4);
    border: var(--mc-border-width) solid var(--mc-document-upload-border-color, var(--mc-color-border));
    border-radius: var(--mc-radius-m);
  }
  mc-document-upload .mc-docs__summary-title {
    margin: 0 0 var(--mc-space-3);
    font-size: var(--mc-font-size-l);
  }
  mc-document-upload .mc-docs__list {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: var(--mc-space-2) var(--mc-space-4);
    margin: 0 0 var(--mc-space-3);
  }
  mc-document-upload .mc-docs__list dt {
    font-weight: var(--mc-font-weight-bold);
  }
  mc-document-upload .mc-docs__list dd {
    margin: 0;
  }
  mc-document-upload .mc-docs__list ul {
    margin: 0;
    padding-inline-start: var(--mc-space-4);
  }
  mc-document-files .mc-files__drop {
    padding: var(--mc-space-4);
    margin-block-end: var(--mc-space-3);
    border: var(--mc-border-width-strong) dashed var(--mc-document-files-drop-border-color, var(--mc-color-border-strong));
    border-radius: var(--mc-radius-m);
  }
  mc-document-files .mc-files__drop--over {
    background: var(--mc-document-files-drop-background, var(--mc-color-info-surface));
    border-style: solid;
  }
  mc-document-files .mc-files__chooser {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mc-space-2) var(--mc-space-3);
  }
  mc-document-files .mc-files__picker {
    position: relative;
    display: inline-flex;
    max-width: 100%;
  }
  mc-document-files .mc-files__input {
    position: absolute;
    inset: 0;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    margin: 0;
    padding: 0;
    opacity: 0;
    cursor: pointer;
  }
  mc-document-files .mc-files__input::file-selector-button {
    cursor: pointer;
  }
  mc-document-files .mc-files__button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    max-width: 100%;
    min-width: var(--mc-target-size);
    min-height: var(--mc-target-size);
    padding: var(--mc-space-2) var(--mc-space-5);
    border: var(--mc-border-width-strong) solid var(--mc-document-files-button-color, var(--mc-color-action));
    border-radius: var(--mc-button-radius, var(--mc-radius-m));
    background: var(--mc-document-files-button-background, var(--mc-color-surface-raised));
    color: var(--mc-document-files-button-color, var(--mc-color-action));
    font-weight: var(--mc-font-weight-bold);
    line-height: var(--mc-line-height-tight);
    text-align: center;
  }
  mc-document-files .mc-files__comma {
    font-size: 0;
    opacity: 0;
  }
  mc-document-files .mc-files__input:hover + .mc-files__button {
    background: var(--mc-document-files-button-background-hover, var(--mc-color-surface));
    color: var(--mc-document-files-button-color-hover, var(--mc-color-action-hover));
    border-color: var(--mc-document-files-button-color-hover, var(--mc-color-action-hover));
  }
  mc-document-files .mc-files__input:focus + .mc-files__button {
    outline: var(--mc-focus-ring);
    outline-offset: var(--mc-focus-ring-offset);
  }
  mc-document-files .mc-files__input[aria-invalid='true'] + .mc-files__button {
    border-color: var(--mc-document-upload-error-color, var(--mc-color-error-text));
  }
  mc-document-files .mc-files__status {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    mc-document-files .mc-files__button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    mc-document-files .mc-files__input:focus + .mc-files__button {
      outline-color: Highlight;
    }
  }
  mc-document-files .mc-files__drop-text {
    margin: var(--mc-space-2) 0 0;
    color: var(--mc-document-upload-muted-color, var(--mc-color-text-muted));
  }
  mc-document-files .mc-files__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  mc-document-files .mc-files__item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mc-space-2) var(--mc-space-3);
    padding-block: var(--mc-space-3);
    border-block-end: var(--mc-border-width) solid var(--mc-document-upload-border-color, var(--mc-color-border));
  }
  mc-document-files .mc-files__name {
    font-weight: var(--mc-font-weight-bold);
    overflow-wrap: anywhere;
  }
  mc-document-files .mc-files__size {
    color: var(--mc-document-upload-muted-color, var(--mc-color-text-muted));
  }
  mc-document-files .mc-files__state--uploaded {
    color: var(--mc-color-success-text);
  }
  mc-document-files :is(.mc-files__state--failed, .mc-files__state--interrupted) {
    color: var(--mc-color-error-text);
  }
  mc-document-files :is(.mc-files__progress-row, .mc-files__entry-error) {
    flex-basis: 100%;
  }
  mc-document-files .mc-files__progress-row {
    display: flex;
    align-items: center;
    gap: var(--mc-space-2);
  }
  mc-document-files .mc-files__progress {
    flex: 1;
    height: 0.75rem;
    accent-color: var(--mc-document-upload-control-color, var(--mc-color-action));
  }
  mc-document-files .mc-files__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-2);
    margin-inline-start: auto;
  }
`;
