/**
 * Imported for its effect: the in-memory adapter, seeded with its household (the demo accounts of
 * `DEMO_ACCOUNTS`), becomes the page's default adapter, used by every element that is given no other.
 *
 * ```js
 * import '@moncompte/adapters/memory/default';
 * import '@moncompte/components/all.js';
 * // <mc-login-form agency="caf"></mc-login-form> now works with no provider: log in as a demo account.
 * ```
 *
 * For demos and prototypes only: a production page gives its HTTP adapter through `<mc-adapter-provider>` (or the
 * `adapter` property), which always wins over the default.
 */
import { setDefaultAdapter } from '@moncompte/core';
import { createMemoryAdapter } from './index.js';

/** The default adapter this module set (to reach its faults or its store in a demo). */
export const defaultMemoryAdapter = createMemoryAdapter();

setDefaultAdapter(defaultMemoryAdapter);
