/**
 * The template of `mc-login-form`, as one function of a view the element computes: the FranceConnect block, then
 * the form with its error summary, the two live regions of the outcome, the credentials (the provisional-identifier
 * toggle, the identifier — a NIR with its where-to-find-it help, or a provisional identifier —, the password,
 * "Se souvenir de moi", "Mot de passe oublié ?"), the code step when there is one, the actions and the sign-up
 * link. Few nested templates: each one is a clone and a walk for every form on the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { IdentifierKind, MonCompteAdapter } from '@moncompte/core';
import type { LoginFormConfig } from './login-config.js';
import type { Outcome } from './login-outcome.js';

type Translate = (key: string, params?: Record<string, string | number>) => string;
type LinkHandler = (event: MouseEvent, href: string | undefined) => void;

export interface LoginView {
  /** Base of the ids of the form's parts. */
  readonly ids: string;
  readonly config: LoginFormConfig;
  readonly t: Translate;
  readonly adapter: MonCompteAdapter | undefined;
  readonly kind: IdentifierKind;
  /** The identifier field of this kind, and the password field (see `login-fields.ts`). */
  readonly identifier: TemplateResult;
  readonly password: TemplateResult;
  /** A call is running: the submit button says so and ignores activations. */
  readonly busy: boolean;
  /** What the last action ended with. */
  readonly outcome: Outcome | undefined;
  /** The code step, when a log-in asked for a code: the credentials then wait, hidden and disabled. */
  readonly codeStep: TemplateResult | undefined;
  readonly forgotHref: string | undefined;
  readonly registerHref: string | undefined;
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onSubmitClick: (event: MouseEvent) => void;
  readonly onKindChange: (event: Event) => void;
  readonly onForgot: LinkHandler;
  readonly onRegister: LinkHandler;
  readonly onBack: () => void;
}

/** A link when there is a (safe) href, else a button that looks like one; `onClick` fires the element's event. */
function renderLink(href: string | undefined, label: string, onClick: LinkHandler): TemplateResult {
  return href
    ? html`<a class="mc-login__link" href=${href} @click=${(e: MouseEvent) => onClick(e, href)}>${label}</a>`
    : html`<button type="button" class="mc-login__link-button" @click=${(e: MouseEvent) => onClick(e, undefined)}>${label}</button>`;
}

/**
 * A new field per kind of identifier: each kind has a wrapper template of its own, so switching kinds replaces the
 * field (Lit renders a different template anew) and each kind keeps its own value and its own interaction state.
 */
function renderIdentifier(id: string, nir: boolean, field: TemplateResult): TemplateResult {
  return nir
    ? html`<div class="mc-login__field mc-login__identifier mc-login__nir" id=${id}>${field}</div>`
    : html`<div class="mc-login__field mc-login__identifier mc-login__provisional" id=${id}>${field}</div>`;
}

export function renderLoginForm(view: LoginView): TemplateResult {
  const { ids, config, t, outcome, codeStep } = view;
  const nir = view.kind === 'nir';
  const inactive = !!codeStep;
  // The checkboxes are the page's: their state is the box's own (read when needed), never written by a render.
  return html`${config.showFranceConnect
      ? html`<mc-franceconnect-button
            variant=${config.franceConnectPlus ? 'franceconnect-plus' : 'franceconnect'}
            return-to=${config.franceConnectReturnTo ?? ''}
            .adapter=${view.adapter}
            ?hidden=${inactive}
          ></mc-franceconnect-button>
          <p class="mc-login__or" ?hidden=${inactive}>${t('login.or')}</p>`
      : nothing}
    <form id=${`${ids}-form`} class="mc-login__form" novalidate @submit=${view.onSubmit}>
      <mc-error-summary></mc-error-summary>
      <div class="mc-login__outcome">
        <div role="alert">${outcome?.alert ? outcome.content : nothing}</div>
        <div role="status">${outcome && !outcome.alert ? outcome.content : nothing}</div>
      </div>
      <div class="mc-login__credentials" ?hidden=${inactive}>
        ${config.allowProvisionalIdentifier
          ? html`<div class="mc-login__check">
              <input type="checkbox" id=${`${ids}-provisional`} aria-controls=${`${ids}-identifier`} ?disabled=${inactive} @change=${view.onKindChange} />
              <label for=${`${ids}-provisional`}>${t('login.provisional.toggle')}</label>
            </div>`
          : nothing}
        ${renderIdentifier(`${ids}-identifier`, nir, view.identifier)}
        ${nir
          ? html`<details class="mc-login__help">
              <summary>${t('login.nir.helpTitle')}</summary>
              <ul>
                <li>${t('login.nir.helpCard')}</li>
                <li>${t('login.nir.helpPayslip')}</li>
                <li>${t('login.nir.helpAmeli')}</li>
                <li>${t('login.nir.helpLost')}</li>
              </ul>
            </details>`
          : nothing}
        <div class="mc-login__field mc-login__password">${view.password}</div>
        ${config.showRememberMe
          ? html`<div class="mc-login__check">
              <input type="checkbox" id=${`${ids}-remember`} aria-describedby=${`${ids}-remember-hint`} ?disabled=${inactive} />
              <label for=${`${ids}-remember`}>${t('login.rememberMe')}</label>
              <p class="mc-login__hint" id=${`${ids}-remember-hint`}>${t('login.rememberMe.hint')}</p>
            </div>`
          : nothing}
        <p class="mc-login__links">${renderLink(view.forgotHref, t('login.forgotPassword'), view.onForgot)}</p>
      </div>
      ${codeStep ?? nothing}
      <div class="mc-login__actions">
        <button
          id=${`${ids}-submit`}
          class="mc-login__button"
          type="submit"
          aria-disabled=${view.busy ? 'true' : nothing}
          @click=${view.onSubmitClick}
        >
          ${view.busy ? html`<span class="mc-login__spinner" aria-hidden="true"></span>` : nothing}${t(codeStep ? 'common.validate' : 'login.submit')}${view.busy
            ? html`<span class="mc-vh"> ${t('common.busy')}</span>`
            : nothing}
        </button>
        ${codeStep
          ? html`<button type="button" class="mc-login__button" data-variant="tertiary" @click=${view.onBack}>${t('login.code.back')}</button>`
          : nothing}
      </div>
      ${inactive || config.showRegister === false
        ? nothing
        : html`<p class="mc-login__register">
            ${t(config.registerPromptKey)} ${renderLink(view.registerHref, t(config.registerLabelKey), view.onRegister)}
          </p>`}
    </form>`;
}
