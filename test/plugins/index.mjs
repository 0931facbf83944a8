// Node-side plugins of the test runner (server commands the browser tests call with executeServerCommand).
// Each plugin lives in its own file of this folder and is listed here.
import { ariaSnapshotPlugin } from './aria-snapshot.mjs';
import { frameworkBundlesPlugin } from './framework-bundles.mjs';
import { referenceServerPlugin } from './reference-server.mjs';
export function serverPlugins() {
  return [ariaSnapshotPlugin(), referenceServerPlugin(), frameworkBundlesPlugin()];
}
