#!/usr/bin/env node
// Repository checks that are not browser tests: every message key is translated, the generated OpenAPI
// description is up to date. Each check counts as one test in `npm test`'s summary.
// (Bundle-size budgets are `npm run size`.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const CHECKS = [
  { name: 'every message key returned by core and adapters is in a catalogue (fr and en)', cmd: ['node', 'scripts/check-message-keys.mjs'] },
  { name: 'docs/api/openapi.json is up to date with the contract', cmd: ['node', 'scripts/openapi.mjs', '--check'] },
];

const counts = { passed: 0, failed: 0, skipped: 0 };
for (const check of CHECKS) {
  const run = spawnSync(check.cmd[0], check.cmd.slice(1), { cwd: root, stdio: 'inherit' });
  const ok = run.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${check.name}`);
  if (ok) counts.passed += 1;
  else counts.failed += 1;
}
mkdirSync(`${root}test/.results`, { recursive: true });
writeFileSync(`${root}test/.results/checks.json`, JSON.stringify(counts, null, 2));
process.exit(counts.failed > 0 ? 1 : 0);
