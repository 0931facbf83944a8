/**
 * A light-DOM text field as a piece of a host's template: label, hint, error, input and notices, the validator's
 * reading of the value, and the errors the form is told. `mc-text-field` is one host; `mc-login-form` renders its
 * identifier with it directly (no nested element to create, upgrade and render for every form on a page).
 *
 * The field reads what it shows from a `source` (the host itself, or an object of the host's), and writes what
 * the user types back to it: the host keeps its state, the field keeps none but its interaction.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldMessages, identifierMessages, translate, type Catalogue, type Locale, type Problem, type Validation } from '@moncompte/core';
import { describedBy, renderError, renderLabel, renderNote, type Interaction } from './form-field.js';
import type { FieldError } from './form-registry.js';

/** A validator from @moncompte/core (`validateNir`, `validateProvisionalIdentifier`…) or of the same shape. */
export type FieldValidator = (value: string) => Validation<unknown>;

/** What a text field shows and edits. */
export interface TextInputSource {
  readonly label: string;
  readonly hint: string;
  readonly name: string;
  readonly type: 'text' | 'email' | 'tel';
  readonly inputmode: string;
  readonly autocomplete: string;
  readonly required: boolean;
  readonly disabled: boolean;
  readonly validator: FieldValidator | undefined;
  /** Extra catalogues for the keys the validator returns. */
  readonly catalogues: readonly Catalogue[];
  /** The value as typed; the field writes it on every `input`. */
  value: string;
  /** An error from elsewhere (the server), shown at once; the field empties it when the value changes. */
  customError: string;
}

export interface TextInputOptions {
  /** Base of the ids: `${id}-input`, `${id}-hint`, `${id}-error`, `${id}-notice`. */
  readonly id: string;
  /** When errors show (after a blur that changed the value, or a submit). */
  readonly interaction: Interaction;
  /** The host's locale now. */
  readonly locale: () => Locale;
  /** Called after the user typed (the source already has the value). */
  readonly onInput?: (event: Event) => void;
}

export class TextInput {
  private cache: { value: string; validator: FieldValidator | undefined; result: Validation<unknown> | undefined } | undefined;

  constructor(
    private readonly scope: ParentNode,
    private readonly source: TextInputSource,
    private readonly options: TextInputOptions,
  ) {}

  /** The real input. */
  get input(): HTMLInputElement | null {
    return this.scope.querySelector(`#${this.options.id}-input`);
  }

  /** The validator's result for the current value (undefined without a validator or when empty). */
  get validation(): Validation<unknown> | undefined {
    const { value, validator } = this.source;
    if (this.cache?.value !== value || this.cache.validator !== validator) {
      this.cache = { value, validator, result: validator && value !== '' ? validator(value) : undefined };
    }
    return this.cache.result;
  }

  private text(key: string, params?: Problem['params']): string {
    const catalogues = [...this.source.catalogues, identifierMessages, fieldMessages] as readonly Catalogue[];
    return translate(catalogues, this.options.locale(), key, params);
  }

  /** The current error messages, whether or not shown yet. */
  get errors(): readonly string[] {
    const { source } = this;
    if (source.disabled) return [];
    if (source.customError) return [source.customError];
    if (source.value === '') {
      if (!source.required) return [];
      const problem = source.validator?.('').problems[0];
      return [problem ? this.text(problem.key, problem.params) : this.text('form.required', { label: source.label })];
    }
    return this.validation?.problems.map((p) => this.text(p.key, p.params)) ?? [];
  }

  fieldErrors(): readonly FieldError[] {
    const input = this.input;
    return input ? this.errors.map((message) => ({ message, target: input })) : [];
  }

  private readonly onInput = (event: Event): void => {
    this.source.value = (event.target as HTMLInputElement).value;
    this.source.customError = '';
    this.options.onInput?.(event);
  };

  /** After each render: the input's value (typing already set it; a write costs a layout) and its validity. */
  sync(): void {
    const input = this.input;
    if (!input) return;
    if (input.value !== this.source.value) input.value = this.source.value;
    input.setCustomValidity(this.errors[0] ?? '');
  }

  render(): TemplateResult {
    const { source } = this;
    const { id, interaction } = this.options;
    const shown = interaction.showErrors || source.customError ? this.errors : [];
    const notices = interaction.showErrors ? (this.validation?.notices ?? []).map((p) => this.text(p.key, p.params)).join(' ') : '';
    return html`
      ${renderLabel(id, source.label, source.required && this.text('form.required.marker'))}
      ${renderNote(`${id}-hint`, 'hint', source.hint)} ${renderError(`${id}-error`, this.text('form.error.prefix'), shown)}
      <input
        class="mc-field__input"
        id=${`${id}-input`}
        name=${source.name || nothing}
        type=${source.type}
        inputmode=${source.inputmode || nothing}
        autocomplete=${source.autocomplete || nothing}
        ?required=${source.required}
        ?disabled=${source.disabled}
        aria-invalid=${shown.length ? 'true' : 'false'}
        aria-describedby=${describedBy(source.hint && `${id}-hint`, shown.length > 0 && `${id}-error`, notices && `${id}-notice`)}
        @input=${this.onInput}
        @focus=${() => interaction.focused(source.value)}
        @blur=${() => interaction.blurred(source.value)}
      />
      ${renderNote(`${id}-notice`, 'notice', notices)}
    `;
  }
}
