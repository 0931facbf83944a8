/** The screens of `mc-registration`, one small render function per step. */
import { html, nothing, type TemplateResult } from 'lit';
import { connectionMessages, type Catalogue } from '@moncompte/core';
import type { McRegistration } from './registration.component.js';
import type { McTextField } from '../text-field/text-field.component.js';
import { renderStepHeading } from '../shared/flow-view.js';
import { renderFrame } from '../shared/flow-frame.js';
import { renderContact, renderIdentifier, renderNewPassword } from '../shared/flow-fields.js';
import { renderCodeStep, sendNewCode } from '../shared/flow-code.js';
import { renderPending } from '../shared/flow-notes.js';
import { validateBirthDate } from '../shared/flow-validators.js';

type El = McRegistration;
const CATALOGUES: readonly Catalogue[] = [connectionMessages];
const valueOf = (e: Event) => (e.currentTarget as McTextField).value;

function nameFields(el: El): TemplateResult {
  const { t, flow } = el;
  return html`<mc-text-field
      label=${t('connection.register.firstName')}
      name="given-name"
      autocomplete="given-name"
      required
      .value=${flow.data.firstName}
      @input=${(e: Event) => flow.update({ firstName: valueOf(e) })}
    ></mc-text-field>
    <mc-text-field
      label=${t('connection.register.lastName')}
      name="family-name"
      autocomplete="family-name"
      required
      .value=${flow.data.lastName}
      @input=${(e: Event) => flow.update({ lastName: valueOf(e) })}
    ></mc-text-field>`;
}

function identityStep(el: El): TemplateResult {
  const { t, flow } = el;
  const birthDate = (value: string) => validateBirthDate(value, el.today || undefined);
  return renderFrame(
    flow,
    t('connection.register.identityHeading'),
    html`${renderIdentifier({
        t,
        id: `${el.ids}-identifier`,
        kind: el.allowProvisional ? flow.data.identifierKind : 'nir',
        allowProvisional: el.allowProvisional,
        value: flow.data.identifier,
        error: flow.fieldErrors.identifier,
        onKind: (identifierKind) => flow.update({ identifierKind }),
        onValue: (identifier) => {
          flow.clearFieldError('identifier');
          flow.update({ identifier });
        },
      })}
      ${el.askName ? nameFields(el) : nothing}
      <mc-text-field
        label=${t('connection.register.birthDate')}
        hint=${t('connection.register.birthDateHint')}
        name="birth-date"
        autocomplete="bday"
        required
        .validator=${birthDate}
        .catalogues=${CATALOGUES}
        .value=${flow.data.birthDate}
        .customError=${flow.fieldErrors.birthDate ?? ''}
        @input=${(e: Event) => {
          flow.clearFieldError('birthDate');
          flow.update({ birthDate: valueOf(e) });
        }}
      ></mc-text-field>`,
    t('common.continue'),
    () => el.submitIdentity(),
  );
}

function contactStep(el: El): TemplateResult {
  const { t, flow } = el;
  return renderFrame(
    flow,
    t('connection.register.contactHeading'),
    renderContact({
      t,
      id: `${el.ids}-contact`,
      channels: el.channels,
      channel: flow.data.contactChannel,
      value: flow.data.contactValue,
      error: flow.fieldErrors.contact,
      onChannel: (contactChannel) => flow.update({ contactChannel }),
      onValue: (contactValue) => {
        flow.clearFieldError('contact');
        flow.update({ contactValue });
      },
    }),
    t('connection.sendCode'),
    () => void el.sendCode(),
  );
}

function codeStep(el: El): TemplateResult | typeof nothing {
  const { t, flow } = el;
  const challenge = flow.data.challenge;
  if (!challenge) return nothing;
  return renderFrame(
    flow,
    t('connection.code.heading'),
    renderCodeStep({
      t,
      state: el.code,
      challenge,
      clock: el.clock,
      onResend: () => void sendNewCode(flow, el.code, undefined, () => el.sendCode()),
      onSwitch: (channel) => void sendNewCode(flow, el.code, channel, () => el.sendCode()),
    }),
    t('common.validate'),
    () => void el.verifyCode(el.code.code),
  );
}

function passwordStep(el: El): TemplateResult {
  const { t, flow, policy } = el;
  const body = policy.value
    ? renderNewPassword({
        policy: policy.value,
        value: el.secrets.password,
        confirmation: el.secrets.confirmation,
        error: flow.fieldErrors.password,
        onInput: (password, confirmation) => {
          el.secrets = { ...el.secrets, password, confirmation };
          flow.clearFieldError('password');
        },
      })
    : renderPending(t, policy);
  return renderFrame(flow, t('connection.register.passwordHeading'), body, t('connection.register.submit'), () => {
    if (policy.value) void el.createAccount();
  });
}

function connectedStep(el: El): TemplateResult {
  const { t } = el;
  return html`${renderStepHeading(t, t('connection.register.doneHeading'), undefined)}
    <mc-notice variant="success" announce><p>${t('connection.register.doneText')}</p></mc-notice>`;
}

export function renderRegistrationStep(el: El): TemplateResult | typeof nothing {
  switch (el.flow.steps.current) {
    case 'identity':
      return identityStep(el);
    case 'contact':
      return contactStep(el);
    case 'code':
      return codeStep(el);
    case 'password':
      return passwordStep(el);
    case 'connected':
      return connectedStep(el);
  }
}
