import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property, state } from 'lit/decorators.js';
import { commonMessages, errorMessages, loginMessages, type Agency, type MonCompteAdapter } from '@moncompte/core';
import { LocalizeController } from '../shared/localize-controller.js';
import { messagesOf } from '../shared/form-field.js';
import type { ConnectionFlowName, FlowExitDetail } from '../shared/flow-events.js';
import type { ForgotPasswordDetail, MigrationRequiredDetail } from '../login-form/define.js';
import { resolveLoginConfig, type LoginFormConfig } from '../login-form/login-config.js';
import type { McLoginForm } from '../login-form/login-form.component.js';
import { CONNECTION_PRESETS, type ConnectionFlowsConfig } from './connection-config.js';

export type ConnectionView = 'login' | ConnectionFlowName;

/** Each flow is its own chunk, loaded the first time it is needed: the login entry stays small. */
const LOADERS: Readonly<Record<ConnectionFlowName, () => Promise<unknown>>> = {
  'password-reset': () => import('../password-reset/define.js'),
  registration: () => import('../registration/define.js'),
  migration: () => import('../migration/define.js'),
};
const FLOWS = Object.keys(LOADERS) as ConnectionFlowName[];
const HISTORY_KEY = 'mc-connection';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * @element mc-connection
 * @summary What a portal drops on its connection page: `mc-login-form`, and in its place, on the form's events,
 * the forgotten-password, account-creation and first-connection migration flows (each loaded with `import()` the
 * first time). The agency's configuration goes through to every part. Back at the form when a flow is left.
 *
 * Logging in — from the form, after account creation or after the migration — bubbles up as `mc-login` with the
 * session: the page navigates. A reload comes back to the flow in progress (its non-secret data kept); with
 * `history`, opening a flow adds a history entry, so the browser's Back button returns to the form.
 *
 * @fires mc-login - Logged in (from the form or a flow). Detail: `{ session }`.
 * @fires mc-flow-step - A flow moved to another step (from the flow).
 *
 * @cssprop --mc-flow-max-width - Maximum width of the flows (40rem).
 */
export class McConnection extends McElement {
  @property({ reflect: true }) agency: Agency = 'caf';
  /** The login form's options and wording over the agency's preset. */
  @property({ attribute: false }) config: Partial<LoginFormConfig> | undefined;
  /** The flows' options over the agency's preset (`CONNECTION_PRESETS`). */
  @property({ attribute: false }) flows: Partial<ConnectionFlowsConfig> | undefined;
  /** The adapter; the nearest `<mc-adapter-provider>`'s otherwise. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** Adds a history entry when a flow opens (Back returns to the form). */
  @property({ type: Boolean }) history = false;
  /** `sessionStorage` key of the flow in progress (the flows use `<key>:<flow>`); empty: nothing is kept. */
  @property({ attribute: 'storage-key' }) storageKey = 'mc-connection';

  /** What is shown: the login form or a flow. */
  @state() view: ConnectionView = 'login';
  @state() private failed = false;
  private readonly ready = new Set<ConnectionFlowName>();
  private prefill: ForgotPasswordDetail | undefined;
  private migration: MigrationRequiredDetail | undefined;
  private focusPending = false;
  private restored = false;

  private readonly i18n = new LocalizeController(this, messagesOf(commonMessages, errorMessages, loginMessages));

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get presets(): ConnectionFlowsConfig {
    return { ...CONNECTION_PRESETS[this.agency], ...this.flows };
  }

  private flowKey(flow: ConnectionFlowName): string {
    return this.storageKey ? `${this.storageKey}:${flow}` : '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    if (this.restored) return;
    this.restored = true;
    const saved = this.storageKey ? storage()?.getItem(this.storageKey) : null;
    const flow = FLOWS.find((f) => f === saved);
    // A migration can only resume if it had started (its token is never kept: it asks to log in again).
    if (flow && (flow !== 'migration' || storage()?.getItem(this.flowKey('migration')))) this.show(flow, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Shows a flow (loading it first) or the login form. */
  show(view: ConnectionView, push = true): void {
    if (view !== 'login' && push && this.history) history.pushState({ ...(history.state as object), [HISTORY_KEY]: view }, '');
    this.view = view;
    this.focusPending = true;
    if (this.storageKey) {
      if (view === 'login') this.forget();
      else storage()?.setItem(this.storageKey, view);
    }
    if (view !== 'login') void this.load(view);
  }

  private async load(flow: ConnectionFlowName): Promise<void> {
    if (this.ready.has(flow)) return;
    this.failed = false;
    try {
      await LOADERS[flow]();
      this.ready.add(flow);
    } catch {
      this.failed = true;
    }
    this.requestUpdate();
  }

  /** Back to the login form (the flow was left). */
  private backToLogin(): void {
    const state = history.state as Record<string, unknown> | null;
    if (this.history && state?.[HISTORY_KEY] === this.view) history.back();
    else this.show('login');
  }

  private readonly onPopState = (event: PopStateEvent): void => {
    if (!this.history) return;
    const wanted = (event.state as Record<string, unknown> | null)?.[HISTORY_KEY];
    const view = FLOWS.find((f) => f === wanted) ?? 'login';
    if (view !== this.view) this.show(view, false);
  };

  private readonly onForgot = (event: CustomEvent<ForgotPasswordDetail>): void => {
    event.preventDefault();
    this.prefill = event.detail;
    this.show('password-reset');
  };

  private readonly onRegister = (event: Event): void => {
    event.preventDefault();
    this.show('registration');
  };

  private readonly onMigration = (event: CustomEvent<MigrationRequiredDetail>): void => {
    this.migration = event.detail;
    this.show('migration');
  };

  private readonly onExit = (event: CustomEvent<FlowExitDetail>): void => {
    event.stopPropagation();
    // A new password was set: the one typed in the form before is the old one.
    if (event.detail.reason === 'done') this.querySelector<McLoginForm>('mc-login-form')?.reset();
    this.backToLogin();
  };

  private readonly onLogin = (): void => {
    if (this.storageKey) this.forget();
  };

  /**
   * Back at the form, or logged in: what the flows kept for a reload goes too (identifier, name, birth date, contact
   * details), even when a flow was left by the browser's Back button rather than by its own "Revenir".
   */
  private forget(): void {
    storage()?.removeItem(this.storageKey);
    for (const flow of FLOWS) storage()?.removeItem(this.flowKey(flow));
  }

  /** After a change of view: the focus goes to the login form, or to the flow's first heading (the migration's dialog takes it itself). */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.focusPending) return;
    if (this.view === 'login') {
      this.focusPending = false;
      const form = this.querySelector<McLoginForm>('mc-login-form');
      void form?.updateComplete.then(() => form.focus());
      return;
    }
    const flow = this.querySelector<LitElement>(`mc-${this.view}`);
    if (!flow) return;
    this.focusPending = false;
    if (this.view !== 'migration') void flow.updateComplete.then(() => flow.querySelector<HTMLElement>('[data-flow-heading]')?.focus());
  }

  private renderFlow(flow: ConnectionFlowName) {
    const t = this.i18n.t.bind(this.i18n);
    if (this.failed) {
      return html`<mc-notice variant="error" announce>
        <p>${t('common.loadFailed')} ${t('error.network')}</p>
        <p><mc-button variant="secondary" size="s" @click=${() => void this.load(flow)}>${t('common.retry')}</mc-button></p>
      </mc-notice>`;
    }
    if (!this.ready.has(flow)) return html`<p role="status">${t('common.loading')}</p>`;
    const common = { key: this.flowKey(flow), agency: this.agency };
    const config = this.config;
    const login = resolveLoginConfig(this.agency, config);
    switch (flow) {
      case 'password-reset':
        return html`<mc-password-reset
          agency=${common.agency}
          storage-key=${common.key}
          identifier=${this.prefill?.identifier ?? ''}
          identifier-kind=${this.prefill?.identifierKind ?? 'nir'}
          .allowProvisional=${login.allowProvisionalIdentifier}
          .adapter=${this.adapter}
          .loginConfig=${config}
          @mc-flow-exit=${this.onExit}
        ></mc-password-reset>`;
      case 'registration': {
        const { channels, askName } = this.presets.registration;
        const label = t(login.registerLabelKey);
        return html`<mc-registration
          agency=${common.agency}
          storage-key=${common.key}
          heading=${label}
          .allowProvisional=${login.allowProvisionalIdentifier}
          ?ask-name=${askName}
          .channels=${channels}
          .adapter=${this.adapter}
          .loginConfig=${config}
          @mc-flow-exit=${this.onExit}
          @mc-login=${this.onLogin}
        ></mc-registration>`;
      }
      case 'migration':
        return html`<mc-migration
          agency=${common.agency}
          storage-key=${common.key}
          .migration=${this.migration}
          .adapter=${this.adapter}
          .loginConfig=${config}
          @mc-flow-exit=${this.onExit}
          @mc-login=${this.onLogin}
        ></mc-migration>`;
    }
  }

  /**
   * The flow, when one is open, and the login form — hidden meanwhile, not removed: back at it, what was typed is
   * still there (the identifier, the password, the provisional-identifier choice).
   */
  protected override render() {
    const view = this.view;
    return html`${view === 'login' ? nothing : this.renderFlow(view)}
      <div class="mc-connection__login" ?hidden=${view !== 'login'}>
        <mc-login-form
          agency=${this.agency}
          .config=${this.config}
          .adapter=${this.adapter}
          @mc-forgot-password=${this.onForgot}
          @mc-register=${this.onRegister}
          @mc-migration-required=${this.onMigration}
          @mc-login=${this.onLogin}
        ></mc-login-form>
      </div>`;
  }
}
