// Storybook 10 (web components + Vite). Offline and without telemetry: no crash reports, no "what's new"
// fetch. Workspace packages resolve to their TypeScript sources through the `source` export condition, the
// same way tsc and wtr resolve them, so stories always show the code of this tree.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

/** Lit must be loaded once: Vite's dependency pre-bundling would otherwise duplicate it per entry. */
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', '@lit/context'];

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
    disableProjectJson: true,
  },
  // The `scheme` toolbar switch paints the background through the theme tokens instead.
  features: { backgrounds: false },
  docs: { defaultName: 'Documentation' },
  async viteFinal(viteConfig) {
    const exclude = viteConfig.optimizeDeps?.exclude ?? [];
    return {
      ...viteConfig,
      optimizeDeps: { ...viteConfig.optimizeDeps, exclude: [...exclude, ...LIT_PACKAGES] },
      resolve: {
        ...viteConfig.resolve,
        // `source` first: @moncompte/* → src/*.ts. The defaults keep `development|production`, so the static
        // build gets Lit's production build (no dev-mode warning, no dev-only checks).
        conditions: ['source', ...defaultClientConditions],
      },
    };
  },
};

export default config;
