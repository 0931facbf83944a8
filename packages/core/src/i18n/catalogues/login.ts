// Strings of the log-in form, the FranceConnect button and the log-out button: three small catalogues so each
// element bundles only what it shows (the log-out button sits on every page; it does not carry the log-in
// form's words). Agency wording is NOT chosen here: the form's configuration (CAF / MSA presets) picks keys,
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

/**
 * The FranceConnect button. The brand names are not translated; the two lines of the button are
 * `franceconnect.login` and the brand, as the official button shows them.
 */
export const franceConnectMessages = /* @__PURE__ */ defineMessages({
  'franceconnect.login': 'S’identifier avec',
  'franceconnect.brand': 'FranceConnect',
  'franceconnect.brandPlus': 'FranceConnect+',
  'franceconnect.about': 'Qu’est-ce que FranceConnect ?',
  'franceconnect.aboutPlus': 'Qu’est-ce que FranceConnect+ ?',
  'franceconnect.newWindow': 'nouvelle fenêtre',
  'franceconnect.redirecting': 'Redirection vers FranceConnect…',
  'franceconnect.failed': 'La connexion avec FranceConnect n’a pas pu commencer.',
  'franceconnect.retry': 'Choisissez à nouveau le bouton FranceConnect, ou connectez-vous avec votre identifiant.',
});

export const franceConnectMessagesEn = /* @__PURE__ */ defineTranslation(franceConnectMessages, {
  'franceconnect.login': 'Sign in with',
  'franceconnect.brand': 'FranceConnect',
  'franceconnect.brandPlus': 'FranceConnect+',
  'franceconnect.about': 'What is FranceConnect?',
  'franceconnect.aboutPlus': 'What is FranceConnect+?',
  'franceconnect.newWindow': 'new window',
  'franceconnect.redirecting': 'Redirecting to FranceConnect…',
  'franceconnect.failed': 'Signing in with FranceConnect could not start.',
  'franceconnect.retry': 'Choose the FranceConnect button again, or sign in with your identifier.',
});

/** The log-out button ("Déconnexion"). */
export const logoutMessages = /* @__PURE__ */ defineMessages({
  'logout.label': 'Déconnexion',
  'logout.failed': 'La déconnexion n’a pas abouti.',
  'logout.retry':
    'Choisissez à nouveau « Déconnexion ». Sur un ordinateur partagé, fermez ensuite toutes les fenêtres du navigateur.',
});

export const logoutMessagesEn = /* @__PURE__ */ defineTranslation(logoutMessages, {
  'logout.label': 'Sign out',
  'logout.failed': 'Signing out did not work.',
  'logout.retry': 'Choose “Sign out” again. On a shared computer, then close every browser window.',
});
