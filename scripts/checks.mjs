#!/usr/bin/env node
// Repository checks that are not browser tests: bundle-size budgets (brotli, each entry bundled with Lit),
// generated files being up to date. Each check counts as one test in `npm test`'s summary.
// `node scripts/checks.mjs --report` prints the sizes without failing.
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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
  const entry = join(root, `scripts/.budget-entry-${process.pid}.ts`);
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

  {
    const run = spawnSync('node', ['scripts/check-message-keys.mjs'], { cwd: root, stdio: 'inherit' });
    record(run.status === 0, 'every message key returned by core and adapters is in a catalogue (fr and en)');
  }

  if (existsSync(`${root}scripts/openapi.mjs`)) {
    const run = spawnSync('node', ['scripts/openapi.mjs', '--check'], { cwd: root, stdio: 'inherit' });
    record(run.status === 0, 'docs/api/openapi.json is up to date with the contract');
  }

  if (!reportOnly) {
    mkdirSync(`${root}test/.results`, { recursive: true });
    writeFileSync(`${root}test/.results/checks.json`, JSON.stringify(counts, null, 2));
  }
  process.exit(counts.failed > 0 ? 1 : 0);
}

// Run when executed, not when imported (tools reuse `measure`).
if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
