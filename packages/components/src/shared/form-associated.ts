/**
 * Form association for SHADOW-DOM fields, on `ElementInternals`: the element's value is
 * in `new FormData(form)`, its validity is the form's (anchored on the inner control so the browser points at
 * it), reset and state restore work, a disabled `<fieldset>` disables it, and it registers with the form like
 * our light-DOM fields (see form-registry.ts) so the error summary lists its errors.
 *
 * No element of ours needs it today: every field we ship renders a real control (`<input>`, radios, file input) in
 * the light DOM of the page's form, which the form sees natively — credential inputs must (password managers and
 * SMS autofill do not see inside shadow roots). It is the building block for a portal's own shadow-DOM field
 * (`@moncompte/components/shared/form-associated.js`), which then behaves like ours in the form and the error
 * summary; test/forms/form-associated.test.ts shows such a field.
 *
 * The element implements `validationErrors()` (translated messages, empty when valid), optionally
 * `validityAnchor()` and `formValue()`, and shows its errors when `showErrors` is true.
 */
import type { LitElement, PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FieldController } from './form-field.js';
import type { FieldError, FormField } from './form-registry.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** The members the mixin adds (for typing the elements built on it). */
export interface FormAssociatedMembers extends FormField {
  name: string;
  value: string;
  disabled: boolean;
  required: boolean;
  readonly internals: ElementInternals;
  readonly form: HTMLFormElement | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
}

/**
 * The protected API and form callbacks the mixin gives subclasses. Declared as a named class so that declaration files can name
 * the mixin's return type (an anonymous class with protected members cannot be emitted: TS4094).
 */
export declare abstract class FormAssociatedProtected {
  protected fieldsetDisabled: boolean;
  protected readonly field: FieldController;
  protected abstract validationErrors(): readonly string[];
  protected validityAnchor(): HTMLElement | undefined;
  protected formValue(): string | File | FormData | null;
  protected isEmpty(): boolean;
  protected get showErrors(): boolean;
  protected get isDisabled(): boolean;
  formAssociatedCallback(): void;
  formResetCallback(): void;
  formStateRestoreCallback(state: string | File | FormData | null): void;
  formDisabledCallback(disabled: boolean): void;
}

export function FormAssociated<T extends Constructor<LitElement>>(
  Base: T,
): Constructor<FormAssociatedMembers & FormAssociatedProtected> & T {
  abstract class FormAssociatedElement extends Base implements FormAssociatedMembers {
    static formAssociated = true;
    static shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };

    /** Name of the value in the form data. */
    @property({ reflect: true }) name = '';
    /** The current value; the `value` attribute is the default value a form reset returns to. */
    @property() value = '';
    @property({ type: Boolean, reflect: true }) disabled = false;
    @property({ type: Boolean, reflect: true }) required = false;
    /** Disabled by a `<fieldset disabled>` around it. */
    @state() protected fieldsetDisabled = false;

    readonly internals: ElementInternals;
    protected readonly field: FieldController;

    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    constructor(...args: any[]) {
      super(...args);
      this.internals = this.attachInternals();
      this.field = new FieldController(this, { form: () => this.internals.form });
      this.addEventListener('focusin', () => this.field.focused(this.value));
      this.addEventListener('focusout', () => this.field.blurred(this.value));
    }

    /** Messages of the current errors (translated), empty when valid, whether or not shown. */
    protected abstract validationErrors(): readonly string[];
    /** The inner control the browser points at for validity (the first focusable one by default). */
    protected validityAnchor(): HTMLElement | undefined {
      return this.renderRoot?.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]') ?? undefined;
    }
    /** What the form data gets; `null` submits nothing. */
    protected formValue(): string | File | FormData | null {
      return this.value;
    }
    /** Whether the value counts as empty for `required`. */
    protected isEmpty(): boolean {
      return this.value === '';
    }
    /** Whether errors are shown now (after a change and blur, or a submit). */
    protected get showErrors(): boolean {
      return this.field.showErrors;
    }
    protected get isDisabled(): boolean {
      return this.disabled || this.fieldsetDisabled;
    }

    get form(): HTMLFormElement | null {
      return this.internals.form;
    }
    get validity(): ValidityState {
      return this.internals.validity;
    }
    get validationMessage(): string {
      return this.internals.validationMessage;
    }
    get willValidate(): boolean {
      return this.internals.willValidate;
    }
    checkValidity(): boolean {
      return this.internals.checkValidity();
    }
    /** Like an input's: returns the validity, and shows the errors when invalid. */
    reportValidity(): boolean {
      const valid = this.internals.checkValidity();
      if (!valid) this.field.show();
      return valid;
    }

    fieldErrors(): readonly FieldError[] {
      if (this.isDisabled) return [];
      return this.validationErrors().map((message) => ({ message, target: this }));
    }
    formSubmitted(): void {
      this.field.show();
    }

    formAssociatedCallback(): void {
      this.field.register();
    }
    formResetCallback(): void {
      this.value = this.getAttribute('value') ?? '';
      this.field.reset();
    }
    formStateRestoreCallback(state: string | File | FormData | null): void {
      if (typeof state === 'string') this.value = state;
    }
    formDisabledCallback(disabled: boolean): void {
      this.fieldsetDisabled = disabled;
    }

    protected override updated(changed: PropertyValues): void {
      super.updated(changed);
      this.internals.setFormValue(this.isDisabled ? null : this.formValue(), this.value);
      const errors = this.isDisabled ? [] : this.validationErrors();
      if (errors.length === 0) {
        this.internals.setValidity({});
      } else {
        const flags = this.required && this.isEmpty() ? { valueMissing: true } : { customError: true };
        this.internals.setValidity(flags, errors[0], this.validityAnchor());
      }
    }
  }
  return FormAssociatedElement as unknown as Constructor<FormAssociatedMembers & FormAssociatedProtected> & T;
}
