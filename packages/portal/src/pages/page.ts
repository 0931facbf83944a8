// What a page module receives and returns. A page is a function from its context to a Lit template, rendered
// in <main> under the page's <h1> (the shell renders the heading from the route title).
import type { TemplateResult } from 'lit';
import type { MemoryAdapter } from '@moncompte/adapters/memory';
import type { AgencyConfig, PageId, RouteConfig } from '../routes.js';

export interface PageContext {
  readonly agency: AgencyConfig;
  readonly route: RouteConfig;
  /** The agency's in-memory adapter (also provided to every element of the page by <mc-adapter-provider>). */
  readonly adapter: MemoryAdapter;
  /** Absolute path of another page of the same agency. */
  href(page: PageId): string;
  /** Client-side navigation (History API), with the same focus handling as a link. */
  navigate(path: string): void;
}

export interface PageModule {
  render(context: PageContext): TemplateResult;
}
