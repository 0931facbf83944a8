#!/usr/bin/env node
// `npm run bench`: runs every benchmark script (scripts/bench-*.mjs) one after the other and prints their
// reports. Benchmarks measure; they never decide whether `npm test` passes.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const benches = readdirSync(here)
  .filter((f) => /^bench-.+\.mjs$/.test(f))
  .filter((f) => !only || f.includes(only))
  .sort();

if (benches.length === 0) {
  console.log('No benchmark found (scripts/bench-*.mjs).');
  process.exit(1);
}
let failed = 0;
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  const run = spawnSync('node', [here + file], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
