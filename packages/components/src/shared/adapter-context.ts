/**
 * How elements get their `MonCompteAdapter`: from the nearest provider of `adapterContext` (an
 * `<mc-adapter-provider>`, or any Lit `ContextProvider` / `@provide` of this context), unless the element's own
 * `adapter` property is set, which wins; else the page's default adapter, when the page set one (core's
 * `setDefaultAdapter`: `import '@moncompte/adapters/memory/default'` makes the seeded in-memory adapter the
 * default). No element bundle carries an adapter or the demo data: a page that gives none and sets no default gets
 * an error in each element (see {@link AdapterController.require}), never demo data.
 */
import { createContext, ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError, getDefaultAdapter, onDefaultAdapterChange, type MonCompteAdapter } from '@moncompte/core';

/** The context key is global (`Symbol.for`), so two copies of this package on a page share it. */
export const adapterContext = createContext<MonCompteAdapter | undefined>(Symbol.for('mc-adapter'));
export type AdapterContext = typeof adapterContext;

/**
 * Dispatched (bubbling, composed) by a provider that starts providing, so consumers re-request and the closest
 * provider answers: the `context-provider` event of the Lit context protocol.
 */
export class AdapterProviderEvent extends Event {
  constructor(
    readonly context: AdapterContext,
    readonly contextTarget: Element,
  ) {
    super('context-provider', { bubbles: true, composed: true });
  }
}

/** An element that can take an adapter: it declares `@property({ attribute: false }) adapter?: MonCompteAdapter`. */
export type AdapterHost = ReactiveControllerHost & HTMLElement & { adapter?: MonCompteAdapter | undefined };

/** Whether `node` is `ancestor` or inside it, looking through shadow roots. */
function isWithin(node: Node, ancestor: Node): boolean {
  for (let current: Node | null = node; current; ) {
    if (current === ancestor) return true;
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}

/**
 * Gives an element its adapter and re-renders it when the adapter changes:
 *
 * ```ts
 * @property({ attribute: false }) adapter?: MonCompteAdapter;
 * private readonly adapters = new AdapterController(this);
 * // in a Task: args: () => [this.adapters.adapter], task: ([adapter], { signal }) => …
 * ```
 */
export class AdapterController implements ReactiveController {
  private provided: MonCompteAdapter | undefined;
  private unsubscribe: (() => void) | undefined;
  private unsubscribeDefault: (() => void) | undefined;
  private static warned = false;

  constructor(private readonly host: AdapterHost) {
    host.addController(this);
  }

  /** The element's `adapter` property if set, else the provided one, else the page's default, else `undefined`. */
  get adapter(): MonCompteAdapter | undefined {
    return this.host.adapter ?? this.provided ?? getDefaultAdapter();
  }

  /** The adapter, or an `AdapterError` (not retryable) telling the developer to provide one. */
  require(): MonCompteAdapter {
    const adapter = this.adapter;
    if (adapter) return adapter;
    const message = `<${this.host.localName}> has no MonCompteAdapter: set its "adapter" property or wrap it in <mc-adapter-provider> (for a demo: import '@moncompte/adapters/memory/default').`;
    if (!AdapterController.warned) {
      AdapterController.warned = true;
      console.warn(message);
    }
    throw new AdapterError('server', message, { retryable: false });
  }

  hostConnected(): void {
    document.addEventListener('context-provider', this.onProvider);
    this.unsubscribeDefault = onDefaultAdapterChange(() => this.host.requestUpdate());
    this.request();
  }

  hostDisconnected(): void {
    document.removeEventListener('context-provider', this.onProvider);
    this.unsubscribeDefault?.();
    this.unsubscribeDefault = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.provided = undefined;
  }

  private request(): void {
    this.host.dispatchEvent(new ContextEvent(adapterContext, this.host, this.onValue, true));
  }

  private readonly onValue = (value: MonCompteAdapter | undefined, unsubscribe?: () => void): void => {
    // A closer provider took over: leave the previous one.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    if (value !== this.provided) {
      this.provided = value;
      this.host.requestUpdate();
    }
  };

  /** A provider appeared above this element (maybe defined after it): ask again; the closest one answers. */
  private readonly onProvider = (event: Event): void => {
    const { context, contextTarget } = event as Partial<AdapterProviderEvent>;
    if (context !== adapterContext || !contextTarget || contextTarget === this.host) return;
    if (isWithin(this.host, contextTarget)) this.request();
  };
}
