import { defineElement } from '../shared/define.js';
import '../button/define.js';
import '../notice/define.js';
import '../error-summary/define.js';
import '../text-field/define.js';
import '../password-input/define.js';
import '../otp-input/define.js';
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
