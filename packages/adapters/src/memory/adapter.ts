/**
 * `createMemoryAdapter`: the contract implemented in memory over a seeded demo world. The embedded default of
 * the portal, Storybook and the tests: deterministic (fix `today`), with latency and fault injection, honouring
 * every AbortSignal, validating inputs with the contract's schemas and returning fresh copies.
 */
import { ROUTES, toAdapterError, type AdapterMethod, type MonCompteAdapter, type RequestOptions } from '@moncompte/core';
import { sleep, throwIfAborted } from '../shared/abort.js';
import { issuesToValidation } from '../shared/issues.js';
import { Faults, type FaultInjector } from './faults.js';
import { resolveOptions, type MemoryAdapterOptions } from './options.js';
import { Store } from './store.js';
import * as account from './handlers/account.js';
import * as authorisations from './handlers/authorisations.js';
import * as dashboard from './handlers/dashboard.js';
import * as documents from './handlers/documents.js';
import * as session from './handlers/session.js';
import * as situation from './handlers/situation.js';

export interface MemoryAdapter extends MonCompteAdapter {
  /** Fail or hang chosen methods (loading and error states). */
  readonly faults: FaultInjector;
  /**
   * The demo's stand-in for the back end's FranceConnect callback (not part of the contract: a real back end
   * completes the round trip on its own callback URL and redirects). The `state` of a `startFranceConnect` answer,
   * once and within 10 minutes, opens a session (method `franceconnect` or `franceconnect-plus`) for the agency's
   * demo account; any other state is `not-found`.
   */
  completeFranceConnect(state: string, options?: RequestOptions): Promise<session.FranceConnectCompletion>;
}

export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const resolved = resolveOptions(options);
  const store = new Store(resolved);
  const faults = new Faults();

  if (resolved.signedIn) {
    const account = store.world.accounts.find((a) => a.identifier === resolved.signedIn);
    if (!account) throw new TypeError(`createMemoryAdapter: no seeded account "${resolved.signedIn}"`);
    store.openSession(account, 'password', false);
  }

  /** Every call: abort check, latency, injected faults, input schema, handler, output schema (a fresh copy). */
  async function call<I, T>(method: AdapterMethod, input: I, options: RequestOptions | undefined, handler: (input: I) => T | Promise<T>): Promise<T> {
    const signal = options?.signal;
    try {
      throwIfAborted(signal);
      if (resolved.latency > 0) await sleep(resolved.latency, signal);
      await faults.apply(method, signal);
      throwIfAborted(signal);
      const route = ROUTES[method];
      let parsed = input;
      if (route.input && route.input !== 'binary') {
        const result = route.input.safeParse(input ?? {});
        if (!result.success) throw issuesToValidation(result.error.issues);
        parsed = result.data as I;
      }
      const output = await handler(parsed);
      return (route.output ? route.output.parse(output) : undefined) as T;
    } catch (e) {
      throw toAdapterError(e);
    }
  }

  const s = store;
  return {
    faults,
    async completeFranceConnect(state, o) {
      try {
        throwIfAborted(o?.signal);
        if (resolved.latency > 0) await sleep(resolved.latency, o?.signal);
        return session.completeFranceConnect(s, state);
      } catch (e) {
        throw toAdapterError(e);
      }
    },
    // session
    login: (input, o) => call('login', input, o, (i) => session.login(s, i)),
    logout: (o) => call('logout', undefined, o, () => session.logout(s)),
    getSession: (o) => call('getSession', undefined, o, () => session.getSession(s)),
    startFranceConnect: (input, o) => call('startFranceConnect', input, o, (i) => session.startFranceConnect(s, i)),
    selectFile: (input, o) => call('selectFile', input, o, (i) => session.selectFile(s, i)),
    // codes
    verifyCode: (input, o) => call('verifyCode', input, o, (i) => session.verifyCode(s, i)),
    resendCode: (input, o) => call('resendCode', input, o, (i) => session.resendCode(s, i)),
    switchCodeChannel: (input, o) => call('switchCodeChannel', input, o, (i) => session.switchCodeChannel(s, i)),
    // account
    getPasswordPolicy: (o) => call('getPasswordPolicy', undefined, o, () => account.getPasswordPolicy(s)),
    requestPasswordReset: (input, o) => call('requestPasswordReset', input, o, (i) => account.requestPasswordReset(s, i)),
    completePasswordReset: (input, o) => call('completePasswordReset', input, o, (i) => account.completePasswordReset(s, i)),
    changePassword: (input, o) => call('changePassword', input, o, (i) => account.changePassword(s, i)),
    startRegistration: (input, o) => call('startRegistration', input, o, (i) => account.startRegistration(s, i)),
    completeRegistration: (input, o) => call('completeRegistration', input, o, (i) => account.completeRegistration(s, i)),
    getTermsOfUse: (o) => call('getTermsOfUse', undefined, o, () => account.getTermsOfUse(s)),
    acceptTerms: (input, o) => call('acceptTerms', input, o, (i) => account.acceptTerms(s, i)),
    setMigrationPassword: (input, o) => call('setMigrationPassword', input, o, (i) => account.setMigrationPassword(s, i)),
    sendMigrationCode: (input, o) => call('sendMigrationCode', input, o, (i) => account.sendMigrationCode(s, i)),
    sendContactChangeCode: (input, o) => call('sendContactChangeCode', input, o, (i) => account.sendContactChangeCode(s, i)),
    getAccountHistory: (o) => call('getAccountHistory', undefined, o, () => account.getAccountHistory(s)),
    // files
    getFiles: (o) => call('getFiles', undefined, o, () => dashboard.getFiles(s)),
    getHousehold: (input, o) => call('getHousehold', input, o, (i) => dashboard.getHousehold(s, i)),
    // dashboard
    getAlerts: (o) => call('getAlerts', undefined, o, () => dashboard.getAlerts(s)),
    getMessagesSummary: (o) => call('getMessagesSummary', undefined, o, () => dashboard.getMessagesSummary(s)),
    getPaymentsSummary: (o) => call('getPaymentsSummary', undefined, o, () => dashboard.getPaymentsSummary(s)),
    getProcedures: (o) => call('getProcedures', undefined, o, () => dashboard.getProcedures(s)),
    getNews: (o) => call('getNews', undefined, o, () => dashboard.getNews(s)),
    getProfile: (o) => call('getProfile', undefined, o, () => dashboard.getProfile(s)),
    getContactChannels: (o) => call('getContactChannels', undefined, o, () => dashboard.getContactChannels(s)),
    getAgenda: (input, o) => call('getAgenda', input, o, (i) => dashboard.getAgenda(s, i)),
    getPajemploi: (o) => call('getPajemploi', undefined, o, () => dashboard.getPajemploi(s)),
    getServiceCatalogue: (o) => call('getServiceCatalogue', undefined, o, () => dashboard.getServiceCatalogue(s)),
    // situation
    listSituationFlows: (o) => call('listSituationFlows', undefined, o, () => situation.listSituationFlows(s)),
    getSituationFlow: (input, o) => call('getSituationFlow', input, o, (i) => situation.getSituationFlow(s, i)),
    getSituationDraft: (input, o) => call('getSituationDraft', input, o, (i) => situation.getSituationDraft(s, i)),
    saveSituationDraft: (input, o) => call('saveSituationDraft', input, o, (i) => situation.saveSituationDraft(s, i)),
    deleteSituationDraft: (input, o) => call('deleteSituationDraft', input, o, (i) => situation.deleteSituationDraft(s, i)),
    submitSituationChange: (input, o) => call('submitSituationChange', input, o, (i) => situation.submitSituationChange(s, i)),
    // documents
    getDocumentOptions: (o) => call('getDocumentOptions', undefined, o, () => documents.getDocumentOptions(s)),
    uploadDocumentFile: (file, o) => call('uploadDocumentFile', file, o, (f) => documents.uploadDocumentFile(s, f, o)),
    discardDocumentUpload: (input, o) => call('discardDocumentUpload', input, o, (i) => documents.discardDocumentUpload(s, i)),
    submitDocuments: (input, o) => call('submitDocuments', input, o, (i) => documents.submitDocuments(s, i)),
    // authorisations
    getAuthorisations: (o) => call('getAuthorisations', undefined, o, () => authorisations.getAuthorisations(s)),
    grantAuthorisation: (input, o) => call('grantAuthorisation', input, o, (i) => authorisations.grantAuthorisation(s, i)),
    revokeAuthorisation: (input, o) => call('revokeAuthorisation', input, o, (i) => authorisations.revokeAuthorisation(s, i)),
    getAuthorisationHistory: (o) => call('getAuthorisationHistory', undefined, o, () => authorisations.getAuthorisationHistory(s)),
  };
}
