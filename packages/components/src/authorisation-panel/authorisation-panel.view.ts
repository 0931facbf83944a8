/**
 * Templates of mc-authorisation-panel: both directions of the status ("J'autorise", "Je suis autorisé(e)"), what an
 * authorisation allows and does not allow, and the confirmation dialog. Names and dates from the adapter only
 * reach the page as text, isolated in `<bdi>` (see `fill` and `personName`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { AdapterError, formatDate, type Authorisation, type AuthorisationStatus, type Locale, type PersonRef } from '@moncompte/core';
import { safeHref } from '../shared/safe-url.js';
import { fill, personName } from '../shared/tile-view.js';
import { otherPerson, type PanelKey, type PendingAction, type Translate } from './authorisation-panel.types.js';

/** What the templates need from the element. */
export interface PanelView {
  readonly t: Translate;
  readonly locale: Locale;
  /** Level of the cards' headings (2 or 3); the sections inside are one level below. */
  readonly level: number;
  readonly loginHref: string | undefined;
  /** Opens the confirmation of `action`; `trigger` gets the focus back if it is cancelled. */
  ask(action: PendingAction, trigger: EventTarget | null): void;
}

export interface DialogView extends PanelView {
  readonly pending: PendingAction | undefined;
  readonly busy: boolean;
  readonly actionError: AdapterError | undefined;
  /** Counts failures, so that each one inserts a new (announced) notice. */
  readonly attempt: number;
  perform(): void;
  cancel(): void;
  onDialogCancel(event: Event): void;
  /** The dialog closed (its `returnValue`: `done`, `reauth`, or a cancel). */
  onDialogClose(dialog: HTMLDialogElement): void;
}

/** A heading of `level` (role and level, as mc-card's own), focusable by script only. */
function heading(level: number, id: string, text: string): TemplateResult {
  return html`<div class="heading" role="heading" aria-level=${level} id=${id} tabindex="-1">${text}</div>`;
}

const named = (message: string, person: PersonRef, date?: string): unknown[] =>
  fill(message, { name: personName(person), ...(date === undefined ? {} : { date }) });

function given(view: PanelView, status: AuthorisationStatus): TemplateResult {
  const { t, locale } = view;
  const item = (a: Authorisation) => html`<li class="item" tabindex="-1" data-authorisation=${a.id}>
    <p>${named(t('authorisation.given.item'), a.grantee, formatDate(locale, a.since))}</p>
    <mc-button variant="secondary" @click=${(e: Event) => view.ask({ kind: 'revoke', authorisation: a }, e.currentTarget)}>
      ${named(t('authorisation.given.revoke'), a.grantee)}
    </mc-button>
  </li>`;
  const candidate = (person: PersonRef) => html`<li>
    <mc-button variant="primary" data-candidate=${person.id} @click=${(e: Event) => view.ask({ kind: 'grant', person }, e.currentTarget)}>
      ${named(t('authorisation.candidates.grant'), person)}
    </mc-button>
  </li>`;
  return html`<div class="section" part="given">
    ${heading(view.level + 1, 'given-heading', t('authorisation.given.title'))}
    ${status.given.length > 0
      ? html`<ul class="items">${status.given.map(item)}</ul>`
      : html`<p>${t('authorisation.given.none')}</p>`}
    ${status.candidates.length > 0
      ? html`<p>${t('authorisation.candidates.intro')}</p>
          <ul class="candidates">${status.candidates.map(candidate)}</ul>`
      : status.given.length === 0
        ? html`<p class="muted">${t('authorisation.candidates.none')}</p>`
        : nothing}
  </div>`;
}

function received(view: PanelView, status: AuthorisationStatus): TemplateResult {
  const { t, locale } = view;
  const item = (a: Authorisation) => html`<li class="item" tabindex="-1" data-authorisation=${a.id}>
    <p>${named(t('authorisation.received.item'), a.grantor, formatDate(locale, a.since))}</p>
    <mc-button variant="secondary" @click=${(e: Event) => view.ask({ kind: 'renounce', authorisation: a }, e.currentTarget)}>
      ${named(t('authorisation.received.renounce'), a.grantor)}
    </mc-button>
  </li>`;
  return html`<div class="section" part="received">
    ${heading(view.level + 1, 'received-heading', t('authorisation.received.title'))}
    ${status.received.length > 0
      ? html`<ul class="items">${status.received.map(item)}</ul>`
      : html`<p>${t('authorisation.received.none')}</p>`}
  </div>`;
}

/** The loaded status: the introduction, then "J'autorise" and "Je suis autorisé(e)". */
export function statusContent(view: PanelView, status: AuthorisationStatus): TemplateResult {
  return html`<div class="stack">
    <p>${view.t('authorisation.intro')}</p>
    ${given(view, status)} ${received(view, status)}
  </div>`;
}

/** What an authorisation allows, and what the partner keeps without one (seeds 001 and 002). */
export function aboutContent(t: Translate): TemplateResult {
  const items = (keys: readonly PanelKey[]) => html`<ul class="bullets">${keys.map((k) => html`<li>${t(k)}</li>`)}</ul>`;
  return html`<div class="stack">
    <p>${t('authorisation.about.allows')}</p>
    ${items(['authorisation.about.allows.same', 'authorisation.about.allows.manage', 'authorisation.about.allows.informed'])}
    <p>${t('authorisation.about.without')}</p>
    ${items([
      'authorisation.about.without.data',
      'authorisation.about.without.contact',
      'authorisation.about.without.separation',
      'authorisation.about.without.claims',
    ])}
    <p><strong>${t('authorisation.about.notManage')}</strong></p>
    <p>${t('authorisation.about.anytime')}</p>
  </div>`;
}

/** The message of a failure: its kind's sentence, the wait of a rate limit, "Me reconnecter" for an expired session. */
export function failureMessage(view: PanelView, error: AdapterError): TemplateResult {
  const { t } = view;
  const login = error.kind === 'unauthorized' ? safeHref(view.loginHref) : undefined;
  const wait = error.kind === 'rate-limited' && error.retryAfterSeconds ? ` ${t('error.retryIn', { count: error.retryAfterSeconds })}` : '';
  return html`${t(`error.${error.kind}`)}${wait}${login === undefined ? nothing : html` <a href=${login}>${t('authorisation.relogin')}</a>`}`;
}

/**
 * The confirmation, a native modal dialog (focus inside, the page behind inert, Escape cancels): what the other
 * person will be able to do (or no longer do), "Oui, …" and "Annuler". A failure is shown inside it, with the same
 * button as "Réessayer" when the failure is retryable; nothing changes until the adapter has answered.
 */
export function confirmDialog(view: DialogView): TemplateResult {
  const { pending: action, t, actionError: error } = view;
  const retryable = error?.retryable ?? true;
  const body = (a: PendingAction) => {
    const person = otherPerson(a);
    return html`<h2 class="dialog-title" id="confirm-title" tabindex="-1" data-dialog-heading>${named(t(`authorisation.confirm.${a.kind}.title`), person)}</h2>
      <div class="stack" id="confirm-text">
        <p>${named(t(`authorisation.confirm.${a.kind}.text`), person)}</p>
        ${a.kind === 'grant' ? html`<p>${t('authorisation.confirm.grant.anytime')}</p>` : nothing}
      </div>
      ${error
        ? keyed(
            view.attempt,
            html`<mc-notice variant="error" announce part="dialog-error">
              <p>${t(`authorisation.failed.${a.kind}`)} ${failureMessage(view, error)}</p>
            </mc-notice>`,
          )
        : nothing}
      <div class="dialog-actions">
        ${retryable
          ? html`<mc-button variant="primary" ?busy=${view.busy} data-dialog-confirm @click=${() => view.perform()}>
              ${error ? t('common.retry') : t(`authorisation.confirm.${a.kind}.submit`)}
            </mc-button>`
          : nothing}
        <mc-button variant="secondary" ?disabled=${view.busy} data-dialog-close @click=${() => view.cancel()}>
          ${t(retryable ? 'common.cancel' : 'common.close')}
        </mc-button>
      </div>`;
  };
  return html`<dialog
    class="dialog"
    part="dialog"
    aria-labelledby="confirm-title"
    aria-describedby="confirm-text"
    @cancel=${(e: Event) => view.onDialogCancel(e)}
    @close=${(event: Event) => view.onDialogClose(event.currentTarget as HTMLDialogElement)}
  >
    ${action ? body(action) : nothing}
  </dialog>`;
}
