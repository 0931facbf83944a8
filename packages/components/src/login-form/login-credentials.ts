/**
 * The credentials step of `mc-login-form`: the provisional-identifier toggle, the identifier (a NIR with its
 * where-to-find-it help, or a provisional identifier), the password, "Se souvenir de moi" and "Mot de passe
 * oublié ?". Plain template functions: the element owns the state and passes it in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { IdentifierKind, Validation } from '@moncompte/core';
import type { LoginFormConfig } from './login-config.js';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface CredentialsView {
  /** Base of the ids of the form's parts. */
  readonly ids: string;
  readonly config: LoginFormConfig;
  readonly t: Translate;
  readonly kind: IdentifierKind;
  /** What was typed for this kind of identifier. */
  readonly identifier: string;
  readonly validator: (value: string) => Validation<string>;
  /** The code step is shown: the credentials wait, hidden and disabled (out of the form's data and checks). */
  readonly inactive: boolean;
  readonly onIdentifierInput: (event: Event) => void;
  readonly onKindChange: (event: Event) => void;
  readonly onForgot: (event: MouseEvent, href: string | undefined) => void;
}

/** A link when there is a (safe) href, else a button that looks like one; `onClick` fires the element's event. */
export function renderLink(href: string | undefined, label: string, onClick: (event: MouseEvent, href: string | undefined) => void): TemplateResult {
  return href
    ? html`<a class="mc-login__link" href=${href} @click=${(e: MouseEvent) => onClick(e, href)}>${label}</a>`
    : html`<button type="button" class="mc-login__link-button" @click=${(e: MouseEvent) => onClick(e, undefined)}>${label}</button>`;
}

/** A checkbox the page owns: its state is the box's own (read when needed), never written by a render. */
function renderCheck(id: string, label: string, inactive: boolean, extra: { controls?: string; hint?: string; onChange?: (e: Event) => void }) {
  return html`<div class="mc-login__check">
    <input
      type="checkbox"
      id=${id}
      aria-controls=${extra.controls ?? nothing}
      aria-describedby=${extra.hint ? `${id}-hint` : nothing}
      ?disabled=${inactive}
      @change=${extra.onChange}
    /><label for=${id}>${label}</label>
    ${extra.hint ? html`<p class="mc-login__hint" id=${`${id}-hint`}>${extra.hint}</p>` : nothing}
  </div>`;
}

/**
 * A new field per kind of identifier: each kind has a wrapper template of its own, so switching kinds replaces the
 * field (Lit renders a different template anew) and each kind keeps its own value and its own interaction state.
 */
function renderIdentifier(nir: boolean, field: TemplateResult): TemplateResult {
  return nir ? html`<div class="mc-login__nir">${field}</div>` : html`<div class="mc-login__provisional">${field}</div>`;
}

export function renderCredentials(view: CredentialsView, forgotHref: string | undefined): TemplateResult {
  const { ids, config, t, kind, inactive } = view;
  const nir = kind === 'nir';
  return html`<div class="mc-login__credentials" ?hidden=${inactive}>
    ${config.allowProvisionalIdentifier
      ? renderCheck(`${ids}-provisional`, t('login.provisional.toggle'), inactive, { controls: `${ids}-identifier`, onChange: view.onKindChange })
      : nothing}
    ${renderIdentifier(
      nir,
      html`<mc-text-field
        id=${`${ids}-identifier`}
        label=${t(nir ? 'login.nir.label' : 'login.provisional.label')}
        hint=${t(nir ? 'login.nir.hint' : 'login.provisional.hint')}
        name="identifier"
        autocomplete="username"
        required
        ?disabled=${inactive}
        .value=${view.identifier}
        .validator=${view.validator}
        @input=${view.onIdentifierInput}
      ></mc-text-field>`,
    )}
    ${nir
      ? html`<details class="mc-login__help">
          <summary>${t('login.nir.helpTitle')}</summary>
          <ul>
            <li>${t('login.nir.helpCard')}</li>
            <li>${t('login.nir.helpPayslip')}</li>
            <li>${t('login.nir.helpAmeli')}</li>
          </ul>
        </details>`
      : nothing}
    <mc-password-input
      id=${`${ids}-password`}
      mode="current"
      name="password"
      label=${t('login.password.label')}
      hint=${config.passwordHint ? t('login.password.hint', { min: config.passwordHint.min, max: config.passwordHint.max }) : ''}
      required
      ?disabled=${inactive}
    ></mc-password-input>
    ${config.showRememberMe ? renderCheck(`${ids}-remember`, t('login.rememberMe'), inactive, { hint: t('login.rememberMe.hint') }) : nothing}
    <p class="mc-login__links">${renderLink(forgotHref, t('login.forgotPassword'), view.onForgot)}</p>
  </div>`;
}
