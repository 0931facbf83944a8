export type { Problem, Validation } from './types.js';
export { validateNir, validateProvisionalIdentifier, normaliseNir, nirKey, type NirOptions } from './nir.js';
export { checkPassword, validatePasswordConfirmation } from './password-check.js';
export {
  countCodePoints,
  validateLoginPassword,
  CAF_PASSWORD_POLICY,
  PASSWORD_CLASSES,
  type PasswordClass,
  type PasswordPolicy,
  type PasswordRuleId,
  type PasswordRuleResult,
  type PasswordCheck,
} from './password.js';
export { PasswordPolicySchema } from './password-policy-schema.js';
export { validateCode } from './code.js';
export {
  validateFiles,
  detectFileKind,
  kindFromName,
  fileKindName,
  DEFAULT_FILE_RULES,
  type FileKind,
  type FileRules,
  type FileProblem,
} from './files.js';
