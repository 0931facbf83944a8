// Browser-side theme checker used by the contrast tests: resolves semantic tokens where a theme applies and
// measures every pair with the pure maths of @moncompte/themes/contrast.js.
import { contrastRatio } from '@moncompte/themes/contrast.js';
import type { ContrastPair } from '@moncompte/themes/pairs.js';

export interface PairResult {
  readonly pair: ContrastPair;
  readonly ok: boolean;
  /** NaN when a token is missing or not a colour. */
  readonly ratio: number;
  readonly problem?: string;
}

/** The computed value of a custom property on `scope` (var() references substituted), or '' when undefined. */
export function tokenValue(scope: Element, token: string): string {
  return getComputedStyle(scope).getPropertyValue(token).trim();
}

/**
 * The colour a token resolves to in `scope`, serialised by the browser (`rgb(…)`), or undefined when the token is
 * missing or is not a colour (an invalid `var()` would otherwise silently inherit the parent's colour).
 */
export function resolveColor(scope: Element, token: string): string | undefined {
  const raw = tokenValue(scope, token);
  if (!raw || !CSS.supports('color', raw)) return undefined;
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  scope.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** Measures each pair in `scope`; a pair fails under its minimum ratio or when a token cannot be resolved. */
export function checkPairs(scope: Element, pairs: readonly ContrastPair[]): PairResult[] {
  return pairs.map((pair) => {
    const fg = resolveColor(scope, pair.foreground);
    const bg = resolveColor(scope, pair.background);
    if (!fg || !bg) {
      const missing = !fg ? pair.foreground : pair.background;
      return { pair, ok: false, ratio: Number.NaN, problem: `${missing} is missing or not a colour` };
    }
    const ratio = contrastRatio(fg, bg);
    return { pair, ok: ratio >= pair.min, ratio };
  });
}

/** "caf/dark: --mc-color-text on --mc-color-background is 3.21:1, needs 4.5:1 (text)". */
export function describeFailure(label: string, result: PairResult): string {
  const { foreground, background, min, kind } = result.pair;
  const measured = result.problem ?? `is ${(Math.floor(result.ratio * 100) / 100).toFixed(2)}:1`;
  return `${label}: ${foreground} on ${background} ${measured}, needs ${min}:1 (${kind})`;
}

/** Adds `<link rel=stylesheet>` for each theme file of packages/themes/src and waits until they are applied. */
export async function loadThemeFiles(files: readonly string[]): Promise<HTMLLinkElement[]> {
  const links = files.map((file) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `/packages/themes/src/${file}`;
    link.dataset['testTheme'] = '';
    return link;
  });
  await Promise.all(
    links.map(
      (link) =>
        new Promise<void>((resolve, reject) => {
          link.addEventListener('load', () => resolve(), { once: true });
          link.addEventListener('error', () => reject(new Error(`cannot load ${link.href}`)), { once: true });
          document.head.append(link);
        }),
    ),
  );
  return links;
}

export function unloadThemeFiles(): void {
  for (const link of document.head.querySelectorAll('link[data-test-theme]')) link.remove();
}
