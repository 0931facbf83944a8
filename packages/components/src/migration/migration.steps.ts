/** The screens of `mc-migration` (seed 002), one small render function per step. */
import { html, nothing, type TemplateResult } from 'lit';
import type { TermsOfUse } from '@moncompte/core';
import type { McMigration } from './migration.component.js';
import { renderStepHeading } from '../shared/flow-view.js';
import { renderFrame } from '../shared/flow-frame.js';
import { renderContactStep, renderPasswordStep, renderSharedCodeStep } from '../shared/flow-common-steps.js';
import { renderPending } from '../shared/flow-notes.js';

type El = McMigration;

/** The introduction, in a native modal dialog: focus inside, Escape closes it (and leaves the flow). */
function introStep(el: El): TemplateResult {
  const { t } = el;
  return html`<dialog
    class="mc-migration__dialog"
    aria-labelledby=${`${el.ids}-dialog-title`}
    aria-describedby=${`${el.ids}-dialog-text`}
    @close=${(e: Event) => el.dialogClosed(e.target as HTMLDialogElement)}
  >
    <h2 id=${`${el.ids}-dialog-title`}>${t('connection.migration.title')}</h2>
    <div id=${`${el.ids}-dialog-text`}>
      <p>${t('connection.migration.intro')}</p>
      <p><strong>${t('connection.migration.duration')}</strong></p>
    </div>
    <ol>
      <li>${t('connection.migration.step1')}</li>
      <li>${t('connection.migration.step2')}</li>
      <li>${t('connection.migration.step3')}</li>
    </ol>
    <div class="mc-flow__actions">
      <mc-button @click=${() => el.start()}>${t('connection.migration.start')}</mc-button>
      <mc-button
        variant="secondary"
        @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close('later')}
        >${t('connection.migration.later')}</mc-button
      >
    </div>
  </dialog>`;
}

function renderTerms(el: El, terms: TermsOfUse): TemplateResult {
  // Adapter text, rendered as text only.
  return html`<div class="mc-migration__terms" role="region" aria-labelledby=${`${el.ids}-terms-title`} tabindex="0">
    <h4 id=${`${el.ids}-terms-title`}>${terms.title}</h4>
    ${terms.sections.map((section) => html`<h5>${section.heading}</h5>${section.paragraphs.map((p) => html`<p>${p}</p>`)}`)}
  </div>`;
}

function termsStep(el: El): TemplateResult {
  const { t, flow, terms } = el;
  const required = t('connection.migration.termsRequired');
  const error = flow.submitted && !flow.data.termsChecked;
  const body = terms.value
    ? html`${renderTerms(el, terms.value)}
        ${error
          ? html`<p class="mc-flow__error" id=${`${el.ids}-terms-error`}><span class="mc-vh">${t('common.errorPrefix')} </span>${required}</p>`
          : nothing}
        <div class="mc-flow__choice">
          <input
            type="checkbox"
            id=${`${el.ids}-terms-accept`}
            name="terms"
            required
            data-required-message=${required}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `${el.ids}-terms-error` : nothing}
            .checked=${flow.data.termsChecked}
            @change=${(e: Event) => flow.update({ termsChecked: (e.target as HTMLInputElement).checked })}
          />
          <label for=${`${el.ids}-terms-accept`}>${t('connection.migration.termsAccept')}</label>
        </div>`
    : renderPending(t, terms);
  return renderFrame(flow, t('connection.migration.termsHeading'), body, t('common.continue'), () => void el.acceptTerms());
}

function passwordStep(el: El): TemplateResult {
  const { t } = el;
  return renderPasswordStep(el, {
    heading: t('connection.migration.passwordHeading'),
    submit: t('common.continue'),
    field: 'newPassword',
    onSubmit: () => void el.savePassword(),
  });
}

function contactStep(el: El): TemplateResult {
  return renderContactStep(el, el.t('connection.migration.contactHeading'), ['email', 'sms']);
}

function codeStep(el: El): TemplateResult | typeof nothing {
  return renderSharedCodeStep(el, { heading: el.t('connection.migration.contactHeading'), send: () => el.sendCode() });
}

function connectedStep(el: El): TemplateResult {
  const { t } = el;
  return html`${renderStepHeading(t, t('connection.migration.doneHeading'), undefined)}
    <mc-notice variant="success" announce>
      <p>${t('connection.migration.doneText')}</p>
      <p>${t('connection.migration.reminder')}</p>
    </mc-notice>`;
}

export function renderMigrationStep(el: El): TemplateResult | typeof nothing {
  switch (el.flow.steps.current) {
    case 'intro':
      return introStep(el);
    case 'terms':
      return termsStep(el);
    case 'password':
      return passwordStep(el);
    case 'contact':
      return contactStep(el);
    case 'code':
      return codeStep(el);
    case 'connected':
      return connectedStep(el);
  }
}
