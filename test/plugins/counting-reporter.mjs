// A test-runner reporter that counts passed / failed / skipped tests and writes them where scripts/test.mjs
// reads them, so that `npm test` can print its plain "N passed, N failed" summary line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../.results/unit.json', import.meta.url));

function walk(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) walk(child, counts);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.failed += 1;
          counts.brokenFiles.push(session.testFile);
        }
      }
      mkdirSync(new URL('.', `file://${OUT}`), { recursive: true });
      writeFileSync(OUT, JSON.stringify(counts, null, 2));
    },
  };
}
