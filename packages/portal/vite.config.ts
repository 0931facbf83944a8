// Demo portal: `npm start` serves it on 127.0.0.1 (5173, or the next free port); `npm run build` writes a
// static site to dist/ with one index.html per route (so any static server can serve deep links) and a
// 404.html fallback. Workspace packages resolve to their TypeScript sources (`source` export condition).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { AGENCIES, AGENCY_IDS, NOT_FOUND_TITLE, pageTitle } from './src/routes.js';

const here = dirname(fileURLToPath(import.meta.url));
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', '@lit/context'];

/** Escapes text for an HTML text node (route titles are ours, but a title is still data). */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Static build: copies dist/index.html to <agency>/<route>/index.html for every route (with the route's
 * title), to <agency>/index.html, and to 404.html. The HMR WebSocket source is dropped from the CSP.
 */
function routePages(): Plugin {
  let outDir = join(here, 'dist');
  return {
    name: 'moncompte:route-pages',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    transformIndexHtml(html) {
      return html.replace(/ connect-src 'self'[^;]*;/, " connect-src 'self';");
    },
    writeBundle() {
      const index = readFileSync(join(outDir, 'index.html'), 'utf8');
      const withTitle = (title: string) => index.replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`);
      const write = (path: string, title: string | undefined) => {
        const file = join(outDir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, title ? withTitle(title) : index);
      };
      for (const id of AGENCY_IDS) {
        const agency = AGENCIES[id];
        write(join(id, 'index.html'), undefined);
        for (const route of agency.routes) write(join(id, route.path, 'index.html'), pageTitle(agency, route));
      }
      write('404.html', NOT_FOUND_TITLE);
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  appType: 'spa',
  resolve: { conditions: ['source', ...defaultClientConditions] },
  optimizeDeps: { exclude: LIT_PACKAGES },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  plugins: [routePages()],
});
