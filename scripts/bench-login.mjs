#!/usr/bin/env node
// Benchmark (not part of `npm test`): the time to render 200 `mc-login-form` elements, side by side with 200
// plain HTML forms of the same fields, in the same page and run. Several rounds, alternating which kind goes
// first; medians and their ratio are reported (target: login forms ≤ 2.5 × the plain forms).
//
// What is timed, for both kinds: from inserting 200 forms into the page until every custom element inside has
// rendered (their `updateComplete`, nested elements included) and the browser has computed style and layout
// (a forced layout). Module loading, the first element definitions and style sheet creation happen in a warm-up
// round that is not counted. The page has the CAF theme, so both kinds are styled by the same tokens.
//
// Each round times both kinds back to back, so the ratio of that round compares them under the same machine load;
// the median of those per-round ratios is reported with the ratio of the medians (a shared, busy machine makes
// single timings noisy; the paired ratio is the steadier figure).
//
// Usage: node scripts/bench-login.mjs [--forms 200] [--rounds 11]
/* global document, performance, customElements */
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS, INSTALL_HINT } from './find-chrome.mjs';
import { arg, bundle, median, themeCss } from './lib-bench.mjs';
const FORMS = arg('forms', 200);
const ROUNDS = arg('rounds', 11);

/**
 * The plain form: the same fields and texts as mc-login-form renders (FranceConnect button and link, "ou",
 * provisional toggle, NIR field with hint and help, password with show/hide, remember me, links, submit).
 */
const PLAIN_FORM = `
<div class="fc"><button type="button"><svg viewBox="0 0 40 40" width="40" height="40" aria-hidden="true"><path d="M20 3 34.7 11.5v17L20 37 5.3 28.5v-17z"/></svg><span>S’identifier avec</span> <span>FranceConnect</span></button>
<p><a href="https://franceconnect.gouv.fr/" target="_blank" rel="noopener">Qu’est-ce que FranceConnect ?<span hidden> - nouvelle fenêtre</span></a></p></div>
<p class="or">ou</p>
<form novalidate>
  <div><input type="checkbox" id="p-ID" aria-controls="i-ID"><label for="p-ID">J’ai un identifiant provisoire</label></div>
  <div><label for="i-ID">Numéro de sécurité sociale <span>(obligatoire)</span></label>
    <p id="ih-ID">Les 13 premiers chiffres de mon numéro de sécurité sociale, sans la clé</p>
    <input id="i-ID" name="identifier" autocomplete="username" required aria-describedby="ih-ID"></div>
  <details><summary>Où trouver mon numéro de sécurité sociale ?</summary><ul><li>Sur le recto de ma carte Vitale.</li><li>Sur mes bulletins de salaire.</li><li>Sur mon attestation de droits.</li></ul></details>
  <div><label for="w-ID">Mot de passe <span>(obligatoire)</span></label><p id="wh-ID">De 8 à 24 caractères</p>
    <div><input id="w-ID" type="password" name="password" autocomplete="current-password" required aria-describedby="wh-ID"><button type="button" aria-controls="w-ID">Afficher</button></div></div>
  <div><input type="checkbox" id="r-ID" aria-describedby="rh-ID"><label for="r-ID">Se souvenir de moi</label><p id="rh-ID">Ne cochez pas cette case sur un ordinateur partagé.</p></div>
  <p><a href="#oubli">Mot de passe oublié ?</a></p>
  <div><button type="submit">Se connecter</button></div>
  <p>Première connexion ? <a href="#creer">Créer Mon Compte</a></p>
</form>`;

/** Runs in the page: one timed insertion of `count` forms of `kind`, then removal. */
async function timeOnce({ kind, count }) {
  const host = document.getElementById('stage');
  const t0 = performance.now();
  const container = document.createElement('div');
  if (kind === 'plain') {
    const template = document.getElementById('plain');
    for (let i = 0; i < count; i += 1) {
      const form = template.content.cloneNode(true);
      for (const el of form.querySelectorAll('[id]')) el.id = el.id.replace('ID', String(i));
      container.append(form);
    }
    host.append(container);
  } else {
    for (let i = 0; i < count; i += 1) container.append(document.createElement('mc-login-form'));
    host.append(container);
    // Nested elements render after their parent: wait until no custom element is left pending.
    for (;;) {
      const elements = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('mc-'));
      if (elements.every((el) => el.hasUpdated && !el.isUpdatePending)) break;
      await Promise.all(elements.map((el) => el.updateComplete));
    }
  }
  container.getBoundingClientRect();
  void document.body.offsetHeight;
  const elapsed = performance.now() - t0;
  const inputs = container.querySelectorAll('form input[autocomplete="username"]').length;
  container.remove();
  return { elapsed, inputs };
}

async function main() {
  const executablePath = findChrome();
  if (!executablePath) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  const code = await bundle("import '@moncompte/components/login-form.js';", 'bench-login-entry.ts');
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent(`<!doctype html><html lang="fr" data-mc-theme="caf" data-mc-scheme="light"><head><meta charset="utf-8">
      <style>${themeCss()}</style></head><body><template id="plain">${PLAIN_FORM}</template><div id="stage"></div></body></html>`);
    await page.addScriptTag({ type: 'module', content: code });
    await page.waitForFunction(() => !!customElements.get('mc-login-form') && !!customElements.get('mc-franceconnect-button'));
    const run = (kind) => page.evaluate(timeOnce, { kind, count: FORMS });

    // Warm-up: definitions, style sheets, JIT. Not counted.
    await run('plain');
    await run('login');

    const times = { plain: [], login: [] };
    const ratios = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const order = round % 2 ? ['login', 'plain'] : ['plain', 'login'];
      const pair = {};
      for (const kind of order) {
        const { elapsed, inputs } = await run(kind);
        if (inputs !== FORMS) throw new Error(`${kind}: ${inputs} identifier inputs in forms instead of ${FORMS}`);
        times[kind].push(elapsed);
        pair[kind] = elapsed;
      }
      ratios.push(pair.login / pair.plain);
    }
    const plain = median(times.plain);
    const login = median(times.login);
    const ratio = median(ratios);
    const fmt = (ms) => `${ms.toFixed(1)} ms`;
    console.log(`Rendering ${FORMS} forms, ${ROUNDS} rounds (median; every round's times in brackets):`);
    console.log(`  plain HTML forms : ${fmt(plain).padStart(9)}  (${(plain / FORMS * 1000).toFixed(0)} µs per form)  [${times.plain.map((t) => t.toFixed(0)).join(', ')}]`);
    console.log(`  mc-login-form    : ${fmt(login).padStart(9)}  (${(login / FORMS * 1000).toFixed(0)} µs per form)  [${times.login.map((t) => t.toFixed(0)).join(', ')}]`);
    console.log(`  ratio of medians : ${(login / plain).toFixed(2)} ×`);
    console.log(`  median of the per-round ratios: ${ratio.toFixed(2)} × (target ≤ 2.5 ×) ${ratio <= 2.5 ? '— within target' : '— ABOVE target'}`);
  } finally {
    await browser.close();
  }
}

await main();
