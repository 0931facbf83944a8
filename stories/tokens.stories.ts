import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { contrastRatio } from '@moncompte/themes/contrast.js';
import { CONTRAST_PAIRS, SEMANTIC_COLOR_TOKENS, type ContrastPair } from '@moncompte/themes/pairs.js';

/** The colour a token resolves to where `scope` is, as `rgb(…)`. */
function resolve(scope: Element, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  scope.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/**
 * Fills `el` once it is in the page: ref callbacks run before the story is attached, when no token resolves,
 * and a toolbar switch re-renders the story (a new callback each render, so the values follow the theme).
 */
function whenShown(fill: (el: Element) => string) {
  return ref((el) => {
    if (!el) return;
    requestAnimationFrame(() => {
      if (!el.isConnected) return;
      try {
        el.textContent = fill(el);
      } catch {
        el.textContent = '—';
      }
    });
  });
}

const cell = 'padding: var(--mc-space-2); border-bottom: 1px solid var(--mc-color-border); text-align: start';

const meta: Meta = {
  title: 'Foundations/Tokens',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Semantic colour tokens of the current theme and scheme (toolbar), and the contrast of every pair the themes guarantee (WCAG 2.2 AA: 4.5:1 for text, 3:1 for components). Ratios are measured live in this page.',
      },
    },
  },
};
export default meta;

export const SemanticColours: StoryObj = {
  render: () => html`<table style="border-collapse: collapse">
    <caption style="text-align: start; font-weight: bold; padding-block-end: var(--mc-space-2)">Couleurs sémantiques</caption>
    <thead><tr><th scope="col" style=${cell}>Jeton</th><th scope="col" style=${cell}>Échantillon</th><th scope="col" style=${cell}>Valeur</th></tr></thead>
    <tbody>
      ${SEMANTIC_COLOR_TOKENS.map(
        (token) => html`<tr>
          <th scope="row" style=${cell}><code>${token}</code></th>
          <td style=${cell}>
            <span
              style="display: inline-block; width: 3rem; height: 1.5rem; border: 1px solid var(--mc-color-border-strong); background: var(${token})"
            ></span>
          </td>
          <td style=${cell} ${whenShown((el) => resolve(el, token))}></td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};

function sample(pair: ContrastPair) {
  return pair.kind === 'text'
    ? html`<span style="display: inline-block; padding: 0.25rem 0.5rem; color: var(${pair.foreground}); background: var(${pair.background})"
        >Texte</span
      >`
    : html`<span
        style="display: inline-block; width: 3rem; height: 1.5rem; box-sizing: border-box; border: 3px solid var(${pair.foreground}); background: var(${pair.background})"
      ></span>`;
}

function pairTable(caption: string, pairs: readonly ContrastPair[]) {
  return html`<table style="border-collapse: collapse">
    <caption style="text-align: start; font-weight: bold; padding-block-end: var(--mc-space-2)">${caption}</caption>
    <thead>
      <tr>
        <th scope="col" style=${cell}>Premier plan</th>
        <th scope="col" style=${cell}>Arrière-plan</th>
        <th scope="col" style=${cell}>Échantillon</th>
        <th scope="col" style=${cell}>Rapport (minimum)</th>
      </tr>
    </thead>
    <tbody>
      ${pairs.map(
        (pair) => html`<tr>
          <td style=${cell}><code>${pair.foreground}</code></td>
          <td style=${cell}><code>${pair.background}</code></td>
          <td style=${cell}>${sample(pair)}</td>
          <td
            style=${cell}
            ${whenShown((el) => {
              const ratio = contrastRatio(resolve(el, pair.foreground), resolve(el, pair.background));
              return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1 (${pair.min}:1) ${ratio >= pair.min ? '✓' : '✗'}`;
            })}
          ></td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Text over a background: 4.5:1 (WCAG 1.4.3). */
export const TextPairs: StoryObj = {
  render: () => pairTable('Paires texte / fond (4,5:1)', CONTRAST_PAIRS.filter((p) => p.kind === 'text')),
};

/** Components, icons, focus rings over a background: 3:1 (WCAG 1.4.11). */
export const UiPairs: StoryObj = {
  name: 'UI Pairs',
  render: () => pairTable('Paires composant / fond (3:1)', CONTRAST_PAIRS.filter((p) => p.kind === 'ui')),
};
