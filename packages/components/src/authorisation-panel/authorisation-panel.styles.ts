import { css } from 'lit';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const authorisationPanelStyles = [
  visuallyHiddenStyles,
  css`
    :host {
      display: block;
      color: var(--mc-color-text);
      font-family: var(--mc-font-family);
      line-height: var(--mc-line-height-normal);
    }
    :host([hidden]) {
      display: none;
    }
    .base {
      display: grid;
      gap: var(--mc-authorisation-panel-gap, var(--mc-space-5));
    }
    p,
    ul {
      margin: 0;
    }
    .stack,
    .section {
      display: grid;
      gap: var(--mc-space-3);
    }
    .section {
      padding-block-start: var(--mc-space-4);
      border-block-start: var(--mc-border-width) solid var(--mc-color-border);
    }
    .heading {
      font-size: var(--mc-font-size-l);
      font-weight: var(--mc-font-weight-bold);
      line-height: var(--mc-line-height-tight);
    }
    .items,
    .candidates {
      list-style: none;
      padding: 0;
      display: grid;
      gap: var(--mc-space-3);
    }
    .item {
      display: grid;
      justify-items: start;
      gap: var(--mc-space-2);
      padding-inline-start: var(--mc-space-3);
      border-inline-start: var(--mc-border-width-strong) solid var(--mc-authorisation-panel-item-border-color, var(--mc-color-action));
    }
    .bullets {
      padding-inline-start: var(--mc-space-5);
      display: grid;
      gap: var(--mc-space-1);
    }
    .muted {
      color: var(--mc-color-text-muted);
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    .item:focus-visible {
      outline: var(--mc-focus-ring);
      outline-offset: var(--mc-focus-ring-offset);
    }
    mc-card.no-retry::part(retry) {
      display: none;
    }

    a {
      color: var(--mc-authorisation-panel-link-color, var(--mc-color-link));
      text-underline-offset: 0.15em;
    }
    a:focus-visible,
    .button:focus-visible,
    .table-wrap:focus-visible {
      outline: var(--mc-focus-ring);
      outline-offset: var(--mc-focus-ring-offset);
    }
    .button {
      justify-self: start;
      display: inline-flex;
      align-items: center;
      min-height: var(--mc-target-size);
      padding: 0 var(--mc-space-4);
      border: var(--mc-border-width-strong) solid var(--mc-authorisation-panel-button-color, var(--mc-color-action));
      border-radius: var(--mc-radius-m);
      background: var(--mc-authorisation-panel-button-background, var(--mc-color-surface-raised));
      color: var(--mc-authorisation-panel-button-color, var(--mc-color-action));
      font: inherit;
      font-weight: var(--mc-font-weight-bold);
      cursor: pointer;
    }
    .button[aria-expanded]::before {
      content: '▸' / '';
      margin-inline-end: var(--mc-space-2);
    }
    .button[aria-expanded='true']::before {
      content: '▾' / '';
    }
    .history {
      display: grid;
      gap: var(--mc-space-3);
    }
    .history[hidden] {
      display: none;
    }

    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: var(--mc-font-size-s);
    }
    caption {
      text-align: start;
      padding-block-end: var(--mc-space-2);
      color: var(--mc-color-text-muted);
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: var(--mc-space-2) var(--mc-space-3);
      border: var(--mc-border-width) solid var(--mc-authorisation-panel-table-border-color, var(--mc-color-border));
    }
    th {
      background: var(--mc-authorisation-panel-table-header-background, var(--mc-color-surface));
      font-weight: var(--mc-font-weight-bold);
    }

    .dialog {
      box-sizing: border-box;
      width: min(var(--mc-authorisation-panel-dialog-width, 36rem), calc(100vw - 2 * var(--mc-space-4)));
      padding: var(--mc-space-6);
      color: var(--mc-color-text);
      background: var(--mc-authorisation-panel-dialog-background, var(--mc-color-surface-raised));
      border: var(--mc-border-width-strong) solid var(--mc-authorisation-panel-dialog-border-color, var(--mc-color-border-strong));
      border-radius: var(--mc-radius-m);
      font-family: var(--mc-font-family);
      line-height: var(--mc-line-height-normal);
    }
    .dialog[open] {
      display: grid;
      gap: var(--mc-space-4);
    }
    .dialog::backdrop {
      background: rgb(0 0 0 / 0.6);
    }
    .reauth-title {
      font-size: var(--mc-font-size-xl);
      font-weight: var(--mc-font-weight-bold);
      line-height: var(--mc-line-height-tight);
    }
    .reauth-title:focus-visible {
      outline: var(--mc-focus-ring);
      outline-offset: var(--mc-focus-ring-offset);
    }
    .dialog-title {
      margin: 0;
      font-size: var(--mc-font-size-xl);
      line-height: var(--mc-line-height-tight);
    }
    .dialog-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mc-space-3);
    }

    @media (forced-colors: active) {
      .dialog {
        border-color: CanvasText;
      }
    }
  `,
];
