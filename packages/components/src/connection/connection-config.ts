/**
 * What differs between agencies in the flows around the login form is data: where the account-creation code may
 * be sent and whether names are asked (the login form's own wording is `LoginFormConfig`).
 */
import type { Agency, CodeChannel } from '@moncompte/core';

export interface ConnectionFlowsConfig {
  readonly registration: {
    /** Where the code may be sent, in the order offered. */
    readonly channels: readonly CodeChannel[];
    /** First and last names asked ("Je complète le formulaire"). */
    readonly askName: boolean;
  };
}

/** CAF: code by e-mail or SMS. MSA: "Je reçois mon code immédiatement par email", names asked. */
export const CONNECTION_PRESETS: Readonly<Record<Agency, ConnectionFlowsConfig>> = {
  caf: { registration: { channels: ['email', 'sms'], askName: false } },
  msa: { registration: { channels: ['email'], askName: true } },
};
