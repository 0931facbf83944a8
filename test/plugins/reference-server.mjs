// wtr server commands for the contract tests: start the reference server (packages/adapters/src/server, TS
// bundled on the fly with esbuild since Node 20 cannot import .ts), stop it, and find a closed port.
//   executeServerCommand('start-reference-server', { corsOrigins: [location.origin], adapterOptions })
//     → { url, port, cookieName }
//   executeServerCommand('stop-reference-server', { port })
//   executeServerCommand('closed-port') → a port nothing listens on (connection refused)
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles and imports the server entry (once per test run). */
export async function loadReferenceServer() {
  const result = await build({
    entryPoints: [join(root, 'packages/adapters/src/server/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    conditions: ['source'],
    tsconfig: join(root, 'tsconfig.node.json'),
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'mc-reference-server-'));
  const file = join(dir, 'server.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function closedPort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export function referenceServerPlugin() {
  /** @type {Promise<any> | undefined} */
  let module;
  const servers = new Map();
  return {
    name: 'reference-server',
    async executeCommand({ command, payload }) {
      if (command === 'start-reference-server') {
        module ??= loadReferenceServer();
        const { createReferenceServer } = await module;
        // Cookies ignore ports: each server gets its own cookie name so parallel test files do not collide.
        const cookieName = `mc_session_${Math.random().toString(36).slice(2, 10)}`;
        const server = await createReferenceServer({
          port: 0,
          host: '127.0.0.1',
          corsOrigins: payload?.corsOrigins ?? [],
          adapterOptions: payload?.adapterOptions,
          testRoutes: true,
          cookieName,
        });
        servers.set(server.port, server);
        return { url: server.url, port: server.port, cookieName };
      }
      if (command === 'stop-reference-server') {
        const server = servers.get(payload?.port);
        servers.delete(payload?.port);
        await server?.close();
        return true;
      }
      if (command === 'closed-port') return closedPort();
      return undefined;
    },
    async serverStop() {
      await Promise.all([...servers.values()].map((s) => s.close()));
      servers.clear();
    },
  };
}
