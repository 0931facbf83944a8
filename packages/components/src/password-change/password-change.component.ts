import type { PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { signedOutMessages, type Agency, type MonCompteAdapter } from '@moncompte/core';
import { emit } from '../shared/emit.js';
import { uniqueId } from '../shared/form-registry.js';
import { FlowCore } from '../shared/flow-core.js';
import { flowI18n, passwordPolicyLoader } from '../shared/flow-element.js';
import type { LoginFormConfig } from '../shared/flow-reauth.js';
import type { Translate } from '../shared/flow-view.js';
import { renderChangeStep } from './password-change.steps.js';

export type PasswordChangeStep = 'password' | 'done';
const STEPS: readonly PasswordChangeStep[] = ['password', 'done'];

/** `mc-password-changed`: the adapter saved the new password. */
export type PasswordChangedDetail = Record<string, never>;

/**
 * @element mc-password-change
 * @summary "Changer mon mot de passe" (Gérer mon compte), for a signed-in person: the current password, then the
 * new one under the agency's rules (the live checklist) and its confirmation, then a confirmation. Its inputs are
 * real inputs of a real form in the LIGHT DOM (`current-password`, `new-password`: password managers offer to
 * update the saved password), with the account's identifier in a hidden `username` field.
 *
 * One adapter call per submit (`changePassword`). A wrong current password is said next to that field and in the
 * error summary; a new password the back end refuses, next to the new one; any other failure above the form with
 * what to do. Nothing typed is lost, and nothing is kept across a reload: the flow holds only passwords. A session
 * that expired shows the login form in place; once logged in again, the form is back with what was typed.
 *
 * When the session ends (`mc-logout` reaching the document), the passwords typed and the account's identifier go
 * (`username` too: the next session's is asked for, unless the page sets it again), a call in flight is dropped,
 * and the element says « Vous êtes déconnecté. » under its title, until `mc-login` reaches the document.
 *
 * @fires mc-password-changed - The new password is saved. Detail: `{}`.
 * @fires mc-flow-step - The flow moved to another step (`flow: 'password-change'`). Detail: `{ flow, step, total }`.
 * @fires mc-reauth-required - The session expired (cancelable: then log in again and call `resume()`).
 *
 * @cssprop --mc-flow-max-width - Maximum width of the flow (40rem).
 * @cssprop --mc-flow-title-size - Font size of the flow's title.
 * @cssprop --mc-flow-heading-size - Font size of the step headings.
 */
export class McPasswordChange extends McElement {
  /** The adapter; the nearest `<mc-adapter-provider>`'s otherwise. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** The agency (the login form shown when the session expires uses its preset). */
  @property({ reflect: true }) agency: Agency = 'caf';
  /** The flow's title (an `<h2>`); "Changer mon mot de passe" by default. */
  @property() heading = '';
  /** Configuration of the login form shown when the session expires (agency wording). */
  @property({ attribute: false }) loginConfig?: Partial<LoginFormConfig>;
  /**
   * The identifier the person logs in with, in a hidden `autocomplete="username"` field of the form, so that a
   * password manager updates the right saved password. The session's (`getSession`) when not given.
   */
  @property() username = '';

  /** Nothing is kept across a reload: the flow's only data are passwords. */
  storageKey = '';

  /** The passwords typed, in memory only. */
  secrets = { current: '', password: '', confirmation: '' };

  /** Base of the ids of this instance's parts. */
  readonly ids = uniqueId('mc-change');
  readonly i18n = flowI18n(this, signedOutMessages);
  readonly flow: FlowCore<PasswordChangeStep, Record<string, never>> = new FlowCore<PasswordChangeStep, Record<string, never>>(this, {
    flow: 'password-change',
    steps: STEPS,
    initial: 'password',
    counted: [],
    final: ['done'],
    data: {},
    t: () => this.t,
    restore: () => undefined,
    signedIn: true,
    forget: () => {
      this.secrets = { current: '', password: '', confirmation: '' };
      this.username = '';
    },
  });
  readonly policy = passwordPolicyLoader(this, () => this.flow.runner.adapter);

  /** The username given to password managers: the property, else the session's identifier. */
  get accountIdentifier(): string {
    // The session the flow asked for once (a failure only leaves the hidden username field out).
    return this.username || (this.flow.reauth.session?.identifier ?? '');
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get t(): Translate {
    return this.i18n.t.bind(this.i18n) as Translate;
  }

  /** Resumes after a new log-in, when the page handled `mc-reauth-required` itself. */
  resume(): void {
    this.flow.reauth.resume();
  }

  /** Saves the new password (one adapter call; a submit while one is running is ignored). */
  async save(): Promise<void> {
    const { current: currentPassword, password: newPassword } = this.secrets;
    const done = await this.flow.call(
      (adapter, signal) => adapter.changePassword({ currentPassword, newPassword }, { signal }).then(() => true),
      () => void this.save(),
    );
    if (!done) return;
    this.secrets = { current: '', password: '', confirmation: '' };
    this.flow.steps.replace('done');
    emit<PasswordChangedDetail>(this, 'mc-password-changed', {});
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.flow.steps.current !== 'password' || this.flow.ended) return;
    this.policy.ensure();
  }

  protected override render() {
    return this.flow.render(this.heading || this.t('connection.change.title'), () => renderChangeStep(this));
  }
}
