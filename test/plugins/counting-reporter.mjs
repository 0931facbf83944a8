// A test-runner reporter that counts passed / failed / skipped tests and writes them where scripts/test.mjs
// reads them, so that `npm test` can print its plain "N passed, N failed" summary line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../.results/unit.json', import.meta.url));

/** The summed duration (ms) of a suite's tests, as the browser measured them. */
function duration(suite) {
  let ms = 0;
  for (const test of suite.tests ?? []) ms += test.duration ?? 0;
  for (const child of suite.suites ?? []) ms += duration(child);
  return ms;
}

/** The first line of a failure's message, short enough for the summary at the end of `npm test`. */
const firstLine = (error) => String(error?.message ?? error ?? '').split('\n')[0].slice(0, 300);

function walk(suite, counts, file, path = []) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(`${file}: ${[...path, test.name].join(' › ')}: ${firstLine(test.error)}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, counts, file, [...path, child.name]);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      // `failures` names each failed test, so that the end of `npm test`'s output (often all a CI log shows) says which.
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [], brokenFiles: [], testSeconds: 0, slowestFiles: [] };
      const durations = [];
      for (const session of sessions) {
        const file = session.testFile.replace(/^.*?\/(packages|test)\//, '$1/');
        if (session.testResults) {
          walk(session.testResults, counts, file);
          durations.push([file, duration(session.testResults)]);
        }
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.failed += 1;
          counts.brokenFiles.push(session.testFile);
          counts.failures.push(`${file}: ${firstLine(session.errors[0])}`);
        }
      }
      // The slowest files, to keep `npm test` (and CI) under 20 minutes: what to look at first when it grows.
      counts.testSeconds = Math.round(durations.reduce((n, [, ms]) => n + ms, 0) / 1000);
      counts.slowestFiles = durations
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([file, ms]) => `${file} ${(ms / 1000).toFixed(1)} s`);
      mkdirSync(new URL('.', `file://${OUT}`), { recursive: true });
      writeFileSync(OUT, JSON.stringify(counts, null, 2));
    },
  };
}
