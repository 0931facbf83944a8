import { html, nothing, type PropertyDeclarations } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { commonMessages } from '@moncompte/core';
import { LocalizeController } from '../shared/localize-controller.js';
import { focusError, manageForm, uniqueId, validateForm, type FieldError, type FormValidation } from '../shared/form-registry.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** One line of the summary; `target` (an element or its id) is what the line's link focuses. */
export interface SummaryError {
  readonly message: string;
  readonly target?: HTMLElement | string | null;
  /** Scrolled into view when the link is followed (the target's label by default). */
  readonly label?: HTMLElement | null;
}

/**
 * @element mc-error-summary
 * @summary The error summary of a form (GOV.UK's pattern): on a failed submit it lists every error of the form —
 * those of our fields and of native controls — takes focus, and each link focuses its field and scrolls the
 * field's label into view.
 *
 * Put it at the top of the form (or anywhere, with `for` = the form's id). It takes the form over: the form
 * gets `novalidate`, and an invalid submit is stopped before the page's own submit listeners run. A valid submit
 * clears it (before those listeners run): it only ever lists the errors on screen. Flows can also call
 * `show(errors)` (server errors), `validate()` and `clear()`.
 *
 * @csspart base - The summary box (focused when shown).
 * @csspart title - The title "Il y a un problème".
 * @csspart list - The list of errors.
 * @cssprop --mc-error-summary-border-color - Border colour.
 * @cssprop --mc-error-summary-background - Background.
 * @cssprop --mc-error-summary-link-color - Colour of the links.
 */
export class McErrorSummary extends McElement {
  static override styles = errorSummaryStyles;

  static override properties: PropertyDeclarations = {
    formId: { attribute: 'for' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    errors: { state: true },
  };

  /** Id of the form to summarise; the closest `<form>` by default. */
  formId = '';
  /** Level of the title (`aria-level`), 2 by default. */
  headingLevel = 2;
  private errors: readonly SummaryError[] = [];

  private readonly i18n = new LocalizeController(this, [commonMessages]);
  private form: HTMLFormElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = this.formId ? root.getElementById?.(this.formId) : this.closest('form');
    this.form = found instanceof HTMLFormElement ? found : null;
    if (!this.form) return;
    manageForm(this.form);
    // After the registry's own capture listener, which stops an invalid submit: only a valid one gets here.
    this.form.addEventListener('submit', this.onClear, true);
    this.form.addEventListener('mc-form-invalid', this.onInvalid);
    this.form.addEventListener('reset', this.onClear);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.form?.removeEventListener('submit', this.onClear, true);
    this.form?.removeEventListener('mc-form-invalid', this.onInvalid);
    this.form?.removeEventListener('reset', this.onClear);
  }

  private readonly onInvalid = (event: CustomEvent<FormValidation>): void => {
    event.preventDefault();
    void this.show(event.detail.errors);
  };

  private readonly onClear = (): void => this.clear();

  /** Shows these errors (none: hides the summary) and moves focus to the summary, unless `focus` is false. */
  async show(errors: readonly SummaryError[], focus = true): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>('.base')?.focus();
  }

  /** Validates the form as a submit would; shows and focuses the errors when there are some. */
  validate(): boolean {
    if (!this.form) return true;
    const { valid, errors } = validateForm(this.form);
    if (valid) this.clear();
    else void this.show(errors);
    return valid;
  }

  clear(): void {
    this.errors = [];
  }

  private resolve(error: SummaryError): FieldError | undefined {
    const { target } = error;
    const root = this.getRootNode() as Document | ShadowRoot;
    const element = typeof target === 'string' ? root.getElementById?.(target) : target;
    if (!element) return undefined;
    if (!element.id) element.id = uniqueId('mc-field');
    return { message: error.message, target: element, label: error.label ?? null };
  }

  protected override render() {
    if (this.errors.length === 0) return nothing;
    return html`<div class="base" part="base" role="alert" tabindex="-1" aria-labelledby="title">
      <div class="title" part="title" id="title" role="heading" aria-level=${this.headingLevel}>
        ${this.i18n.t('common.errorSummaryTitle')}
      </div>
      <ul part="list">
        ${this.errors.map((error) => {
          const field = this.resolve(error);
          return html`<li>
            ${field
              ? html`<a
                  href=${`#${field.target.id}`}
                  @click=${(event: Event) => {
                    event.preventDefault();
                    focusError(field);
                  }}
                  >${error.message}</a
                >`
              : error.message}
          </li>`;
        })}
      </ul>
    </div>`;
  }
}
