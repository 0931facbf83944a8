// One message per AdapterError kind (`error.<kind>`), shown when a request fails. French typography: a
// no-break space (U+00A0) before ":".
import { defineMessages, defineTranslation } from '../translate.js';

export const errorMessages = /* @__PURE__ */ defineMessages({
  'error.network': 'Impossible de joindre le service. Vérifiez votre connexion internet, puis réessayez.',
  'error.timeout': 'Le service met trop de temps à répondre. Réessayez dans quelques instants.',
  'error.unauthorized': 'Votre session a expiré. Reconnectez-vous pour continuer.',
  'error.forbidden': 'Vous n’avez pas accès à ce service.',
  'error.not-found': 'Cette information est introuvable. Elle a peut-être été supprimée.',
  'error.conflict':
    'Les informations ont changé entre-temps et votre demande n’a pas pu être enregistrée. Rechargez la page, puis recommencez.',
  'error.rate-limited': 'Trop de tentatives. Patientez quelques instants avant de réessayer.',
  'error.invalid-response': 'Le service a renvoyé une réponse inattendue. Réessayez plus tard.',
  'error.server': 'Le service rencontre un problème. Réessayez dans quelques instants.',
  'error.validation': 'Certaines informations ne sont pas valides : corrigez les erreurs signalées.',
  'error.retryIn': {
    one: 'Vous pourrez réessayer dans {count} seconde.',
    other: 'Vous pourrez réessayer dans {count} secondes.',
  },
});

export const errorMessagesEn = /* @__PURE__ */ defineTranslation(errorMessages, {
  'error.network': 'We could not reach the service. Check your internet connection, then try again.',
  'error.timeout': 'The service is taking too long to respond. Try again in a few moments.',
  'error.unauthorized': 'Your session has expired. Sign in again to continue.',
  'error.forbidden': 'You do not have access to this service.',
  'error.not-found': 'We could not find this information. It may have been deleted.',
  'error.conflict':
    'The information changed in the meantime and your request could not be saved. Reload the page, then start again.',
  'error.rate-limited': 'Too many attempts. Wait a few moments before trying again.',
  'error.invalid-response': 'The service sent an unexpected response. Try again later.',
  'error.server': 'The service has a problem. Try again in a few moments.',
  'error.validation': 'Some information is not valid: correct the errors shown.',
  'error.retryIn': {
    one: 'You can try again in {count} second.',
    other: 'You can try again in {count} seconds.',
  },
});
