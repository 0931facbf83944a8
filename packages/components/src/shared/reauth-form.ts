/**
 * What logging in again in place loads, as ONE chunk: `mc-connection` with every flow it may open. Loaded apart,
 * its flows would share code with it, and the bundler would move that shared code into the element's own entry.
 */
import '../connection/define.js';
import '../password-reset/define.js';
import '../registration/define.js';
import '../migration/define.js';
