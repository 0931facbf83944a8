/**
 * How our fields take part in a plain `<form>`.
 *
 * Field side (small, in every field's bundle): each `mc-` field registers with its form, keeps its real control's
 * validity up to date (`setCustomValidity` / `ElementInternals`), shows its errors when the form is submitted (or
 * when the browser's own validation reports it `invalid`) and resets with the form. Without an error summary the
 * browser's constraint validation therefore already stops an invalid submit and focuses the first field.
 *
 * Form side (`manageForm`, used by `mc-error-summary` and the flows): the form gets `novalidate` and a submit first
 * validates every registered field AND every native control. An invalid submit is stopped before any other submit
 * listener runs (a capture listener on the form runs first at target) and `mc-form-invalid` is dispatched on the
 * form with the errors, in page order; the summary shows them (otherwise the first field is focused). A flow's own
 * `submit` listener therefore only ever sees valid forms.
 */
import { emit } from './emit.js';

/** One error of a form, as the error summary lists it. */
export interface FieldError {
  /** The message, already translated. */
  readonly message: string;
  /** What the error's link focuses; it gets an id when it has none. */
  readonly target: HTMLElement;
  /** What the link scrolls into view (GOV.UK: the label); the target's label by default. */
  readonly label?: HTMLElement | null;
}

/** What an `mc-` field implements to take part in form validation. */
export interface FormField extends HTMLElement {
  /** The field's errors now (empty when valid), whether or not they are shown yet. */
  fieldErrors(): readonly FieldError[];
  /** The form was submitted or validated: from now on the field shows its errors. */
  formSubmitted(): void;
  /** The form was reset (light-DOM fields; form-associated ones get `formResetCallback`). */
  formReset?(): void;
}

export interface FormValidation {
  readonly valid: boolean;
  readonly errors: readonly FieldError[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** Dispatched on a form whose submit was stopped; cancel it to say the errors were shown (and focused). */
    'mc-form-invalid': CustomEvent<FormValidation>;
  }
}

const fieldsByForm = new WeakMap<HTMLFormElement, Set<FormField>>();
const managed = new WeakSet<HTMLFormElement>();

type Listed = HTMLElement & {
  readonly willValidate?: boolean;
  readonly validity?: ValidityState;
  readonly validationMessage?: string;
  readonly labels?: NodeListOf<HTMLLabelElement> | null;
  readonly type?: string;
  readonly name?: string;
};

function fieldsOf(form: HTMLFormElement): FormField[] {
  return [...(fieldsByForm.get(form) ?? [])].filter((f) => f.isConnected);
}

let ids = 0;
/** A document-unique id with a prefix (light-DOM elements need ids for `for` and `aria-describedby`). */
export function uniqueId(prefix = 'mc'): string {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** Takes the form over (once): `novalidate`, and every submit validated first (see above). */
export function manageForm(form: HTMLFormElement): void {
  if (managed.has(form)) return;
  managed.add(form);
  form.noValidate = true;
  form.addEventListener(
    'submit',
    (event) => {
      const result = validateForm(form);
      if (result.valid) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (emit(form, 'mc-form-invalid', result, { cancelable: true })) focusError(result.errors[0]);
    },
    { capture: true },
  );
}

/**
 * Registers a field with its form (none: nothing to do): the field is told of submits (and of the browser's
 * `invalid` reports) and of resets. Returns the function that unregisters it.
 */
export function registerField(field: FormField, form: HTMLFormElement | null): () => void {
  if (!form) return () => undefined;
  let set = fieldsByForm.get(form);
  if (!set) fieldsByForm.set(form, (set = new Set()));
  set.add(field);
  const submitted = (): void => field.formSubmitted();
  // The reset event comes before the browser resets the controls: the field resets its own state here.
  const reset = (): void => field.formReset?.();
  form.addEventListener('submit', submitted, true);
  form.addEventListener('reset', reset);
  field.addEventListener('invalid', submitted, true);
  return () => {
    set.delete(field);
    form.removeEventListener('submit', submitted, true);
    form.removeEventListener('reset', reset);
    field.removeEventListener('invalid', submitted, true);
  };
}

function nativeError(el: Listed): FieldError {
  const label = el.type === 'radio' ? el.closest('fieldset')?.querySelector('legend') : el.labels?.[0];
  const name = label?.textContent?.trim();
  return { message: name ? `${name} — ${el.validationMessage}` : (el.validationMessage ?? ''), target: el, label };
}

/**
 * Validates a form as a submit does: tells every registered field that the form was submitted (they show their
 * errors), collects their errors and those of the other native controls (one per radio group), in page order.
 */
export function validateForm(form: HTMLFormElement): FormValidation {
  const fields = fieldsOf(form);
  const errors: FieldError[] = [];
  for (const field of fields) {
    field.formSubmitted();
    errors.push(...field.fieldErrors());
  }
  const radios = new Set<string>();
  for (const el of Array.from(form.elements) as Listed[]) {
    if (!el.willValidate || el.validity?.valid !== false || fields.some((f) => f.contains(el))) continue;
    if (el.type === 'radio') {
      if (radios.has(el.name ?? '')) continue;
      radios.add(el.name ?? '');
    }
    errors.push(nativeError(el));
  }
  errors.sort((a, b) => (a.target.compareDocumentPosition(b.target) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return { valid: errors.length === 0, errors };
}

/** Focuses an error's target and scrolls its label (or the target) into view, as GOV.UK's summary does. */
export function focusError(error: FieldError | undefined): void {
  if (!error) return;
  const { target } = error;
  const label = error.label ?? (target as Listed).labels?.[0] ?? target;
  target.focus({ preventScroll: true });
  label.scrollIntoView({ block: 'start' });
}
