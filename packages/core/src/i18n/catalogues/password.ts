// Strings of mc-password-input (label, show/hide, Caps Lock); its rule checker's are in password-rules.ts.
// French typography: a no-break space (U+00A0) before ":" ";" "!" "?" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

/** mc-password-input: label, show/hide, Caps Lock. */
export const passwordMessages = /* @__PURE__ */ defineMessages({
  'form.password.label': 'Mot de passe',
  'form.password.newLabel': 'Nouveau mot de passe',
  'form.password.show': 'Afficher',
  'form.password.hide': 'Masquer',
  'form.password.toggleSuffix': 'le mot de passe',
  'form.password.shown': 'Votre mot de passe est affiché',
  'form.password.hidden': 'Votre mot de passe est masqué',
  'form.password.capsLock': 'Attention : la touche Verrouillage majuscule est activée',
  'form.password.checking': 'Les règles du mot de passe sont en cours de vérification.',
});

export const passwordMessagesEn = /* @__PURE__ */ defineTranslation(passwordMessages, {
  'form.password.label': 'Password',
  'form.password.newLabel': 'New password',
  'form.password.show': 'Show',
  'form.password.hide': 'Hide',
  'form.password.toggleSuffix': 'password',
  'form.password.shown': 'Your password is shown',
  'form.password.hidden': 'Your password is hidden',
  'form.password.capsLock': 'Warning: Caps Lock is on',
  'form.password.checking': 'The password rules are being checked.',
});
