export type ThemeName = 'caf' | 'msa';
export type SchemeName = 'light' | 'dark';
export type StateName = 'info' | 'success' | 'warning' | 'error';
export declare const THEMES: readonly ThemeName[];
export declare const SCHEMES: readonly SchemeName[];
export declare const STATES: readonly StateName[];
/** A pair of semantic colour tokens that must reach `min` contrast in every theme × scheme. */
export interface ContrastPair {
  readonly foreground: `--mc-${string}`;
  readonly background: `--mc-${string}`;
  /** 4.5 for text (WCAG 1.4.3), 3 for components and graphics (WCAG 1.4.11). */
  readonly min: number;
  readonly kind: 'text' | 'ui';
}
export declare const SEMANTIC_COLOR_TOKENS: readonly `--mc-${string}`[];
export declare const SEMANTIC_TOKENS: readonly `--mc-${string}`[];
export declare const TEXT_PAIRS: readonly ContrastPair[];
export declare const UI_PAIRS: readonly ContrastPair[];
export declare const CONTRAST_PAIRS: readonly ContrastPair[];
