// Messages of the validators in `validators/`, one small catalogue per validator so an element bundles only
// the ones it shows (every key they return is here; a test checks it). Wording after
// GOV.UK and DSFR: say what is wrong and how to put it right, politely, without blaming. French typography:
// a no-break space (U+00A0) before ":" and inside « and ».
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

/** Passwords (checkPassword, validateLoginPassword, validatePasswordConfirmation). */
export const passwordProblemMessages = /* @__PURE__ */ defineMessages({
  'password.required': 'Indiquez votre mot de passe',
  'password.newRequired': 'Choisissez un mot de passe',
  'password.tooShort': 'Le mot de passe doit comporter au moins {min} caractères',
  'password.tooLong': 'Le mot de passe doit comporter au plus {max} caractères : vous en avez saisi {count}',
  'password.missingDigit': 'Le mot de passe doit comporter au moins un chiffre',
  'password.missingUppercase': 'Le mot de passe doit comporter au moins une lettre majuscule',
  'password.missingLowercase': 'Le mot de passe doit comporter au moins une lettre minuscule',
  'password.missingSpecial':
    'Le mot de passe doit comporter au moins un caractère spécial (ni lettre ni chiffre, par exemple # ou @)',
  'password.rule.minLength': 'Au moins {min} caractères',
  'password.rule.maxLength': 'Au plus {max} caractères',
  'password.rule.digit': 'Au moins un chiffre',
  'password.rule.uppercase': 'Au moins une lettre majuscule',
  'password.rule.lowercase': 'Au moins une lettre minuscule',
  'password.rule.special': 'Au moins un caractère spécial (ni lettre ni chiffre)',
  'password.confirmRequired': 'Confirmez votre mot de passe',
  'password.confirmMismatch': 'Les deux mots de passe ne sont pas identiques : saisissez le même mot de passe deux fois',
});

export const passwordProblemMessagesEn = /* @__PURE__ */ defineTranslation(passwordProblemMessages, {
  'password.required': 'Enter your password',
  'password.newRequired': 'Choose a password',
  'password.tooShort': 'Your password must be at least {min} characters long',
  'password.tooLong': 'Your password must be {max} characters or fewer: you entered {count}',
  'password.missingDigit': 'Your password must contain at least one digit',
  'password.missingUppercase': 'Your password must contain at least one capital letter',
  'password.missingLowercase': 'Your password must contain at least one lower-case letter',
  'password.missingSpecial':
    'Your password must contain at least one special character (neither a letter nor a digit, for example # or @)',
  'password.rule.minLength': 'At least {min} characters',
  'password.rule.maxLength': 'No more than {max} characters',
  'password.rule.digit': 'At least one digit',
  'password.rule.uppercase': 'At least one capital letter',
  'password.rule.lowercase': 'At least one lower-case letter',
  'password.rule.special': 'At least one special character (neither a letter nor a digit)',
  'password.confirmRequired': 'Confirm your password',
  'password.confirmMismatch': 'The two passwords are not the same: type the same password twice',
});

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

/** Files (validateFiles); {limit} is formatted with formatFileSize before translation. */
export const fileMessages = /* @__PURE__ */ defineMessages({
  'file.empty': 'Le fichier « {name} » est vide : choisissez un autre fichier',
  'file.tooLarge': 'Le fichier « {name} » est trop volumineux : il doit faire moins de {limit}',
  'file.typeNotAccepted': 'Le fichier « {name} » n’est pas dans un format accepté : choisissez un fichier {types}',
  'file.contentMismatch':
    'Le fichier « {name} » n’est pas un vrai fichier {type} : son contenu ne correspond pas à son nom',
  'file.duplicate': 'Le fichier « {name} » a déjà été ajouté',
  'file.tooMany': 'Vous ne pouvez pas ajouter plus de {max} fichiers : « {name} » n’a pas été ajouté',
});

export const fileMessagesEn = /* @__PURE__ */ defineTranslation(fileMessages, {
  'file.empty': 'The file “{name}” is empty: choose another file',
  'file.tooLarge': 'The file “{name}” is too big: it must be smaller than {limit}',
  'file.typeNotAccepted': 'The file “{name}” is not in an accepted format: choose a {types} file',
  'file.contentMismatch': 'The file “{name}” is not a real {type} file: its content does not match its name',
  'file.duplicate': 'The file “{name}” has already been added',
  'file.tooMany': 'You cannot add more than {max} files: “{name}” was not added',
});

/** All validator catalogues, for flows that show problems of several validators. */
export const validationCatalogues = [identifierMessages, passwordProblemMessages, codeMessages, fileMessages] as const;
