/** The adapter contract: schemas and types of every domain, the `MonCompteAdapter` interface, the REST routes. */
export {
  AgencySchema,
  IdSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  EurosSchema,
  HrefSchema,
  IdempotencyKeySchema,
  PersonRefSchema,
  AcknowledgementSchema,
  type Agency,
  type PersonRef,
  type Acknowledgement,
  type RequestOptions,
} from './common.js';
export * from './codes.js';
export * from './session.js';
export * from './account.js';
export * from './files.js';
export * from './dashboard.js';
export * from './situation.js';
export * from './documents.js';
export * from './authorisations.js';
export * from './adapter.js';
export * from './default-adapter.js';
export * from './routes.js';
export * from './flow.js';
export * from './flow-data.js';
