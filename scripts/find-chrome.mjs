// Finds the Chromium (or Chrome) binary every browser tool of the repository uses:
// CHROME_PATH when set, else Debian's /usr/bin/chromium, else a few usual places.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const INSTALL_HINT =
  'No Chromium found: run "apt-get update && apt-get install -y chromium" (or set CHROME_PATH to a Chrome/Chromium binary).';

/** @returns {string | undefined} */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Flags that let Chromium run as root in a closed network without noise. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Returns the browser path or exits the process with the one-line install hint. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  return path;
}
