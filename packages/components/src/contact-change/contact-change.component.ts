import type { PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { signedOutMessages, type Agency, type CodeChallenge, type CodeChannel, type MonCompteAdapter, type Profile } from '@moncompte/core';
import { systemClock, type Clock } from '../shared/form-clock.js';
import { uniqueId } from '../shared/form-registry.js';
import { emit } from '../shared/emit.js';
import { FlowCore } from '../shared/flow-core.js';
import { CodeState } from '../shared/flow-code.js';
import { challengeSent, flowI18n, verifyChallenge } from '../shared/flow-element.js';
import { OnceLoader } from '../shared/flow-loader.js';
import type { LoginFormConfig } from '../shared/flow-reauth.js';
import type { Translate } from '../shared/flow-view.js';
import { validateContact } from '../shared/flow-validators.js';
import { adoptStyles } from '../shared/form-field.js';
import { renderContactChangeStep } from './contact-change.steps.js';
import { contactChangeStyles } from './contact-change.styles.js';

export type ContactChangeStep = 'contact' | 'code' | 'done';
const STEPS: readonly ContactChangeStep[] = ['contact', 'code', 'done'];

/** What the flow keeps across a reload (no secret): the new contact details and the challenge of their code. */
export interface ContactChangeData {
  contactChannel: CodeChannel;
  contactValue: string;
  challenge: CodeChallenge | null;
}

/** `mc-contact-changed`: the new e-mail address or mobile number is saved (normalised: trimmed, a mobile as `06…`). */
export interface ContactChangedDetail {
  readonly channel: CodeChannel;
  readonly value: string;
}

/**
 * @element mc-contact-change
 * @summary "Modifier mes coordonnées" (Mon profil), for a signed-in person: the current e-mail address and mobile
 * number, the new one → the confirmation code sent TO IT (which proves it) → saved. Its inputs are real inputs of
 * a real form in the LIGHT DOM (`email`, `tel`, `one-time-code`).
 *
 * One adapter call per action (`sendContactChangeCode`, `verifyCode`, resending). Contact details the back end
 * refuses are said next to the field and in the error summary; any other failure above the form with what to do.
 * "Retour" and a reload keep what was typed (no secret is kept); a session that expired shows the login form in
 * place, then the flow is back where it was.
 *
 * When the session ends (`mc-logout` reaching the document), the current e-mail address and mobile number, what
 * was typed (also what was kept for a reload) and the code go, a call in flight is dropped, and the element says
 * « Vous êtes déconnecté. » under its title; at the next `mc-login` it starts again at its first step.
 *
 * @fires mc-contact-changed - The new contact details are saved. Detail: `{ channel, value }`.
 * @fires mc-flow-step - The flow moved to another step (`flow: 'contact-change'`). Detail: `{ flow, step, position?, total }`.
 * @fires mc-reauth-required - The session expired (cancelable: then log in again and call `resume()`).
 *
 * @cssprop --mc-flow-max-width - Maximum width of the flow (40rem).
 * @cssprop --mc-flow-title-size - Font size of the flow's title.
 * @cssprop --mc-flow-heading-size - Font size of the step headings.
 * @cssprop --mc-flow-progress-color - Colour of "Étape n sur m".
 */
export class McContactChange extends McElement {
  /** The adapter; the nearest `<mc-adapter-provider>`'s otherwise. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** The agency (the login form shown when the session expires uses its preset). */
  @property({ reflect: true }) agency: Agency = 'caf';
  /** The flow's title (an `<h2>`); "Modifier mes coordonnées" by default. */
  @property() heading = '';
  /** What may be changed, in the order offered. */
  @property({ attribute: false }) channels: readonly CodeChannel[] = ['email', 'sms'];
  /** Time source of the code input (tests and stories inject a fake one). */
  @property({ attribute: false }) clock: Clock = systemClock;
  /** `sessionStorage` key of the non-secret data; empty: nothing is kept across reloads. */
  @property({ attribute: 'storage-key' }) storageKey = 'mc-contact-change';
  /** Configuration of the login form shown when the session expires (agency wording). */
  @property({ attribute: false }) loginConfig?: Partial<LoginFormConfig>;

  /** What was saved, for the confirmation (not kept across a reload). */
  saved: ContactChangedDetail | undefined;

  /** Base of the ids of this instance's parts. */
  readonly ids = uniqueId('mc-contact');
  readonly i18n = flowI18n(this, signedOutMessages);
  readonly flow: FlowCore<ContactChangeStep, ContactChangeData> = new FlowCore<ContactChangeStep, ContactChangeData>(this, {
    flow: 'contact-change',
    steps: STEPS,
    initial: 'contact',
    counted: ['contact', 'code'],
    final: ['done'],
    data: { contactChannel: 'email', contactValue: '', challenge: null },
    t: () => this.t,
    restore: ({ step, history }) => (step === 'done' ? undefined : { step, history, note: 'restored' }),
    signedIn: true,
    forget: () => {
      this.saved = undefined;
      this.code.start();
      this.profile.reset();
      this.fitChannel();
    },
  });
  readonly code = new CodeState(this);
  /** The current contact details, shown on the first step (a failure only leaves them out). */
  readonly profile = new OnceLoader<Profile>(this, () => this.flow.runner.adapter, (adapter, signal) => adapter.getProfile({ signal }));

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get t(): Translate {
    return this.i18n.t.bind(this.i18n) as Translate;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, [contactChangeStyles]);
    this.fitChannel();
  }

  /** The channel chosen is one of `channels`. */
  private fitChannel(): void {
    const { contactChannel } = this.flow.data;
    if (!this.channels.includes(contactChannel) && this.channels[0]) this.flow.data = { ...this.flow.data, contactChannel: this.channels[0] };
  }

  /** Resumes after a new log-in, when the page handled `mc-reauth-required` itself. */
  resume(): void {
    this.flow.reauth.resume();
  }

  /** Sends the code to the new contact details (one adapter call). */
  async sendCode(): Promise<void> {
    const { contactChannel: channel, contactValue } = this.flow.data;
    const contact = { channel, value: validateContact(channel, contactValue).value };
    const challenge = await this.flow.call(
      (adapter, signal) => adapter.sendContactChangeCode({ contact }, { signal }),
      () => void this.sendCode(),
    );
    if (challenge) challengeSent(this.flow, this.code, challenge, 'code');
  }

  /** Verifies the code: valid, the new contact details are saved. */
  async verifyCode(code: string): Promise<void> {
    const outcome = await verifyChallenge(this.flow, this.code, code, () => void this.verifyCode(code));
    if (!outcome) return;
    const { contactChannel: channel, contactValue } = this.flow.data;
    this.saved = { channel, value: validateContact(channel, contactValue).value };
    this.flow.steps.replace('done');
    emit<ContactChangedDetail>(this, 'mc-contact-changed', this.saved);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.flow.steps.current === 'contact' && !this.flow.ended) this.profile.ensure();
  }

  protected override render() {
    return this.flow.render(this.heading || this.t('connection.contactChange.title'), () => renderContactChangeStep(this));
  }
}
