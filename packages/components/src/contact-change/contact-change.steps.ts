/** The screens of `mc-contact-change`: the new contact details (with the current ones), the code, the confirmation. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPhoneNumber, type Profile } from '@moncompte/core';
import type { McContactChange } from './contact-change.component.js';
import { renderContactStep, renderSharedCodeStep } from '../shared/flow-common-steps.js';
import { renderStepHeading } from '../shared/flow-view.js';

type El = McContactChange;

/** A French phone number in pairs ("06 12 34 56 78"), as people read it; anything else as it is. */

/** "Vos coordonnées actuelles", from the profile (adapter data, rendered as text only). */
function renderCurrent(el: El, profile: Profile): TemplateResult {
  const { t } = el;
  const row = (label: string, value: string | null) => html`<div>
    <dt>${label}</dt>
    <dd>${value ? formatPhoneNumber(value) : t('connection.contactChange.none')}</dd>
  </div>`;
  return html`<h4 class="mc-contact__current">${t('connection.contactChange.current')}</h4>
    <dl class="mc-contact__details">
      ${el.channels.includes('email') ? row(t('connection.contactChange.email'), profile.email) : nothing}
      ${el.channels.includes('sms') ? row(t('connection.contactChange.mobile'), profile.mobile) : nothing}
    </dl>`;
}

function contactStep(el: El): TemplateResult {
  const { t, profile } = el;
  const intro = html`${profile.value ? renderCurrent(el, profile.value) : nothing}
    <p class="mc-flow__text">${t('connection.contactChange.intro')}</p>`;
  const wording = {
    legend: t('connection.contactChange.legend'),
    choices: { email: t('connection.contactChange.choiceEmail'), sms: t('connection.contactChange.choiceSms') },
    labels: { email: t('connection.contactChange.newEmail'), sms: t('connection.contactChange.newMobile') },
  };
  return renderContactStep(el, t('connection.contactChange.heading'), el.channels, { intro, wording });
}

function codeStep(el: El): TemplateResult | typeof nothing {
  return renderSharedCodeStep(el, { heading: el.t('connection.contactChange.codeHeading'), send: () => el.sendCode() });
}

function doneStep(el: El): TemplateResult {
  const { t, saved } = el;
  return html`${renderStepHeading(t, t('connection.contactChange.doneHeading'), undefined)}
    <mc-notice variant="success" announce>
      ${saved
        ? html`<p>${t(saved.channel === 'email' ? 'connection.contactChange.doneEmail' : 'connection.contactChange.doneSms', { value: formatPhoneNumber(saved.value) })}</p>`
        : nothing}
    </mc-notice>`;
}

export function renderContactChangeStep(el: El): TemplateResult | typeof nothing {
  switch (el.flow.steps.current) {
    case 'contact':
      return contactStep(el);
    case 'code':
      return codeStep(el);
    case 'done':
      return doneStep(el);
  }
}
