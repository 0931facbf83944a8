/// <reference types="vite/client" />
// Every story is rendered inside one wrapper that carries the toolbar choices: theme (CAF / MSA), scheme
// (light / dark) and locale (fr / en). They are set on the wrapper AND on <html>, so the page background, the
// docs page and axe's contrast checks all see the same theme. Inside the wrapper, an <mc-adapter-provider>
// gives the story a fresh in-memory adapter with the agency's demo data (`parameters.adapter`: adapter.ts).
// Autodocs come from the generated custom-elements manifest (`npm run analyze`, run before every Storybook
// start or build).
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@moncompte/components/adapter-provider.js';
// The locale toolbar switch offers English: register it (elements show French otherwise).
import '@moncompte/core/i18n/en';
import { storyAdapter, type StoryAdapterParameter } from './adapter.js';
// Each theme file imports tokens.css; both themes are loaded and the decorator picks one by attribute.
import '@moncompte/themes/caf.css';
import '@moncompte/themes/msa.css';
import './preview.css';

// A glob, not a plain import: the manifest is generated (gitignored), and type checking runs before it exists.
const manifests = import.meta.glob<object>('../packages/components/custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

type Theme = 'caf' | 'msa';
type Scheme = 'light' | 'dark';
type Locale = 'fr' | 'en';

/** Reads the toolbar globals, falling back to CAF, light, French for anything unexpected in the URL. */
function storyEnvironment(globals: Record<string, unknown>): { theme: Theme; scheme: Scheme; locale: Locale } {
  return {
    theme: globals['theme'] === 'msa' ? 'msa' : 'caf',
    scheme: globals['scheme'] === 'dark' ? 'dark' : 'light',
    locale: globals['locale'] === 'en' ? 'en' : 'fr',
  };
}

const withEnvironment: Decorator = (story, context) => {
  const { theme, scheme, locale } = storyEnvironment(context.globals);
  const root = document.documentElement;
  root.setAttribute('data-mc-theme', theme);
  root.setAttribute('data-mc-scheme', scheme);
  root.lang = locale;
  const adapter = storyAdapter(context.id, theme, context.parameters['adapter'] as StoryAdapterParameter);
  return html`<div class="mc-story" data-mc-theme=${theme} data-mc-scheme=${scheme} lang=${locale}>
    ${adapter ? html`<mc-adapter-provider .adapter=${adapter}>${story()}</mc-adapter-provider>` : story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withEnvironment],
  globalTypes: {
    theme: {
      description: 'Thème de l’organisme',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        items: [
          { value: 'caf', title: 'CAF' },
          { value: 'msa', title: 'MSA' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Schéma de couleurs',
      toolbar: {
        title: 'Schéma',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Clair', icon: 'sun' },
          { value: 'dark', title: 'Sombre', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Langue',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'caf', scheme: 'light', locale: 'fr' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: {
      // The same rules as scripts/a11y-stories.mjs: WCAG 2.0–2.2 A and AA.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      test: 'error',
    },
  },
};

export default preview;
