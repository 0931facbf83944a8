/** `@moncompte/adapters/http`: the contract over REST (routes: docs/adapters.md and docs/api/openapi.json). */
export { createHttpAdapter, type HttpAdapterOptions } from './adapter.js';
