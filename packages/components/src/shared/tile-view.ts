/**
 * Small templates every dashboard tile shares: links that keep only safe URLs, messages whose placeholders
 * are filled with isolated names, and the tile styles. Adapter strings only ever reach the page through Lit
 * bindings (text), never as HTML.
 */
import { css, html, type TemplateResult } from 'lit';
import { visuallyHiddenStyles } from './visually-hidden.styles.js';
import { safeHref } from './safe-url.js';

/** Links of the tiles' fixed actions, by action name; a portal overrides any of them (`links` of each tile). */
export type TileLinks = Readonly<Partial<Record<TileAction, string>>>;

/** Default targets: paths relative to the page showing the dashboard (a portal's `accueil` sits beside them). */
const DEFAULT_LINKS = {
  messages: 'messages',
  'payments-details': 'paiements',
  attestations: 'paiements/attestations',
  resources: 'ressources',
  debts: 'paiements/dettes',
  'procedures-follow': 'demarches',
  'procedures-declare': 'demarches/declarer-un-changement',
  'procedures-simulate': 'demarches/simuler',
  profile: 'profil',
  pajemploi: 'https://www.pajemploi.urssaf.fr/',
  'account-password': 'gerer-mon-compte/mot-de-passe',
  'account-history': 'gerer-mon-compte/historique',
  'account-authorisations': 'gerer-mon-compte/autorisations',
} as const;
export type TileAction = keyof typeof DEFAULT_LINKS;

/** The configured link of an action, else its default. */
export const actionHref = (links: TileLinks | undefined, action: TileAction): string => links?.[action] ?? DEFAULT_LINKS[action];

/**
 * A link whose click becomes an `mc-navigate` event (see `TileTask`), or nothing at all when `href` is not an
 * `https:` or relative URL (`javascript:`, `data:`, `http:`… are dropped, not rendered inert).
 */
export function tileLink(href: unknown, action: string, label: unknown): TemplateResult | undefined {
  const safe = safeHref(href);
  return safe === undefined ? undefined : html`<a href=${safe} data-action=${action}>${label}</a>`;
}

/**
 * A message with its `{placeholders}` replaced by templates (`<bdi>` names), as a list of parts Lit renders
 * as text and elements. Pass the message untranslated-params: `fill(i18n.t('dashboard.files.authorisedBy'), …)`.
 */
export function fill(message: string, parts: Readonly<Record<string, unknown>>): unknown[] {
  return message.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? (parts[piece] ?? piece) : piece));
}

/** A name or title isolated from the surrounding text direction. */
export const bdi = (text: string): TemplateResult => html`<bdi>${text}</bdi>`;

/** A person's name, isolated. */
export const personName = (person: { readonly firstName: string; readonly lastName: string }): TemplateResult =>
  html`<bdi>${person.firstName} ${person.lastName}</bdi>`;

export const tileStyles = [
  visuallyHiddenStyles,
  css`
  :host {
    display: block;
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  mc-card {
    height: 100%;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--mc-space-3);
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  h3 {
    font-size: var(--mc-font-size-m);
    margin: var(--mc-space-2) 0 0;
  }
  .title,
  dt {
    font-weight: var(--mc-font-weight-bold);
  }
  .line {
    display: block;
  }
  a {
    color: var(--mc-tile-link-color, var(--mc-color-link));
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a,
  button {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
  }
  a:focus-visible,
  button:focus-visible {
    outline: var(--mc-focus-ring);
    outline-offset: var(--mc-focus-ring-offset);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .stack {
    display: grid;
    gap: var(--mc-space-3);
  }
  .muted {
    color: var(--mc-color-text-muted);
    font-size: var(--mc-font-size-s);
  }
  .big {
    font-size: var(--mc-font-size-xl);
    font-weight: var(--mc-font-weight-bold);
  }
  .links {
    gap: var(--mc-space-2);
  }
  .links a::before {
    content: '›' / '';
    margin-inline-end: var(--mc-space-2);
  }
  button {
    font: inherit;
    cursor: pointer;
    padding: var(--mc-space-2) var(--mc-space-4);
    border: var(--mc-border-width) solid var(--mc-tile-button-border-color, var(--mc-color-action));
    border-radius: var(--mc-radius-m);
    background: var(--mc-tile-button-background, var(--mc-color-surface-raised));
    color: var(--mc-tile-button-color, var(--mc-color-action));
    min-height: 44px;
  }
`,
];
