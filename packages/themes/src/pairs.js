// What every theme must guarantee: the semantic tokens it defines and the token pairs that must stay readable.
// test/themes/contrast.test.ts checks each pair in each theme × scheme; an agency can run the same check on its
// own theme with `contrastRatio` from ./contrast.js.
import { AA_TEXT, AA_UI } from './contrast.js';

export const THEMES = /** @type {const} */ (['caf', 'msa']);
export const SCHEMES = /** @type {const} */ (['light', 'dark']);
export const STATES = /** @type {const} */ (['info', 'success', 'warning', 'error']);

/** Every semantic colour token. */
export const SEMANTIC_COLOR_TOKENS = [
  '--mc-color-text',
  '--mc-color-text-muted',
  '--mc-color-background',
  '--mc-color-surface',
  '--mc-color-surface-raised',
  '--mc-color-border',
  '--mc-color-border-strong',
  '--mc-color-disabled',
  '--mc-color-on-disabled',
  '--mc-color-brand',
  '--mc-color-on-brand',
  '--mc-color-action',
  '--mc-color-action-hover',
  '--mc-color-on-action',
  '--mc-color-link',
  '--mc-color-focus',
  ...STATES.flatMap((s) => [`--mc-color-${s}`, `--mc-color-${s}-surface`, `--mc-color-${s}-text`]),
];

/** Every semantic token (colours, type, space, shape, focus, targets, motion). */
export const SEMANTIC_TOKENS = [
  ...SEMANTIC_COLOR_TOKENS,
  '--mc-shadow-raised',
  '--mc-font-family',
  '--mc-font-family-mono',
  ...['s', 'm', 'l', 'xl', 'xxl'].map((s) => `--mc-font-size-${s}`),
  ...['regular', 'medium', 'bold'].map((w) => `--mc-font-weight-${w}`),
  '--mc-line-height-tight',
  '--mc-line-height-normal',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `--mc-space-${n}`),
  ...['s', 'm', 'l', 'full'].map((r) => `--mc-radius-${r}`),
  '--mc-border-width',
  '--mc-border-width-strong',
  '--mc-focus-ring-width',
  '--mc-focus-ring-offset',
  '--mc-focus-ring',
  '--mc-target-size',
  '--mc-target-size-min',
  '--mc-duration',
];

const c = (name) => `--mc-color-${name}`;
const text = (fg, bg) => ({ foreground: c(fg), background: c(bg), min: AA_TEXT, kind: 'text' });
const ui = (fg, bg) => ({ foreground: c(fg), background: c(bg), min: AA_UI, kind: 'ui' });
const SURFACES = ['background', 'surface', 'surface-raised'];

/** Text over a background: WCAG 1.4.3, 4.5:1. */
export const TEXT_PAIRS = [
  ...SURFACES.flatMap((bg) => [text('text', bg), text('text-muted', bg), text('link', bg), text('action', bg)]),
  text('on-action', 'action'),
  text('on-action', 'action-hover'),
  text('on-brand', 'brand'),
  ...STATES.flatMap((s) => [
    text(`${s}-text`, `${s}-surface`),
    text('text', `${s}-surface`),
    text('link', `${s}-surface`),
    text(`${s}-text`, 'background'),
  ]),
];

/** Components, icons and focus indicators over a background: WCAG 1.4.11, 3:1. */
export const UI_PAIRS = [
  ...SURFACES.flatMap((bg) => [ui('focus', bg), ui('border-strong', bg)]),
  ui('on-disabled', 'disabled'),
  ...STATES.flatMap((s) => [ui(s, 'background'), ui(s, 'surface'), ui(s, `${s}-surface`)]),
];

export const CONTRAST_PAIRS = [...TEXT_PAIRS, ...UI_PAIRS];
