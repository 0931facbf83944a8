// The page frame of an agency: skip link, header (brand as text + product name), main navigation, <main>
// holding the page, footer. And the two pages that belong to no agency: the home page and "not found".
import { html, nothing, type TemplateResult } from 'lit';
import type { MonCompteAdapter } from '@moncompte/core';
import '@moncompte/components/adapter-provider.js';
import '@moncompte/components/logout-button.js';
import { AGENCIES, AGENCY_IDS, pagePath, type AgencyConfig, type RouteConfig } from './routes.js';
import type { SignedInName } from './session.js';
import { STRINGS } from './strings.js';

export const MAIN_ID = 'contenu';

function skipLink(): TemplateResult {
  return html`<a class="portal-skip-link" href="#${MAIN_ID}">${STRINGS.skipToContent}</a>`;
}

/** Who the header shows as signed in, and what "Déconnexion" does once the adapter has ended the session. */
export interface HeaderAccount {
  /** The signed-in person's name (adapter data: rendered as text), `null` for nobody, `undefined` while unknown. */
  readonly name: SignedInName;
  readonly onLogout: () => void;
}

/** The header's account area: the name and "Déconnexion" when signed in, "Se connecter" otherwise. */
function accountArea(agency: AgencyConfig, current: RouteConfig | undefined, account: HeaderAccount | undefined) {
  if (account?.name) {
    return html`<div class="portal-header__account">
      <p class="portal-header__name"><span class="portal-visually-hidden">${STRINGS.signedInAs} </span>${account.name}</p>
      <mc-logout-button size="s" @mc-logout=${account.onLogout}></mc-logout-button>
    </div>`;
  }
  // While the adapter has not answered, nothing: neither link would be sure to be right.
  if (account && account.name === undefined) return nothing;
  const signIn = agency.routes.find((route) => route.page === agency.signedOutPage);
  return signIn
    ? html`<a class="portal-header__sign-in" href=${pagePath(agency, signIn.page)} aria-current=${current === signIn ? 'page' : nothing}
        >${STRINGS.signIn}</a
      >`
    : nothing;
}

/**
 * The main navigation: the account's pages, for a signed-in person only. Signed out (or not known yet), every one of
 * them would lead to the connexion page, so the header offers "Se connecter" alone.
 */
function navigation(agency: AgencyConfig, current: RouteConfig | undefined, account: HeaderAccount | undefined) {
  if (!account?.name) return nothing;
  return html`<nav class="portal-nav" aria-label=${STRINGS.mainNavigation}>
    <ul>
      ${agency.routes
        .filter((route) => route.navLabel)
        .map(
          (route) =>
            html`<li>
              <a href=${`/${agency.id}/${route.path}`} aria-current=${route === current ? 'page' : nothing}>${route.navLabel}</a>
            </li>`,
        )}
    </ul>
  </nav>`;
}

function header(agency: AgencyConfig, current: RouteConfig | undefined, account: HeaderAccount | undefined): TemplateResult {
  return html`<header class="portal-header">
    <div class="portal-header__bar">
      <a class="portal-brand" href=${pagePath(agency, agency.homePage)}>
        <span class="portal-brand__name">${agency.brand}</span>
        <span class="portal-brand__product">${agency.product}</span>
        <span class="portal-visually-hidden">– ${STRINGS.homeLinkSuffix}</span>
      </a>
      ${accountArea(agency, current, account)}
    </div>
    ${navigation(agency, current, account)}
  </header>`;
}

function footer(agency: AgencyConfig | undefined): TemplateResult {
  return html`<footer class="portal-footer">
    ${agency ? html`<p>${agency.brand} – ${agency.agencyName}</p>` : nothing}
    <p>${STRINGS.footerDemo}</p>
    <p><a href="/">${STRINGS.footerChangeAgency}</a></p>
  </footer>`;
}

function main(heading: string, content: unknown): TemplateResult {
  return html`<main id=${MAIN_ID} class="portal-main" tabindex="-1">
    <h1 class="portal-heading" tabindex="-1">${heading}</h1>
    ${content}
  </main>`;
}

/**
 * An agency page: the frame around the page module's content; every element in it gets the agency's adapter.
 * Without `account`, the header offers "Se connecter".
 */
export function agencyPage(
  agency: AgencyConfig,
  adapter: MonCompteAdapter,
  route: RouteConfig | undefined,
  heading: string,
  content: unknown,
  account?: HeaderAccount,
): TemplateResult {
  return html`<mc-adapter-provider .adapter=${adapter}>
    ${skipLink()}${header(agency, route, account)}${main(heading, content)}${footer(agency)}
  </mc-adapter-provider>`;
}

/** A page that belongs to no agency (home, unknown agency), in the neutral theme. */
export function neutralPage(heading: string, content: unknown): TemplateResult {
  return html`${skipLink()}
    <header class="portal-header">
      <div class="portal-header__bar"><span class="portal-brand__product">moncompte-ui</span></div>
    </header>
    ${main(heading, content)} ${footer(undefined)}`;
}

/** `/`: one link per agency, each shown in its own theme. */
export function homePage(): TemplateResult {
  return neutralPage(
    STRINGS.homeHeading,
    html`<p>${STRINGS.homeIntro}</p>
      <ul class="portal-agencies">
        ${AGENCY_IDS.map((id) => {
          const agency = AGENCIES[id];
          return html`<li class="portal-agency" data-mc-theme=${agency.theme}>
            <a href=${`/${agency.id}/`}>
              <span class="portal-brand__name">${agency.brand}</span>
              <span class="portal-agency__product">${agency.product}</span>
            </a>
            <p>${agency.agencyName}</p>
          </li>`;
        })}
      </ul>`,
  );
}

export function notFoundContent(): TemplateResult {
  return html`<p>${STRINGS.notFoundText}</p>
    <p><a href="/">${STRINGS.notFoundBack}</a></p>`;
}

export function loadFailedContent(): TemplateResult {
  return html`<p role="alert">${STRINGS.loadFailed}</p>
    <p><a href=${location.pathname} @click=${() => location.reload()}>${STRINGS.reload}</a></p>`;
}
