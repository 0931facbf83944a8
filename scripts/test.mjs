#!/usr/bin/env node
// `npm test`: every check of the repository, in order, then one plain summary line "N passed, N failed".
// Steps: type checking → lint → translations & generated files → unit and element tests in Chromium (wtr)
// → axe over every Storybook story in each theme × scheme → the demo portal in Chromium.
// A step that is a single check counts as one test; the test suites count their own tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChrome, INSTALL_HINT } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = fileURLToPath(new URL('../test/.results/', import.meta.url));

if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

/** @type {{ name: string, cmd: string[], counts?: string }[]} */
const STEPS = [
  { name: 'typecheck (browser code)', cmd: ['npx', 'tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'typecheck (node code)', cmd: ['npx', 'tsc', '-p', 'tsconfig.node.json', '--noEmit'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.', '--max-warnings', '0'] },
  { name: 'custom-elements manifest', cmd: ['npm', 'run', '--silent', 'analyze'] },
  { name: 'checks (translations, generated files)', cmd: ['node', 'scripts/checks.mjs'], counts: 'checks.json' },
  { name: 'unit and element tests (Chromium)', cmd: ['npx', 'wtr', '--config', 'test/web-test-runner.config.mjs'], counts: 'unit.json' },
  { name: 'storybook build', cmd: ['npm', 'run', '--silent', 'build-storybook'] },
  { name: 'axe over every story', cmd: ['node', 'scripts/a11y-stories.mjs'], counts: 'stories.json' },
  { name: 'demo portal smoke test (Chromium)', cmd: ['node', 'scripts/portal-smoke.mjs'], counts: 'portal.json' },
];

// `npm test -- --only <word>` runs the steps whose name contains the word (e.g. `--only unit`).
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined;
const steps = only ? STEPS.filter((step) => step.name.includes(only)) : STEPS;
if (steps.length === 0) {
  console.error(`No step matches "${only}": ${STEPS.map((s) => s.name).join(', ')}`);
  process.exit(1);
}

const total = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
/** What failed, from each suite's results file (`failures`), repeated at the end where a CI log's tail shows it. */
const failures = [];
/** Seconds each step took, printed at the end: CI must stay under 20 minutes. */
const durations = [];

for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  if (step.counts) rmSync(results + step.counts, { force: true });
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, stdio: 'inherit', env: process.env });
  durations.push(`${step.name} ${Math.round((Date.now() - started) / 1000)} s`);
  const ok = run.status === 0;
  if (step.counts && existsSync(results + step.counts)) {
    const counts = JSON.parse(readFileSync(results + step.counts, 'utf8'));
    total.passed += counts.passed;
    total.failed += counts.failed;
    total.skipped += counts.skipped ?? 0;
    for (const failure of counts.failures ?? []) failures.push(`[${step.name}] ${failure.split('\n').slice(0, 3).join(' ')}`);
    // A runner that exits non-zero without a counted failure still fails the run.
    if (!ok && counts.failed === 0) total.failed += 1;
  } else if (ok) {
    total.passed += 1;
  } else {
    total.failed += 1;
  }
  if (!ok) failedSteps.push(step.name);
}

console.log(`\nTime per step: ${durations.join(' · ')}`);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
if (failures.length) {
  const shown = failures.slice(0, 20);
  const more = failures.length > shown.length ? `\n  … and ${failures.length - shown.length} more (above)` : '';
  console.log(`\nFailed tests:\n${shown.map((f) => `  ✗ ${f}`).join('\n')}${more}`);
}
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed > 0 || failedSteps.length > 0 ? 1 : 0);
