import { defineElement } from '../shared/define.js';
import { McPasswordInput } from './password-input.component.js';
import { PasswordRules } from './password-rules.js';

export { McPasswordInput };
export type { PasswordRulesClass } from './password-input.component.js';

// The public entry carries the rule checker of `new` mode (a log-in form registers the element without it).
McPasswordInput.rulesClass ??= PasswordRules;
defineElement('mc-password-input', McPasswordInput);

declare global {
  interface HTMLElementTagNameMap {
    'mc-password-input': McPasswordInput;
  }
}
