// Portal entry: matches the URL, applies the agency theme on <html>, loads the page module, renders the frame,
// sets the title and, after a client-side navigation, moves focus to the new page's heading (so screen reader
// users hear where they are, as on a full page load).
import { render } from 'lit';
import { agencyAdapter } from './adapter.js';
import { PAGES } from './pages/index.js';
import type { PageContext } from './pages/page.js';
import { Router, type NavigationCause } from './router.js';
import { HOME_TITLE, NOT_FOUND_TITLE, matchPath, pagePath, pageTitle, type Match } from './routes.js';
import { agencyPage, homePage, loadFailedContent, neutralPage, notFoundContent } from './shell.js';
import { STRINGS } from './strings.js';

function findApp(): HTMLElement {
  const element = document.getElementById('app');
  if (!element) throw new Error('portal: #app is missing from index.html');
  return element;
}
const app = findApp();

const router = new Router((pathname) => matchPath(pathname).kind !== 'not-found', (cause) => void show(cause));
let generation = 0;

function applyTheme(match: Match): void {
  const root = document.documentElement;
  const agency = match.kind === 'home' ? undefined : match.agency;
  if (agency) root.setAttribute('data-mc-theme', agency.theme);
  else root.removeAttribute('data-mc-theme');
}

async function show(cause: NavigationCause): Promise<void> {
  const current = ++generation;
  const match = matchPath(location.pathname);
  if (match.kind === 'agency-root') {
    router.navigate(pagePath(match.agency, match.agency.signedOutPage), { replace: true });
    return;
  }
  applyTheme(match);
  if (match.kind === 'home') {
    render(homePage(), app);
    document.title = HOME_TITLE;
  } else if (match.kind === 'not-found') {
    const content = notFoundContent();
    const heading = STRINGS.notFoundHeading;
    const frame = match.agency
      ? agencyPage(match.agency, agencyAdapter(match.agency), undefined, heading, content)
      : neutralPage(heading, content);
    render(frame, app);
    document.title = NOT_FOUND_TITLE;
  } else {
    const { agency, route } = match;
    const adapter = agencyAdapter(agency);
    const context: PageContext = {
      agency,
      route,
      adapter,
      href: (page) => pagePath(agency, page),
      navigate: (path) => router.navigate(path),
    };
    let content: unknown;
    try {
      const module = await PAGES[route.page]();
      content = module.page.render(context);
    } catch (error) {
      console.warn('portal: page failed to load', error);
      content = loadFailedContent();
    }
    if (current !== generation) return; // a newer navigation won
    render(agencyPage(agency, adapter, route, route.title, content), app);
    document.title = pageTitle(agency, route);
  }
  if (cause === 'push' || cause === 'pop') {
    window.scrollTo(0, 0);
    app.querySelector<HTMLElement>('h1')?.focus();
  }
}

router.start();
