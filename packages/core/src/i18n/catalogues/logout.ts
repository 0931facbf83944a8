// Strings of the log-out button (it sits on every page: it does not carry the log-in form's words).
// French typography: a no-break space (U+00A0) before ":" ";" "!" "?" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

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

/**
 * What an element that showed account data says once the session has ended (`mc-logout`): the dashboard tiles, the
 * history, the authorisation panel, the signed-in flows. Apart from the button's strings, so that they carry only this.
 */
export const signedOutMessages = /* @__PURE__ */ defineMessages({
  'logout.signedOut': 'Vous êtes déconnecté.',
});

export const signedOutMessagesEn = /* @__PURE__ */ defineTranslation(signedOutMessages, {
  'logout.signedOut': 'You are signed out.',
});
