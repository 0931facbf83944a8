/** The screens of `mc-password-change`: the passwords, then the confirmation. */
import { html, nothing, type TemplateResult } from 'lit';
import type { McPasswordInput } from '../password-input/password-input.component.js';
import type { McPasswordChange } from './password-change.component.js';
import { renderNewPassword } from '../shared/flow-fields.js';
import { renderFrame } from '../shared/flow-frame.js';
import { renderPending } from '../shared/flow-notes.js';
import { renderStepHeading } from '../shared/flow-view.js';

type El = McPasswordChange;

/** The current password (the back end's `currentPassword` error is shown next to it), then the new one. */
function passwordStep(el: El): TemplateResult {
  const { t, flow, policy } = el;
  const username = el.accountIdentifier;
  const body = policy.value
    ? html`<p class="mc-flow__text">${t('connection.change.intro')}</p>
        ${username ? html`<input type="text" autocomplete="username" hidden .value=${username} />` : nothing}
        <mc-password-input
          name="current-password"
          required
          label=${t('connection.change.current')}
          .value=${el.secrets.current}
          .customError=${flow.fieldErrors['currentPassword'] ?? ''}
          @input=${(e: Event) => {
            el.secrets = { ...el.secrets, current: (e.currentTarget as McPasswordInput).value };
            flow.clearFieldError('currentPassword');
          }}
        ></mc-password-input>
        ${renderNewPassword({
          policy: policy.value,
          value: el.secrets.password,
          confirmation: el.secrets.confirmation,
          error: flow.fieldErrors['newPassword'],
          onInput: (password, confirmation) => {
            el.secrets = { ...el.secrets, password, confirmation };
            flow.clearFieldError('newPassword');
          },
        })}`
    : renderPending(t, policy);
  return renderFrame(flow, t('connection.change.heading'), body, t('connection.change.submit'), () => {
    if (policy.value) void el.save();
  });
}

function doneStep(el: El): TemplateResult {
  const { t } = el;
  return html`${renderStepHeading(t, t('connection.change.doneHeading'), undefined)}
    <mc-notice variant="success" announce><p>${t('connection.change.doneText')}</p></mc-notice>`;
}

export function renderChangeStep(el: El): TemplateResult {
  return el.flow.steps.current === 'done' ? doneStep(el) : passwordStep(el);
}
