// Problems of the account-management methods ("Gérer mon compte": change password, history).
import { defineMessages } from '../translate.js';

export const accountMessages = defineMessages(
  { 'account.currentPasswordWrong': 'Le mot de passe actuel est incorrect.' },
  { 'account.currentPasswordWrong': 'The current password is incorrect.' },
);
