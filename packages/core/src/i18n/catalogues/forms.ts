// Strings of the form building blocks, one catalogue per element and one module per catalogue, so that each
// element (and each lazily loaded part, such as the password rule checker) bundles only its own. Validation
// problems themselves (nir.*, password.*, code.*) are in the validator catalogues (`validation.ts`).
export * from './field.js';
export * from './password.js';
export * from './password-rules.js';
export * from './otp.js';
