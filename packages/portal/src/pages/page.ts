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
  /** The same, replacing the current history entry (a page that sends elsewhere at once). */
  redirect(path: string): void;
  /**
   * Whether a signed-in page opened without a session signs the demo account in (see demo-session.ts). False once
   * the person has logged out in this tab: the page then sends to the connexion page.
   */
  readonly demoSignIn: boolean;
  /** The person has just logged out ("Déconnexion"): the connexion page says so, once. */
  readonly loggedOut: boolean;
  /** The page opened a session itself (the demo account): the header then shows who is signed in. */
  signedIn(): void;
}

export interface PageModule {
  render(context: PageContext): TemplateResult;
}
