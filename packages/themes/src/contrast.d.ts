/** An sRGB colour with channels and alpha in 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly alpha: number;
}
/** WCAG 2.2 AA minimum for text (1.4.3). */
export declare const AA_TEXT: 4.5;
/** WCAG 2.2 AA minimum for user-interface components and graphics (1.4.11). */
export declare const AA_UI: 3;
/** Parses `#hex`, `rgb()`/`rgba()`, `color(srgb …)` or `transparent`; throws on anything else. */
export declare function parseColor(text: string): Rgba;
/** Paints a possibly translucent colour over an opaque one. */
export declare function composite(top: Rgba, bottom: Rgba): Rgba;
/** WCAG relative luminance of an opaque sRGB colour. */
export declare function relativeLuminance(color: Rgba): number;
/** Contrast ratio (1–21), not rounded. */
export declare function contrastRatio(foreground: string | Rgba, background: string | Rgba): number;
