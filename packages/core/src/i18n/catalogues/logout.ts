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
