// Portal entry: matches the URL, applies the agency theme on <html>, loads the page module, renders the frame,
// sets the title and, after a client-side navigation, moves focus to the new page's heading (so screen reader
// users hear where they are, as on a full page load). The header shows who is signed in (see session.ts):
// "Déconnexion" ends the session and goes to the connexion page, which drops the account's page from the DOM.
import { render } from 'lit';
import type { FranceConnectRedirectDetail } from '@moncompte/components/franceconnect-button.js';
import { agencyAdapter } from './adapter.js';
import { PAGES } from './pages/index.js';
import type { PageContext } from './pages/page.js';
import { Router, type NavigationCause } from './router.js';
import { HOME_TITLE, NOT_FOUND_TITLE, matchPath, pagePath, pageTitle, type AgencyConfig, type Match, type RouteConfig } from './routes.js';
import { PortalSession } from './session.js';
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

/** What the app shows of an agency, kept so that the frame can be rendered again when the session changes. */
interface Frame {
  readonly agency: AgencyConfig;
  readonly route: RouteConfig | undefined;
  readonly heading: string;
  readonly content: unknown;
}
let frame: Frame | undefined;
const session = new PortalSession(() => renderFrame());

/** Renders the agency frame again (the same page content: Lit keeps it as it is, only the header changes). */
function renderFrame(): void {
  if (!frame) return;
  const { agency, route, heading, content } = frame;
  const onLogout = () => {
    session.ended(agency.id);
    router.navigate(pagePath(agency, agency.signedOutPage));
  };
  render(agencyPage(agency, agencyAdapter(agency), route, heading, content, { name: session.name(agency.id), onLogout }), app);
}

function showFrame(next: Frame): void {
  frame = next;
  renderFrame();
  void session.refresh(next.agency.id, agencyAdapter(next.agency));
}

// A log-in from the connexion page (the form, or the end of a flow): the header shows the person at once.
document.addEventListener('mc-login', () => {
  if (frame) void session.refresh(frame.agency.id, agencyAdapter(frame.agency));
});

// "S’identifier avec FranceConnect": the demo's FranceConnect is a page of this portal (pages/franceconnect.ts). The
// button's redirect is followed in the page, as a client-side navigation, so that the in-memory adapter (which lives
// as long as the page) still knows the round trip when the page completes it. A POST (FranceConnect+) becomes the
// same page with the fields in its query. Any other redirect is left to the button (a real navigation).
document.addEventListener('mc-franceconnect-redirect', (event) => {
  const { redirect } = (event as CustomEvent<FranceConnectRedirectDetail>).detail;
  const url = new URL(redirect.url, location.href);
  const match = url.origin === location.origin ? matchPath(url.pathname) : undefined;
  if (match?.kind !== 'page' || match.route.page !== 'franceconnect') return;
  event.preventDefault();
  if (redirect.method === 'POST') for (const [name, value] of Object.entries(redirect.fields)) url.searchParams.set(name, value);
  router.navigate(`${url.pathname}${url.search}`);
});

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
    frame = undefined;
    render(homePage(), app);
    document.title = HOME_TITLE;
  } else if (match.kind === 'not-found') {
    const content = notFoundContent();
    const heading = STRINGS.notFoundHeading;
    if (match.agency) showFrame({ agency: match.agency, route: undefined, heading, content });
    else {
      frame = undefined;
      render(neutralPage(heading, content), app);
    }
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
      redirect: (path) => router.navigate(path, { replace: true }),
      demoSignIn: session.demoSignIn(agency.id),
      loggedOut: route.page === 'connexion' && session.takeLoggedOut(agency.id),
      signedIn: () => void session.refresh(agency.id, adapter),
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
    showFrame({ agency, route, heading: route.title, content });
    document.title = pageTitle(agency, route);
  }
  if (cause === 'push' || cause === 'pop') {
    window.scrollTo(0, 0);
    app.querySelector<HTMLElement>('h1')?.focus();
  }
}

router.start();
