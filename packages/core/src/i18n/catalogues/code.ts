// Messages of a validator in `validators/`. Wording after GOV.UK and DSFR: say what is wrong and how to put it
// right, politely, without blaming. French typography: a no-break space (U+00A0) before ":" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

/** Confirmation codes (validateCode). */
export const codeMessages = /* @__PURE__ */ defineMessages({
  'code.required': 'Indiquez le code à {length} chiffres que vous avez reçu',
  'code.digitsOnly': 'Le code ne comporte que des chiffres',
  'code.wrongLength': {
    one: 'Le code comporte {length} chiffres : vous avez saisi {count} caractère',
    other: 'Le code comporte {length} chiffres : vous avez saisi {count} caractères',
  },
});

export const codeMessagesEn = /* @__PURE__ */ defineTranslation(codeMessages, {
  'code.required': 'Enter the {length}-digit code you received',
  'code.digitsOnly': 'The code must contain only digits',
  'code.wrongLength': {
    one: 'The code is {length} digits long: you entered {count} character',
    other: 'The code is {length} digits long: you entered {count} characters',
  },
});
