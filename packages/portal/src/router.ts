// A small History API router: same-origin links the portal handles are followed without a page load, the
// back and forward buttons work, and every change calls one `onChange` callback. Links that only change the
// hash (the skip link), open elsewhere, or are clicked with a modifier key are left to the browser.

export type NavigationCause = 'initial' | 'push' | 'pop';

export class Router {
  private lastPath = '';

  constructor(
    private readonly handles: (pathname: string) => boolean,
    private readonly onChange: (cause: NavigationCause) => void,
  ) {}

  start(): void {
    document.addEventListener('click', this.onClick);
    window.addEventListener('popstate', this.onPopState);
    this.changed('initial');
  }

  stop(): void {
    document.removeEventListener('click', this.onClick);
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Goes to a path of the portal (a new history entry), or replaces the current entry. */
  navigate(path: string, options: { replace?: boolean } = {}): void {
    const url = new URL(path, location.href);
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.changed(options.replace ? 'initial' : 'push');
  }

  private changed(cause: NavigationCause): void {
    this.lastPath = location.pathname;
    this.onChange(cause);
  }

  private readonly onPopState = (): void => {
    // A fragment navigation (skip link) also fires popstate: the page itself has not changed.
    if (location.pathname === this.lastPath) return;
    this.changed('pop');
  };

  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || !anchor.href || anchor.hasAttribute('download')) return;
    if (anchor.target && anchor.target !== '_self') return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || !this.handles(url.pathname)) return;
    if (url.pathname === location.pathname && url.hash) return;
    event.preventDefault();
    if (url.pathname === location.pathname && url.search === location.search) return;
    this.navigate(url.pathname + url.search + url.hash);
  };
}
