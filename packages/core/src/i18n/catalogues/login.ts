// Strings of the log-in form; the FranceConnect button's and the log-out button's are in modules of their own
// (re-exported here), so each element bundles only what it shows. Agency wording is NOT chosen here: the form's configuration (CAF / MSA presets) picks keys,
// e.g. "Première connexion ? Créer Mon Compte" or "Pas encore inscrit ? S’inscrire". Adapter failures use
// `errorMessages`, field problems the validator catalogues (`validation.ts`). French typography: a no-break space (U+00A0) before
// ":" ";" "!" "?" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

export const loginMessages = /* @__PURE__ */ defineMessages({
  'login.or': 'ou',
  'login.nir.label': 'Numéro de sécurité sociale',
  'login.nir.hint': 'Les 13 premiers chiffres de mon numéro de sécurité sociale, sans la clé',
  'login.nir.helpTitle': 'Où trouver mon numéro de sécurité sociale ?',
  'login.nir.helpCard': 'Sur le recto de ma carte Vitale, sous mon prénom et mon nom de famille.',
  'login.nir.helpPayslip': 'Sur mes bulletins de salaire.',
  'login.nir.helpAmeli': 'Sur mon attestation de droits, disponible sur mon compte ameli.',
  'login.nir.helpLost':
    'Je l’ai perdu : je peux le demander à ma caisse d’assurance maladie (CPAM), à la MSA ou à la Caf, en présentant ma pièce d’identité et une pièce d’état civil.',
  'login.provisional.toggle': 'J’ai un identifiant provisoire',
  'login.provisional.label': 'Identifiant provisoire',
  'login.provisional.hint': 'Tel qu’il figure sur le courrier qui me l’a communiqué',
  'login.password.label': 'Mot de passe',
  'login.password.hint': 'De {min} à {max} caractères',
  'login.rememberMe': 'Se souvenir de moi',
  'login.rememberMe.hint': 'Ne cochez pas cette case sur un ordinateur partagé.',
  'login.forgotPassword': 'Mot de passe oublié ?',
  'login.submit': 'Se connecter',
  'login.register.firstConnection': 'Première connexion ?',
  'login.register.createAccount': 'Créer Mon Compte',
  'login.register.notRegistered': 'Pas encore inscrit ?',
  'login.register.signUp': 'S’inscrire',
  'login.invalidCredentials':
    'Identifiant ou mot de passe incorrect. Vérifiez votre saisie, puis réessayez. Si vous avez oublié votre mot de passe, choisissez « Mot de passe oublié ? ».',
  'login.locked.title': 'Connexion temporairement bloquée',
  'login.locked': 'Par sécurité, la connexion est bloquée après plusieurs essais incorrects.',
  'login.locked.until': 'Vous pourrez réessayer le {time}.',
  'login.locked.later': 'Vous pourrez réessayer dans quelques minutes.',
  'login.locked.help': 'Vous pouvez aussi choisir un nouveau mot de passe avec « Mot de passe oublié ? ».',
  'login.failed.title': 'La connexion n’a pas abouti',
  'login.failed.kept': 'Ce que vous avez saisi est conservé : il suffit de choisir à nouveau « {action} ».',
  'login.code.title': 'Confirmez votre connexion',
  'login.code.intro': 'Pour protéger votre compte, saisissez le code de confirmation que nous venons de vous envoyer.',
  'login.code.back': 'Revenir à l’identification',
  'login.code.resent': 'Un nouveau code vous a été envoyé.',
  'login.success': 'Vous êtes connecté. Votre espace se charge…',
  'login.missingSession': 'La connexion n’a pas pu être confirmée.',
});

export const loginMessagesEn = /* @__PURE__ */ defineTranslation(loginMessages, {
  'login.or': 'or',
  'login.nir.label': 'Social security number',
  'login.nir.hint': 'The first 13 digits of my social security number, without the key',
  'login.nir.helpTitle': 'Where can I find my social security number?',
  'login.nir.helpCard': 'On the front of my Carte Vitale, under my first name and surname.',
  'login.nir.helpPayslip': 'On my payslips.',
  'login.nir.helpAmeli': 'On my certificate of entitlement, available in my ameli account.',
  'login.nir.helpLost': 'I have lost it: I can ask my health insurance fund (CPAM), the MSA or the Caf for it, showing my identity document and a civil status document.',
  'login.provisional.toggle': 'I have a provisional identifier',
  'login.provisional.label': 'Provisional identifier',
  'login.provisional.hint': 'As written on the letter that gave it to me',
  'login.password.label': 'Password',
  'login.password.hint': '{min} to {max} characters',
  'login.rememberMe': 'Remember me',
  'login.rememberMe.hint': 'Do not tick this box on a shared computer.',
  'login.forgotPassword': 'Forgotten password?',
  'login.submit': 'Sign in',
  'login.register.firstConnection': 'First time here?',
  'login.register.createAccount': 'Create my account',
  'login.register.notRegistered': 'Not registered yet?',
  'login.register.signUp': 'Sign up',
  'login.invalidCredentials':
    'Incorrect identifier or password. Check what you entered, then try again. If you have forgotten your password, choose “Forgotten password?”.',
  'login.locked.title': 'Sign-in temporarily blocked',
  'login.locked': 'For your security, signing in is blocked after several incorrect attempts.',
  'login.locked.until': 'You can try again on {time}.',
  'login.locked.later': 'You can try again in a few minutes.',
  'login.locked.help': 'You can also choose a new password with “Forgotten password?”.',
  'login.failed.title': 'Signing in did not work',
  'login.failed.kept': 'What you entered is kept: just choose “{action}” again.',
  'login.code.title': 'Confirm your sign-in',
  'login.code.intro': 'To protect your account, enter the confirmation code we have just sent you.',
  'login.code.back': 'Back to sign-in',
  'login.code.resent': 'A new code has been sent to you.',
  'login.success': 'You are signed in. Your account is loading…',
  'login.missingSession': 'Your sign-in could not be confirmed.',
});

export * from './franceconnect.js';
export * from './logout.js';
