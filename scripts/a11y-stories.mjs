#!/usr/bin/env node
// Axe over every story of the static Storybook (`npm run build-storybook` first), in each theme × scheme.
// One check = one story in one combination (caf/msa × light/dark). A check fails when axe reports a WCAG 2.x
// A/AA violation, when the story renders nothing, when Storybook shows an error, or when the page logs a
// console error. Stories cannot opt out (no `!a11y` tag, no disabled a11y parameter).
// Writes test/.results/stories.json { passed, failed, skipped } and exits 1 on any failure.
/* global window, document, performance, requestAnimationFrame, Node */
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { requireChrome, CHROME_ARGS } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// STORYBOOK_DIR: another static build (e.g. `storybook build -o /tmp/sb`); STORY_FILTER: only the stories whose
// id contains it (a quick check of one element's stories; `npm test` runs them all).
const staticDir = process.env.STORYBOOK_DIR ?? join(root, 'storybook-static');
const storyFilter = process.env.STORY_FILTER ?? '';
const resultsFile = join(root, 'test/.results/stories.json');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');

const COMBOS = [
  { theme: 'caf', scheme: 'light' },
  { theme: 'caf', scheme: 'dark' },
  { theme: 'msa', scheme: 'light' },
  { theme: 'msa', scheme: 'dark' },
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PAGES = Number(process.env.A11Y_PAGES ?? 2);
const RENDER_TIMEOUT_MS = 20000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function writeResults(counts) {
  mkdirSync(join(root, 'test/.results'), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(counts, null, 2) + '\n');
}

/** Serves storybook-static on 127.0.0.1 and an ephemeral port. */
function serve(dir) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(dir + sep) && file !== dir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (pathname === '/__axe/axe.min.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'max-age=3600' });
      createReadStream(axePath).pipe(res);
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const hashed = pathname.startsWith('/assets/');
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'max-age=3600' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Stories that try to opt out of the pass, found in their source (the index drops negated tags). */
function optOuts() {
  const found = [];
  const dir = join(root, 'stories');
  if (!existsSync(dir)) return found;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(stories\.ts|mdx)$/.test(name) && /['"]!a11y['"]/.test(readFileSync(path, 'utf8'))) {
        found.push(path.slice(root.length));
      }
    }
  };
  walk(dir);
  return found;
}

/** Runs in the page: waits for the story render to finish, then for Lit updates and the DOM to settle. */
async function settle({ storyId, theme, scheme, timeoutMs }) {
  const preview = () => window.__STORYBOOK_PREVIEW__;
  const start = performance.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  for (;;) {
    const render = preview()?.currentRender;
    if (document.body.classList.contains('sb-show-errordisplay')) break;
    const html = document.documentElement;
    const applied = html.getAttribute('data-mc-theme') === theme && html.getAttribute('data-mc-scheme') === scheme;
    if (render?.id === storyId && render.phase === 'finished' && applied) break;
    if (performance.now() - start > timeoutMs) return { timeout: true };
    await sleep(25);
  }
  // Lit elements (in light and shadow trees) finish their pending updates; async tasks may add more.
  const allElements = () => {
    const out = [];
    const visit = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return out;
  };
  let last = '';
  let stable = 0;
  while (stable < 3 && performance.now() - start < timeoutMs) {
    const elements = allElements();
    await Promise.all(elements.map((el) => el.updateComplete).filter(Boolean));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const signature = `${elements.length}:${elements.reduce((n, el) => n + (el.textContent?.length ?? 0), 0)}`;
    stable = signature === last ? stable + 1 : 0;
    last = signature;
    await sleep(40);
  }
  const story = preview()?.currentRender?.story;
  const a11y = story?.parameters?.a11y ?? {};
  const errorShown = document.body.classList.contains('sb-show-errordisplay');
  const errorText = errorShown ? (document.querySelector('#error-message')?.textContent ?? '').trim() : '';
  // Content = some text or a replaced/interactive element anywhere under the story root (shadow trees included).
  const CONTENT = new Set(['INPUT', 'IMG', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'PROGRESS', 'METER', 'CANVAS', 'VIDEO']);
  const hasContent = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) return true;
      if (child.nodeType !== Node.ELEMENT_NODE || child.tagName === 'STYLE' || child.tagName === 'SCRIPT') continue;
      if (CONTENT.has(child.tagName.toUpperCase())) return true;
      if (child.shadowRoot && hasContent(child.shadowRoot)) return true;
      if (hasContent(child)) return true;
    }
    return false;
  };
  const storyRoot = document.querySelector('#storybook-root');
  return {
    timeout: false,
    errorShown,
    errorText,
    optedOut: a11y.disable === true || a11y.test === 'off' || a11y.disabled === true,
    empty: !storyRoot || !hasContent(storyRoot),
  };
}

async function runAxe(tags) {
  const result = await window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    summary: v.nodes[0]?.failureSummary ?? '',
  }));
}

/**
 * Checks one story in every combination, on a page that may already show another story. A fresh page loads the
 * story from its URL; a page that holds a preview goes to the story through Storybook's channel (`setCurrentStory`,
 * what the Storybook UI does), which saves loading the whole preview again for each story. The combinations are
 * then switched in place through the toolbar globals, starting with the one the page is in. A story that broke the
 * page leaves it to be loaded afresh for the next one.
 * @returns {Promise<{ results: string[][], healthy: boolean }>} the problems of each combination, in COMBOS order
 */
async function checkStory(page, origin, entry, current) {
  const consoleErrors = [];
  const onConsole = (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url;
    consoleErrors.push(where && !msg.text().includes(where) ? `${msg.text()} (${where})` : msg.text());
  };
  const onPageError = (err) => consoleErrors.push(`uncaught: ${err.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  const results = COMBOS.map(() => null);
  const start = current ?? 0;
  const order = COMBOS.map((_, i) => (start + i) % COMBOS.length);
  let healthy = true;
  try {
    for (const [step, i] of order.entries()) {
      const combo = COMBOS[i];
      consoleErrors.length = 0;
      const problems = [];
      try {
        if (step === 0 && current === undefined) {
          const globals = `theme:${combo.theme};scheme:${combo.scheme}`;
          await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=${globals}`);
          await page.addScriptTag({ url: `${origin}/__axe/axe.min.js` });
        } else if (step === 0) {
          await page.evaluate(
            (storyId) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }),
            entry.id,
          );
        } else {
          await page.evaluate(
            (globals) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals }),
            combo,
          );
        }
        const state = await page.evaluate(settle, { storyId: entry.id, ...combo, timeoutMs: RENDER_TIMEOUT_MS });
        if (state.timeout) {
          problems.push(`did not finish rendering in ${combo.theme}/${combo.scheme} within ${RENDER_TIMEOUT_MS / 1000} s`);
        } else {
          if (state.errorShown) problems.push(`Storybook error: ${state.errorText.split('\n')[0]}`);
          if (state.optedOut) problems.push('a11y is disabled for this story: opting out is not allowed');
          if (state.empty) problems.push('the story renders no content');
          const violations = await page.evaluate(runAxe, AXE_TAGS);
          for (const v of violations) {
            const summary = v.summary.replace(/\n/g, '\n        ');
            problems.push(`axe ${v.id} (${v.impact}): ${v.help}\n        at ${v.targets.join(' | ')}\n        ${summary}`);
          }
        }
      } catch (error) {
        problems.push(`could not be checked: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
      for (const text of consoleErrors) problems.push(`console error: ${text.split('\n')[0]}`);
      results[i] = problems;
      // After a failed load, a Storybook error or an uncaught error, the page state is unknown: the remaining
      // combinations are reported as failed and the next story gets a fresh page.
      if (problems.some((p) => /^(could not be checked|did not finish|Storybook error|console error: uncaught)/.test(p))) {
        healthy = false;
        if (problems.some((p) => p.startsWith('could not be checked') || p.startsWith('did not finish'))) {
          for (const j of order) results[j] ??= ['not checked: an earlier combination of this story broke the page'];
          break;
        }
      }
    }
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return { results, healthy, last: order[order.length - 1] };
}

async function main() {
  const indexFile = join(staticDir, 'index.json');
  if (!existsSync(indexFile)) {
    console.error('storybook-static/index.json not found: run "npm run build-storybook" first.');
    writeResults({ passed: 0, failed: 1, skipped: 0 });
    process.exit(1);
  }
  const executablePath = requireChrome();
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(storyFilter));
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];

  for (const file of optOuts()) {
    failures.push(`${file}: uses the "!a11y" tag; every story must pass axe`);
    counts.failed += 1;
  }
  if (stories.length === 0) {
    failures.push('no story found in storybook-static/index.json');
    counts.failed += 1;
  }

  const started = Date.now();
  const server = await serve(staticDir);
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });

  let next = 0;
  const worker = async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    /** The combination the page shows, or undefined when it must load the next story afresh. */
    let current;
    while (next < stories.length) {
      const entry = stories[next++];
      const t0 = Date.now();
      const { results, healthy, last } = await checkStory(page, origin, entry, current);
      current = healthy ? last : undefined;
      if (process.env.A11Y_DEBUG) console.log(`${entry.id}: ${Date.now() - t0} ms`);
      results.forEach((problems, i) => {
        const { theme, scheme } = COMBOS[i];
        if (problems.length === 0) {
          counts.passed += 1;
          return;
        }
        counts.failed += 1;
        const label = `${entry.title} › ${entry.name} [${theme}/${scheme}] (${entry.id})`;
        failures.push(`${label}\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
      });
    }
    await context.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(PAGES, stories.length)) }, worker));
  } finally {
    await browser.close();
    server.close();
  }

  for (const failure of failures) console.log(`\n${failure}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\naxe over ${stories.length} stories × ${COMBOS.length} theme/scheme combinations in ${seconds} s: ` +
      `${counts.passed} passed, ${counts.failed} failed`,
  );
  writeResults({ ...counts, failures });
  process.exit(counts.failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  writeResults({ passed: 0, failed: 1, skipped: 0 });
  process.exit(1);
});
