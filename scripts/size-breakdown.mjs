#!/usr/bin/env node
// `npm run size:breakdown`: what each budgeted entry's weight is made
// of, to decide a budget on figures rather than guesses. For each entry of scripts/size.mjs's BUDGETS it measures,
// the same way as the budget (Rolldown, minified, brotli, with Lit):
//   - the entry as it ships;
//   - the same entry with every `css` text of our packages emptied (what the styles weigh);
//   - the same entry with every French message of our catalogues emptied (what the texts weigh);
//   - both emptied: Lit plus our behaviour alone, the least a rewrite of the styles and texts could reach;
// and, once, Lit with one empty element (`LitElement`, `html`, `css`): the floor of any entry.
// What-if figures only: nothing here changes what ships.
import ts from 'typescript';
import { BUDGETS, bundleSizes } from './size.mjs';

const KB = 1000;
const OURS = /\/packages\/[^/]+\/src\/.*\.ts$/;

/** Rewrites our TypeScript sources: `css` tagged texts emptied, and/or catalogue messages emptied. */
function emptying({ styles, messages }) {
  return {
    name: 'mc-size-breakdown',
    transform(code, id) {
      if (!OURS.test(id) || id.endsWith('.test.ts')) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      /** [start, end, replacement], applied from the end. */
      const edits = [];
      const visit = (node) => {
        if (styles && ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'css') {
          edits.push([node.template.getStart(source), node.template.getEnd(), '``']);
          return;
        }
        if (messages && ts.isCallExpression(node) && node.expression.getText(source) === 'defineMessages') {
          const strings = (n) => {
            if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
              if (ts.isPropertyAssignment(n.parent) && n.parent.initializer === n) edits.push([n.getStart(source), n.getEnd(), "''"]);
              return;
            }
            ts.forEachChild(n, strings);
          };
          node.arguments.forEach(strings);
          return;
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

const kB = (bytes) => `${(bytes / KB).toFixed(2)} kB`;

const floor = await bundleSizes(
  "import { LitElement, html, css } from 'lit';\n" +
    "customElements.define('mc-empty', class extends LitElement { static styles = css`:host{display:block}`; render() { return html`<p></p>`; } });",
);
console.log(`Lit with one empty element: ${kB(floor.bytes)} brotli (the floor of every entry)\n`);

for (const budget of BUDGETS.filter((b) => !b.coreOnly)) {
  const contents = budget.imports.map((s) => `import '${s}';`).join('\n');
  // One after the other: bundleSizes writes its entry file at one path per process.
  const full = await bundleSizes(contents);
  const noStyles = await bundleSizes(contents, [], [emptying({ styles: true })]);
  const noMessages = await bundleSizes(contents, [], [emptying({ messages: true })]);
  const neither = await bundleSizes(contents, [], [emptying({ styles: true, messages: true })]);
  const over = neither.bytes > budget.limit ? ' — over the budget even so' : '';
  console.log(`${budget.name} (budget ${kB(budget.limit)}): ${kB(full.bytes)}`);
  console.log(`  styles ${kB(full.bytes - noStyles.bytes)} · French texts ${kB(full.bytes - noMessages.bytes)} · Lit ${kB(floor.bytes)}`);
  console.log(`  without styles and texts: ${kB(neither.bytes)}${over}; our behaviour alone: ${kB(neither.bytes - floor.bytes)}\n`);
}
