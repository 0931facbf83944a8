import { type PropertyDeclarations, type PropertyValues } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { fieldMessages, type Catalogue, type Validation } from '@moncompte/core';
import { LocalizeController } from '../shared/localize-controller.js';
import { FieldController, fieldStyles } from '../shared/form-field.js';
import type { FieldError, FormField } from '../shared/form-registry.js';
import { TextInput, type FieldValidator, type TextInputSource } from '../shared/text-input.js';
import { textFieldStyles } from './text-field.styles.js';

export type { FieldValidator } from '../shared/text-input.js';

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
export class McTextField extends McElement implements FormField, TextInputSource {
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
  private readonly control = new TextInput(this, this, { id: this.field.id, interaction: this.field, locale: () => this.i18n.locale });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The real input, in the light DOM. */
  get input(): HTMLInputElement | null {
    return this.control.input;
  }

  /** The validator's result for the current value (undefined without a validator or when empty). */
  get validation(): Validation<unknown> | undefined {
    return this.control.validation;
  }

  /** The normalised value: the validator's `value` when there is one, else the value as typed. */
  get normalisedValue(): unknown {
    return this.validation?.value ?? this.value;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** The current error messages, whether or not shown yet. */
  get errors(): readonly string[] {
    return this.control.errors;
  }

  fieldErrors(): readonly FieldError[] {
    return this.control.fieldErrors();
  }

  formSubmitted(): void {
    this.field.show();
  }

  formReset(): void {
    this.value = this.getAttribute('value') ?? '';
    this.customError = '';
    this.field.reset();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.control.sync();
  }

  protected override render() {
    return this.control.render();
  }
}
