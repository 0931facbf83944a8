/**
 * Link filtering for untrusted hrefs (adapter data, portal configuration): only `https:` URLs and relative
 * references are kept; everything else (`javascript:`, `data:`, `http:`, `mailto:`, `tel:`, protocol-relative
 * `//host`…) gives `undefined`, and the element then renders no link at all.
 *
 * The value is normalised the way the URL parser reads it before the scheme is checked: tabs and line breaks
 * are removed wherever they are, and leading or trailing control characters and spaces are trimmed — so
 * `" java\tscript:…"` is recognised as the `javascript:` URL the browser would follow.
 */
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
// Tabs and line breaks are ignored by the URL parser; C0 controls and spaces are trimmed at both ends.
const STRIPPED = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const href = value.replace(STRIPPED, '').replace(EDGES, '');
  if (href === '') return undefined;
  const scheme = SCHEME.exec(href);
  if (scheme) return scheme[1]?.toLowerCase() === 'https' ? href : undefined;
  // `//host` and `\\host` (browsers read a backslash as a slash) leave the site: not relative in our sense.
  if (/^[/\\]{2}/.test(href)) return undefined;
  return href;
}
