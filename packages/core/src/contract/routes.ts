/**
 * The REST routes of the contract: one table shared by the HTTP adapter, the reference server and the OpenAPI
 * generator (docs/api/openapi.json), so the three cannot drift apart.
 *
 * Wire rules:
 * - `{name}` path segments are taken from the input fields of the same name (URL-encoded);
 * - GET and DELETE send the other input fields as query parameters, POST and PUT as a JSON body;
 * - `idempotencyKey` routes move `input.idempotencyKey` to the `Idempotency-Key` header;
 * - no `output`: 204 No Content; `binary` input: the raw file bytes as the body, its type as `Content-Type`,
 *   its name (URL-encoded) as `X-File-Name`;
 * - errors: 401 unauthorized, 403 forbidden, 404 not-found, 409 conflict, 422 validation (body `ErrorBody`
 *   with `fieldErrors`), 429 rate-limited (`Retry-After` header), 5xx server.
 */
import * as z from 'zod/mini';
import type { AdapterMethod } from './adapter.js';
import { CodeChallengeSchema, ResendCodeInputSchema, SwitchCodeChannelInputSchema, VerifyCodeInputSchema } from './codes.js';
import {
  CodeVerificationSchema,
  CurrentSessionSchema,
  FranceConnectInputSchema,
  LoginInputSchema,
  LoginOutcomeSchema,
  RedirectSchema,
  SelectFileInputSchema,
  SessionSchema,
} from './session.js';
import {
  AcceptTermsInputSchema,
  AccountHistorySchema,
  ChangePasswordInputSchema,
  ContactChangeInputSchema,
  CompletePasswordResetInputSchema,
  CompleteRegistrationInputSchema,
  MigrationContactInputSchema,
  MigrationPasswordInputSchema,
  PasswordResetRequestSchema,
  RegistrationInputSchema,
  TermsOfUseSchema,
} from './account.js';
import { FilesOverviewSchema, HouseholdInputSchema, HouseholdSchema } from './files.js';
import {
  AgendaInputSchema,
  AgendaSchema,
  AlertsSchema,
  ContactChannelsSchema,
  MessagesSummarySchema,
  NewsSchema,
  PajemploiSchema,
  PaymentsSummarySchema,
  ProceduresSchema,
  ProfileSchema,
  ServiceCatalogueSchema,
} from './dashboard.js';
import {
  DraftResultSchema,
  FlowRefInputSchema,
  SaveDraftInputSchema,
  SituationDraftSchema,
  SituationFlowListSchema,
  SituationFlowSchema,
  SituationReceiptSchema,
  SubmitSituationInputSchema,
} from './situation.js';
import { DocumentOptionsSchema, DocumentReceiptSchema, SubmitDocumentsInputSchema, UploadRefInputSchema, UploadedFileSchema } from './documents.js';
import {
  AuthorisationHistorySchema,
  AuthorisationSchema,
  AuthorisationStatusSchema,
  GrantAuthorisationInputSchema,
  RevokeAuthorisationInputSchema,
} from './authorisations.js';
import { PasswordPolicySchema } from '../validators/password.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
  readonly method: HttpMethod;
  /** With `{field}` placeholders. */
  readonly path: string;
  /** Absent: the method takes no input. `'binary'`: the raw bytes of one file. */
  readonly input?: z.ZodMiniType | 'binary';
  /** Absent: 204 No Content (the method resolves to `undefined`). */
  readonly output?: z.ZodMiniType;
  /** Requires a session (401 otherwise). */
  readonly session: boolean;
  /** The input's `idempotencyKey` travels as the `Idempotency-Key` header. */
  readonly idempotencyKey?: boolean;
  /** OpenAPI tag. */
  readonly tag: 'session' | 'codes' | 'account' | 'files' | 'dashboard' | 'situation' | 'documents' | 'authorisations';
  readonly summary: string;
}

/** The body of every error response. `fieldErrors` only with 422. */
export const ErrorBodySchema = z.object({
  kind: z.string(),
  message: z.optional(z.string()),
  fieldErrors: z.optional(
    z.record(
      z.string(),
      z.readonly(z.array(z.object({ key: z.string(), params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))) }))),
    ),
  ),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

const r = (route: Route): Route => route;

export const ROUTES = {
  // session
  login: r({ method: 'POST', path: '/session/login', input: LoginInputSchema, output: LoginOutcomeSchema, session: false, tag: 'session', summary: 'Log in with a NIR or a provisional identifier' }),
  logout: r({ method: 'POST', path: '/session/logout', session: false, tag: 'session', summary: 'End the session' }),
  getSession: r({ method: 'GET', path: '/session', output: CurrentSessionSchema, session: false, tag: 'session', summary: 'The current session, or null' }),
  startFranceConnect: r({ method: 'POST', path: '/session/franceconnect', input: FranceConnectInputSchema, output: RedirectSchema, session: false, tag: 'session', summary: 'Where to send the browser for FranceConnect / FranceConnect+' }),
  selectFile: r({ method: 'POST', path: '/session/file', input: SelectFileInputSchema, output: SessionSchema, session: true, tag: 'session', summary: 'Make another file the current one' }),
  // codes
  verifyCode: r({ method: 'POST', path: '/codes/{challengeId}/verify', input: VerifyCodeInputSchema, output: CodeVerificationSchema, session: false, tag: 'codes', summary: 'Verify a confirmation code' }),
  resendCode: r({ method: 'POST', path: '/codes/{challengeId}/resend', input: ResendCodeInputSchema, output: CodeChallengeSchema, session: false, tag: 'codes', summary: 'Send a new code' }),
  switchCodeChannel: r({ method: 'POST', path: '/codes/{challengeId}/channel', input: SwitchCodeChannelInputSchema, output: CodeChallengeSchema, session: false, tag: 'codes', summary: 'Send the code through another channel' }),
  // account
  getPasswordPolicy: r({ method: 'GET', path: '/password-policy', output: PasswordPolicySchema, session: false, tag: 'account', summary: 'The password policy' }),
  requestPasswordReset: r({ method: 'POST', path: '/password-reset', input: PasswordResetRequestSchema, output: CodeChallengeSchema, session: false, tag: 'account', summary: 'Forgotten password: send a code (same answer whatever the identifier)' }),
  completePasswordReset: r({ method: 'POST', path: '/password-reset/complete', input: CompletePasswordResetInputSchema, session: false, tag: 'account', summary: 'Forgotten password: set the new password' }),
  changePassword: r({ method: 'POST', path: '/account/password', input: ChangePasswordInputSchema, session: true, tag: 'account', summary: 'Change the password' }),
  startRegistration: r({ method: 'POST', path: '/registration', input: RegistrationInputSchema, output: CodeChallengeSchema, session: false, tag: 'account', summary: 'Account creation: send a code' }),
  completeRegistration: r({ method: 'POST', path: '/registration/complete', input: CompleteRegistrationInputSchema, output: SessionSchema, session: false, tag: 'account', summary: 'Account creation: set the password and open a session' }),
  getTermsOfUse: r({ method: 'GET', path: '/terms', output: TermsOfUseSchema, session: false, tag: 'account', summary: 'The terms of use' }),
  acceptTerms: r({ method: 'POST', path: '/migration/terms', input: AcceptTermsInputSchema, session: false, tag: 'account', summary: 'Migration: accept the terms of use' }),
  setMigrationPassword: r({ method: 'POST', path: '/migration/password', input: MigrationPasswordInputSchema, session: false, tag: 'account', summary: 'Migration: choose the new password' }),
  sendMigrationCode: r({ method: 'POST', path: '/migration/contact', input: MigrationContactInputSchema, output: CodeChallengeSchema, session: false, tag: 'account', summary: 'Migration: contact details, send the code' }),
  sendContactChangeCode: r({ method: 'POST', path: '/account/contact', input: ContactChangeInputSchema, output: CodeChallengeSchema, session: true, tag: 'account', summary: 'New contact details: send the code to them' }),
  getAccountHistory: r({ method: 'GET', path: '/account/history', output: AccountHistorySchema, session: true, tag: 'account', summary: 'Account history' }),
  // files
  getFiles: r({ method: 'GET', path: '/files', output: FilesOverviewSchema, session: true, tag: 'files', summary: 'The files the person is on' }),
  getHousehold: r({ method: 'GET', path: '/household', input: HouseholdInputSchema, output: HouseholdSchema, session: true, tag: 'files', summary: 'The members of a file' }),
  // dashboard
  getAlerts: r({ method: 'GET', path: '/dashboard/alerts', output: AlertsSchema, session: true, tag: 'dashboard', summary: 'Alerts' }),
  getMessagesSummary: r({ method: 'GET', path: '/dashboard/messages', output: MessagesSummarySchema, session: true, tag: 'dashboard', summary: 'Messages and unread count' }),
  getPaymentsSummary: r({ method: 'GET', path: '/dashboard/payments', output: PaymentsSummarySchema, session: true, tag: 'dashboard', summary: 'Payments and rights' }),
  getProcedures: r({ method: 'GET', path: '/dashboard/procedures', output: ProceduresSchema, session: true, tag: 'dashboard', summary: 'Procedures in progress' }),
  getNews: r({ method: 'GET', path: '/dashboard/news', output: NewsSchema, session: true, tag: 'dashboard', summary: 'News' }),
  getProfile: r({ method: 'GET', path: '/dashboard/profile', output: ProfileSchema, session: true, tag: 'dashboard', summary: 'Profile and contact details' }),
  getContactChannels: r({ method: 'GET', path: '/dashboard/contact', output: ContactChannelsSchema, session: true, tag: 'dashboard', summary: 'How to contact the agency' }),
  getAgenda: r({ method: 'GET', path: '/dashboard/agenda', input: AgendaInputSchema, output: AgendaSchema, session: true, tag: 'dashboard', summary: 'Events of the coming months' }),
  getPajemploi: r({ method: 'GET', path: '/dashboard/pajemploi', output: PajemploiSchema, session: true, tag: 'dashboard', summary: 'Pajemploi eligibility' }),
  getServiceCatalogue: r({ method: 'GET', path: '/dashboard/services', output: ServiceCatalogueSchema, session: true, tag: 'dashboard', summary: 'Online services (MSA pro / perso)' }),
  // situation
  listSituationFlows: r({ method: 'GET', path: '/situation-flows', output: SituationFlowListSchema, session: true, tag: 'situation', summary: 'The change-of-situation flows' }),
  getSituationFlow: r({ method: 'GET', path: '/situation-flows/{flowId}', input: FlowRefInputSchema, output: SituationFlowSchema, session: true, tag: 'situation', summary: 'One flow, as data' }),
  getSituationDraft: r({ method: 'GET', path: '/situation-flows/{flowId}/draft', input: FlowRefInputSchema, output: DraftResultSchema, session: true, tag: 'situation', summary: 'The saved draft, or null' }),
  saveSituationDraft: r({ method: 'PUT', path: '/situation-flows/{flowId}/draft', input: SaveDraftInputSchema, output: SituationDraftSchema, session: true, tag: 'situation', summary: 'Save the draft' }),
  deleteSituationDraft: r({ method: 'DELETE', path: '/situation-flows/{flowId}/draft', input: FlowRefInputSchema, session: true, tag: 'situation', summary: 'Delete the draft' }),
  submitSituationChange: r({ method: 'POST', path: '/situation-flows/{flowId}/submissions', input: SubmitSituationInputSchema, output: SituationReceiptSchema, session: true, idempotencyKey: true, tag: 'situation', summary: 'Declare the change' }),
  // documents
  getDocumentOptions: r({ method: 'GET', path: '/documents/options', output: DocumentOptionsSchema, session: true, tag: 'documents', summary: 'Objects, natures, persons, motives and file rules' }),
  uploadDocumentFile: r({ method: 'POST', path: '/documents/uploads', input: 'binary', output: UploadedFileSchema, session: true, tag: 'documents', summary: 'Upload one file' }),
  discardDocumentUpload: r({ method: 'DELETE', path: '/documents/uploads/{uploadId}', input: UploadRefInputSchema, session: true, tag: 'documents', summary: 'Discard an uploaded file' }),
  submitDocuments: r({ method: 'POST', path: '/documents/submissions', input: SubmitDocumentsInputSchema, output: DocumentReceiptSchema, session: true, idempotencyKey: true, tag: 'documents', summary: 'Send the documents' }),
  // authorisations
  getAuthorisations: r({ method: 'GET', path: '/authorisations', output: AuthorisationStatusSchema, session: true, tag: 'authorisations', summary: 'Authorisations given and received' }),
  grantAuthorisation: r({ method: 'POST', path: '/authorisations', input: GrantAuthorisationInputSchema, output: AuthorisationSchema, session: true, tag: 'authorisations', summary: 'Authorise a partner to manage the file' }),
  revokeAuthorisation: r({ method: 'POST', path: '/authorisations/{authorisationId}/revoke', input: RevokeAuthorisationInputSchema, output: AuthorisationSchema, session: true, tag: 'authorisations', summary: 'End an authorisation' }),
  getAuthorisationHistory: r({ method: 'GET', path: '/authorisations/history', output: AuthorisationHistorySchema, session: true, tag: 'authorisations', summary: 'History of authorisations' }),
} as const satisfies Record<AdapterMethod, Route>;

/** Every method name of the contract, in route-table order. */
export const ADAPTER_METHODS = Object.keys(ROUTES) as AdapterMethod[];

/** The path parameter names of a route (`/codes/{challengeId}/verify` → `['challengeId']`). */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}
