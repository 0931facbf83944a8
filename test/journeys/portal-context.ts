// The context a portal page module receives (packages/portal/src/pages/page.ts), for tests that render a page on
// its own: navigations, redirections and demo sign-ins are recorded instead of performed.
import type { MemoryAdapter } from '@moncompte/adapters/memory';
import type { PageContext } from '../../packages/portal/src/pages/page.js';
import { AGENCIES, pagePath, type AgencyId, type PageId } from '../../packages/portal/src/routes.js';

export interface RecordedContext {
  readonly context: PageContext;
  /** Paths given to `navigate` (a new history entry) and to `redirect` (replacing the current one). */
  readonly visited: string[];
  readonly redirected: string[];
  /** How many times the page said it opened a session itself. */
  readonly signIns: { count: number };
}

export function portalContext(id: AgencyId, pageId: PageId, adapter: MemoryAdapter, options: { demoSignIn?: boolean; loggedOut?: boolean } = {}): RecordedContext {
  const agency = AGENCIES[id];
  const route = agency.routes.find((r) => r.page === pageId);
  if (!route) throw new Error(`${id} has no page ${pageId}`);
  const visited: string[] = [];
  const redirected: string[] = [];
  const signIns = { count: 0 };
  const context: PageContext = {
    agency,
    route,
    adapter,
    href: (p) => pagePath(agency, p),
    navigate: (path) => void visited.push(path),
    redirect: (path) => void redirected.push(path),
    demoSignIn: options.demoSignIn ?? true,
    loggedOut: options.loggedOut ?? false,
    signedIn: () => void (signIns.count += 1),
  };
  return { context, visited, redirected, signIns };
}
