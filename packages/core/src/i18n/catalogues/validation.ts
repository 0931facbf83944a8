// Messages of the validators in `validators/`, one catalogue per validator and one module per catalogue, so an
// element bundles only the ones it shows (every key they return is in one of them; a test checks it).
import { codeMessages } from './code.js';
import { fileMessages } from './file.js';
import { identifierMessages } from './identifier.js';
import { loginPasswordProblemMessages } from './login-password-problems.js';
import { passwordProblemMessages } from './password-problems.js';

export * from './identifier.js';
export * from './login-password-problems.js';
export * from './password-problems.js';
export * from './code.js';
export * from './file.js';

/** All validator catalogues, for flows that show problems of several validators. */
export const validationCatalogues = [
  identifierMessages,
  loginPasswordProblemMessages,
  passwordProblemMessages,
  codeMessages,
  fileMessages,
] as const;
