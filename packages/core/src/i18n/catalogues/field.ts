// Strings of the field pattern shared by mc-text-field, mc-password-input and mc-otp-input.
// French typography: a no-break space (U+00A0) before ":" ";" "!" "?" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

/** The field pattern shared by mc-text-field, mc-password-input and mc-otp-input. */
export const fieldMessages = /* @__PURE__ */ defineMessages({
  'form.required.marker': '(obligatoire)',
  'form.required': 'Renseignez le champ « {label} »',
  'form.error.prefix': 'Erreur :',
});

export const fieldMessagesEn = /* @__PURE__ */ defineTranslation(fieldMessages, {
  'form.required.marker': '(required)',
  'form.required': 'Enter “{label}”',
  'form.error.prefix': 'Error:',
});
