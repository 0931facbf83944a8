#!/usr/bin/env node
// `npm run size`: the bundle-size budgets of the issues (brotli, each entry bundled with Lit and our core).
// Exits non-zero when an entry is over its budget; `npm run size -- --report` prints the sizes only.
// Kept apart from `npm test`, which checks behaviour: a budget gap is tracked in its issue, not hidden.
//
// Each entry is bundled by Rolldown — the bundler of our portal and Storybook (Vite 8) — minified, with Lit and
// @moncompte/core inlined, and without comments (build annotations such as `/* @__PURE__ */` included), as the
// portal's production build (`vite build`) ships it. What a page loads up front is the entry chunk and
// the chunks it imports statically; code behind a dynamic `import()` (a step loaded when it is needed) is its own
// chunk: it is not counted in the budget, and it is listed under the entry so that nothing is hidden.
// (Rolldown keeps what an entry shares with its lazy chunks in the entry; esbuild's code splitting moves it to a
// separate shared chunk, which, compressed on its own, costs about 2 kB more for the same code.)
import { rolldown } from 'rolldown';
import { brotliCompressSync, constants } from 'node:zlib';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** Entries no issue gives a budget yet: measured the same way and listed, so that their size is seen and followed. */
export const TRACKED = [
  { name: 'situation wizard', imports: ['@moncompte/components/situation-wizard.js'] },
  { name: 'document upload', imports: ['@moncompte/components/document-upload.js'] },
  { name: 'authorisation panel', imports: ['@moncompte/components/authorisation-panel.js'] },
  { name: 'password change', imports: ['@moncompte/components/password-change.js'] },
  { name: 'contact details change', imports: ['@moncompte/components/contact-change.js'] },
  { name: 'account history', imports: ['@moncompte/components/account-history.js'] },
  { name: 'connection (login form and its flows)', imports: ['@moncompte/components/connection.js'] },
];

/** Lit's packages, left out to show what an entry weighs without it. */
const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

function specifierExists(specifier) {
  const match = /^@moncompte\/components\/(.+)\.js$/.exec(specifier);
  return !match || existsSync(`${root}packages/components/src/${match[1]}/define.ts`);
}

const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** A lazy chunk's name: its module's folder and file (`password-reset/define`), else the file Rolldown named. */
function chunkName(chunk) {
  const match = /packages\/[^/]+\/src\/(.+)\.ts$/.exec(chunk.facadeModuleId ?? '');
  return match ? match[1] : chunk.fileName.replace(/-[\w-]{8}\.js$/, '');
}

/**
 * Brotli size of what a page loads up front for `contents` (the entry chunk and the chunks it imports statically,
 * each compressed on its own), and the chunks behind `import()` with their sizes. `plugins` (Rolldown's) serve the
 * what-if measures of scripts/size-breakdown.mjs.
 */
export async function bundleSizes(contents, external = [], plugins = []) {
  // Inside the repository so that package names resolve; removed even on failure.
  const entry = join(root, `node_modules/.cache/mc-budget-entry-${process.pid}.ts`);
  mkdirSync(dirname(entry), { recursive: true });
  writeFileSync(entry, contents);
  try {
    const bundle = await rolldown({
      input: entry,
      tsconfig: `${root}tsconfig.json`,
      plugins,
      resolve: { conditionNames: ['source', 'browser', 'production', 'import', 'default'] },
      external: external.map((name) => new RegExp(`^${name.replace(/[/]/g, '\\/')}(\\/|$)`)),
      logLevel: 'silent',
    });
    const { output } = await bundle.generate({ format: 'esm', minify: true, comments: false });
    await bundle.close();
    const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
    const start = output.find((o) => o.type === 'chunk' && o.isEntry);
    const loaded = new Set();
    const visit = (name) => {
      if (loaded.has(name) || !chunks.has(name)) return;
      loaded.add(name);
      for (const imported of chunks.get(name).imports) visit(imported);
    };
    visit(start.fileName);
    const bytes = [...loaded].reduce((sum, name) => sum + brotli(chunks.get(name).code), 0);
    const lazy = [...chunks.values()]
      .filter((c) => !loaded.has(c.fileName))
      .map((c) => ({ name: chunkName(c), bytes: brotli(c.code) }));
    return { bytes, lazy };
  } finally {
    rmSync(entry, { force: true });
  }
}

/** Measures one budget; for `coreOnly`, the worst of its imports taken one by one. */
export async function measure(budget) {
  const present = budget.imports.filter(specifierExists);
  if (present.length === 0) return { present: false, bytes: 0 };
  if (!budget.coreOnly) {
    const contents = present.map((s) => `import '${s}';`).join('\n');
    const full = await bundleSizes(contents);
    // The same entry with Lit left out: what our code weighs on a page that already loads Lit.
    const withoutLit = await bundleSizes(contents, LIT);
    return { present: true, ...full, withoutLit: withoutLit.bytes };
  }
  let worst = 0;
  for (const s of present) {
    const full = await bundleSizes(`import '${s}';`);
    const withoutCore = await bundleSizes(`import '${s}';`, ['@moncompte/core']);
    worst = Math.max(worst, full.bytes - withoutCore.bytes);
  }
  return { present: true, bytes: worst, lazy: [] };
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
    const { present, bytes, lazy, withoutLit } = await measure(budget);
    // An element not written yet has no budget to meet; it is listed so nobody forgets it.
    if (!present) {
      console.log(`· ${budget.name}: not built yet (budget ${(budget.limit / KB).toFixed(0)} kB)`);
      continue;
    }
    const ours = withoutLit === undefined ? '' : `; without Lit ${(withoutLit / KB).toFixed(2)} kB`;
    const line = `${budget.name}: ${(bytes / KB).toFixed(2)} kB brotli (budget ${(budget.limit / KB).toFixed(0)} kB${ours})`;
    if (reportOnly) console.log(line);
    else record(bytes <= budget.limit, line);
    for (const chunk of lazy) console.log(`    loaded when needed (import()): ${chunk.name} ${(chunk.bytes / KB).toFixed(2)} kB`);
  }

  for (const entry of TRACKED) {
    const { present, bytes, lazy } = await measure(entry);
    if (!present) continue;
    console.log(`· ${entry.name}: ${(bytes / KB).toFixed(2)} kB brotli (no budget in an issue yet)`);
    for (const chunk of lazy) console.log(`    loaded when needed (import()): ${chunk.name} ${(chunk.bytes / KB).toFixed(2)} kB`);
  }

  if (reportOnly) return;
  console.log(`${counts.passed} within budget, ${counts.failed} over budget`);
  process.exit(counts.failed > 0 ? 1 : 0);
}

// Run when executed, not when imported (tools reuse `measure`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
