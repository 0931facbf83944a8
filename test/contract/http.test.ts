import { createHttpAdapter } from '@moncompte/adapters/http';
import { adapterContract } from './adapter-contract.js';
import { resetWorld, startReferenceServer, stopReferenceServer, type RunningServer } from './reference-server.js';

let server: RunningServer | undefined;
before(async () => {
  server = await startReferenceServer();
});
after(() => stopReferenceServer(server));

adapterContract('HTTP adapter against the reference server', async (seed) => {
  await resetWorld(server!, seed);
  return createHttpAdapter({ baseUrl: server!.baseUrl, timeoutMs: 5000 });
});
