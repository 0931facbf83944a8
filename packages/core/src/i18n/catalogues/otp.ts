// Strings of mc-otp-input.
// French typography: a no-break space (U+00A0) before ":" ";" "!" "?" and inside « and ».
import { defineMessages, defineTranslation } from '../translate.js';

/** mc-otp-input: destination, expiry, resend cooldown, channel switch, outcomes, help. */
export const otpMessages = /* @__PURE__ */ defineMessages({
  'form.otp.label': 'Code de confirmation',
  'form.otp.hint': 'Le code comporte {length} chiffres.',
  'form.otp.sentSms': 'Code envoyé au {destination}.',
  'form.otp.sentEmail': 'Code envoyé à {destination}.',
  'form.otp.expiresAt': 'Ce code est valable jusqu’à {time}.',
  'form.otp.expired': 'Ce code a expiré. Demandez un nouveau code.',
  'form.otp.invalid': {
    zero: 'Code incorrect.',
    one: 'Code incorrect. Il vous reste {count} essai.',
    other: 'Code incorrect. Il vous reste {count} essais.',
  },
  'form.otp.tooManyAttempts': 'Trop d’essais incorrects. Demandez un nouveau code.',
  'form.otp.resend': 'Renvoyer le code',
  'form.otp.resendIn': {
    one: 'Vous pourrez demander un nouveau code dans {count} seconde.',
    other: 'Vous pourrez demander un nouveau code dans {count} secondes.',
  },
  'form.otp.resendReady': 'Vous pouvez demander un nouveau code.',
  'form.otp.useSms': 'Recevoir le code par SMS',
  'form.otp.useEmail': 'Recevoir le code par e-mail',
  'form.otp.helpTitle': 'Code non reçu ?',
  'form.otp.helpSms':
    'L’envoi peut prendre quelques minutes. Vérifiez que votre téléphone capte le réseau et que le numéro affiché est le vôtre, puis demandez un nouveau code ou recevez-le par e-mail si c’est proposé.',
  'form.otp.helpEmail':
    'L’envoi peut prendre quelques minutes. Vérifiez vos courriers indésirables et que l’adresse affichée est la vôtre, puis demandez un nouveau code ou recevez-le par SMS si c’est proposé.',
});

export const otpMessagesEn = /* @__PURE__ */ defineTranslation(otpMessages, {
  'form.otp.label': 'Confirmation code',
  'form.otp.hint': 'The code has {length} digits.',
  'form.otp.sentSms': 'Code sent to {destination}.',
  'form.otp.sentEmail': 'Code sent to {destination}.',
  'form.otp.expiresAt': 'This code is valid until {time}.',
  'form.otp.expired': 'This code has expired. Ask for a new code.',
  'form.otp.invalid': {
    zero: 'Incorrect code.',
    one: 'Incorrect code. You have {count} attempt left.',
    other: 'Incorrect code. You have {count} attempts left.',
  },
  'form.otp.tooManyAttempts': 'Too many incorrect attempts. Ask for a new code.',
  'form.otp.resend': 'Send the code again',
  'form.otp.resendIn': {
    one: 'You can ask for a new code in {count} second.',
    other: 'You can ask for a new code in {count} seconds.',
  },
  'form.otp.resendReady': 'You can ask for a new code.',
  'form.otp.useSms': 'Get the code by text message',
  'form.otp.useEmail': 'Get the code by e-mail',
  'form.otp.helpTitle': 'Code not received?',
  'form.otp.helpSms':
    'Sending can take a few minutes. Check that your phone has signal and that the number shown is yours, then ask for a new code or get it by e-mail when offered.',
  'form.otp.helpEmail':
    'Sending can take a few minutes. Check your spam folder and that the address shown is yours, then ask for a new code or get it by text message when offered.',
});
