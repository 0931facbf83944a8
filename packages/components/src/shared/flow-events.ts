/**
 * Events of the connection flows (`mc-password-reset`, `mc-registration`, `mc-migration`), their orchestrator, and
 * of the signed-in password and contact-details changes (`mc-password-change`, `mc-contact-change`), built the same way.
 */

export type ConnectionFlowName = 'password-reset' | 'registration' | 'migration';
/** Every flow built on the flow controller: the connection flows and the password change. */
export type FlowName = ConnectionFlowName | 'password-change' | 'contact-change' | 'situation-wizard' | 'document-upload';

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
 * that handles it itself cancels it and calls the flow's `resume()` after the new log-in.
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
