import { css } from 'lit';
import { fieldInputLook } from '../shared/field-look.styles.js';
import { visuallyHiddenIn } from '../shared/visually-hidden.styles.js';

/**
 * Styles of `mc-situation-wizard`, adopted into the page (its parts are in the light DOM): every selector starts
 * with the tag, so nothing leaks to the host page. Component tokens fall back one step to semantic tokens.
 */
export const situationWizardStyles = css`
  ${visuallyHiddenIn('mc-situation-wizard .mc-vh')}
  ${fieldInputLook('mc-situation-wizard .mc-situation__input')}
  mc-situation-wizard {
    display: block;
    max-width: var(--mc-situation-max-width, 40rem);
    color: var(--mc-color-text);
    font-family: var(--mc-font-family);
    line-height: var(--mc-leading-normal);
  }
  mc-situation-wizard .mc-situation__title {
    margin: 0 0 var(--mc-space-4);
    font-size: var(--mc-font-size-xxl);
    line-height: var(--mc-leading-tight);
  }
  mc-situation-wizard .mc-flow__heading {
    margin: 0 0 var(--mc-space-4);
    font-size: var(--mc-situation-heading-size, var(--mc-font-size-xl));
    line-height: var(--mc-leading-snug);
  }
  mc-situation-wizard .mc-flow__progress {
    display: block;
    margin-block-end: var(--mc-space-1);
    font-size: var(--mc-font-size-m);
    font-weight: var(--mc-font-weight-regular);
    color: var(--mc-situation-progress-color, var(--mc-color-text-muted));
  }
  mc-situation-wizard :is(.mc-flow__heading, .mc-situation__title):focus:not(:focus-visible) {
    outline: none;
  }
  mc-situation-wizard :is(input, textarea, a, [tabindex]):focus-visible {
    outline: var(--mc-focus-ring);
    outline-offset: var(--mc-focus-ring-offset);
  }
  mc-situation-wizard :is(mc-notice, mc-error-summary) {
    display: block;
    margin-block-end: var(--mc-space-5);
  }
  mc-situation-wizard mc-notice p {
    margin: 0 0 var(--mc-space-2);
  }
  mc-situation-wizard mc-notice p:last-child {
    margin-block-end: 0;
  }
  mc-situation-wizard .mc-situation__text {
    margin: 0 0 var(--mc-space-4);
  }
  mc-situation-wizard .mc-situation__muted,
  mc-situation-wizard :is(.mc-field__hint, .mc-situation__choice-help) {
    color: var(--mc-color-text-muted);
  }
  mc-situation-wizard .mc-situation__question {
    margin-block-end: var(--mc-space-6);
  }
  mc-situation-wizard .mc-situation__question--error {
    padding-inline-start: var(--mc-space-4);
    border-inline-start: var(--mc-border-width-strong) solid var(--mc-situation-error-color, var(--mc-color-error-text));
  }
  mc-situation-wizard .mc-situation__fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  mc-situation-wizard :is(.mc-situation__legend, .mc-field__label) {
    display: block;
    padding: 0;
    margin: 0 0 var(--mc-space-2);
    font-weight: var(--mc-font-weight-bold);
  }
  mc-situation-wizard :is(.mc-situation__marker, .mc-field__marker) {
    font-weight: var(--mc-font-weight-regular);
  }
  mc-situation-wizard :is(.mc-field__hint, .mc-field__error) {
    margin: 0 0 var(--mc-space-2);
  }
  mc-situation-wizard .mc-field__error {
    font-weight: var(--mc-font-weight-bold);
    color: var(--mc-situation-error-color, var(--mc-color-error-text));
  }
  mc-situation-wizard .mc-situation__choices {
    display: grid;
    gap: var(--mc-space-2);
  }
  mc-situation-wizard .mc-situation__choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--mc-space-3);
    align-items: center;
    min-height: var(--mc-target-size);
  }
  mc-situation-wizard .mc-situation__choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--mc-situation-control-color, var(--mc-color-action));
  }
  mc-situation-wizard .mc-situation__choice label {
    cursor: pointer;
  }
  mc-situation-wizard .mc-situation__choice-help {
    grid-column: 2;
    margin: 0;
    font-size: var(--mc-font-size-s);
  }
  mc-situation-wizard .mc-situation__input[aria-invalid='true'] {
    border-color: var(--mc-situation-error-color, var(--mc-color-error-text));
  }
  mc-situation-wizard :is(.mc-situation__input--text, .mc-situation__textarea) {
    width: 100%;
  }
  mc-situation-wizard .mc-situation__textarea {
    resize: vertical;
  }
  mc-situation-wizard .mc-situation__input--short {
    width: 4.5ch;
    box-sizing: content-box;
  }
  mc-situation-wizard .mc-situation__input--year {
    width: 6ch;
    box-sizing: content-box;
  }
  mc-situation-wizard .mc-situation__date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-4);
  }
  mc-situation-wizard .mc-situation__date-label {
    display: block;
    margin-block-end: var(--mc-space-1);
  }
  mc-situation-wizard .mc-situation__count {
    margin: var(--mc-space-1) 0 0;
    color: var(--mc-color-text-muted);
  }
  mc-situation-wizard .mc-situation__count--over {
    font-weight: var(--mc-font-weight-bold);
    color: var(--mc-situation-error-color, var(--mc-color-error-text));
  }
  mc-situation-wizard .mc-situation__person {
    margin: var(--mc-space-6) 0 var(--mc-space-3);
    font-size: var(--mc-font-size-l);
  }
  mc-situation-wizard .mc-situation__answers {
    margin: 0 0 var(--mc-space-6);
    border-block-start: var(--mc-border-width) solid var(--mc-situation-border-color, var(--mc-color-border));
  }
  mc-situation-wizard .mc-situation__row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: var(--mc-space-2) var(--mc-space-4);
    padding-block: var(--mc-space-3);
    border-block-end: var(--mc-border-width) solid var(--mc-situation-border-color, var(--mc-color-border));
  }
  @media (max-width: 40rem) {
    mc-situation-wizard .mc-situation__row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    mc-situation-wizard .mc-situation__key {
      grid-column: 1 / -1;
    }
  }
  mc-situation-wizard .mc-situation__key {
    font-weight: var(--mc-font-weight-bold);
  }
  mc-situation-wizard :is(.mc-situation__value, .mc-situation__action) {
    margin: 0;
  }
  mc-situation-wizard .mc-situation__value {
    overflow-wrap: anywhere;
  }
  mc-situation-wizard .mc-situation__answer {
    white-space: pre-line;
  }
  mc-situation-wizard .mc-situation__value ul {
    margin: 0;
    padding-inline-start: var(--mc-space-5);
  }
  mc-situation-wizard .mc-situation__action a {
    color: var(--mc-color-link);
    text-decoration: underline;
  }
  mc-situation-wizard .mc-situation__receipt {
    margin: 0 0 var(--mc-space-3);
  }
  mc-situation-wizard .mc-situation__receipt dt {
    font-weight: var(--mc-font-weight-bold);
  }
  mc-situation-wizard .mc-situation__receipt dd {
    margin: 0 0 var(--mc-space-2);
  }
  mc-situation-wizard .mc-flow__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-3);
    margin-block: var(--mc-space-5);
  }
`;
