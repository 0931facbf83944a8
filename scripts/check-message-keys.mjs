#!/usr/bin/env node
// Every message key that core validators, the contract and the adapters can return (`key: '…'` in their
// sources) must exist in a catalogue exported by @moncompte/core, in French and English. Elements translate
// problem keys they did not write themselves, so a missing one would show the raw key to a user.
// The elements' own keys are checked too: every string literal of the components' sources that looks like a key
// of a known namespace (`'documents.files.remove'`, in a map, a ternary or a call). Keys built at run time
// (`dashboard.account.${name}`) are not seen.
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['packages/core/src', 'packages/adapters/src'];
const ELEMENTS = 'packages/components/src';

function* tsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* tsFiles(path);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !path.includes('/catalogues/')) yield path;
  }
}

const used = new Map();
for (const dir of SOURCES) {
  for (const file of tsFiles(join(root, dir))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:key|messageKey)\s*:\s*'([a-z][\w-]*\.[\w.-]+)'/g)) {
      if (!used.has(match[1])) used.set(match[1], file.slice(root.length));
    }
  }
}

const bundle = await build({
  stdin: { contents: "export * from '@moncompte/core'; import '@moncompte/core/i18n/en';", resolveDir: root, loader: 'js' },
  bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent',
  conditions: ['source'], mainFields: ['module', 'main'],
});
const tmp = join(tmpdir(), `mc-core-${process.pid}.mjs`);
writeFileSync(tmp, bundle.outputFiles[0].text);
const core = await import(pathToFileURL(tmp).href);
rmSync(tmp);

const known = { fr: new Set(), en: new Set() };
for (const value of Object.values(core)) {
  if (value && typeof value === 'object' && 'fr' in value) {
    for (const lang of ['fr', 'en']) for (const key of Object.keys(value[lang] ?? {})) known[lang].add(key);
  }
}

// String literals of the elements in a known namespace (the part before the first dot of a catalogue key).
const namespaces = new Set([...known.fr].map((key) => key.split('.')[0]));
for (const file of tsFiles(join(root, ELEMENTS))) {
  for (const match of readFileSync(file, 'utf8').matchAll(/['`]([a-z][\w-]*)\.([\w-]+(?:\.[\w-]+)*)['`]/g)) {
    const key = `${match[1]}.${match[2]}`;
    if (namespaces.has(match[1]) && !/\.(js|ts|css)$/.test(key) && !used.has(key)) used.set(key, file.slice(root.length));
  }
}

const missing = [...used].filter(([key]) => !known.fr.has(key) || !known.en.has(key));
for (const [key, file] of missing) console.error(`✗ message key "${key}" (used in ${file}) is in no catalogue`);
if (missing.length === 0) console.log(`✓ all ${used.size} message keys of core, the adapters and the elements are translated`);
process.exit(missing.length ? 1 : 0);
