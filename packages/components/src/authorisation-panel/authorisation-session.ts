/**
 * The session of `mc-authorisation-panel` expiring (its status or an action answering `unauthorized`). Unless the
 * page cancels `mc-reauth-required` (then the failure says so, with `login-href`), the confirmation closes, and a
 * login form is put in the panel's LIGHT DOM (slot `reauth`: its inputs are the page's, for password managers)
 * while the panel shows why. Once logged in, the form goes, the status is loaded again and the confirmation of the
 * action that failed opens again — if it still applies to the account now signed in. Nothing is sent by itself.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Agency, MonCompteAdapter } from '@moncompte/core';
import { emit } from '../shared/emit.js';
import type { ReauthRequiredDetail } from '../shared/flow-events.js';
import { loadReauthForm, reauthLoginConfig, type LoginFormConfig } from '../shared/flow-reauth.js';
import type { PendingAction } from './authorisation-panel.types.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly agency: Agency;
  readonly loginConfig?: Partial<LoginFormConfig> | undefined;
}

export interface PanelSessionOptions {
  /** The panel's adapter (its property or the provided one), for the login form. */
  readonly adapter: () => MonCompteAdapter | undefined;
  /** Closes the confirmation, keeping its action (the login form must not sit behind a modal dialog). */
  readonly closeDialog: () => void;
  /** Logged in again: load the status, then offer `action` again if it still applies. */
  readonly resumed: (action: PendingAction | undefined) => void;
}

export class PanelSession {
  /** True while the login form is shown instead of the panel's content. */
  active = false;
  private action: PendingAction | undefined;
  private form: HTMLElement | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: PanelSessionOptions,
  ) {}

  /** A call answered `unauthorized` (`action`: the one being confirmed, if any). False: the page handles it. */
  request(action: PendingAction | undefined): boolean {
    if (this.active) return true;
    const detail: ReauthRequiredDetail = { flow: 'authorisation-panel', step: action?.kind ?? 'status' };
    if (!emit(this.host, 'mc-reauth-required', detail, { cancelable: true })) return false;
    this.action = action;
    this.options.closeDialog();
    void loadReauthForm().catch(() => undefined);
    // `mc-connection`'s login form, as in the other flows (see flow-reauth.ts): its forgotten-password flow in place.
    const form = document.createElement('mc-connection');
    form.slot = 'reauth';
    form.setAttribute('agency', this.host.agency);
    form.setAttribute('storage-key', '');
    Object.assign(form, { adapter: this.options.adapter(), config: reauthLoginConfig(this.host.loginConfig) });
    form.addEventListener('mc-login', this.onLogin);
    this.form = form;
    this.host.append(form);
    this.active = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('[data-flow-heading]')?.focus());
    return true;
  }

  /** Back to the panel (the inline form logged in, or the page handled the new log-in and calls `resume()`). */
  resume(): void {
    this.form?.remove();
    this.form = undefined;
    this.active = false;
    const action = this.action;
    this.action = undefined;
    this.host.requestUpdate();
    this.options.resumed(action);
  }

  /** The session ended (`mc-logout`): the login form goes, with what was typed in it, and the action it was for. */
  end(): void {
    this.form?.remove();
    this.form = undefined;
    this.active = false;
    this.action = undefined;
  }

  private readonly onLogin = (event: Event): void => {
    // The new session stays inside the panel: the page must not navigate away.
    event.stopPropagation();
    this.resume();
  };
}
