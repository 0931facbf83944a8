import { html, LitElement, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property, query, state } from 'lit/decorators.js';
import {
  commonMessages,
  errorMessages,
  isAbortError,
  logoutMessages,
  toAdapterError,
  type AdapterError,
  type Catalogue,
  type KeysOf,
  type MonCompteAdapter,
} from '@moncompte/core';
import { AdapterController } from '../shared/adapter-context.js';
import { emit } from '../shared/emit.js';
import { LocalizeController } from '../shared/localize-controller.js';
import type { McButton } from '../button/button.component.js';
import '../button/define.js';
import '../notice/define.js';
import { logoutButtonStyles } from './logout-button.styles.js';

/** The message keys this element shows (its catalogues are listed without the shared form-field helpers). */
type Keys = KeysOf<typeof logoutMessages | typeof errorMessages | typeof commonMessages>;

/**
 * The "Déconnexion" button: ends the session through the adapter (`logout`), then fires `mc-logout`. When it reaches
 * the document, every element of ours that shows account data (the dashboard tiles, the history, the authorisation
 * panel, the password and contact changes, the situation wizard, the document upload) forgets it at once and says
 * « Vous êtes déconnecté. », until the next `mc-login`; the page clears what is its own (a portal goes to its
 * connexion page). While the call runs the button is busy and ignores further activations (one call per action). A
 * failure shows a notice under the button with what to do; the button stays there to try again. An `unauthorized`
 * answer means the session had already ended: that is a successful log-out.
 *
 * @element mc-logout-button
 * @summary "Déconnexion": ends the session through the adapter; our elements then forget the account's data.
 *
 * @fires mc-logout - The session has ended: our elements forget the account's data; the page drops what it shows of
 *   its own. Detail: `{}`. A page that logs out by its own means dispatches it on `document` too.
 *
 * @csspart button - The `mc-button`.
 * @csspart notice - The failure notice.
 *
 * @cssprop --mc-logout-button-gap - Space between the button and the failure notice.
 */
export class McLogoutButton extends McElement {
  static override styles = logoutButtonStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The adapter; the provided one (`<mc-adapter-provider>`) otherwise. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** Look of the button (`secondary` by default: it sits in a header next to other actions). */
  @property({ reflect: true }) variant: 'primary' | 'secondary' | 'tertiary' = 'secondary';
  /** Size of the button. */
  @property({ reflect: true }) size: 's' | 'm' | 'l' = 'm';

  @state() private failure: AdapterError | undefined;
  @query('mc-button') private button!: McButton | null;

  private readonly adapters = new AdapterController(this);
  private readonly i18n = new LocalizeController(this, [logoutMessages, errorMessages, commonMessages] as readonly Catalogue<Keys>[]);
  private controller: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Logs out, as a click does. Resolves to true when the session has ended (and `mc-logout` was fired). */
  async logout(): Promise<boolean> {
    if (this.controller) return false;
    const controller = (this.controller = new AbortController());
    this.failure = undefined;
    const work = async (): Promise<boolean> => {
      try {
        await this.adapters.require().logout({ signal: controller.signal });
      } catch (error) {
        if (isAbortError(error) || controller.signal.aborted) return false;
        const failure = toAdapterError(error);
        // The session was already over: the goal of the action is reached.
        if (failure.kind !== 'unauthorized') {
          this.failure = failure;
          return false;
        }
      }
      emit<Record<string, never>>(this, 'mc-logout', {});
      return true;
    };
    try {
      return await (this.button ? this.button.runBusy(work) : work());
    } finally {
      this.controller = undefined;
    }
  }

  private onClick(): void {
    void this.logout();
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const failure = this.failure;
    return html`<mc-button part="button" variant=${this.variant} size=${this.size} @click=${this.onClick}>${t('logout.label')}</mc-button>
      ${failure
        ? html`<mc-notice part="notice" class="notice" variant="error" announce heading=${t('logout.failed')}>
            ${t(failure.messageKey as 'error.server')} ${t('logout.retry')}
          </mc-notice>`
        : nothing}`;
  }
}
