// @moncompte/core: the adapter contract, schemas, validators, i18n and errors. No Lit, no DOM.
export * from './i18n/index.js';
export * from './validators/index.js';
export * from './errors.js';
export * from './format.js';
export * from './contract/index.js';
export { commonMessages } from './i18n/catalogues/common.js';
export {
  identifierMessages,
  loginPasswordProblemMessages,
  passwordProblemMessages,
  codeMessages,
  fileMessages,
  validationCatalogues,
} from './i18n/catalogues/validation.js';
export { errorMessages } from './i18n/catalogues/errors.js';
export { fieldMessages, passwordMessages, passwordRuleMessages, otpMessages } from './i18n/catalogues/forms.js';
export { dashboardMessages } from './i18n/catalogues/dashboard.js';
export { accountHistoryMessages } from './i18n/catalogues/account-history.js';
export { loginMessages, franceConnectMessages, logoutMessages, signedOutMessages } from './i18n/catalogues/login.js';
export { connectionMessages } from './i18n/catalogues/connection.js';
export { flowMessages } from './i18n/catalogues/flow.js';
export { accountMessages } from './i18n/catalogues/account.js';
export { documentUploadMessages } from './i18n/catalogues/document-upload.js';
export { authorisationPanelMessages } from './i18n/catalogues/authorisation-panel.js';
export { situationWizardMessages } from './i18n/catalogues/situation-wizard.js';
