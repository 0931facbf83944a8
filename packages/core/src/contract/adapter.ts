/**
 * `MonCompteAdapter`: the one interface between the elements and a back end. A portal team implements it once
 * (or uses the HTTP adapter against the documented REST routes) and every element works.
 *
 * Rules every implementation follows (the contract test suite checks them):
 * - every method is async and takes a last `options` with an `AbortSignal`; an aborted call rejects with an
 *   `AdapterError` (kind `network`, not retryable) whose `cause` is the `AbortError` — `isAbortError(e)` tells
 *   it apart, and elements show nothing for it;
 * - it throws only `AdapterError` (kinds `network`, `timeout`, `unauthorized`, `forbidden`, `not-found`,
 *   `conflict`, `rate-limited`, `invalid-response`, `server`, `validation` with per-field problems);
 * - inputs and outputs are the zod/mini schemas of this folder; outputs are fresh objects the caller may keep;
 * - methods marked "session" throw `unauthorized` without a session;
 * - no method reveals whether an identifier exists (log-in, forgotten password, account creation).
 */
import type { RequestOptions } from './common.js';
import type { CodeChallenge, ResendCodeInput, SwitchCodeChannelInput, VerifyCodeInput } from './codes.js';
import type {
  CodeVerification,
  CurrentSession,
  FranceConnectInput,
  LoginInput,
  LoginOutcome,
  Redirect,
  SelectFileInput,
  Session,
} from './session.js';
import type {
  AcceptTermsInput,
  AccountHistory,
  ChangePasswordInput,
  ContactChangeInput,
  CompletePasswordResetInput,
  CompleteRegistrationInput,
  MigrationContactInput,
  MigrationPasswordInput,
  PasswordResetRequest,
  RegistrationInput,
  TermsOfUse,
} from './account.js';
import type { FilesOverview, Household, HouseholdInput } from './files.js';
import type {
  Agenda,
  AgendaInput,
  Alerts,
  ContactChannels,
  MessagesSummary,
  News,
  Pajemploi,
  PaymentsSummary,
  Procedures,
  Profile,
  ServiceCatalogue,
} from './dashboard.js';
import type {
  DraftResult,
  FlowRefInput,
  SaveDraftInput,
  SituationDraft,
  SituationFlow,
  SituationFlowList,
  SituationReceipt,
  SubmitSituationInput,
} from './situation.js';
import type { DocumentOptions, DocumentReceipt, SubmitDocumentsInput, UploadOptions, UploadRefInput, UploadedFile } from './documents.js';
import type {
  Authorisation,
  AuthorisationHistory,
  AuthorisationStatus,
  GrantAuthorisationInput,
  RevokeAuthorisationInput,
} from './authorisations.js';
import type { PasswordPolicy } from '../validators/password.js';

type O = RequestOptions;

export interface SessionMethods {
  /** Log in. Outcomes: success, migration-required, code-required, invalid-credentials (one for all), locked. */
  login(input: LoginInput, options?: O): Promise<LoginOutcome>;
  /** Ends the session (no error when there is none). */
  logout(options?: O): Promise<void>;
  /** The current session, `{ session: null }` when logged out. */
  getSession(options?: O): Promise<CurrentSession>;
  /** Where to send the browser to log in with FranceConnect / FranceConnect+ (state and nonce are the back end's). */
  startFranceConnect(input: FranceConnectInput, options?: O): Promise<Redirect>;
  /** Session. Makes another file the current one ("Mes dossiers"). */
  selectFile(input: SelectFileInput, options?: O): Promise<Session>;
}

export interface CodeMethods {
  /** Verifies a code of any challenge; `valid` carries a session (log-in, migration) or a token (reset, creation). */
  verifyCode(input: VerifyCodeInput, options?: O): Promise<CodeVerification>;
  /** Sends a new code (new expiry); `rate-limited` with `retryAfterSeconds` before `resendAvailableAt`. */
  resendCode(input: ResendCodeInput, options?: O): Promise<CodeChallenge>;
  /** Sends the code through another of `challenge.channels` instead. */
  switchCodeChannel(input: SwitchCodeChannelInput, options?: O): Promise<CodeChallenge>;
}

export interface AccountMethods {
  /** The rules a new password must follow (length in code points, character classes). */
  getPasswordPolicy(options?: O): Promise<PasswordPolicy>;
  /** Forgotten password: sends a code if the identifier exists; the same challenge shape either way. */
  requestPasswordReset(input: PasswordResetRequest, options?: O): Promise<CodeChallenge>;
  /** Sets the new password with the token of the verified code (`validation` when it breaks the policy). */
  completePasswordReset(input: CompletePasswordResetInput, options?: O): Promise<void>;
  /** Session. "Changer mon mot de passe". */
  changePassword(input: ChangePasswordInput, options?: O): Promise<void>;
  /** Account creation: sends a code to the contact given. */
  startRegistration(input: RegistrationInput, options?: O): Promise<CodeChallenge>;
  /** Account creation: sets the password with the token of the verified code; opens a session. */
  completeRegistration(input: CompleteRegistrationInput, options?: O): Promise<Session>;
  /** The current terms of use (plain text). */
  getTermsOfUse(options?: O): Promise<TermsOfUse>;
  /** Migration step 1: the terms of this version are accepted. */
  acceptTerms(input: AcceptTermsInput, options?: O): Promise<void>;
  /** Migration step 2: the new password (policy checked). Requires the terms accepted. */
  setMigrationPassword(input: MigrationPasswordInput, options?: O): Promise<void>;
  /** Migration step 3: contact details; sends the code. Requires the password set. */
  sendMigrationCode(input: MigrationContactInput, options?: O): Promise<CodeChallenge>;
  /**
   * Session. "Modifier mes coordonnées": sends a code to the new e-mail or mobile (`validation` on `contact` when
   * it is not one); the valid code (`verifyCode`) saves it.
   */
  sendContactChangeCode(input: ContactChangeInput, options?: O): Promise<CodeChallenge>;
  /** Session. "Mon historique". */
  getAccountHistory(options?: O): Promise<AccountHistory>;
}

export interface FileMethods {
  /** Session. The files the person is on and which one is current. */
  getFiles(options?: O): Promise<FilesOverview>;
  /** Session. The members of a file (the current one by default). */
  getHousehold(input?: HouseholdInput, options?: O): Promise<Household>;
}

/** Session, all of them: one method per home-page tile. */
export interface DashboardMethods {
  getAlerts(options?: O): Promise<Alerts>;
  getMessagesSummary(options?: O): Promise<MessagesSummary>;
  getPaymentsSummary(options?: O): Promise<PaymentsSummary>;
  getProcedures(options?: O): Promise<Procedures>;
  getNews(options?: O): Promise<News>;
  getProfile(options?: O): Promise<Profile>;
  getContactChannels(options?: O): Promise<ContactChannels>;
  getAgenda(input?: AgendaInput, options?: O): Promise<Agenda>;
  getPajemploi(options?: O): Promise<Pajemploi>;
  getServiceCatalogue(options?: O): Promise<ServiceCatalogue>;
}

/** Session, all of them. */
export interface SituationMethods {
  listSituationFlows(options?: O): Promise<SituationFlowList>;
  getSituationFlow(input: FlowRefInput, options?: O): Promise<SituationFlow>;
  getSituationDraft(input: FlowRefInput, options?: O): Promise<DraftResult>;
  saveSituationDraft(input: SaveDraftInput, options?: O): Promise<SituationDraft>;
  deleteSituationDraft(input: FlowRefInput, options?: O): Promise<void>;
  /** Idempotent by `idempotencyKey`: the same key returns the first receipt; with other answers, `conflict`. */
  submitSituationChange(input: SubmitSituationInput, options?: O): Promise<SituationReceipt>;
}

/** Session, all of them. */
export interface DocumentMethods {
  getDocumentOptions(options?: O): Promise<DocumentOptions>;
  /** Uploads one file (type by content, size checked: `validation` otherwise), reporting progress. */
  uploadDocumentFile(file: File, options?: UploadOptions): Promise<UploadedFile>;
  discardDocumentUpload(input: UploadRefInput, options?: O): Promise<void>;
  /** Idempotent by `idempotencyKey`, like `submitSituationChange`. */
  submitDocuments(input: SubmitDocumentsInput, options?: O): Promise<DocumentReceipt>;
}

/** Session, all of them. */
export interface AuthorisationMethods {
  getAuthorisations(options?: O): Promise<AuthorisationStatus>;
  grantAuthorisation(input: GrantAuthorisationInput, options?: O): Promise<Authorisation>;
  /** Either side may end an authorisation; returns it ended. */
  revokeAuthorisation(input: RevokeAuthorisationInput, options?: O): Promise<Authorisation>;
  getAuthorisationHistory(options?: O): Promise<AuthorisationHistory>;
}

export interface MonCompteAdapter
  extends SessionMethods,
    CodeMethods,
    AccountMethods,
    FileMethods,
    DashboardMethods,
    SituationMethods,
    DocumentMethods,
    AuthorisationMethods {}

export type AdapterMethod = keyof MonCompteAdapter;
