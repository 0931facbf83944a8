// Problems of the account-management methods ("Gérer mon compte": change password, history).
import { defineMessages, defineTranslation } from '../translate.js';

export const accountMessages = /* @__PURE__ */ defineMessages({ 'account.currentPasswordWrong': 'Le mot de passe actuel est incorrect.' });

export const accountMessagesEn = /* @__PURE__ */ defineTranslation(accountMessages, { 'account.currentPasswordWrong': 'The current password is incorrect.' });
