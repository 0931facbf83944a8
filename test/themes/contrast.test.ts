import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  CONTRAST_PAIRS,
  SCHEMES,
  SEMANTIC_COLOR_TOKENS,
  SEMANTIC_TOKENS,
  THEMES,
  type SchemeName,
  type ThemeName,
} from '@moncompte/themes/pairs.js';
import { checkPairs, describeFailure, loadThemeFiles, resolveColor, tokenValue, unloadThemeFiles } from './check-theme.js';

/** A themed region, as a portal or the Storybook wrapper makes one. */
function region(theme: ThemeName | string, scheme?: SchemeName, parent: Element = document.body): HTMLElement {
  const el = document.createElement('div');
  el.dataset['mcTheme'] = theme;
  if (scheme) el.dataset['mcScheme'] = scheme;
  parent.append(el);
  return el;
}

function colours(scope: Element): Record<string, string | undefined> {
  return Object.fromEntries(SEMANTIC_COLOR_TOKENS.map((t) => [t, resolveColor(scope, t)]));
}

afterEach(async () => {
  for (const el of document.body.querySelectorAll('[data-mc-theme]')) el.remove();
  document.documentElement.removeAttribute('data-mc-scheme');
  document.documentElement.removeAttribute('data-mc-theme');
  await emulateMedia({ colorScheme: 'light' });
});

describe('themes: contrast of every token pair (WCAG 2.2 AA)', () => {
  before(async () => {
    await loadThemeFiles(['caf.css', 'msa.css']);
  });
  after(() => unloadThemeFiles());

  for (const theme of THEMES) {
    for (const scheme of SCHEMES) {
      it(`${theme} ${scheme}: every text pair reaches 4.5:1 and every UI pair 3:1`, () => {
        const results = checkPairs(region(theme, scheme), CONTRAST_PAIRS);
        expect(results).to.have.length(CONTRAST_PAIRS.length);
        const failures = results.filter((r) => !r.ok).map((r) => describeFailure(`${theme}/${scheme}`, r));
        expect(failures, failures.join('\n')).to.deep.equal([]);
      });

      it(`${theme} ${scheme}: defines every semantic token`, () => {
        const scope = region(theme, scheme);
        const missing = SEMANTIC_TOKENS.filter((t) => tokenValue(scope, t) === '');
        expect(missing, `${theme}/${scheme} lacks ${missing.join(', ')}`).to.deep.equal([]);
        const notColours = SEMANTIC_COLOR_TOKENS.filter((t) => resolveColor(scope, t) === undefined);
        expect(notColours, `${theme}/${scheme}: not colours: ${notColours.join(', ')}`).to.deep.equal([]);
      });
    }
  }

  it('gives CAF and MSA their own identity, and each scheme its own colours', () => {
    const caf = colours(region('caf', 'light'));
    const msa = colours(region('msa', 'light'));
    const cafDark = colours(region('caf', 'dark'));
    for (const token of ['--mc-color-brand', '--mc-color-action', '--mc-color-link', '--mc-color-focus']) {
      expect(caf[token], token).to.not.equal(msa[token]);
    }
    expect(caf['--mc-color-background']).to.equal('rgb(255, 255, 255)');
    expect(cafDark['--mc-color-background']).to.not.equal(caf['--mc-color-background']);
    expect(cafDark['--mc-color-action']).to.not.equal(caf['--mc-color-action']);
    // Theme files may change non-colour tokens too: MSA is squarer.
    expect(tokenValue(region('caf'), '--mc-radius-m')).to.not.equal(tokenValue(region('msa'), '--mc-radius-m'));
  });

  it('sets color-scheme, text colour and background on the themed element', () => {
    const dark = region('msa', 'dark');
    const light = region('msa', 'light');
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    expect(getComputedStyle(light).colorScheme).to.equal('light');
    expect(getComputedStyle(dark).backgroundColor).to.equal(resolveColor(dark, '--mc-color-background'));
    expect(getComputedStyle(dark).color).to.equal(resolveColor(dark, '--mc-color-text'));
  });

  it('recomputes composite tokens where a theme applies (focus ring uses the theme focus colour)', () => {
    const caf = region('caf', 'light');
    const msa = region('msa', 'dark', caf);
    const probe = document.createElement('span');
    probe.style.outline = 'var(--mc-focus-ring)';
    msa.append(probe);
    expect(getComputedStyle(probe).outlineColor).to.equal(resolveColor(msa, '--mc-color-focus'));
    expect(getComputedStyle(probe).outlineColor).to.not.equal(resolveColor(caf, '--mc-color-focus'));
  });
});

describe('themes: the checker catches unreadable pairs', () => {
  before(async () => {
    await loadThemeFiles(['caf.css', 'msa.css']);
  });
  after(() => unloadThemeFiles());

  it('reports muted text made light grey on white, naming theme, scheme, pair and ratio', () => {
    const scope = region('caf', 'light');
    scope.style.setProperty('--mc-color-text-muted', '#a0a0a0'); // 2.61:1 on white
    const failures = checkPairs(scope, CONTRAST_PAIRS).filter((r) => !r.ok);
    expect(failures.map((f) => f.pair.foreground)).to.deep.equal(['--mc-color-text-muted', '--mc-color-text-muted', '--mc-color-text-muted']);
    expect(failures.map((f) => f.pair.background)).to.deep.equal(['--mc-color-background', '--mc-color-surface', '--mc-color-surface-raised']);
    expect(describeFailure('caf/light', failures[0]!)).to.equal(
      'caf/light: --mc-color-text-muted on --mc-color-background is 2.61:1, needs 4.5:1 (text)',
    );
  });

  it('reports a UI pair under 3:1 (a pale focus ring)', () => {
    const scope = region('msa', 'dark');
    scope.style.setProperty('--mc-color-focus', '#2b313c');
    const failing = checkPairs(scope, CONTRAST_PAIRS).filter((r) => !r.ok);
    expect(failing.length).to.be.greaterThan(0);
    expect(failing.every((r) => r.pair.foreground === '--mc-color-focus' && r.pair.kind === 'ui')).to.equal(true);
  });

  it('reports a missing or invalid token instead of silently inheriting a colour', () => {
    const scope = region('caf', 'light');
    scope.style.setProperty('--mc-color-error-text', 'banana');
    const failing = checkPairs(scope, CONTRAST_PAIRS).filter((r) => !r.ok);
    expect(failing.length).to.be.greaterThan(0);
    expect(failing[0]!.problem).to.equal('--mc-color-error-text is missing or not a colour');
    expect(describeFailure('caf/light', failing[0]!)).to.contain('missing or not a colour');
  });
});

describe('themes: scheme and theme selection', () => {
  let explicit: Record<ThemeName, Record<SchemeName, Record<string, string | undefined>>>;
  before(async () => {
    await loadThemeFiles(['caf.css', 'msa.css']);
    explicit = { caf: { light: {}, dark: {} }, msa: { light: {}, dark: {} } };
    for (const theme of THEMES) for (const scheme of SCHEMES) explicit[theme][scheme] = colours(region(theme, scheme));
    for (const el of document.body.querySelectorAll('[data-mc-theme]')) el.remove();
  });
  after(() => unloadThemeFiles());

  it('follows prefers-color-scheme when no data-mc-scheme is set', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    for (const theme of THEMES) expect(colours(region(theme))).to.deep.equal(explicit[theme].dark);
    await emulateMedia({ colorScheme: 'light' });
    for (const theme of THEMES) expect(colours(region(theme))).to.deep.equal(explicit[theme].light);
  });

  it('lets data-mc-scheme on the themed element override the preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours(region('caf', 'light'))).to.deep.equal(explicit.caf.light);
    await emulateMedia({ colorScheme: 'light' });
    expect(colours(region('msa', 'dark'))).to.deep.equal(explicit.msa.dark);
  });

  it('lets data-mc-scheme on :root choose the scheme of themed elements that set none', async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.dataset['mcScheme'] = 'dark';
    expect(colours(region('caf'))).to.deep.equal(explicit.caf.dark);
    expect(colours(region('msa', 'light'))).to.deep.equal(explicit.msa.light);
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.dataset['mcScheme'] = 'light';
    expect(colours(region('msa'))).to.deep.equal(explicit.msa.light);
  });

  it('applies a theme set on :root itself, with its scheme', async () => {
    const root = document.documentElement;
    root.dataset['mcTheme'] = 'msa';
    expect(colours(root)).to.deep.equal(explicit.msa.light);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours(root)).to.deep.equal(explicit.msa.dark);
    root.dataset['mcScheme'] = 'light';
    expect(colours(root)).to.deep.equal(explicit.msa.light);
  });

  it('nests themes: an MSA region inside a CAF page gets MSA tokens', () => {
    const caf = region('caf', 'dark');
    expect(colours(region('msa', 'light', caf))).to.deep.equal(explicit.msa.light);
  });

  for (const theme of THEMES) {
    it(`${theme}.css loaded alone themes the whole page, light and dark`, async () => {
      unloadThemeFiles();
      await loadThemeFiles([`${theme}.css`]);
      const root = document.documentElement;
      expect(colours(root)).to.deep.equal(explicit[theme].light);
      await emulateMedia({ colorScheme: 'dark' });
      expect(colours(root)).to.deep.equal(explicit[theme].dark);
      root.dataset['mcScheme'] = 'light';
      expect(colours(root)).to.deep.equal(explicit[theme].light);
      unloadThemeFiles();
      await loadThemeFiles(['caf.css', 'msa.css']);
    });
  }
});
