/** The screens of `mc-registration`, one small render function per step. */
import { html, nothing, type TemplateResult } from 'lit';
import { connectionMessages, type Catalogue } from '@moncompte/core';
import type { McRegistration } from './registration.component.js';
import type { McTextField } from '../text-field/text-field.component.js';
import { renderStepHeading } from '../shared/flow-view.js';
import { renderFrame } from '../shared/flow-frame.js';
import { renderContactStep, renderIdentifierField, renderPasswordStep, renderSharedCodeStep } from '../shared/flow-common-steps.js';
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
    html`${renderIdentifierField(el)}
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
  return renderContactStep(el, el.t('connection.register.contactHeading'), el.channels);
}

function codeStep(el: El): TemplateResult | typeof nothing {
  return renderSharedCodeStep(el, { heading: el.t('connection.code.heading'), send: () => el.sendCode() });
}

function passwordStep(el: El): TemplateResult {
  const { t } = el;
  return renderPasswordStep(el, {
    heading: t('connection.register.passwordHeading'),
    submit: t('connection.register.submit'),
    field: 'password',
    onSubmit: () => void el.createAccount(),
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
