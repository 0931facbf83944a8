import { css } from 'lit';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

/**
 * mc-card's shadow styles. `.link` is the one real link: its `::after` stretches over the whole card so the card is
 * clickable everywhere; the footer, retry and other interactive content sit above that hit area. (Comments stay out
 * of the `css` text: it ships as written.)
 */
export const cardStyles = [
  visuallyHiddenStyles,
  css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    box-sizing: border-box;
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--mc-space-3);
    height: 100%;
    padding: var(--mc-card-padding, var(--mc-space-5));
    border: var(--mc-border-width) solid var(--mc-card-border-color, var(--mc-color-border));
    border-radius: var(--mc-card-radius, var(--mc-radius-l));
    background: var(--mc-card-background, var(--mc-color-surface-raised));
    box-shadow: var(--mc-card-shadow, var(--mc-shadow-raised));
    color: var(--mc-card-color, var(--mc-color-text));
    font-family: var(--mc-font-family);
    font-size: var(--mc-font-size-m);
    line-height: var(--mc-line-height-normal);
  }
  .base.linked:hover {
    border-color: var(--mc-card-border-color-hover, var(--mc-color-border-strong));
  }

  .header {
    display: flex;
    align-items: center;
    gap: var(--mc-space-3);
  }
  .icon {
    flex: none;
    display: inline-flex;
    color: var(--mc-card-icon-color, var(--mc-color-brand));
  }
  .icon.empty {
    display: none;
  }
  .heading {
    margin: 0;
    color: var(--mc-card-heading-color, var(--mc-color-text));
    font-size: var(--mc-card-heading-font-size, var(--mc-font-size-l));
    font-weight: var(--mc-font-weight-bold);
    line-height: var(--mc-line-height-tight);
  }

  .link {
    color: var(--mc-card-link-color, var(--mc-color-link));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .link:hover {
    text-decoration-thickness: 2px;
  }
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  .link:focus-visible {
    outline: none;
  }
  .link:focus-visible::after {
    outline: var(--mc-card-focus-ring, var(--mc-focus-ring));
    outline-offset: var(--mc-focus-ring-offset);
  }

  .body {
    flex: 1;
  }
  .body ::slotted(*) {
    margin-block: 0;
  }
  .body ::slotted(* + *) {
    margin-block-start: var(--mc-space-2);
  }
  .message {
    margin: 0;
    color: var(--mc-color-text-muted);
  }
  .footer,
  .retry,
  .body ::slotted(a),
  .body ::slotted(button) {
    position: relative;
    z-index: 1;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--mc-space-3);
  }
  .footer.empty {
    display: none;
  }

  .skeleton {
    display: grid;
    gap: var(--mc-space-2);
  }
  .skeleton span {
    display: block;
    height: 0.875rem;
    border-radius: var(--mc-radius-s);
    background: var(--mc-card-skeleton-color, var(--mc-color-border));
    animation: mc-card-pulse 1.5s ease-in-out infinite;
  }
  .skeleton span:nth-child(2) {
    width: 80%;
  }
  .skeleton span:nth-child(3) {
    width: 55%;
  }
  @keyframes mc-card-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }

  .retry {
    display: inline-flex;
    align-items: center;
    min-height: var(--mc-target-size);
    margin-block-start: var(--mc-space-2);
    padding: 0 var(--mc-space-4);
    border: var(--mc-border-width-strong) solid var(--mc-color-action);
    border-radius: var(--mc-radius-m);
    background: var(--mc-color-surface-raised);
    color: var(--mc-color-action);
    font: inherit;
    font-weight: var(--mc-font-weight-bold);
    cursor: pointer;
  }
  .retry:hover {
    background: var(--mc-color-surface);
  }
  .retry:focus-visible {
    outline: var(--mc-focus-ring);
    outline-offset: var(--mc-focus-ring-offset);
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
`,
];
