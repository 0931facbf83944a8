// @web/test-runner configuration: every *.test.ts of the packages and of test/ runs in headless Chromium.
// Run a subset with: npx wtr --config test/web-test-runner.config.mjs --files "packages/core/**/*.test.ts"
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { requireChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { countingReporter } from './plugins/counting-reporter.mjs';
import { serverPlugins } from './plugins/index.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = requireChrome();

export default {
  rootDir: root,
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', '!**/node_modules/**'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  // test/setup.ts registers the English translations before each test file runs.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head></head><body><script type="module" src="/test/setup.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 240000,
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|Angular is running in development mode/.test(String(args[0])),
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
      // The users' time zone, whatever the machine's: dates and times are shown as in France (summer time
      // included), and a test's expected day does not depend on where CI runs.
      createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: 'Europe/Paris' }),
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)) }),
    ...serverPlugins(),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
