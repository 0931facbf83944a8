import type { PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import {
  type Agency,
  type CodeChallenge,
  type CodeChannel,
  type IdentifierKind,
  type MonCompteAdapter,
  type Session,
} from '@moncompte/core';
import { systemClock, type Clock } from '../shared/form-clock.js';
import { uniqueId } from '../shared/form-registry.js';
import { emit } from '../shared/emit.js';
import { FlowCore } from '../shared/flow-core.js';
import { challengeSent, flowI18n, passwordPolicyLoader, verifyChallenge } from '../shared/flow-element.js';
import { CodeState } from '../shared/flow-code.js';
import type { LoginFormConfig } from '../shared/flow-reauth.js';
import type { Translate } from '../shared/flow-view.js';
import { normaliseIdentifier } from '../shared/flow-fields.js';
import { validateBirthDate, validateContact } from '../shared/flow-validators.js';
import { renderRegistrationStep } from './registration.steps.js';

export type RegistrationStep = 'identity' | 'contact' | 'code' | 'password' | 'connected';
const STEPS: readonly RegistrationStep[] = ['identity', 'contact', 'code', 'password', 'connected'];

/** What the flow keeps across a reload (no secret). */
export interface RegistrationData {
  identifierKind: IdentifierKind;
  identifier: string;
  firstName: string;
  lastName: string;
  /** As typed (JJ/MM/AAAA). */
  birthDate: string;
  contactChannel: CodeChannel;
  contactValue: string;
  challenge: CodeChallenge | null;
}

/**
 * @element mc-registration
 * @summary Account creation ("Créer Mon Compte" at the CAF, "S'inscrire" at the MSA): identifier and birth date
 * (and names where the agency asks them) → contact details (e-mail or mobile, as the agency offers) → the code
 * received there → password (the agency's rules) → connected: `mc-login` with the session. Inputs are real
 * inputs of real forms in the LIGHT DOM. "Retour" keeps what was typed; a reload keeps the non-secret data; an
 * expired session asks to log in again, then resumes.
 *
 * @fires mc-login - The account is created and the person is logged in. Detail: `{ session }`.
 * @fires mc-flow-step - The flow moved to another step. Detail: `{ flow, step, position?, total }`.
 * @fires mc-flow-exit - "Revenir à la connexion" (`cancel`).
 * @fires mc-reauth-required - An adapter call answered `unauthorized` (cancelable: then call `resume()`).
 *
 * @cssprop --mc-flow-max-width - Maximum width of the flow (40rem).
 * @cssprop --mc-flow-title-size - Font size of the flow's title.
 * @cssprop --mc-flow-heading-size - Font size of the step headings.
 * @cssprop --mc-flow-progress-color - Colour of "Étape n sur m".
 */
export class McRegistration extends McElement {
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** The flow's title (an `<h2>`): the agency's wording ("Créer Mon Compte", "S'inscrire"); "Créer mon compte" by default. */
  @property() heading = '';
  /** Where the code may be sent, in the order offered (MSA: e-mail only). */
  @property({ attribute: false }) channels: readonly CodeChannel[] = ['email', 'sms'];
  /** Asks first and last names (MSA's form). */
  @property({ type: Boolean, attribute: 'ask-name' }) askName = false;
  /** `sessionStorage` key of the non-secret data; empty: nothing is kept across reloads. */
  /** Offers "J’ai un identifiant provisoire" (the agency's login configuration: CAF yes, MSA no). */
  @property({ type: Boolean, attribute: 'allow-provisional' }) allowProvisional = true;
  /** The agency (the login form shown when the session expires uses its preset). */
  @property({ reflect: true }) agency: Agency = 'caf';
  /** Time source of the code input (tests and stories inject a fake one). */
  @property({ attribute: false }) clock: Clock = systemClock;
  @property({ attribute: 'storage-key' }) storageKey = 'mc-registration';
  /** Today (ISO), for the birth date check; the real date by default. */
  @property() today = '';
  @property({ attribute: false }) loginConfig?: Partial<LoginFormConfig>;

  secrets = { password: '', confirmation: '', token: '' };

  /** Base of the ids of this instance's parts. */
  readonly ids = uniqueId('mc-registration');
  readonly i18n = flowI18n(this);
  readonly flow: FlowCore<RegistrationStep, RegistrationData> = new FlowCore<RegistrationStep, RegistrationData>(this, {
    flow: 'registration',
    steps: STEPS,
    initial: 'identity',
    counted: ['identity', 'contact', 'code', 'password'],
    final: ['connected'],
    data: {
      identifierKind: 'nir',
      identifier: '',
      firstName: '',
      lastName: '',
      birthDate: '',
      contactChannel: 'email',
      contactValue: '',
      challenge: null,
    },
    t: () => this.t,
    failureText: (error) => (error.kind === 'conflict' && this.flow.steps.current === 'password' ? this.t('connection.register.exists') : undefined),
    restore: ({ step, history }) =>
      step === 'password' || step === 'connected'
        ? { step: 'contact', history: ['identity'], note: 'restoredNewCode' }
        : { step, history, note: 'restored' },
  });
  readonly policy = passwordPolicyLoader(this, () => this.flow.runner.adapter);
  readonly code = new CodeState(this);

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get t(): Translate {
    return this.i18n.t.bind(this.i18n) as Translate;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const { contactChannel } = this.flow.data;
    if (!this.channels.includes(contactChannel) && this.channels[0]) this.flow.data = { ...this.flow.data, contactChannel: this.channels[0] };
  }

  /** Resumes after a new log-in, when the page handled `mc-reauth-required` itself. */
  resume(): void {
    this.flow.reauth.resume();
  }

  // ── actions ──────────────────────────────────────────────────────────────
  submitIdentity(): void {
    this.flow.steps.go('contact');
  }

  async sendCode(): Promise<void> {
    const d = this.flow.data;
    const identifierKind = this.allowProvisional ? d.identifierKind : 'nir';
    const identifier = normaliseIdentifier(identifierKind, d.identifier).value;
    const birthDate = validateBirthDate(d.birthDate, this.today || undefined).value;
    const contact = { channel: d.contactChannel, value: validateContact(d.contactChannel, d.contactValue).value };
    const names = this.askName ? { firstName: d.firstName.trim(), lastName: d.lastName.trim() } : {};
    const challenge = await this.flow.call(
      (adapter, signal) => adapter.startRegistration({ identifierKind, identifier, birthDate, contact, ...names }, { signal }),
      () => void this.sendCode(),
    );
    if (challenge) challengeSent(this.flow, this.code, challenge, 'code');
  }

  async verifyCode(code: string): Promise<void> {
    const outcome = await verifyChallenge(this.flow, this.code, code, () => void this.verifyCode(code));
    if (!outcome?.token) return;
    this.secrets.token = outcome.token;
    this.code.start();
    this.flow.steps.replace('password');
  }

  async createAccount(): Promise<void> {
    const registrationToken = this.secrets.token;
    const password = this.secrets.password;
    const session: Session | undefined = await this.flow.call(
      (adapter, signal) => adapter.completeRegistration({ registrationToken, password }, { signal }),
      () => void this.createAccount(),
    );
    if (!session) return;
    this.secrets = { password: '', confirmation: '', token: '' };
    this.flow.steps.replace('connected');
    emit(this, 'mc-login', { session });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.flow.steps.current === 'password') this.policy.ensure();
  }

  protected override render() {
    return this.flow.render(this.heading || this.t('connection.register.title'), () => renderRegistrationStep(this));
  }
}
