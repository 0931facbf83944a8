/**
 * The steps the connection flows (forgotten password, account creation, migration) share, one parametrised
 * render function each: identifier, contact details, code, new password. A flow's step file calls them with its
 * own heading, button label, field-error key and action; the element is seen through the small structural
 * interfaces below (what the step reads and calls), not through its class.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CodeChallenge, CodeChannel, IdentifierKind, PasswordPolicy } from '@moncompte/core';
import type { Clock } from './form-clock.js';
import type { FlowCore } from './flow-core.js';
import type { OnceLoader } from './flow-loader.js';
import { renderCodeStep, sendNewCode, type CodeState } from './flow-code.js';
import { renderContact, renderIdentifier, renderNewPassword, type ContactWording } from './flow-fields.js';
import { renderFrame } from './flow-frame.js';
import { renderPending } from './flow-notes.js';
import type { Translate } from './flow-view.js';

/** What every shared step reads from the flow element. */
interface StepHost<S extends string, D extends object> {
  readonly t: Translate;
  readonly flow: FlowCore<S, D>;
  /** Base of the ids of the element's parts. */
  readonly ids: string;
}

export interface PasswordStepHost<S extends string, D extends object> extends StepHost<S, D> {
  readonly policy: OnceLoader<PasswordPolicy>;
  secrets: { password: string; confirmation: string; token: string };
}

export interface PasswordStepOptions {
  readonly heading: string;
  readonly submit: string;
  /** The key of the server's field error for the new password (`newPassword`, `password`). */
  readonly field: string;
  /** Called on submit once the policy is loaded. */
  readonly onSubmit: () => void;
}

/** New password and confirmation, under the agency's policy (loaded when the step is shown). */
export function renderPasswordStep<S extends string, D extends object>(el: PasswordStepHost<S, D>, options: PasswordStepOptions): TemplateResult {
  const { t, flow, policy } = el;
  const body = policy.value
    ? renderNewPassword({
        policy: policy.value,
        value: el.secrets.password,
        confirmation: el.secrets.confirmation,
        error: flow.fieldErrors[options.field],
        onInput: (password, confirmation) => {
          el.secrets = { ...el.secrets, password, confirmation };
          flow.clearFieldError(options.field);
        },
      })
    : renderPending(t, policy);
  return renderFrame(flow, options.heading, body, options.submit, () => {
    if (policy.value) options.onSubmit();
  });
}

type WithChallenge = { challenge: CodeChallenge | null };

export interface CodeStepHost<S extends string, D extends WithChallenge> extends StepHost<S, D> {
  readonly code: CodeState;
  readonly clock: Clock;
  verifyCode(code: string): Promise<void>;
}

export interface SharedCodeStepOptions {
  readonly heading: string;
  /** Said before the field, from the challenge (forgotten password: where the code was sent). */
  readonly intro?: (challenge: CodeChallenge) => string;
  /** The flow's own "send the code" action (asked again after too many wrong codes). */
  readonly send: () => Promise<void>;
}

/** The code received, for the flow's current challenge; nothing without one. */
export function renderSharedCodeStep<S extends string, D extends WithChallenge>(
  el: CodeStepHost<S, D>,
  options: SharedCodeStepOptions): TemplateResult | typeof nothing {
  const { t, flow } = el;
  const challenge = flow.data.challenge;
  if (!challenge) return nothing;
  return renderFrame(
    flow,
    options.heading,
    renderCodeStep({
      t,
      state: el.code,
      challenge,
      intro: options.intro?.(challenge),
      clock: el.clock,
      onResend: () => void sendNewCode(flow, el.code, undefined, options.send),
      onSwitch: (channel) => void sendNewCode(flow, el.code, channel, options.send),
    }),
    t('common.validate'),
    () => void el.verifyCode(el.code.code),
  );
}

type WithContact = { contactChannel: CodeChannel; contactValue: string };

export interface ContactStepHost<S extends string, D extends WithContact> extends StepHost<S, D> {
  sendCode(): Promise<void>;
}

/**
 * Where to send the code (e-mail or mobile), then "Envoyer le code"; `intro` is shown before the fields, `wording`
 * asks the choice of channel and labels the field in the flow's own words.
 */
export function renderContactStep<S extends string, D extends WithContact>(
  el: ContactStepHost<S, D>,
  heading: string,
  channels: readonly CodeChannel[],
  options: { readonly intro?: unknown; readonly wording?: ContactWording } = {},
): TemplateResult {
  const { t, flow } = el;
  return renderFrame(
    flow,
    heading,
    html`${options.intro ?? nothing}${renderContact({
      t,
      id: `${el.ids}-contact`,
      channels,
      channel: flow.data.contactChannel,
      value: flow.data.contactValue,
      error: flow.fieldErrors.contact,
      onChannel: (contactChannel) => flow.update({ contactChannel } as Partial<D>),
      ...(options.wording ? { wording: options.wording } : {}),
      onValue: (contactValue) => {
        flow.clearFieldError('contact');
        flow.update({ contactValue } as Partial<D>);
      },
    })}`,
    t('connection.sendCode'),
    () => void el.sendCode(),
  );
}

type WithIdentifier = { identifierKind: IdentifierKind; identifier: string };

export interface IdentifierFieldHost<S extends string, D extends WithIdentifier> extends StepHost<S, D> {
  readonly allowProvisional: boolean;
}

/** The identifier field (NIR, or a provisional identifier where the agency offers it), bound to the flow's data. */
export function renderIdentifierField<S extends string, D extends WithIdentifier>(el: IdentifierFieldHost<S, D>): TemplateResult {
  const { t, flow } = el;
  return renderIdentifier({
    t,
    id: `${el.ids}-identifier`,
    kind: el.allowProvisional ? flow.data.identifierKind : 'nir',
    allowProvisional: el.allowProvisional,
    value: flow.data.identifier,
    error: flow.fieldErrors.identifier,
    onKind: (identifierKind) => flow.update({ identifierKind } as Partial<D>),
    onValue: (identifier) => {
      flow.clearFieldError('identifier');
      flow.update({ identifier } as Partial<D>);
    },
  });
}
