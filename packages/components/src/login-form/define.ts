import { defineElement } from '../shared/define.js';
import '../error-summary/define.js';
import '../franceconnect-button/define.js';
import { McLoginForm } from './login-form.component.js';
import type {
  ForgotPasswordDetail,
  LoginErrorDetail,
  LoginSuccessDetail,
  MigrationRequiredDetail,
  RegisterDetail,
} from './login-types.js';

export { McLoginForm };
export type {
  ForgotPasswordDetail,
  LoginErrorDetail,
  LoginStatus,
  LoginStep,
  LoginSuccessDetail,
  MigrationRequiredDetail,
  RegisterDetail,
} from './login-types.js';
export { CAF_LOGIN_CONFIG, MSA_LOGIN_CONFIG, LOGIN_PRESETS, resolveLoginConfig } from './login-config.js';
export type { LoginFormConfig, LoginMessageKey } from './login-config.js';

// The password field of a log-in has no rules: the element is registered here without its rule checker (the
// password-input entry, or the first field in `new` mode, brings it).
defineElement('mc-login-form', McLoginForm);

declare global {
  interface HTMLElementTagNameMap {
    'mc-login-form': McLoginForm;
  }
  interface GlobalEventHandlersEventMap {
    'mc-login': CustomEvent<LoginSuccessDetail>;
    'mc-migration-required': CustomEvent<MigrationRequiredDetail>;
    'mc-forgot-password': CustomEvent<ForgotPasswordDetail>;
    'mc-register': CustomEvent<RegisterDetail>;
    'mc-login-error': CustomEvent<LoginErrorDetail>;
  }
}
