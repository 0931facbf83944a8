#!/usr/bin/env node
// `npm run size`: the bundle-size budgets of the issues (brotli, each entry bundled with Lit and our core).
// Exits non-zero when an entry is over its budget; `npm run size -- --report` prints the sizes only.
// Kept apart from `npm test`, which checks behaviour: a budget gap is tracked in its issue, not hidden.
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1000;

/**
 * Budgets from the issues. `imports` are bundled together into one entry, minified, with Lit and our core inlined.
 * `coreOnly` measures what @moncompte/core adds to that entry (full bundle minus the bundle with core external).
 */
export const BUDGETS = [
  { name: 'core code an element needs (largest element)', coreOnly: true, limit: 6 * KB,
    imports: ['@moncompte/components/password-input.js', '@moncompte/components/otp-input.js', '@moncompte/components/login-form.js'] },
  { name: 'password input + rule checker', limit: 10 * KB, imports: ['@moncompte/components/password-input.js'] },
  { name: 'OTP input', limit: 9 * KB, imports: ['@moncompte/components/otp-input.js'] },
  { name: 'login form with FranceConnect button', limit: 14 * KB, imports: ['@moncompte/components/login-form.js'] },
  { name: 'dashboard with all tiles', limit: 18 * KB, imports: ['@moncompte/components/dashboard.js'] },
];

function specifierExists(specifier) {
  const match = /^@moncompte\/components\/(.+)\.js$/.exec(specifier);
  return !match || existsSync(`${root}packages/components/src/${match[1]}/define.ts`);
}

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Brotli size of what a page loads up front for `contents`: the entry chunk and the chunks it imports
 * statically, each compressed on its own. Code behind a dynamic `import()` (a step loaded when needed)
 * goes to its own chunk and is not counted.
 */
async function brotliSize(contents, external = []) {
  const dir = mkdtempSync(join(tmpdir(), 'mc-budget-'));
  // Inside the repository so that package names resolve; removed even on failure.
  const entry = join(root, `node_modules/.cache/mc-budget-entry-${process.pid}.ts`);
  mkdirSync(dirname(entry), { recursive: true });
  writeFileSync(entry, contents);
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      outdir: dir,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      metafile: true,
      conditions: ['source', 'browser', 'production'],
      external,
      tsconfig: `${root}tsconfig.json`,
      logLevel: 'silent',
      legalComments: 'none',
    });
    const files = new Map(result.outputFiles.map((f) => [relative(process.cwd(), f.path), f.contents]));
    const outputs = result.metafile.outputs;
    const start = Object.keys(outputs).find((name) => outputs[name].entryPoint);
    const loaded = new Set();
    const visit = (name) => {
      if (loaded.has(name)) return;
      loaded.add(name);
      for (const imported of outputs[name].imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    };
    visit(start);
    return [...loaded].reduce((sum, name) => sum + brotli(files.get(name)), 0);
  } finally {
    rmSync(entry, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Measures one budget; for `coreOnly`, the worst of its imports taken one by one. */
export async function measure(budget) {
  const present = budget.imports.filter(specifierExists);
  if (present.length === 0) return { present: false, bytes: 0 };
  if (!budget.coreOnly) return { present: true, bytes: await brotliSize(present.map((s) => `import '${s}';`).join('\n')) };
  let worst = 0;
  for (const s of present) {
    const full = await brotliSize(`import '${s}';`);
    const withoutCore = await brotliSize(`import '${s}';`, ['@moncompte/core']);
    worst = Math.max(worst, full - withoutCore);
  }
  return { present: true, bytes: worst };
}

async function main() {
  const reportOnly = process.argv.includes('--report');
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const record = (ok, line) => {
    console.log(`${ok ? '✓' : '✗'} ${line}`);
    if (ok) counts.passed += 1;
    else counts.failed += 1;
  };

  for (const budget of BUDGETS) {
    const { present, bytes } = await measure(budget);
    // An element not written yet has no budget to meet; it is listed so nobody forgets it.
    if (!present) {
      console.log(`· ${budget.name}: not built yet (budget ${(budget.limit / KB).toFixed(0)} kB)`);
      continue;
    }
    const line = `${budget.name}: ${(bytes / KB).toFixed(2)} kB brotli (budget ${(budget.limit / KB).toFixed(0)} kB)`;
    if (reportOnly) console.log(line);
    else record(bytes <= budget.limit, line);
  }

  console.log(`${counts.passed} within budget, ${counts.failed} over budget`);
  process.exit(counts.failed > 0 ? 1 : 0);
}

// Run when executed, not when imported (tools reuse `measure`).
if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
