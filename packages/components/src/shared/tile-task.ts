import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import {
  AdapterError,
  commonMessages,
  dashboardMessages,
  errorMessages,
  isAbortError,
  signedOutMessages,
  type AdapterErrorKind,
  type Catalogue,
  type KeysOf,
  type MessageParams,
  type MonCompteAdapter,
} from '@moncompte/core';
import { AdapterController, type AdapterHost } from './adapter-context.js';
import { emit } from './emit.js';
import { LocalizeController } from './localize-controller.js';
import { SessionEndController } from './session-end.js';

/**
 * The states of a tile: the four of its `mc-card`, and `signed-out` once the session ended (`mc-logout`), shown as
 * the card's empty state saying « Vous êtes déconnecté. », without the tile's links.
 */
export type TileState = 'loading' | 'error' | 'empty' | 'ready' | 'signed-out';

/** What a tile's task holds once the session ended: nothing of the account. */
const SIGNED_OUT = Symbol();

/** Loads a tile's data; `signal` aborts when a newer load starts or the tile leaves the page. */
export type TileLoader<R> = (adapter: MonCompteAdapter, signal: AbortSignal) => Promise<R>;

/** Sent by `mc-files-tile` after `selectFile` succeeded: every tile then loads the new file's data. */
export interface FileChangeDetail {
  readonly fileId: string;
}

/** A tile link was followed: `preventDefault()` cancels the browser's navigation (a single-page portal routes itself). */
export interface NavigateDetail {
  /** The link's URL as rendered (only `https:` or relative). */
  readonly href: string;
  /** The tile's name (`alerts`, `payments`…). */
  readonly tile: string;
  /** What the link does (`procedures-declare`, `message`…). */
  readonly action: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-file-change': CustomEvent<FileChangeDetail>;
    'mc-navigate': CustomEvent<NavigateDetail>;
  }
}

const catalogues = [dashboardMessages, commonMessages, errorMessages, signedOutMessages];
/** The message keys a tile may show: the dashboard, common, error and signed-out catalogues, nothing else. */
export type TileKey = KeysOf<typeof catalogues>;

export interface TileBody<R> {
  /** The loaded content. */
  readonly ready: (value: R) => unknown;
  /** The empty state's sentence. */
  readonly empty: string;
  /** Links under the content, in every state (they do not depend on the data, so stay useful on an error). */
  readonly actions?: unknown;
}

type TileHost = AdapterHost & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<unknown> };

/**
 * Everything a dashboard tile shares, as one controller:
 * - its data, loaded with `@lit/task` from the adapter the host gets (its `adapter` property, else the nearest
 *   `adapterContext` provider). A new load (adapter changed, `retry()`, another file chosen anywhere on the page)
 *   aborts the previous one, and only the latest load's result is ever shown, whatever order answers arrive in.
 *   Leaving the page aborts the load in flight; coming back loads again. Without any adapter the tile shows an
 *   error and loads as soon as one is provided;
 * - the end of the session (`mc-logout` reaching the document, see `SessionEndController`): the tile forgets its
 *   data at once (the load in flight is dropped, whenever it answers) and says it is signed out, with no link,
 *   until `mc-login` reaches the document, when it loads again;
 * - its strings (`t`), from the dashboard, common, error and signed-out catalogues only;
 * - its frame (`frame`): an `mc-card` in the tile's state;
 * - its links: a click on a link of the tile that has a `data-action` (see `tileLink`) becomes a cancelable
 *   `mc-navigate` event, unless a modifier key asks the browser for a new tab or window.
 */
export class TileTask<R> implements ReactiveController {
  readonly task: Task<readonly [MonCompteAdapter | undefined, number], R | typeof SIGNED_OUT>;
  private readonly i18n: LocalizeController<TileKey>;
  private readonly adapters: AdapterController;
  private readonly session: SessionEndController;
  private generation = 0;

  /**
   * @param name The tile's name, sent in `mc-navigate`.
   * @param load Loads the data.
   * @param isEmpty Whether the data is the tile's `empty` state.
   * @param onEnd What else the tile forgets when the session ends (its own state: an announcement, an action).
   */
  constructor(
    private readonly host: TileHost,
    private readonly name: string,
    load: TileLoader<R>,
    private readonly isEmpty: (value: R) => boolean,
    onEnd?: () => void,
  ) {
    // Each catalogue has only its own keys; translate looks a key up in the first catalogue that has it.
    this.i18n = new LocalizeController(host, catalogues as unknown as readonly Catalogue<TileKey>[]);
    const adapters = (this.adapters = new AdapterController(host));
    // Either way a new run: the load in flight is aborted (its answer dropped), the last one's data let go.
    const run = () => void this.task.run();
    const session = (this.session = new SessionEndController(host, () => (run(), onEnd?.()), run));
    host.addController(this);
    host.addEventListener('click', this.onClick);
    this.task = new Task<readonly [MonCompteAdapter | undefined, number], R | typeof SIGNED_OUT>(host, {
      args: () => [adapters.adapter, this.generation] as const,
      task: (_args, { signal }) => (session.ended ? SIGNED_OUT : load(adapters.require(), signal)),
    });
  }

  /** The message `key` in the tile's language. */
  readonly t = (key: TileKey, params?: MessageParams): string => this.i18n.t(key, params);

  /** The tile's language (dates, amounts). */
  get locale(): 'fr' | 'en' {
    return this.i18n.locale;
  }

  /** `loading` also while a retry or a refresh runs (the previous content is not shown meanwhile). */
  get state(): TileState {
    const { status, value } = this.task;
    if (this.session.ended) return 'signed-out';
    if (status === TaskStatus.ERROR) return 'error';
    if (status !== TaskStatus.COMPLETE) return 'loading';
    // Signed in again, a load runs at once: the signed-out run's value is never COMPLETE outside `ended`.
    return this.isEmpty(value as R) ? 'empty' : 'ready';
  }

  get value(): R | undefined {
    return this.task.status === TaskStatus.COMPLETE && !this.session.ended ? (this.task.value as R) : undefined;
  }

  /** The kind of the failure (`server` for anything that is not an AdapterError), when `state` is `error`. */
  get errorKind(): AdapterErrorKind | undefined {
    return this.task.status === TaskStatus.ERROR ? kindOf(this.task.error) : undefined;
  }

  /** The adapter, for the tile's own actions (`selectFile`); throws an AdapterError when there is none. */
  get adapter(): MonCompteAdapter {
    return this.adapters.require();
  }

  /** Loads again (the "Réessayer" button): only this tile. */
  retry(): void {
    void this.task.run();
  }

  /** Loads again on the next update (a file change). */
  refresh = (): void => {
    this.generation += 1;
    this.host.requestUpdate();
  };

  /** Focuses the tile's content, or the card's retry button after another failure. */
  async focus(): Promise<void> {
    await this.task.taskComplete.catch(() => undefined);
    await this.host.updateComplete;
    const card = this.host.renderRoot.querySelector('mc-card');
    await card?.updateComplete;
    (card?.shadowRoot?.querySelector<HTMLElement>('[part~="retry"]') ?? this.host.renderRoot.querySelector<HTMLElement>('[data-focus]'))?.focus();
  }

  /**
   * The tile's `mc-card` (heading level 2) in the tile's state: skeleton and `aria-busy` while loading, the
   * error's message and "Réessayer" (this tile only, the focus kept in the tile), the empty sentence, or the content.
   * Signed out: the card's empty state says so, and the links are left out.
   */
  frame(heading: string, body: TileBody<R>): TemplateResult {
    const state = this.state;
    const out = state === 'signed-out';
    const kind = this.errorKind;
    return html`<mc-card heading=${heading} state=${out ? 'empty' : state} @mc-card-retry=${() => (this.retry(), this.focus())}>
      ${state === 'ready' ? html`<div class="stack" tabindex="-1" data-focus>${body.ready(this.task.value as R)}</div>` : nothing}
      ${kind ? html`<span slot="error">${this.t(`error.${kind}`)}</span>` : nothing}
      ${state === 'empty' || out ? html`<span slot="empty" tabindex="-1" data-focus>${out ? this.t('logout.signedOut') : body.empty}</span>` : nothing}
      ${body.actions && !out ? html`<div slot="footer">${body.actions}</div>` : nothing}
    </mc-card>`;
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.dataset['action'] !== undefined);
    if (!link) return;
    const detail = { href: link.getAttribute('href') ?? '', tile: this.name, action: link.dataset['action'] ?? '' };
    if (!emit(this.host, 'mc-navigate', detail, { cancelable: true })) event.preventDefault();
  };

  hostConnected(): void {
    window.addEventListener('mc-file-change', this.refresh);
    // Aborted when the tile left the page: load again now that it is back.
    if (this.task.status === TaskStatus.ERROR && isAbortError(this.task.error)) this.retry();
  }

  hostDisconnected(): void {
    window.removeEventListener('mc-file-change', this.refresh);
    // Removed, not just moved (a move reconnects at once): abort the load in flight.
    queueMicrotask(() => {
      if (!this.host.isConnected && this.task.status === TaskStatus.PENDING) this.task.abort();
    });
  }
}

/** The kind of an adapter failure; anything else thrown counts as `server`. */
export const kindOf = (e: unknown): AdapterErrorKind => (AdapterError.is(e) ? e.kind : 'server');
