import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  translate,
  normaliseLocale,
  onMessagesChange,
  type Catalogue,
  type Locale,
  type MessageParams,
} from '@moncompte/core';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller, so that one MutationObserver can refresh them all when a `lang` changes. */
const connected = new Set<LocalizeController<string>>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const controller of connected) controller.refresh();
}

function observeLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // Translations registered or overridden after the elements rendered.
  onMessagesChange(refreshAll);
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The nearest `lang` attribute, looking through shadow roots up to the document. */
export function nearestLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Gives an element its strings in the locale of the nearest `lang` attribute (French when none), and
 * re-renders it when that attribute changes. Each element passes the catalogues it needs:
 *
 * ```ts
 * private readonly i18n = new LocalizeController(this, [common, login]);
 * render() { return html`<button>${this.i18n.t('login.submit')}</button>`; }
 * ```
 */
export class LocalizeController<K extends string> implements ReactiveController {
  private currentLocale: Locale = 'fr';

  constructor(
    private readonly host: Host,
    private readonly catalogues: readonly Catalogue<K>[],
  ) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.currentLocale;
  }

  hostConnected(): void {
    connected.add(this as LocalizeController<string>);
    observeLang();
    this.currentLocale = normaliseLocale(nearestLang(this.host));
  }

  hostDisconnected(): void {
    connected.delete(this as LocalizeController<string>);
  }

  /** Called when some `lang` changed in the document. */
  refresh(): void {
    const next = normaliseLocale(nearestLang(this.host));
    if (next !== this.currentLocale) {
      this.currentLocale = next;
    }
    // Overrides or a lang change: re-render either way; Lit skips unchanged parts.
    this.host.requestUpdate();
  }

  /** The message `key` in the element's locale, with its placeholders filled. */
  t(key: K, params?: MessageParams): string {
    return translate(this.catalogues, this.currentLocale, key, params);
  }
}
