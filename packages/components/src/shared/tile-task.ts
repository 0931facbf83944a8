import type { ReactiveController } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { isAbortError, toAdapterError, type AdapterError, type MonCompteAdapter } from '@moncompte/core';
import { AdapterController, type AdapterHost } from './adapter-context.js';
import { emit } from './emit.js';

/** The four states of a tile (the `state` of its `mc-card`). */
export type TileState = 'loading' | 'error' | 'empty' | 'ready';

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

export interface TileTaskOptions<R> {
  /** The tile's name, sent in `mc-navigate`. */
  readonly name: string;
  readonly load: TileLoader<R>;
  /** Whether the data is the tile's `empty` state. */
  readonly isEmpty?: (value: R) => boolean;
}

/**
 * The data of one tile, loaded with `@lit/task` from the adapter the host gets (its `adapter` property, else the
 * nearest `adapterContext` provider — see `AdapterController`):
 * - a new load (adapter changed, `retry()`, another file chosen anywhere on the page) aborts the previous one, and
 *   only the latest load's result is ever shown, whatever order the answers arrive in;
 * - leaving the page aborts the load in flight; coming back loads again;
 * - no adapter at all: the tile shows an error, and loads as soon as one is provided.
 *
 * It also turns a click on any link of the tile that has a `data-action` (see `tileLink`) into a cancelable
 * `mc-navigate` event, unless a modifier key asks the browser for a new tab or window.
 */
export class TileTask<R> implements ReactiveController {
  readonly task: Task<readonly [MonCompteAdapter | undefined, number], R>;
  private generation = 0;
  private readonly options: TileTaskOptions<R>;
  private readonly adapters: AdapterController;

  constructor(
    private readonly host: AdapterHost,
    options: TileTaskOptions<R>,
  ) {
    this.options = options;
    const adapters = (this.adapters = new AdapterController(host));
    host.addController(this);
    host.addEventListener('click', this.onClick);
    this.task = new Task(host, {
      args: () => [adapters.adapter, this.generation] as const,
      task: (_args, { signal }) => options.load(adapters.require(), signal),
    });
  }

  /** `loading` also while a retry or a refresh runs (the previous content is not shown meanwhile). */
  get state(): TileState {
    const { status, value } = this.task;
    if (status === TaskStatus.ERROR) return 'error';
    if (status !== TaskStatus.COMPLETE) return 'loading';
    return this.options.isEmpty?.(value as R) ? 'empty' : 'ready';
  }

  get value(): R | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** The failure as an AdapterError (anything else thrown is wrapped), when `state` is `error`. */
  get error(): AdapterError | undefined {
    return this.task.status === TaskStatus.ERROR ? toAdapterError(this.task.error) : undefined;
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

  private readonly onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.dataset['action'] !== undefined);
    if (!link) return;
    const detail = { href: link.getAttribute('href') ?? '', tile: this.options.name, action: link.dataset['action'] ?? '' };
    if (!emit(this.host, 'mc-navigate', detail, { cancelable: true })) event.preventDefault();
  };

  hostConnected(): void {
    window.addEventListener('mc-file-change', this.refresh);
    // Aborted when the tile left the page: load again now that it is back.
    if (this.task.status === TaskStatus.ERROR && isAbortError(this.task.error)) this.retry();
  }

  hostDisconnected(): void {
    window.removeEventListener('mc-file-change', this.refresh);
    if (this.task.status === TaskStatus.PENDING) this.task.abort();
  }
}
