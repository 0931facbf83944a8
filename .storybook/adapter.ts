// The in-memory adapter every story gets through <mc-adapter-provider> (see preview.ts). A story chooses
// with `parameters.adapter`:
//   parameters: { adapter: { signedIn: true } }                       signed in as the toolbar agency's demo account
//   parameters: { adapter: { signedIn: true, account: 'caf' } }       the CAF's data whatever the theme
//   parameters: { adapter: { options: { latency: 800 } } }            any createMemoryAdapter option
//   parameters: { adapter: { setup: (a) => a.faults.… } }             inject faults before the story renders
//   parameters: { adapter: false }                                    no provider at all (e.g. "no adapter" states)
// The adapter is created fresh for each story and agency (the CAF theme uses CAF data, MSA uses MSA data, unless
// `account` says whose data) and kept while the story re-renders for another scheme or locale, so its state
// survives toolbar switches.
import { createMemoryAdapter, DEMO_ACCOUNTS, type MemoryAdapter, type MemoryAdapterOptions } from '@moncompte/adapters/memory';

export interface StoryAdapterParameters {
  /** Options of `createMemoryAdapter`; `agency` defaults to the toolbar theme. */
  readonly options?: MemoryAdapterOptions;
  /**
   * Whose demo data, whatever the toolbar theme: for stories of what only one agency offers (the CAF's
   * change-of-situation flows). Defaults to the toolbar theme.
   */
  readonly account?: 'caf' | 'msa';
  /** Start signed in with the demo account of the agency (CAF 2840375108123, MSA 1650221234567). */
  readonly signedIn?: boolean;
  /** Called once with the new adapter, before the story renders (fault injection, state). */
  readonly setup?: (adapter: MemoryAdapter) => void;
}

export type StoryAdapterParameter = StoryAdapterParameters | false | undefined;

let current: { key: string; adapter: MemoryAdapter } | undefined;

/** The adapter of a story in an agency; `undefined` when the story asks for no provider. */
export function storyAdapter(storyId: string, agency: 'caf' | 'msa', parameter: StoryAdapterParameter): MemoryAdapter | undefined {
  if (parameter === false) return undefined;
  const data = parameter?.account ?? agency;
  const key = `${storyId}:${data}`;
  if (current?.key === key) return current.adapter;
  const signedIn = parameter?.signedIn ? DEMO_ACCOUNTS[data].identifier : undefined;
  const adapter = createMemoryAdapter({ agency: data, ...(signedIn ? { signedIn } : {}), ...parameter?.options });
  parameter?.setup?.(adapter);
  current = { key, adapter };
  return adapter;
}
