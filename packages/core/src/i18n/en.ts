/**
 * Registers the English translation of every catalogue. French ships with the elements; a page that
 * offers English imports this module once:
 *
 * ```js
 * import '@moncompte/core/i18n/en';
 * ```
 *
 * Elements under `lang="en"` (or `en-GB`…) then speak English, including those already on the page.
 */
import { registerTranslations } from './translate.js';
import { accountMessagesEn } from './catalogues/account.js';
import { accountHistoryMessagesEn } from './catalogues/account-history.js';
import { authorisationPanelMessagesEn } from './catalogues/authorisation-panel.js';
import { commonMessagesEn } from './catalogues/common.js';
import { connectionMessagesEn } from './catalogues/connection.js';
import { dashboardMessagesEn } from './catalogues/dashboard.js';
import { documentUploadMessagesEn } from './catalogues/document-upload.js';
import { errorMessagesEn } from './catalogues/errors.js';
import { flowMessagesEn } from './catalogues/flow.js';
import { fieldMessagesEn, otpMessagesEn, passwordMessagesEn, passwordRuleMessagesEn } from './catalogues/forms.js';
import { franceConnectMessagesEn, loginMessagesEn, logoutMessagesEn, signedOutMessagesEn } from './catalogues/login.js';
import {
  codeMessagesEn,
  fileMessagesEn,
  identifierMessagesEn,
  loginPasswordProblemMessagesEn,
  passwordProblemMessagesEn,
} from './catalogues/validation.js';
import { situationWizardMessagesEn } from './catalogues/situation-wizard.js';

/** Every English table, for tests and tools. */
export const englishTranslations = [
  accountMessagesEn,
  accountHistoryMessagesEn,
  commonMessagesEn,
  connectionMessagesEn,
  dashboardMessagesEn,
  errorMessagesEn,
  flowMessagesEn,
  fieldMessagesEn,
  passwordMessagesEn,
  passwordRuleMessagesEn,
  otpMessagesEn,
  loginMessagesEn,
  franceConnectMessagesEn,
  logoutMessagesEn,
  signedOutMessagesEn,
  identifierMessagesEn,
  loginPasswordProblemMessagesEn,
  passwordProblemMessagesEn,
  codeMessagesEn,
  fileMessagesEn,
  documentUploadMessagesEn,
  authorisationPanelMessagesEn,
  situationWizardMessagesEn,
];

registerTranslations(englishTranslations);
