#!/usr/bin/env node
// Benchmark (not part of `npm test`): the first render of the home page with its data resolved.
//
// Two measures, each over several rounds (median and 95th percentile reported, every round in brackets):
// - the full CAF dashboard (`<mc-dashboard>`, its 10 tiles, their cards and badges) on the in-memory adapter with
//   no latency, signed in as the CAF demo account;
// - 200 tiles (the 11 kinds in turn) in a plain grid, sharing one adapter.
//
// What is timed: from inserting the element(s) until every tile has its data (no card left `loading`), every
// custom element inside has rendered (their `updateComplete`, nested shadow roots included), and the browser has
// computed style and layout (a forced layout). The adapter is created before the clock starts; module loading,
// element definitions and style sheets are warmed up by a first round that is not counted. The bundle is the
// one a library user ships (esbuild, minified, production Lit), in a page with the CAF theme.
//
// Usage: node scripts/bench-dashboard.mjs [--rounds 15] [--tiles 200]
/* global document, performance, customElements, window, MessageChannel */
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './find-chrome.mjs';
import { arg, bundle, quantile, themeCss } from './lib-bench.mjs';
const ROUNDS = arg('rounds', 15);
const TILES = arg('tiles', 200);

const ENTRY = `
import '@moncompte/components/dashboard.js';
import { createMemoryAdapter, DEMO_ACCOUNTS } from '@moncompte/adapters/memory';
window.__bench = {
  adapter: () => createMemoryAdapter({ today: '2026-11-24', latency: 0, signedIn: DEMO_ACCOUNTS.caf.identifier }),
};
`;

/** Runs in the page: one timed first render, then removal. `kind`: `dashboard` or `tiles`. */
async function timeOnce({ kind, count }) {
  const TAGS = [
    'mc-alerts-tile', 'mc-payments-tile', 'mc-procedures-tile', 'mc-news-tile', 'mc-profile-tile', 'mc-contact-tile',
    'mc-agenda-tile', 'mc-pajemploi-tile', 'mc-files-tile', 'mc-account-tile', 'mc-service-catalogue-tile',
  ];
  // A macrotask without timer clamping: lets the adapter's promises and Lit's updates run.
  const yieldTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
  const deep = (node, out = []) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('mc-')) out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  };
  const adapter = window.__bench.adapter();
  const stage = document.getElementById('stage');
  const container = document.createElement('div');
  container.className = 'grid';

  const t0 = performance.now();
  if (kind === 'dashboard') {
    const dashboard = document.createElement('mc-dashboard');
    dashboard.adapter = adapter;
    container.append(dashboard);
  } else {
    for (let i = 0; i < count; i += 1) {
      const tile = document.createElement(TAGS[i % TAGS.length]);
      tile.adapter = adapter;
      container.append(tile);
    }
  }
  stage.append(container);
  let tiles = [];
  for (;;) {
    const elements = deep(container);
    await Promise.all(elements.map((el) => el.updateComplete));
    tiles = elements.filter((el) => el.localName.endsWith('-tile'));
    const loaded = tiles.length > 0 && tiles.every((t) => t.hidden || (t.shadowRoot?.querySelector('mc-card')?.state ?? 'loading') !== 'loading');
    if (loaded && deep(container).every((el) => el.hasUpdated && !el.isUpdatePending)) break;
    await yieldTask();
  }
  container.getBoundingClientRect();
  void document.body.offsetHeight;
  const elapsed = performance.now() - t0;
  const states = tiles.map((t) => (t.hidden ? 'hidden' : t.shadowRoot.querySelector('mc-card').state));
  container.remove();
  return { elapsed, tiles: tiles.length, notReady: states.filter((s) => s !== 'ready' && s !== 'hidden' && s !== 'empty') };
}

async function main() {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  const code = await bundle(ENTRY, 'bench-dashboard-entry.ts');
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent(`<!doctype html><html lang="fr" data-mc-theme="caf" data-mc-scheme="light"><head><meta charset="utf-8">
      <style>${themeCss()} .grid { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); }</style>
      </head><body><div id="stage"></div></body></html>`);
    await page.addScriptTag({ type: 'module', content: code });
    await page.waitForFunction(() => !!customElements.get('mc-dashboard') && !!window.__bench);

    const measures = [
      { kind: 'dashboard', count: 1, label: 'full CAF dashboard (10 tiles)', per: 1 },
      { kind: 'tiles', count: TILES, label: `${TILES} tiles`, per: TILES },
    ];
    console.log(`First render with data resolved (in-memory adapter, latency 0), ${ROUNDS} rounds after a warm-up:`);
    for (const measure of measures) {
      const run = () => page.evaluate(timeOnce, { kind: measure.kind, count: measure.count });
      await run(); // warm-up, not counted
      const times = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const { elapsed, tiles, notReady } = await run();
        if (tiles === 0 || notReady.length > 0) throw new Error(`${measure.label}: ${tiles} tiles, not ready: ${notReady.join(', ')}`);
        times.push(elapsed);
      }
      const median = quantile(times, 0.5);
      const p95 = quantile(times, 0.95);
      const perTile = measure.per > 1 ? `  (${((median / measure.per) * 1000).toFixed(0)} µs per tile)` : '';
      console.log(`  ${measure.label.padEnd(31)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms${perTile}`);
      console.log(`    [${times.map((t) => t.toFixed(0)).join(', ')}]`);
    }
  } finally {
    await browser.close();
  }
}

await main();
