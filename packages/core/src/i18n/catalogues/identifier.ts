// Messages of a validator in `validators/`. Wording after GOV.UK and DSFR: say what is wrong and how to put it
// right, politely, without blaming. French typography: a no-break space (U+00A0) before ":" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

/** NIR and provisional identifier (validateNir, validateProvisionalIdentifier). */
export const identifierMessages = /* @__PURE__ */ defineMessages({
  'nir.required': 'Indiquez votre numéro de sécurité sociale',
  'nir.invalidCharacters':
    'Le numéro de sécurité sociale ne doit comporter que des chiffres (et 2A ou 2B pour un département de Corse)',
  'nir.tooShort': {
    one: 'Le numéro de sécurité sociale doit comporter 13 chiffres : vous avez saisi {count} caractère',
    other: 'Le numéro de sécurité sociale doit comporter 13 chiffres : vous avez saisi {count} caractères',
  },
  'nir.tooLong': {
    one: 'Le numéro de sécurité sociale comporte 13 chiffres, ou 15 avec la clé : vous avez saisi {count} caractère',
    other: 'Le numéro de sécurité sociale comporte 13 chiffres, ou 15 avec la clé : vous avez saisi {count} caractères',
  },
  'nir.firstDigit': 'Le numéro de sécurité sociale commence par 1 ou 2',
  'nir.temporaryNotAccepted':
    'Les numéros provisoires (qui commencent par 3, 4, 7 ou 8) ne sont pas acceptés ici : si vous n’avez pas encore de numéro de sécurité sociale définitif, utilisez votre identifiant provisoire',
  'nir.wrongKey': 'La clé (2 derniers chiffres) ne correspond pas au numéro : vérifiez votre numéro de sécurité sociale',
  'nir.keyRemoved': 'Nous avons retiré la clé : seuls les 13 premiers chiffres sont nécessaires',
  'provisionalId.required': 'Indiquez votre identifiant provisoire',
});

export const identifierMessagesEn = /* @__PURE__ */ defineTranslation(identifierMessages, {
  'nir.required': 'Enter your social security number',
  'nir.invalidCharacters':
    'Your social security number must contain only digits (and 2A or 2B for a Corsican department)',
  'nir.tooShort': {
    one: 'Your social security number must be 13 digits long: you entered {count} character',
    other: 'Your social security number must be 13 digits long: you entered {count} characters',
  },
  'nir.tooLong': {
    one: 'Your social security number is 13 digits long, or 15 with the key: you entered {count} character',
    other: 'Your social security number is 13 digits long, or 15 with the key: you entered {count} characters',
  },
  'nir.firstDigit': 'Your social security number starts with 1 or 2',
  'nir.temporaryNotAccepted':
    'Temporary numbers (starting with 3, 4, 7 or 8) are not accepted here: if you do not have a permanent social security number yet, use your provisional identifier',
  'nir.wrongKey': 'The key (last 2 digits) does not match the number: check your social security number',
  'nir.keyRemoved': 'We removed the key: only the first 13 digits are needed',
  'provisionalId.required': 'Enter your provisional identifier',
});
