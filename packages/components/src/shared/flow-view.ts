/**
 * The parts every step of a connection flow renders, in the LIGHT DOM of the flow element (its inputs must be
 * real controls of a real `<form>` of the page): the heading with the progress ("Étape 2 sur 3 — Mon nouveau mot
 * de passe"), the failure notice (what went wrong, that nothing typed is lost, a retry when it may help), the
 * actions row, and the styles, scoped by tag so nothing leaks to the host page.
 */
import { css, html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import type { AdapterError } from '@moncompte/core';
import type { StepProgress } from './flow-steps.js';
import { visuallyHiddenIn } from './visually-hidden.styles.js';

/** The translation function of a flow (its LocalizeController's `t`). */
export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** The title of the flow ("Mot de passe oublié"), above the step headings. */
export function renderTitle(title: string): TemplateResult {
  return html`<h2 class="mc-flow__title">${title}</h2>`;
}

/** The step heading, focused when the step changes; the progress is part of it so it is read with it. */
export function renderStepHeading(t: Translate, heading: string, progress: StepProgress | undefined): TemplateResult {
  return html`<h3 class="mc-flow__heading" data-flow-heading tabindex="-1">
    ${progress
      ? html`<span class="mc-flow__progress">${t('common.step', { current: progress.current, total: progress.total })}</span
          ><span class="mc-vh"> – </span>`
      : nothing}${heading}
  </h3>`;
}

/**
 * A failed call: what went wrong (the flow's own `text`, which says what to do, or the generic message of its
 * kind, then "what you typed is kept"), and "Réessayer" when trying again can help.
 */
export function renderFailure(
  t: Translate,
  failure: AdapterError | undefined,
  retry: (() => void) | undefined,
  busy: boolean,
  text?: string,
) {
  if (!failure) return nothing;
  const wait = failure.kind === 'rate-limited' && failure.retryAfterSeconds ? t('error.retryIn', { count: failure.retryAfterSeconds }) : '';
  return html`<mc-notice class="mc-flow__failure" variant="error" announce>
    <p>${text ?? t(failure.messageKey)} ${wait}</p>
    ${text ? nothing : html`<p>${t('connection.kept')}</p>`}
    ${failure.retryable && retry
      ? html`<p><mc-button variant="secondary" size="s" ?busy=${busy} @click=${retry}>${t('common.retry')}</mc-button></p>`
      : nothing}
  </mc-notice>`;
}

/** The actions of a step: the primary submit, then "Retour" when there is a step behind. */
export function renderActions(t: Translate, submit: string, busy: boolean, back: (() => void) | undefined): TemplateResult {
  return html`<div class="mc-flow__actions">
    <mc-button type="submit" ?busy=${busy}>${submit}</mc-button>
    ${back ? html`<mc-button variant="secondary" @click=${back}>${t('common.back')}</mc-button>` : nothing}
  </div>`;
}

/** "Revenir à la connexion", under the step's form. */
export function renderLeave(t: Translate, leave: () => void): TemplateResult {
  return html`<p class="mc-flow__leave"><mc-button variant="tertiary" @click=${leave}>${t('connection.toLogin')}</mc-button></p>`;
}

/** A radio group (channel of the code), a native fieldset: its error is shown once the form was submitted. */
export function renderRadios(options: {
  readonly id: string;
  readonly legend: string;
  readonly name: string;
  readonly choices: readonly { readonly value: string; readonly label: string }[];
  readonly value: string;
  /** The message when none is chosen (the summary's and the field's). */
  readonly requiredMessage: string;
  /** Shown next to the group (after a failed submit). */
  readonly error: string;
  readonly errorPrefix: string;
  readonly onChange: (value: string) => void;
}): TemplateResult {
  const { id, error } = options;
  return html`<fieldset class="mc-flow__fieldset" aria-describedby=${error ? `${id}-error` : nothing}>
    <legend class="mc-flow__legend">${options.legend}</legend>
    ${error ? html`<p class="mc-flow__error" id=${`${id}-error`}><span class="mc-vh">${options.errorPrefix} </span>${error}</p>` : nothing}
    ${options.choices.map(
      (choice, i) => html`<div class="mc-flow__choice">
        <input
          type="radio"
          id=${`${id}-${i}`}
          name=${options.name}
          .value=${choice.value}
          .checked=${options.value === choice.value}
          required
          data-required-message=${options.requiredMessage}
          aria-invalid=${error ? 'true' : 'false'}
          @change=${() => options.onChange(choice.value)}
        />
        <label for=${`${id}-${i}`}>${choice.label}</label>
      </div>`,
    )}
  </fieldset>`;
}

/** Every selector starts with the flow tags (a constant of this module, not data). */
/**
 * Gives the native required controls of a step (radios, checkbox) our message as their validity message, so the
 * error summary lists it in French (not the browser's wording): an input with `data-required-message` is invalid
 * while it (or, for a radio, its group) is not checked.
 */
export function syncNativeValidity(root: HTMLElement): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-required-message]')) {
    const group = input.type === 'radio' && input.form ? [...input.form.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${input.name}"]`)] : [input];
    input.setCustomValidity(group.some((i) => i.checked) ? '' : (input.dataset.requiredMessage ?? ''));
  }
}

const TAGS = unsafeCSS(':is(mc-password-reset, mc-registration, mc-migration, mc-connection, mc-password-change, mc-contact-change)');

export const flowStyles = css`
  ${visuallyHiddenIn(':is(mc-password-reset, mc-registration, mc-migration, mc-connection, mc-password-change, mc-contact-change) .mc-vh')}
  ${TAGS} {
    display: block;
    color: var(--mc-flow-color, var(--mc-color-text));
    font-family: var(--mc-flow-font-family, var(--mc-font-family));
    max-width: var(--mc-flow-max-width, 40rem);
  }
  ${TAGS} .mc-flow__title {
    margin: 0 0 var(--mc-space-4);
    font-size: var(--mc-flow-title-size, var(--mc-font-size-xxl));
  }
  ${TAGS} .mc-flow__heading {
    margin: 0 0 var(--mc-space-4);
    font-size: var(--mc-flow-heading-size, var(--mc-font-size-xl));
  }
  ${TAGS} .mc-flow__heading:focus-visible,
  ${TAGS} :is(input, summary, a, [tabindex='0']):focus-visible {
    outline: var(--mc-focus-ring);
    outline-offset: var(--mc-focus-ring-offset);
  }
  ${TAGS} .mc-flow__heading:focus:not(:focus-visible) {
    outline: none;
  }
  ${TAGS} .mc-flow__progress {
    display: block;
    margin-block-end: var(--mc-space-1);
    font-size: var(--mc-font-size-m);
    font-weight: var(--mc-font-weight-regular);
    color: var(--mc-flow-progress-color, var(--mc-color-text-muted));
  }
  ${TAGS} :is(mc-notice, mc-error-summary) {
    display: block;
    margin-block-end: var(--mc-space-5);
  }
  ${TAGS} .mc-flow__fieldset {
    margin: 0 0 var(--mc-space-5);
    padding: 0;
    border: 0;
  }
  ${TAGS} .mc-flow__legend {
    padding: 0;
    margin-block-end: var(--mc-space-2);
    font-weight: var(--mc-font-weight-bold);
  }
  ${TAGS} .mc-flow__choice {
    display: flex;
    align-items: center;
    gap: var(--mc-space-2);
    min-height: var(--mc-target-size);
  }
  ${TAGS} .mc-flow__choice input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--mc-flow-control-color, var(--mc-color-action));
  }
  ${TAGS} .mc-flow__error {
    margin: 0 0 var(--mc-space-2);
    font-weight: var(--mc-font-weight-bold);
    color: var(--mc-flow-error-color, var(--mc-color-error-text));
  }
  ${TAGS} .mc-flow__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mc-space-3);
    margin-block: var(--mc-space-5);
  }
  ${TAGS} .mc-flow__leave {
    margin: var(--mc-space-4) 0 0;
  }
  ${TAGS} .mc-flow__text {
    margin: 0 0 var(--mc-space-4);
  }
`;
