// Renders an element inside a themed region (CAF or MSA, light or dark), as a portal page or the Storybook
// wrapper does, with the theme files loaded once. Element tests use it for axe and rendering checks.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SchemeName, ThemeName } from '@moncompte/themes/pairs.js';
import { loadThemeFiles } from './check-theme.js';

export const THEME_COMBOS: readonly { theme: ThemeName; scheme: SchemeName }[] = [
  { theme: 'caf', scheme: 'light' },
  { theme: 'caf', scheme: 'dark' },
  { theme: 'msa', scheme: 'light' },
  { theme: 'msa', scheme: 'dark' },
];

let loaded: Promise<unknown> | undefined;

/** Loads tokens.css, caf.css and msa.css into the page (once). */
export function ensureThemes(): Promise<unknown> {
  loaded ??= loadThemeFiles(['caf.css', 'msa.css']);
  return loaded;
}

/** Renders `template` inside `<div data-mc-theme data-mc-scheme>` and returns that region. */
export async function themedFixture(
  template: TemplateResult,
  theme: ThemeName = 'caf',
  scheme: SchemeName = 'light',
): Promise<HTMLElement> {
  await ensureThemes();
  return fixture<HTMLElement>(html`<div data-mc-theme=${theme} data-mc-scheme=${scheme} style="padding: 1rem">${template}</div>`);
}
