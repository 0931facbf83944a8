// WCAG 2.2 contrast maths, pure functions (no DOM). Used by the theme contrast test and available to agencies
// that want to check their own theme: `import { contrastRatio } from '@moncompte/themes/contrast.js'`.

/** Minimum ratios of WCAG 2.2 AA: 1.4.3 (text) and 1.4.11 (user-interface components, graphics). */
export const AA_TEXT = 4.5;
export const AA_UI = 3;

const clamp01 = (n) => Math.min(1, Math.max(0, n));

function channel(token, max) {
  const t = token.trim();
  if (t === 'none') return 0;
  if (t.endsWith('%')) return clamp01(Number.parseFloat(t) / 100);
  const n = Number(t);
  if (!Number.isFinite(n)) throw new Error(`not a number: "${token}"`);
  return clamp01(n / max);
}

/**
 * Parses a colour as browsers serialise it, or as authored in our tokens: `#rgb`, `#rgba`, `#rrggbb`,
 * `#rrggbbaa`, `rgb()`/`rgba()` (comma or space syntax, with `/ alpha`), `color(srgb r g b / a)` and
 * `transparent`. Returns sRGB channels and alpha in 0–1. Throws on anything else (oklch, names…): a
 * checker must never guess.
 * @param {string} text
 * @returns {{ r: number, g: number, b: number, alpha: number }}
 */
export function parseColor(text) {
  const value = String(text).trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, alpha: 0 };
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex) {
    let digits = hex[1];
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const byte = (i) => Number.parseInt(digits.slice(i, i + 2), 16) / 255;
    return { r: byte(0), g: byte(2), b: byte(4), alpha: digits.length === 8 ? byte(6) : 1 };
  }
  const fn = /^(rgba?|color)\((.*)\)$/.exec(value);
  if (fn) {
    let body = fn[2].trim();
    let space = 'srgb';
    if (fn[1] === 'color') {
      const [first, ...rest] = body.split(/\s+/);
      space = first;
      body = rest.join(' ');
      if (space !== 'srgb') throw new Error(`unsupported colour space "${space}" in "${text}"`);
    }
    const [colourPart, alphaPart] = body.includes('/') ? body.split('/') : [body, undefined];
    let parts = colourPart.includes(',') ? colourPart.split(',') : colourPart.trim().split(/\s+/);
    let alpha = alphaPart;
    if (parts.length === 4 && alpha === undefined) {
      alpha = parts[3];
      parts = parts.slice(0, 3);
    }
    if (parts.length !== 3) throw new Error(`cannot parse colour "${text}"`);
    const max = fn[1] === 'color' ? 1 : 255;
    const [r, g, b] = parts.map((p) => channel(p, max));
    return { r, g, b, alpha: alpha === undefined ? 1 : channel(alpha, 1) };
  }
  throw new Error(`cannot parse colour "${text}" (author tokens in hex or rgb)`);
}

/** Paints `top` (possibly translucent) over an opaque `bottom`. */
export function composite(top, bottom) {
  const a = top.alpha;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    alpha: 1,
  };
}

const linear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance of an opaque sRGB colour. */
export function relativeLuminance(color) {
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

/**
 * Contrast ratio (1–21) of a foreground over a background. A translucent background is first painted over
 * white (the page canvas); a translucent foreground is painted over the background. Not rounded: WCAG
 * thresholds are exact (4.499 fails 4.5).
 * @param {string | {r:number,g:number,b:number,alpha:number}} foreground
 * @param {string | {r:number,g:number,b:number,alpha:number}} background
 */
export function contrastRatio(foreground, background) {
  const white = { r: 1, g: 1, b: 1, alpha: 1 };
  const bg = composite(typeof background === 'string' ? parseColor(background) : background, white);
  const fg = composite(typeof foreground === 'string' ? parseColor(foreground) : foreground, bg);
  const [hi, lo] = [relativeLuminance(fg), relativeLuminance(bg)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
