// @moncompte/core: the adapter contract, schemas, validators, i18n and errors. No Lit, no DOM.
export * from './i18n/index.js';
