// Strings of the FranceConnect button.
// French typography: a no-break space (U+00A0) before ":" ";" "!" "?" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

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
