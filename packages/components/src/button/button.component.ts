import { LitElement, html, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { commonMessages } from '@moncompte/core';
import { LocalizeController } from '../shared/localize-controller.js';
import { buttonStyles } from './button.styles.js';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';
export type ButtonSize = 's' | 'm' | 'l';
export type ButtonType = 'button' | 'submit' | 'reset';

/** Inputs in which Enter asks for the form's implicit submission (HTML "fields that block implicit submission"). */
const IMPLICIT_SUBMIT_TYPES = new Set([
  'text', 'search', 'url', 'tel', 'email', 'password', 'date', 'month', 'week', 'time', 'datetime-local', 'number',
]);

function isNativeSubmitter(element: Element): boolean {
  return (
    (element instanceof HTMLButtonElement && element.type === 'submit') ||
    (element instanceof HTMLInputElement && (element.type === 'submit' || element.type === 'image'))
  );
}

/**
 * A button, or a link styled as one. As `type="submit"` or `"reset"` it submits or resets its form like a native
 * button (it is form-associated): a click, Enter or Space submits once, `name`/`value` are sent as the submitter,
 * and Enter in a text field of the form submits through it when the form has no native submit button.
 *
 * **Busy.** While `busy`, it shows a spinner and an accessible "En cours…", is `aria-disabled` (it keeps the
 * focus), and ignores every activation: a double click makes one submission. The owner clears `busy` when the work
 * ends — or lets `runBusy(promise)` set and clear it. It is also cleared when the page comes back from the
 * back/forward cache. `disabled` ignores activations the same way and stays focusable (so it can be discovered).
 *
 * To cancel a submission, listen to the form's `submit` event, not to the button's `click`.
 *
 * @element mc-button
 * @summary Button with primary, secondary and tertiary variants, form submit/reset and a busy state.
 *
 * @fires click - The native click, only when the button is active: while busy or disabled no `click` reaches listeners.
 *
 * @slot - The label. Keep it a verb that says what happens ("Envoyer", "Se connecter").
 *
 * @csspart base - The inner `<button>` (or `<a>` when `href` is set).
 * @csspart label - The wrapper of the label.
 * @csspart spinner - The busy spinner, rendered only while busy.
 *
 * @cssprop --mc-button-background - Background (default: action colour; surface for secondary; none for tertiary).
 * @cssprop --mc-button-background-hover - Background on hover.
 * @cssprop --mc-button-background-disabled - Background when disabled.
 * @cssprop --mc-button-color - Text colour.
 * @cssprop --mc-button-color-hover - Text colour on hover (secondary and tertiary).
 * @cssprop --mc-button-color-disabled - Text colour when disabled.
 * @cssprop --mc-button-border-color - Border colour.
 * @cssprop --mc-button-border-color-hover - Border colour on hover.
 * @cssprop --mc-button-radius - Corner radius.
 * @cssprop --mc-button-min-height - Minimum height (44px by default: a touch target).
 * @cssprop --mc-button-padding-inline - Horizontal padding.
 * @cssprop --mc-button-font-size - Font size.
 * @cssprop --mc-button-font-weight - Font weight.
 * @cssprop --mc-button-focus-ring - The focus outline.
 */
export class McButton extends McElement {
  static override styles = buttonStyles;
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Visual importance: one `primary` per form or view. */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';
  /** `s`, `m` (44px high, the default) or `l`. */
  @property({ reflect: true }) size: ButtonSize = 'm';
  /** What activating it does to its form. Unlike the native `<button>`, the default is `button`. */
  @property({ reflect: true }) type: ButtonType = 'button';
  /** Shows the spinner and "En cours…", and ignores activations. The owner must clear it (or use `runBusy`). */
  @property({ type: Boolean, reflect: true }) busy = false;
  /** Ignores activations; stays focusable and announced as unavailable. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Renders a link styled as a button. `type`, `name` and `value` are then ignored. */
  @property() href?: string;
  /** Link target, with `href`. */
  @property() target?: '_blank' | '_self' | '_parent' | '_top';
  /** Name sent with the form data as the submitter, with `type="submit"`. */
  @property() name = '';
  /** Value sent with `name` as the submitter. */
  @property() value = '';
  /** Takes the full width of its container. */
  @property({ attribute: 'full-width', type: Boolean, reflect: true }) fullWidth = false;

  @state() private fieldsetDisabled = false;

  private readonly internals: ElementInternals;
  private readonly i18n = new LocalizeController(this, [commonMessages]);
  private listenedForm: HTMLFormElement | null = null;
  private running = 0;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // Registered first and in the capture phase: runs before any listener a page adds to the element.
    this.addEventListener('click', this.handleClick, { capture: true });
  }

  /** The form this button submits or resets, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** True while activations are ignored (busy, disabled, or in a disabled fieldset). */
  get inactive(): boolean {
    return this.busy || this.disabled || this.fieldsetDisabled;
  }

  /**
   * Marks the button busy until `work` settles (resolved or rejected), then clears `busy`, and returns the
   * work's result. Overlapping calls keep it busy until the last one settles.
   */
  async runBusy<T>(work: Promise<T> | (() => Promise<T>)): Promise<T> {
    this.running += 1;
    this.busy = true;
    try {
      return await (typeof work === 'function' ? work() : work);
    } finally {
      this.running -= 1;
      if (this.running === 0) this.busy = false;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.handlePageShow);
    this.listenToForm(this.internals.form);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.handlePageShow);
    this.listenToForm(null);
  }

  /** @internal Form-associated lifecycle. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.listenToForm(form);
  }

  /** @internal Form-associated lifecycle: a `<fieldset disabled>` around the button. */
  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
  }

  private listenToForm(form: HTMLFormElement | null): void {
    if (form === this.listenedForm) return;
    this.listenedForm?.removeEventListener('keydown', this.handleFormKeydown);
    this.listenedForm = form;
    form?.addEventListener('keydown', this.handleFormKeydown);
  }

  private readonly handleClick = (event: MouseEvent): void => {
    if (this.inactive) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const form = this.internals.form;
    if (this.href || !form) return;
    if (this.type === 'submit') this.submit(form);
    else if (this.type === 'reset') form.reset();
  };

  private submit(form: HTMLFormElement): void {
    if (!this.name) {
      form.requestSubmit();
      return;
    }
    // A form-associated element cannot be the submitter: a hidden native one carries name and value.
    const submitter = document.createElement('button');
    submitter.type = 'submit';
    submitter.name = this.name;
    submitter.value = this.value;
    submitter.hidden = true;
    form.append(submitter);
    try {
      form.requestSubmit(submitter);
    } finally {
      submitter.remove();
    }
  }

  /** Implicit submission: Enter in a text field submits through the form's first submit mc-button. */
  private readonly handleFormKeydown = (event: KeyboardEvent): void => {
    const form = this.listenedForm;
    if (!form || event.key !== 'Enter' || event.defaultPrevented || event.isComposing || this.type !== 'submit') return;
    const field = event.composedPath()[0];
    if (!(field instanceof HTMLInputElement) || field.form !== form || !IMPLICIT_SUBMIT_TYPES.has(field.type)) return;
    const controls = [...form.elements];
    if (controls.some(isNativeSubmitter)) return; // the browser's own default button handles it
    if (controls.find((c) => c instanceof McButton && c.type === 'submit') !== this) return;
    event.preventDefault();
    this.click();
  };

  private readonly handlePageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.busy = false;
  };

  override render() {
    const inactive = this.inactive;
    const content = html`${this.busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}<span
        part="label"
        class="label"
        ><slot></slot></span
      >${this.busy ? html` <span class="visually-hidden">${this.i18n.t('common.busy')}</span>` : nothing}`;
    const classes = `base${this.fieldsetDisabled ? ' fieldset-disabled' : ''}`;
    if (this.href !== undefined) {
      return html`<a
        part="base"
        class=${classes}
        href=${ifDefined(inactive ? undefined : this.href)}
        target=${ifDefined(inactive ? undefined : this.target)}
        rel=${ifDefined(this.target === '_blank' ? 'noopener noreferrer' : undefined)}
        role=${ifDefined(inactive ? 'link' : undefined)}
        tabindex=${ifDefined(inactive ? '0' : undefined)}
        aria-disabled=${ifDefined(inactive ? 'true' : undefined)}
        >${content}</a
      >`;
    }
    return html`<button part="base" class=${classes} type="button" aria-disabled=${ifDefined(inactive ? 'true' : undefined)}>
      ${content}
    </button>`;
  }
}
