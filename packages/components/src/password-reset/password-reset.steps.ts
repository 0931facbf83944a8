/** The screens of `mc-password-reset`, one small render function per step. */
import { html, nothing, type TemplateResult } from 'lit';
import type { CodeChannel } from '@moncompte/core';
import type { McPasswordReset } from './password-reset.component.js';
import { renderRadios, renderStepHeading } from '../shared/flow-view.js';
import { renderFrame } from '../shared/flow-frame.js';
import { renderIdentifierField, renderPasswordStep, renderSharedCodeStep } from '../shared/flow-common-steps.js';

type El = McPasswordReset;

function identifierStep(el: El): TemplateResult {
  const { t, flow } = el;
  return renderFrame(
    flow,
    t('connection.reset.identifierHeading'),
    html`<p class="mc-flow__text">${t('connection.reset.identifierIntro')}</p>
      ${renderIdentifierField(el)}`,
    t('common.continue'),
    () => el.submitIdentifier(),
  );
}

function channelStep(el: El): TemplateResult {
  const { t, flow } = el;
  const required = t('connection.channel.required');
  return renderFrame(
    flow,
    t('connection.reset.channelHeading'),
    renderRadios({
      id: `${el.ids}-channel`,
      legend: t('connection.channel.legend'),
      name: 'channel',
      choices: [
        { value: 'sms', label: t('connection.channel.sms') },
        { value: 'email', label: t('connection.channel.email') },
      ],
      value: flow.data.channel,
      requiredMessage: required,
      error: flow.submitted && !flow.data.channel ? required : '',
      errorPrefix: t('common.errorPrefix'),
      onChange: (channel) => flow.update({ channel: channel as CodeChannel }),
    }),
    t('connection.reset.send'),
    () => void el.requestCode(),
  );
}

function codeStep(el: El): TemplateResult | typeof nothing {
  return renderSharedCodeStep(el, {
    heading: el.t('connection.code.heading'),
    // No destination is disclosed: the same words whether the identifier has an account or not.
    intro: (challenge) => el.t(challenge.channel === 'sms' ? 'connection.reset.sentSms' : 'connection.reset.sentEmail'),
    send: () => el.requestCode(),
  });
}

function passwordStep(el: El): TemplateResult {
  const { t } = el;
  return renderPasswordStep(el, {
    heading: t('connection.reset.passwordHeading'),
    submit: t('connection.reset.submit'),
    field: 'newPassword',
    onSubmit: () => void el.savePassword(),
  });
}

function doneStep(el: El): TemplateResult {
  const { t, flow } = el;
  return html`${renderStepHeading(t, t('connection.reset.doneHeading'), undefined)}
    <mc-notice variant="success" announce><p>${t('connection.reset.doneText')}</p></mc-notice>
    <div class="mc-flow__actions">
      <mc-button @click=${() => flow.leave('done', flow.data.identifier)}>${t('connection.login')}</mc-button>
    </div>`;
}

export function renderResetStep(el: El): TemplateResult | typeof nothing {
  switch (el.flow.steps.current) {
    case 'identifier':
      return identifierStep(el);
    case 'channel':
      return channelStep(el);
    case 'code':
      return codeStep(el);
    case 'password':
      return passwordStep(el);
    case 'done':
      return doneStep(el);
  }
}
