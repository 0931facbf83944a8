// The problem of a password typed at log-in (validateLoginPassword): a catalogue of its own, so that a log-in form
// does not carry the wording of the new-password rules.
import { defineMessages, defineTranslation } from '../translate.js';

export const loginPasswordProblemMessages = /* @__PURE__ */ defineMessages({
  'password.required': 'Indiquez votre mot de passe',
});

export const loginPasswordProblemMessagesEn = /* @__PURE__ */ defineTranslation(loginPasswordProblemMessages, {
  'password.required': 'Enter your password',
});
