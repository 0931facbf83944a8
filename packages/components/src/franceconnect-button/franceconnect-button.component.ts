import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { McElement } from '../shared/mc-element.js';
import {
  AdapterError,
  commonMessages,
  errorMessages,
  franceConnectMessages,
  isAbortError,
  toAdapterError,
  type Catalogue,
  type KeysOf,
  type MonCompteAdapter,
  type Redirect,
} from '@moncompte/core';
import { AdapterController } from '../shared/adapter-context.js';
import { emit } from '../shared/emit.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { safeHref } from '../shared/safe-url.js';
import { franceConnectButtonStyles } from './franceconnect-button.styles.js';

export type FranceConnectVariant = 'franceconnect' | 'franceconnect-plus';

export interface FranceConnectRedirectDetail {
  readonly variant: FranceConnectVariant;
  /** Where the adapter sends the browser: a GET navigation or a form POST, always in the current tab. */
  readonly redirect: Redirect;
}

/** The message keys this element shows (its catalogues are listed without the shared form-field helpers). */
type Keys = KeysOf<typeof franceConnectMessages | typeof errorMessages | typeof commonMessages>;

/** How the browser leaves for the identity provider (the `navigate` property; tests and SPAs replace it). */
export type FranceConnectNavigate = (redirect: Redirect) => void;

const ABOUT = {
  franceconnect: 'https://franceconnect.gouv.fr/',
  'franceconnect-plus': 'https://franceconnect.gouv.fr/france-connect-plus',
} as const;

/**
 * Leaves for FranceConnect in the current tab (of `view`, this window by default): `location.assign(url)` for a
 * GET, or a real `<form method="post">` with hidden inputs (built with DOM APIs, never from HTML text) submitted
 * for a POST. Only `https:` and relative URLs are followed.
 */
export function followRedirect(redirect: Redirect, view: Window = window): void {
  const url = safeHref(redirect.url);
  if (!url) throw new AdapterError('invalid-response', 'Unsafe FranceConnect redirect URL');
  if (redirect.method === 'GET') {
    view.location.assign(url);
    return;
  }
  const document = view.document;
  const form = document.createElement('form');
  form.method = 'post';
  form.action = url;
  form.hidden = true;
  for (const [name, value] of Object.entries(redirect.fields)) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
  document.body.append(form);
  form.submit();
  // The navigation is under way (or refused by the page's `form-action`): the form, with state and nonce, goes.
  form.remove();
}

/** How long the button waits for the page to leave before it is usable again (a navigation the page refused). */
const LEAVING_MS = 5000;

/**
 * The official FranceConnect button: "S’identifier avec FranceConnect" (or FranceConnect+), white on the State's
 * blue `#000091` with the mark on the left and the text on two lines, followed by the link "Qu’est-ce que
 * FranceConnect ?" that opens franceconnect.gouv.fr in a new window and says so in its accessible name.
 *
 * **Not themable, on purpose.** FranceConnect's usage rules require its button to look the same on every site
 * so that people recognise it (and can tell a fake). Its colours are therefore hard-coded in the shadow styles
 * and it reads NO `--mc-*` custom property and exposes no part: a portal theme cannot restyle it. Only the link
 * colour follows the page's colour scheme (`light-dark()`), as FranceConnect's own dark variant does, so that it
 * stays readable on a dark page.
 *
 * Activating it asks the adapter where to go (`startFranceConnect`: the back end owns `state` and `nonce`), then
 * leaves in the current tab: a GET navigation or a POSTed form. One adapter call per activation (it ignores
 * clicks while one is running). A failure is shown under the button with what to do.
 *
 * @element mc-franceconnect-button
 * @summary "S’identifier avec FranceConnect" button, official look, starting the flow through the adapter.
 *
 * @fires mc-franceconnect-redirect - The adapter answered where to go; cancelable: `preventDefault()` stops the
 *   navigation (the page handles it). Detail: `{ variant, redirect }`.
 */
export class McFranceConnectButton extends McElement {
  static override styles = franceConnectButtonStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    returnTo: { attribute: 'return-to' },
    adapter: { attribute: false },
    navigate: { attribute: false },
    pending: { state: true },
    failure: { state: true },
  };

  /** `franceconnect` or `franceconnect-plus` (the stronger-identity service). */
  variant: FranceConnectVariant = 'franceconnect';
  /** A path of the portal to come back to after the round trip, passed to the adapter. */
  returnTo = '';
  /** The adapter; the provided one (`<mc-adapter-provider>`) otherwise. */
  adapter?: MonCompteAdapter;
  /** Performs the redirect; `followRedirect` (a real navigation or form post in this tab) by default. */
  navigate: FranceConnectNavigate = followRedirect;

  private pending = false;
  private failure: AdapterError | undefined;

  private readonly adapters = new AdapterController(this);
  private readonly i18n = new LocalizeController(this, [franceConnectMessages, errorMessages, commonMessages] as readonly Catalogue<Keys>[]);
  private controller: AbortController | undefined;
  private leavingTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.onPageShow);
    this.controller?.abort();
    this.controller = undefined;
    clearTimeout(this.leavingTimer);
    this.pending = false;
  }

  /** Back from the identity provider through the back/forward cache: the button works again. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    clearTimeout(this.leavingTimer);
    this.pending = false;
  };

  /** Starts the flow, as a click does (ignored while one is running). */
  async start(): Promise<void> {
    if (this.pending) return;
    this.pending = true;
    this.failure = undefined;
    const controller = (this.controller = new AbortController());
    let leaving = false;
    try {
      const redirect = await this.adapters.require().startFranceConnect(
        { variant: this.variant, ...(this.returnTo ? { returnTo: this.returnTo } : {}) },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      if (!safeHref(redirect.url)) throw new AdapterError('invalid-response', 'Unsafe FranceConnect redirect URL');
      if (emit<FranceConnectRedirectDetail>(this, 'mc-franceconnect-redirect', { variant: this.variant, redirect }, { cancelable: true })) {
        this.navigate(redirect);
        // The page is unloading: stay inactive so a second click cannot start another flow meanwhile — unless it
        // is still here a few seconds later (a policy refused the navigation): then the button works again.
        leaving = this.navigate === followRedirect;
        if (leaving) this.leavingTimer = setTimeout(() => (this.pending = false), LEAVING_MS);
      }
    } catch (error) {
      if (!isAbortError(error) && !controller.signal.aborted) this.failure = toAdapterError(error);
    } finally {
      if (this.controller === controller) this.controller = undefined;
      if (!leaving) this.pending = false;
    }
  }

  private onClick(): void {
    void this.start();
  }

  override render() {
    // The FranceConnect mark (a shape of our own: a hexagon with an F and a red corner) and the new-window icon are
    // decorative spans drawn by the styles (CSS shapes, no SVG nodes to clone and lay out for every button).
    const t = this.i18n.t.bind(this.i18n);
    const plus = this.variant === 'franceconnect-plus';
    const failure = this.failure;
    return html`<div class="block">
      <button class="button" type="button" aria-disabled=${this.pending ? 'true' : 'false'} @click=${this.onClick}>
        <span class="logo" aria-hidden="true"></span>
        <span class="text"
          ><span class="login">${t('franceconnect.login')}</span> <span class="brand"
            >${t(plus ? 'franceconnect.brandPlus' : 'franceconnect.brand')}</span
          ></span
        >
      </button>
      <p class="about">
        <a href=${ABOUT[this.variant] ?? ABOUT.franceconnect} target="_blank" rel="noopener"
          >${t(plus ? 'franceconnect.aboutPlus' : 'franceconnect.about')}<span class="vh"> - ${t('franceconnect.newWindow')}</span
          ><span class="external" aria-hidden="true"></span></a>
      </p>
      <p class="vh" role="status">${this.pending ? t('franceconnect.redirecting') : ''}</p>
      <div class="failure" role="alert">
        ${failure
          ? html`<p>
              <span class="vh">${t('common.errorPrefix')} </span><strong>${t('franceconnect.failed')}</strong>
              ${t(failure.messageKey as 'error.server')} ${t('franceconnect.retry')}
            </p>`
          : nothing}
      </div>
    </div>`;
  }
}
