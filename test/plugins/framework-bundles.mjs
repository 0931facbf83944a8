// Serves React and Vue to the embedding tests (test/embedding/), as a portal team ships them:
//   import … from 'test-frameworks/react' — react + react-dom, bundled to ESM by esbuild (React is CommonJS)
//   import … from 'test-frameworks/vue'   — Vue's own browser ESM build, with its template compiler
//   import … from 'test-frameworks/angular' — Angular's core and platform-browser, with its JIT compiler
// Their types are declared in test/embedding/frameworks.d.ts. Each is bundled once per test run.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(`${root}package.json`);

const REACT_ENTRY = `export { createElement, StrictMode, useState } from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';`;

// The JIT compiler first: components declared in a test are compiled in the browser.
const ANGULAR_ENTRY = `import '@angular/compiler';
export { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
export { bootstrapApplication } from '@angular/platform-browser';`;

async function bundleOf(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export function frameworkBundlesPlugin() {
  const bodies = new Map();
  const load = {
    '/__frameworks/react.js': () => bundleOf(REACT_ENTRY),
    '/__frameworks/angular.js': () => bundleOf(ANGULAR_ENTRY),
    '/__frameworks/vue.js': async () => readFileSync(require.resolve('vue/dist/vue.esm-browser.js'), 'utf8'),
  };
  return {
    name: 'framework-bundles',
    resolveImport({ source }) {
      const match = /^test-frameworks\/(react|vue|angular)$/.exec(source);
      return match ? `/__frameworks/${match[1]}.js` : undefined;
    },
    async serve(context) {
      const make = load[context.path];
      if (!make) return undefined;
      if (!bodies.has(context.path)) bodies.set(context.path, make());
      return { body: await bodies.get(context.path), type: 'js' };
    },
  };
}
