// Strings of mc-account-history ("Voir mon historique", Gérer mon compte).
// French typography: a no-break space (U+00A0) before ":" ";" "!" "?" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

/** mc-account-history: the title, the introduction, each kind of event and how a log-in was made. */
export const accountHistoryMessages = /* @__PURE__ */ defineMessages({
  'history.title': 'Mon historique',
  'history.intro':
    'Les actions faites sur votre compte, de la plus récente à la plus ancienne. Si vous n’en reconnaissez pas une, changez votre mot de passe et contactez votre caisse.',
  'history.empty': 'Aucune action n’est enregistrée sur votre compte.',
  'history.kind.login': 'Connexion',
  'history.kind.password-changed': 'Mot de passe modifié',
  'history.kind.contact-changed': 'Coordonnées de contact modifiées',
  'history.kind.authorisation-granted': 'Autorisation de gestion donnée',
  'history.kind.authorisation-ended': 'Autorisation de gestion terminée',
  'history.kind.situation-declared': 'Changement de situation déclaré',
  'history.kind.documents-sent': 'Documents envoyés',
  'history.method.password': 'avec le mot de passe',
  'history.method.franceconnect': 'avec FranceConnect',
  'history.method.franceconnect-plus': 'avec FranceConnect+',
});

export const accountHistoryMessagesEn = /* @__PURE__ */ defineTranslation(accountHistoryMessages, {
  'history.title': 'My history',
  'history.intro':
    'What was done on your account, most recent first. If you do not recognise an action, change your password and contact your office.',
  'history.empty': 'No action is recorded on your account.',
  'history.kind.login': 'Sign-in',
  'history.kind.password-changed': 'Password changed',
  'history.kind.contact-changed': 'Contact details changed',
  'history.kind.authorisation-granted': 'Management authorisation given',
  'history.kind.authorisation-ended': 'Management authorisation ended',
  'history.kind.situation-declared': 'Change of situation declared',
  'history.kind.documents-sent': 'Documents sent',
  'history.method.password': 'with the password',
  'history.method.franceconnect': 'with FranceConnect',
  'history.method.franceconnect-plus': 'with FranceConnect+',
});
