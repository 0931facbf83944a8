import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import {
  fieldMessages,
  translate,
  identifierMessages,
  type Catalogue,
  type Problem,
  type Validation,
} from '@moncompte/core';
import { LocalizeController } from '../shared/localize-controller.js';
import { describedBy, FieldController, fieldStyles, renderError, renderLabel, renderNote } from '../shared/form-field.js';
import type { FieldError, FormField } from '../shared/form-registry.js';
import { textFieldStyles } from './text-field.styles.js';

/** A validator from @moncompte/core (`validateNir`, `validateProvisionalIdentifier`…) or of the same shape. */
export type FieldValidator = (value: string) => Validation<unknown>;

/**
 * @element mc-text-field
 * @summary A text field (identifier, NIR, provisional identifier, e-mail, phone): label, hint, error linked with
 * `aria-describedby`, required marker in text, and a core validator whose problems and notices are shown next to
 * the field. Its `<input>` is rendered in the LIGHT DOM, so it is a real control of the page's `<form>` (form
 * data, password managers, `autocomplete="username"`).
 *
 * Errors are shown after a blur that changed the value, or after a submit of the form; then they follow the
 * value live. The form's submit is stopped while the field is invalid (see `mc-error-summary`).
 * Native `input` and `change` events bubble from the inner input.
 *
 * @cssprop --mc-text-field-width - Width of the input (100% by default).
 * @cssprop --mc-field-error-color - Colour of the error message and border.
 * @cssprop --mc-field-border-color - Border colour of the input.
 */
export class McTextField extends McElement implements FormField {
  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    name: {},
    value: {},
    type: {},
    inputmode: {},
    autocomplete: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    validator: { attribute: false },
    catalogues: { attribute: false },
    customError: { attribute: false },
  };

  /** Visible label (required). */
  label = '';
  /** Hint under the label (format, where to find the number…). */
  hint = '';
  /** Name of the value in the form data. */
  name = '';
  /** The value as typed (the `value` attribute is the default value a reset returns to). */
  value = '';
  /** Input type: `text`, `email` or `tel`. */
  type: 'text' | 'email' | 'tel' = 'text';
  /** `inputmode` of the input (`numeric` for a NIR, `email`, `tel`…). */
  inputmode = '';
  /** `autocomplete` of the input (`username` for a connection identifier, `email`, `tel`…). */
  autocomplete = '';
  required = false;
  disabled = false;
  /** Validates the value (not called for an empty optional field); its problems are the field's errors. */
  validator: FieldValidator | undefined;
  /** Extra catalogues for the keys the validator returns, when they are not in the validation catalogue. */
  catalogues: readonly Catalogue[] = [];
  /** An error from elsewhere (the server, say), shown at once until the value changes. */
  customError = '';

  private readonly i18n = new LocalizeController(this, [fieldMessages]);
  private readonly field = new FieldController(this, { styles: [fieldStyles, textFieldStyles] });
  private cache: { value: string; validator: FieldValidator | undefined; result: Validation<unknown> | undefined } | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The real input, in the light DOM. */
  get input(): HTMLInputElement | null {
    return this.querySelector(`#${this.field.id}-input`);
  }

  /** The validator's result for the current value (undefined without a validator or when empty). */
  get validation(): Validation<unknown> | undefined {
    const { value, validator } = this;
    if (this.cache?.value !== value || this.cache.validator !== validator) {
      this.cache = { value, validator, result: validator && value !== '' ? validator(value) : undefined };
    }
    return this.cache.result;
  }

  /** The normalised value: the validator's `value` when there is one, else the value as typed. */
  get normalisedValue(): unknown {
    return this.validation?.value ?? this.value;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private text(problem: Problem): string {
    const catalogues = [...this.catalogues, identifierMessages, fieldMessages] as readonly Catalogue[];
    return translate(catalogues, this.i18n.locale, problem.key, problem.params);
  }

  /** The current error messages, whether or not shown yet. */
  get errors(): readonly string[] {
    if (this.disabled) return [];
    if (this.customError) return [this.customError];
    if (this.value === '') {
      if (!this.required) return [];
      const problem = this.validator?.('').problems[0];
      return [problem ? this.text(problem) : this.i18n.t('form.required', { label: this.label })];
    }
    return this.validation?.problems.map((p) => this.text(p)) ?? [];
  }

  fieldErrors(): readonly FieldError[] {
    const input = this.input;
    return input ? this.errors.map((message) => ({ message, target: input })) : [];
  }

  formSubmitted(): void {
    this.field.show();
  }

  formReset(): void {
    this.value = this.getAttribute('value') ?? '';
    this.customError = '';
    this.field.reset();
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.customError = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const input = this.input;
    if (!input) return;
    // The value property is set here, not bound in the template: typing already set it, and a write costs a layout.
    if (input.value !== this.value) input.value = this.value;
    input.setCustomValidity(this.errors[0] ?? '');
  }

  protected override render() {
    const { id } = this.field;
    const shown = this.field.showErrors || this.customError ? this.errors : [];
    const notices = this.field.showErrors ? (this.validation?.notices ?? []).map((p) => this.text(p)).join(' ') : '';
    return html`
      ${renderLabel(id, this.label, this.required && this.i18n.t('form.required.marker'))}
      ${renderNote(`${id}-hint`, 'hint', this.hint)} ${renderError(`${id}-error`, this.i18n.t('form.error.prefix'), shown)}
      <input
        class="mc-field__input"
        id=${`${id}-input`}
        name=${this.name || nothing}
        type=${this.type}
        inputmode=${this.inputmode || nothing}
        autocomplete=${this.autocomplete || nothing}
        ?required=${this.required}
        ?disabled=${this.disabled}
        aria-invalid=${shown.length ? 'true' : 'false'}
        aria-describedby=${describedBy(this.hint && `${id}-hint`, shown.length > 0 && `${id}-error`, notices && `${id}-notice`)}
        @input=${this.onInput}
        @focus=${() => this.field.focused(this.value)}
        @blur=${() => this.field.blurred(this.value)}
      />
      ${renderNote(`${id}-notice`, 'notice', notices)}
    `;
  }
}
