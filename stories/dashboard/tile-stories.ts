// Builds the four stories of a dashboard tile (Loaded, Loading, Error, Empty) from the in-memory adapter that
// preview.ts provides: a hung call for Loading, injected failures for Error (enough of them to survive the
// toolbar re-rendering the story), and a back end answering nothing for Empty.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { DEMO_ACCOUNTS, type MemoryAdapter, type MemoryAdapterOptions } from '@moncompte/adapters/memory';
import type { AdapterMethod } from '@moncompte/core';

export type TileStory = StoryObj;

export interface TileStoriesOptions {
  /** The tile's tag. */
  readonly tag: string;
  /** The adapter method whose faults make the loading and error states. */
  readonly method: AdapterMethod;
  /** Whose data: the toolbar agency's demo account (default), or always the CAF or MSA one. */
  readonly account?: 'theme' | 'caf' | 'msa';
  /** Turns the adapter's answers into the tile's empty state. */
  readonly empty: (adapter: MemoryAdapter) => void;
  /** Said above the tile in the Empty story (a tile that hides itself renders nothing). */
  readonly emptyNote?: string;
}

const accountOptions = (account: 'theme' | 'caf' | 'msa'): MemoryAdapterOptions | undefined =>
  account === 'theme' ? undefined : { agency: account, signedIn: DEMO_ACCOUNTS[account].identifier };

/** Replaces one adapter method by an answer (a back end with nothing for this person). */
export function answer(adapter: MemoryAdapter, method: AdapterMethod, value: unknown): void {
  (adapter as unknown as Record<string, () => Promise<unknown>>)[method] = async () => structuredClone(value);
}

/** The element of a tile, with the agency's name for the wording ("La MSA m'informe"). */
function renderTile(tag: string, theme: unknown): TemplateResult {
  const agencyName = theme === 'msa' ? 'MSA' : 'Caf';
  const element = document.createElement(tag);
  element.setAttribute('agency-name', agencyName);
  return html`<div style="max-width: 26rem; padding: 1rem">${element}</div>`;
}

export function tileStories(options: TileStoriesOptions): {
  meta: Meta;
  Loaded: TileStory;
  Loading: TileStory;
  Error: TileStory;
  Empty: TileStory;
} {
  const { tag, method } = options;
  const base = { signedIn: true, options: accountOptions(options.account ?? 'theme') };
  return {
    meta: {
      component: tag,
      tags: ['autodocs'],
      render: (_args, { globals }) => renderTile(tag, globals['theme']),
    },
    Loaded: { parameters: { adapter: base } },
    Loading: { parameters: { adapter: { ...base, setup: (a: MemoryAdapter) => a.faults.hang(method) } } },
    Error: { parameters: { adapter: { ...base, setup: (a: MemoryAdapter) => a.faults.failNext(method, 1000, 'server') } } },
    Empty: {
      parameters: { adapter: { ...base, setup: options.empty } },
      ...(options.emptyNote
        ? { render: (_args, { globals }) => html`<p style="padding: 1rem 1rem 0">${options.emptyNote}</p>${renderTile(tag, globals['theme'])}` }
        : {}),
    },
  };
}
