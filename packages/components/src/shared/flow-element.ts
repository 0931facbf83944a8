/**
 * What the connection flow elements (forgotten password, account creation, migration) set up and do alike, as
 * small functions they call: their strings, the password policy loader, a code sent, a code verified.
 */
import type { ReactiveControllerHost } from 'lit';
import {
  accountMessages,
  commonMessages,
  connectionMessages,
  errorMessages,
  validationCatalogues,
  type Catalogue,
  type CodeChallenge,
  type CodeVerification,
  type MonCompteAdapter,
  type PasswordPolicy,
} from '@moncompte/core';
import { LocalizeController } from './localize-controller.js';
import { messagesOf } from './form-field.js';
import type { CodeState } from './flow-code.js';
import type { FlowCore } from './flow-core.js';
import { OnceLoader } from './flow-loader.js';

const FLOW_CATALOGUES = messagesOf(commonMessages, errorMessages, connectionMessages, accountMessages, ...validationCatalogues);

/**
 * The strings of a connection flow: common, errors, connection, account and validation messages, and `more` (a
 * flow of a signed-in person adds `signedOutMessages`, which `FlowCore` shows once the session ended).
 */
export function flowI18n(host: ReactiveControllerHost & HTMLElement, ...more: readonly Catalogue[]) {
  return new LocalizeController(host, [...FLOW_CATALOGUES, ...more] as typeof FLOW_CATALOGUES);
}

/** The agency's password policy, loaded the first time the password step is shown. */
export function passwordPolicyLoader(host: ReactiveControllerHost, adapter: () => MonCompteAdapter | undefined): OnceLoader<PasswordPolicy> {
  return new OnceLoader(host, adapter, (a, signal) => a.getPasswordPolicy({ signal }));
}

type WithChallenge = { challenge: CodeChallenge | null };

/** A code was sent: nothing typed or shown yet, the challenge kept, and the flow goes to its code step. */
export function challengeSent<S extends string, D extends WithChallenge>(flow: FlowCore<S, D>, code: CodeState, challenge: CodeChallenge, step: S): void {
  code.start();
  flow.update({ challenge } as Partial<D>);
  flow.steps.go(step);
}

/**
 * Verifies `value` against the flow's challenge (one adapter call); a code that is not valid is shown by the
 * code input. Resolves with the valid outcome, `undefined` otherwise (no challenge, failure, wrong code).
 */
export async function verifyChallenge<S extends string, D extends WithChallenge>(
  flow: FlowCore<S, D>,
  code: CodeState,
  value: string,
  retry: () => void,
): Promise<Extract<CodeVerification, { status: 'valid' }> | undefined> {
  const challenge = flow.data.challenge;
  if (!challenge) return undefined;
  const outcome = await flow.call((adapter, signal) => adapter.verifyCode({ challengeId: challenge.id, code: value }, { signal }), retry);
  if (!outcome) return undefined;
  if (outcome.status !== 'valid') {
    code.show(outcome);
    return undefined;
  }
  return outcome;
}
