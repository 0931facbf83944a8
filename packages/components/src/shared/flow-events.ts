/**
 * Events of the connection flows (`mc-password-reset`, `mc-registration`, `mc-migration`), their orchestrator, and
 * of the signed-in password and contact-details changes (`mc-password-change`, `mc-contact-change`), built the same
 * way; `mc-reauth-required` also comes from the situation wizard, the document upload and the authorisation panel.
 */

export type ConnectionFlowName = 'password-reset' | 'registration' | 'migration';
/**
 * Every flow that can ask to log in again: those built on the flow controller (the connection flows, the password
 * and contact-details changes), the situation wizard, the document upload and the authorisation panel.
 */
export type FlowName = ConnectionFlowName | 'password-change' | 'contact-change' | 'situation-wizard' | 'document-upload' | 'authorisation-panel';

/** `mc-flow-step`: the flow moved to another step (history entries, analytics). */
export interface FlowStepDetail {
  readonly flow: FlowName;
  readonly step: string;
  /** Position in the progress ("Étape 2 sur 3"), absent for steps without progress (confirmation). */
  readonly position?: number;
  readonly total: number;
}

/**
 * `mc-flow-exit`: the person leaves the flow — `cancel` ("Revenir à la connexion", the dialog closed) or `done`
 * (forgotten password: "Se connecter" on the confirmation). `identifier` is the one typed, to prefill the login.
 */
export interface FlowExitDetail {
  readonly flow: FlowName;
  readonly reason: 'cancel' | 'done';
  readonly identifier?: string;
}

/**
 * `mc-reauth-required` (cancelable): an adapter call answered `unauthorized` (the session or the flow's session
 * expired). Not cancelled, the flow shows a login form inline and resumes at `step` once logged in again; a page
 * that handles it itself cancels it and calls the flow's `resume()` after the new log-in. `step` is the flow's own
 * name of where it was (a step id, `summary`, `document-2`).
 */
export interface ReauthRequiredDetail {
  readonly flow: FlowName;
  readonly step: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mc-flow-step': CustomEvent<FlowStepDetail>;
    'mc-flow-exit': CustomEvent<FlowExitDetail>;
    'mc-reauth-required': CustomEvent<ReauthRequiredDetail>;
  }
}
