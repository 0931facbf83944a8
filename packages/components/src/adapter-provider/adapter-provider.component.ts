import { html, type PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import type { Context, ContextEvent } from '@lit/context';
import type { MonCompteAdapter } from '@moncompte/core';
import { adapterContext, AdapterProviderEvent } from '../shared/adapter-context.js';
import { adapterProviderStyles } from './adapter-provider.styles.js';

type Subscriber = (value: MonCompteAdapter | undefined, unsubscribe?: () => void) => void;

/**
 * @element mc-adapter-provider
 * @summary Gives a `MonCompteAdapter` to every `mc-*` element inside it, for pages not written with Lit:
 * `document.querySelector('mc-adapter-provider').adapter = createHttpAdapter({ baseUrl: '/api' })`.
 *
 * Without an `adapter`, it provides nothing: the elements inside keep looking further up (an outer provider).
 * Changing or removing the adapter updates every element inside at once. It renders its children only
 * (`display: contents`) and has no UI of its own.
 *
 * @slot - The page content whose elements use the adapter.
 */
export class McAdapterProvider extends McElement {
  static override styles = adapterProviderStyles;

  /** The adapter given to the elements inside (JavaScript property only). */
  @property({ attribute: false }) adapter: MonCompteAdapter | undefined;

  /** Each subscriber with ONE unsubscribe function, passed with every value (consumers compare it to know the provider). */
  private readonly subscribers = new Map<Subscriber, () => void>();

  constructor() {
    super();
    this.addEventListener('context-request', this.onRequest);
  }

  private readonly onRequest = (event: ContextEvent<Context<unknown, unknown>>): void => {
    if (event.context !== adapterContext || !this.adapter || event.contextTarget === this) return;
    event.stopPropagation();
    const callback = event.callback as Subscriber;
    if (!event.subscribe) {
      callback(this.adapter);
      return;
    }
    let unsubscribe = this.subscribers.get(callback);
    if (!unsubscribe) {
      unsubscribe = () => this.subscribers.delete(callback);
      this.subscribers.set(callback, unsubscribe);
    }
    callback(this.adapter, unsubscribe);
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('adapter')) return;
    const adapter = this.adapter;
    if (adapter) {
      for (const [callback, unsubscribe] of this.subscribers) callback(adapter, unsubscribe);
      // Elements that asked before this provider had an adapter (or was defined) ask again.
      this.dispatchEvent(new AdapterProviderEvent(adapterContext, this));
    } else {
      // Removed: release the subscribers; they ask again and an outer provider may answer.
      const released = [...this.subscribers.keys()];
      this.subscribers.clear();
      for (const callback of released) callback(undefined);
      this.dispatchEvent(new AdapterProviderEvent(adapterContext, this));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.subscribers.clear();
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
