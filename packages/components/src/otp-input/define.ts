import { defineElement } from '../shared/define.js';
import { McOtpInput } from './otp-input.component.js';

export { McOtpInput };
defineElement('mc-otp-input', McOtpInput);

declare global {
  interface HTMLElementTagNameMap {
    'mc-otp-input': McOtpInput;
  }
}
