/**
 * The field pattern shared by our form elements: ids, registration with the form, light-DOM styles and the
 * interaction state that decides when errors are shown (after a blur that changed the value, or after a
 * submit; never while the first characters are typed; once shown, they follow the value live).
 */
import { css, html, nothing, type CSSResult, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Catalogue, KeysOf } from '@moncompte/core';
import { fieldInputLook } from './field-look.styles.js';
import { registerField, uniqueId, type FormField } from './form-registry.js';
import { visuallyHiddenIn } from './visually-hidden.styles.js';

type Host = ReactiveControllerHost & FormField;

/** Several catalogues typed as one list for `LocalizeController` (keys: the union of theirs). */
export function messagesOf<C extends readonly Catalogue[]>(...catalogues: C): readonly Catalogue<KeysOf<C[number]>>[] {
  return catalogues as unknown as readonly Catalogue<KeysOf<C[number]>>[];
}

/**
 * Adopts stylesheets into the document (or shadow root) that holds a light-DOM element, once per root. Every
 * selector of these sheets starts with the element's tag, so nothing leaks to the host page; constructable
 * stylesheets are not inline styles, so this works under a strict CSP (`style-src 'self'`).
 */
export function adoptStyles(host: HTMLElement, sheets: readonly CSSResult[]): void {
  const root = host.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  const add = sheets.map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s && !root.adoptedStyleSheets.includes(s));
  if (add.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...add];
}

/**
 * When a field shows its errors: after a blur that changed the value, or a submit; never while the first
 * characters are typed; once shown, they follow the value live, until a reset.
 */
export class Interaction {
  showErrors = false;
  private focusValue: string | undefined;

  constructor(protected readonly host: ReactiveControllerHost) {}

  focused(value: string): void {
    this.focusValue = value;
  }

  blurred(value: string): void {
    if (this.focusValue !== undefined && value !== this.focusValue) this.show();
    this.focusValue = undefined;
  }

  /** Shows errors from now on (a submit, or an error that must be seen at once). */
  show(): void {
    if (this.showErrors) return;
    this.showErrors = true;
    this.host.requestUpdate();
  }

  reset(): void {
    this.showErrors = false;
    this.focusValue = undefined;
    this.host.requestUpdate();
  }
}

export interface FieldControllerOptions {
  /** Stylesheets adopted into the element's root (light-DOM elements). */
  readonly styles?: readonly CSSResult[];
  /** The form the field belongs to; the closest `<form>` by default. */
  readonly form?: () => HTMLFormElement | null;
}

/** A field's ids, styles, registration with its form (submit, reset) and interaction state. */
export class FieldController extends Interaction implements ReactiveController {
  /** Base of the ids of the field's parts: `${id}-input`, `${id}-hint`, `${id}-error`… */
  readonly id = uniqueId();
  private unregister: (() => void) | undefined;

  constructor(
    protected override readonly host: Host,
    private readonly options: FieldControllerOptions = {},
  ) {
    super(host);
    host.addController(this);
  }

  get form(): HTMLFormElement | null {
    return this.options.form?.() ?? this.host.closest('form');
  }

  hostConnected(): void {
    if (this.options.styles) adoptStyles(this.host, this.options.styles);
    this.register();
  }

  hostDisconnected(): void {
    this.unregister?.();
    this.unregister = undefined;
  }

  /** (Re)registers with the current form (a form-associated element calls it from `formAssociatedCallback`). */
  register(): void {
    this.unregister?.();
    this.unregister = registerField(this.host, this.form);
  }
}

/** The ids listed in `aria-describedby`, or `nothing` when there is none. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/**
 * The label with its required marker (in text, not a lone asterisk). The marker's span is always there, empty when
 * there is none: one template instance less for every field rendered.
 */
export function renderLabel(id: string, label: string, marker: string | false): TemplateResult {
  return html`<label class="mc-field__label" id=${`${id}-label`} for=${`${id}-input`}
    >${label} <span class="mc-field__marker">${marker || ''}</span></label
  >`;
}

/** A paragraph referenced by `aria-describedby` (hint, notice), or nothing when the text is empty. */
export function renderNote(id: string, kind: 'hint' | 'notice' | 'warning', text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<p class=${`mc-field__${kind}`} id=${id}>${text}</p>` : nothing;
}

/** The error messages (one per line), prefixed for screen readers ("Erreur :"), or nothing when there is none. */
export function renderError(id: string, prefix: string, messages: readonly string[]): TemplateResult | typeof nothing {
  return messages.length
    ? html`<p class="mc-field__error" id=${id}>
        <span class="mc-vh">${prefix} </span>${messages.map((m, i) => html`${i ? html`<br />` : nothing}${m}`)}
      </p>`
    : nothing;
}

/**
 * Base styles of our light-DOM fields (label, hint, error, input), every selector scoped by the three tags (and the
 * fields mc-login-form renders itself).
 * Component tokens fall back one step to semantic tokens.
 */
export const fieldStyles = css`
  ${visuallyHiddenIn(':is(mc-text-field, mc-password-input, mc-otp-input, mc-login-form .mc-login__field) .mc-vh')}
  ${fieldInputLook(':is(mc-text-field, mc-password-input, mc-otp-input, mc-login-form .mc-login__field) .mc-field__input')}
  :is(mc-text-field, mc-password-input, mc-otp-input, mc-login-form .mc-login__field) {
    display: block;
    margin-block-end: var(--mc-field-gap, var(--mc-space-5));
  }
  :is(mc-text-field, mc-password-input, mc-otp-input, mc-login-form .mc-login__field) .mc-field__label {
    display: block;
    font-weight: var(--mc-font-weight-bold);
  }
  :is(mc-text-field, mc-password-input, mc-otp-input, mc-login-form .mc-login__field) :is(.mc-field__label, p) {
    margin: 0 0 var(--mc-space-1);
  }
  :is(mc-text-field, mc-password-input, mc-otp-input, mc-login-form .mc-login__field) :is(.mc-field__hint, .mc-field__notice) {
    color: var(--mc-field-hint-color, var(--mc-color-text-muted));
  }
  :is(mc-text-field, mc-password-input, mc-otp-input, mc-login-form .mc-login__field) :is(.mc-field__error, .mc-field__warning) {
    color: var(--mc-field-error-color, var(--mc-color-error-text));
    font-weight: var(--mc-font-weight-bold);
  }
  :is(mc-text-field, mc-password-input, mc-otp-input, mc-login-form .mc-login__field) [aria-invalid='true'] {
    border-color: var(--mc-field-error-color, var(--mc-color-error-text));
  }
  :is(mc-text-field, mc-password-input, mc-otp-input, mc-login-form .mc-login__field) :is(input, button, summary):focus-visible {
    outline: var(--mc-focus-ring);
    outline-offset: var(--mc-focus-ring-offset);
  }
`;
