// Messages of a validator in `validators/`. Wording after GOV.UK and DSFR: say what is wrong and how to put it
// right, politely, without blaming. French typography: a no-break space (U+00A0) before ":" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

/** New passwords (checkPassword, validatePasswordConfirmation); the log-in's is in login-password-problems.ts. */
export const passwordProblemMessages = /* @__PURE__ */ defineMessages({
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
