// Shared by the benchmarks (scripts/bench-*.mjs): arguments, the page bundle a library user ships, the CAF
// theme, statistics. Not a benchmark itself (`npm run bench` runs the files named bench-<name>.mjs).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** `--name N` from the command line, else `fallback`. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** `contents` bundled for the browser as a library user ships it (production Lit, minified). */
export async function bundle(contents, sourcefile) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['source', 'browser', 'production'],
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'silent',
    legalComments: 'none',
  });
  return result.outputFiles[0].text;
}

/** tokens.css and caf.css, the @import resolved by concatenation. */
export function themeCss() {
  const tokens = readFileSync(`${root}packages/themes/src/tokens.css`, 'utf8');
  const caf = readFileSync(`${root}packages/themes/src/caf.css`, 'utf8').replace(/@import[^;]+;/g, '');
  return tokens + caf;
}

/** The q-quantile of `values` (linear interpolation); `quantile(v, 0.5)` is the median. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);
