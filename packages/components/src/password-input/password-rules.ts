/**
 * The rule checker of `<mc-password-input mode="new">`: the agency's policy as a checklist placed before the field,
 * each rule's state in text (not colour alone), ONE polite announcement of what changed once typing pauses (none per
 * keystroke), and the confirmation that must match. Lengths are counted in code points by the core's
 * `checkPassword`, exactly as the server does.
 *
 * A module of its own so that a log-in form, whose password field has no rules, does not carry it: the element's
 * entry point (`@moncompte/components/password-input.js`) installs it, and an element put in `new` mode without it
 * loads it with `import()`.
 */
import { css, html, type ReactiveControllerHost } from 'lit';
import {
  checkPassword,
  passwordProblemMessages,
  passwordRuleMessages,
  validatePasswordConfirmation,
  type PasswordCheck,
  type PasswordPolicy,
  type Problem,
} from '@moncompte/core';
import { adoptStyles, Interaction, renderError, renderLabel } from '../shared/form-field.js';
import { LocalizeController } from '../shared/localize-controller.js';
import type { Clock } from '../shared/form-clock.js';

/** What the checker reads of its element. */
export interface RulesHost extends ReactiveControllerHost, HTMLElement {
  value: string;
  confirmation: string;
  policy: PasswordPolicy;
  noConfirm: boolean;
  disabled: boolean;
  confirmLabel: string;
  announceDelay: number;
  clock: Clock;
}

export const passwordRulesStyles = css`
  mc-password-input .mc-password__rules {
    margin: 0 0 var(--mc-space-2);
    padding: 0;
    list-style: none;
  }
  mc-password-input .mc-password__rule {
    display: flex;
    gap: var(--mc-space-2);
    align-items: baseline;
  }
  mc-password-input .mc-password__rule::before {
    content: '✗' / '';
    display: inline-block;
    width: 1.25em;
    text-align: center;
    font-weight: var(--mc-font-weight-bold);
    color: var(--mc-password-rule-unmet-color, var(--mc-color-text-muted));
  }
  mc-password-input .mc-password__rule[data-ok]::before {
    content: '✓' / '';
    color: var(--mc-password-rule-met-color, var(--mc-color-success-text));
  }
`;

/** Which rules are met, as a string of 0 and 1: an announcement is due only when it changes. */
const signatureOf = (check: PasswordCheck): string => check.rules.map((r) => (r.ok ? 1 : 0)).join('');

export class PasswordRules {
  /** Text of the polite live region that summarises the rules. */
  announcement = '';
  /** When the confirmation field shows its errors. */
  readonly confirmField: Interaction;
  private readonly i18n: LocalizeController<string>;
  private cache: { value: string; policy: PasswordPolicy; check: PasswordCheck } | undefined;
  private announced: string;
  private timer: number | undefined;

  constructor(private readonly host: RulesHost) {
    this.i18n = new LocalizeController<string>(host, [passwordRuleMessages, passwordProblemMessages]);
    this.confirmField = new Interaction(host);
    adoptStyles(host, [passwordRulesStyles]);
    // The state the checklist starts from is not announced: only changes are.
    this.announced = signatureOf(this.check);
  }

  get hasConfirm(): boolean {
    return !this.host.noConfirm;
  }

  /** The core check of the value against the policy (`checkPassword`: lengths in code points), cached. */
  get check(): PasswordCheck {
    const { value, policy } = this.host;
    if (this.cache?.value !== value || this.cache.policy !== policy) this.cache = { value, policy, check: checkPassword(value, policy) };
    return this.cache.check;
  }

  t(key: keyof typeof passwordRuleMessages.fr & string, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /** A problem (or a rule) of the core validator, in the element's locale. */
  private text(problem: Problem): string {
    return this.i18n.t(problem.key, problem.params);
  }

  /** The rules not met, as a list inside a sentence ("au moins un chiffre, au moins une lettre majuscule"). */
  private unmet(check: PasswordCheck): string {
    return check.rules
      .filter((r) => !r.ok)
      .map((r) => this.text(r).toLowerCase())
      .join(', ');
  }

  /** Errors of the password: what is missing, or the list of the rules not met. */
  errors(): readonly string[] {
    const check = this.check;
    if (check.ok) return [];
    if (this.host.value === '') return check.problems.map((p) => this.text(p));
    return [this.t('form.password.rulesUnmet', { rules: this.unmet(check) })];
  }

  /** Errors of the confirmation. */
  confirmErrors(): readonly string[] {
    if (this.host.disabled || !this.hasConfirm) return [];
    return validatePasswordConfirmation(this.host.value, this.host.confirmation).problems.map((p) => this.text(p));
  }

  /** The password changed: the announcement waits for a pause in the typing. */
  typed(): void {
    const { clock } = this.host;
    clock.clearTimeout(this.timer);
    this.timer = clock.setTimeout(() => this.announce(), this.host.announceDelay);
  }

  /** The policy changed: its state becomes the new starting point. */
  policyChanged(): void {
    this.announced = signatureOf(this.check);
  }

  stop(): void {
    this.host.clock.clearTimeout(this.timer);
  }

  reset(): void {
    this.stop();
    this.announcement = '';
    this.announced = signatureOf(this.check);
    this.confirmField.reset();
  }

  /**
   * One polite announcement of the rules' state, only when which rules are met changed since the last one: how many
   * are met and which are still missing, so that two different states never read the same.
   */
  private announce(): void {
    const check = this.check;
    const signature = signatureOf(check);
    if (signature === this.announced) return;
    this.announced = signature;
    const total = check.rules.length;
    const met = check.rules.filter((r) => r.ok).length;
    this.announcement =
      met === total ? this.t('form.password.allMet') : this.t('form.password.progress', { count: met, total, rules: this.unmet(check) });
    this.host.requestUpdate();
  }

  renderRules(id: string) {
    return html`<p class="mc-field__hint" id=${`${id}-rules-intro`}>${this.t('form.password.rulesIntro')}</p>
      <ul class="mc-password__rules" id=${`${id}-rules`}>
        ${this.check.rules.map(
          (rule) =>
            html`<li class="mc-password__rule" ?data-ok=${rule.ok}>
              <span
                >${this.text(rule)}
                <span class="mc-vh">${this.t(rule.ok ? 'form.password.ruleMet' : 'form.password.ruleUnmet')}</span></span
              >
            </li>`,
        )}
      </ul>`;
  }

  renderConfirmLabel(id: string, marker: string | false, prefix: string, errors: readonly string[]) {
    return html`${renderLabel(`${id}-confirm`, this.host.confirmLabel || this.t('form.password.confirmLabel'), marker)}
    ${renderError(`${id}-confirm-error`, prefix, errors)}`;
  }

  renderAnnouncement(id: string) {
    return html`<p class="mc-vh" aria-live="polite" id=${`${id}-live`}>${this.announcement}</p>`;
  }
}
