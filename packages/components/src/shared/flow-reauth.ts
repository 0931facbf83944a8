/**
 * Session expiry in the middle of a flow: an adapter call answered `unauthorized`. The flow sends the cancelable
 * `mc-reauth-required`; unless a page cancels it (and later calls the flow's `resume()`), the flow hides its step
 * — keeping everything typed in memory — and shows a login form in its place. When that form logs in
 * (`mc-login`, or `mc-migration-required` for an account still to migrate), its event is stopped here (the page
 * must not navigate away) and the flow resumes at the same step, with what was typed, the heading focused.
 *
 * The login form is `mc-connection`'s, loaded with `import()` the first time it is needed: "Mot de passe oublié ?"
 * opens the forgotten-password flow in place too (then back to the form), and FranceConnect comes back to this
 * page, where the flow restores what it keeps across a reload. No sign-up link: the person has an account.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { emit } from './emit.js';
import type { FlowName, ReauthRequiredDetail } from './flow-events.js';
import type { Translate } from './flow-view.js';

import type { Agency, MonCompteAdapter, Session } from '@moncompte/core';
import type { LoginFormConfig } from '../login-form/login-config.js';

export type { LoginFormConfig };

/** How the new log-in ended: a session, or (CAF first connection) a new migration token. */
export type ReauthOutcome =
  | { readonly kind: 'login'; readonly detail: unknown }
  | { readonly kind: 'migration'; readonly detail: unknown };

export interface ReauthOptions {
  readonly flow: FlowName;
  readonly step: () => string;
  readonly onResume: (outcome: ReauthOutcome | undefined) => void;
  /**
   * The keys of the heading and the text above the login form, and of the refusal of another account (the
   * connection catalogue's by default).
   */
  readonly keys?: { readonly title: string; readonly text: string; readonly otherPerson: string };
  /**
   * A flow of a signed-in person (the wizard, the upload, the password and contact changes): the element's adapter.
   * The controller then asks once who is signed in (`getSession`), and logging in again with ANOTHER account is
   * refused — that session is ended and the form says so —, so that nobody is shown, or sends under their own
   * name, what someone else typed. Without it (the connection flows), any log-in resumes.
   */
  readonly adapter?: () => MonCompteAdapter | undefined;
  /** The class of that heading, as the element's step headings (`mc-flow__heading` by default). */
  readonly headingClass?: string;
}

type Host = ReactiveControllerHost & HTMLElement;

let loginForm: Promise<unknown> | undefined;

/** The login form's options when logging in again, over the element's own (`loginConfig`). */
export function reauthLoginConfig(config: Partial<LoginFormConfig> | undefined): Partial<LoginFormConfig> {
  return { franceConnectReturnTo: `${location.pathname}${location.search}`, ...config, showRegister: false };
}

/** Loads `mc-connection` (and its login form) once; a failed load is tried again next time. */
export function loadReauthForm(): Promise<unknown> {
  loginForm ??= import('./reauth-form.js').catch((e: unknown) => {
    loginForm = undefined;
    throw e;
  });
  return loginForm;
}

export class ReauthController implements ReactiveController {
  /** True while the login form is shown instead of the step. */
  active = false;
  /** The last log-in was another person's, refused (said above a new login form). */
  private refusals = 0;
  private refused = false;
  /** The id of the person the flow belongs to (`undefined`: not known, the first log-in says). */
  private owner: Promise<string | undefined> | undefined;
  /** The session of the person the flow belongs to, once known (signed-in flows): its identifier, for instance. */
  session: Session | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: ReauthOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.learnOwner();
  }

  hostUpdated(): void {
    this.learnOwner();
  }

  /** Asks once, as soon as there is an adapter, who is signed in (signed-in flows only). */
  private learnOwner(): void {
    const adapter = this.owner ? undefined : this.options.adapter?.();
    if (!adapter) return;
    this.owner = adapter.getSession().then(
      ({ session }) => {
        if (session && !this.session) {
          this.session = session;
          this.host.requestUpdate();
        }
        return session?.user.id;
      },
      () => undefined,
    );
  }

  /**
   * The session ended (`mc-logout`): the login form goes, and so does who the flow belonged to; the next session is
   * asked for (`getSession`) once the flow's `adapter` option gives an adapter again.
   */
  forget(): void {
    this.active = false;
    this.refused = false;
    this.owner = undefined;
    this.session = undefined;
    this.host.requestUpdate();
  }

  /** Asks to log in again (after `unauthorized`). */
  request(): void {
    const detail: ReauthRequiredDetail = { flow: this.options.flow, step: this.options.step() };
    if (!emit(this.host, 'mc-reauth-required', detail, { cancelable: true })) return;
    void loadReauthForm().catch(() => undefined);
    this.active = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.querySelector<HTMLElement>('[data-flow-heading]')?.focus());
  }

  /** Back to the step (the page handled the new log-in itself, or the inline form logged in). */
  resume(outcome?: ReauthOutcome): void {
    this.active = false;
    this.refused = false;
    this.host.requestUpdate();
    this.options.onResume(outcome);
  }

  private readonly onLogin = (event: Event): void => {
    event.stopPropagation();
    void this.loggedIn((event as CustomEvent<{ session?: Session }>).detail);
  };

  /** Resumes, unless a signed-in flow sees another person: then that session ends and the form comes back. */
  private async loggedIn(detail: { session?: Session } | undefined): Promise<void> {
    const user = detail?.session?.user.id;
    const owner = await this.owner;
    if (owner && user && owner !== user) {
      void this.options.adapter?.()?.logout().catch(() => undefined);
      this.refused = true;
      this.refusals += 1;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.querySelector<HTMLElement>('[data-flow-heading]')?.focus();
      return;
    }
    if (user) this.owner = Promise.resolve(user);
    if (detail?.session) this.session = detail.session;
    this.refused = false;
    this.resume({ kind: 'login', detail });
  }

  private readonly onMigration = (event: Event): void => {
    event.stopPropagation();
    this.resume({ kind: 'migration', detail: (event as CustomEvent).detail });
  };

  /**
   * The heading, what to do, and the login form (with the flow's own adapter, which may be a property of it). Its
   * flows keep nothing in storage (`storage-key=""`): the element's own flow is what a reload restores.
   */
  render(t: Translate, agency: Agency, config: Partial<LoginFormConfig> | undefined, adapter: MonCompteAdapter | undefined): TemplateResult {
    const keys = this.options.keys ?? { title: 'connection.reauth.title', text: 'connection.reauth.text', otherPerson: 'connection.reauth.otherPerson' };
    // After a refusal, a new login form (keyed): the one that logged the other person in is done.
    return html`<h3 class=${this.options.headingClass ?? 'mc-flow__heading'} data-flow-heading tabindex="-1">${t(keys.title)}</h3>
      <mc-notice variant="warning" announce><p>${t(keys.text)}</p></mc-notice>
      ${this.refused ? html`<mc-notice variant="error" announce><p>${t(keys.otherPerson)}</p></mc-notice>` : nothing}
      ${keyed(
        this.refusals,
        html`<mc-connection
          agency=${agency}
          storage-key=""
          .config=${reauthLoginConfig(config)}
          .adapter=${adapter}
          @mc-login=${this.onLogin}
          @mc-migration-required=${this.onMigration}
        ></mc-connection>`,
      )}`;
  }
}
