/**
 * What every password field of ours does around its input: the show/hide button (a real button with
 * `aria-controls`, its state announced "Votre mot de passe est affiché / masqué"), the return to `type=password`
 * on submit and on `pageshow`, and the Caps Lock warning. `mc-password-input` uses it, and `mc-login-form` for
 * the password it renders itself.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { passwordMessages } from '@moncompte/core';
import { renderNote, type Interaction } from './form-field.js';

type Translate = (key: keyof typeof passwordMessages.fr & string) => string;

/** One password input of a field: what differs between fields (the log-in's, a new password and its confirmation). */
export interface PasswordInputSpec {
  readonly id: string;
  readonly name: string;
  readonly autocomplete: 'current-password' | 'new-password';
  readonly required: boolean;
  readonly disabled: boolean;
  readonly invalid: boolean;
  readonly describedBy: string | typeof nothing;
  /** When its errors show (undefined while a rule checker loads). */
  readonly interaction: Interaction | undefined;
  /** The value now, for the interaction's blur check. */
  readonly value: () => string;
  readonly onInput: (event: Event) => void;
}

export class PasswordVisibility implements ReactiveController {
  /** The password is shown as text. */
  visible = false;
  /** The button was used at least once (its state is announced from then on). */
  private toggled = false;
  private capsLock = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The inputs the button shows and hides. */
    private readonly inputs: () => readonly (HTMLInputElement | null)[],
  ) {
    host.addController(this);
  }

  /** `type` of the inputs. */
  get type(): 'text' | 'password' {
    return this.visible ? 'text' : 'password';
  }

  /** The Caps Lock warning is shown. */
  get capsLockOn(): boolean {
    return this.capsLock;
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this.hide);
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this.hide);
  }

  /** Hides the password at once (a submit, before the page unloads; a page shown again from the cache). */
  readonly hide = (): void => {
    this.visible = false;
    this.host.requestUpdate();
    for (const input of this.inputs()) if (input) input.type = 'password';
  };

  /** Back to the start: hidden, nothing announced, no warning. */
  reset(): void {
    this.capsLock = false;
    this.toggled = false;
    this.hide();
  }

  private readonly toggle = (): void => {
    this.visible = !this.visible;
    this.toggled = true;
    this.host.requestUpdate();
  };

  /** `keydown` / `keyup` on an input: the Caps Lock state. */
  readonly key = (event: KeyboardEvent): void => {
    const on = event.getModifierState?.('CapsLock') ?? false;
    if (on !== this.capsLock) {
      this.capsLock = on;
      this.host.requestUpdate();
    }
  };

  /** `blur` of an input: the warning goes with the focus. */
  blurred(): void {
    if (!this.capsLock) return;
    this.capsLock = false;
    this.host.requestUpdate();
  }

  /**
   * A password input: shown or hidden by the button, no spell check or auto-capitalisation, no `maxlength` (a pasted
   * or managed password is never cut), Caps Lock followed.
   */
  renderInput(spec: PasswordInputSpec): TemplateResult {
    const { interaction } = spec;
    return html`<input
      class="mc-field__input"
      id=${spec.id}
      type=${this.type}
      name=${spec.name || nothing}
      autocomplete=${spec.autocomplete}
      spellcheck="false"
      autocapitalize="none"
      autocorrect="off"
      ?required=${spec.required}
      ?disabled=${spec.disabled}
      aria-invalid=${spec.invalid ? 'true' : 'false'}
      aria-describedby=${spec.describedBy}
      @input=${spec.onInput}
      @keydown=${this.key}
      @keyup=${this.key}
      @focus=${() => interaction?.focused(spec.value())}
      @blur=${() => {
        interaction?.blurred(spec.value());
        this.blurred();
      }}
    />`;
  }

  /** The show/hide button for the inputs `controls` (ids, space-separated). */
  renderToggle(t: Translate, controls: string, disabled: boolean): TemplateResult {
    return html`<button type="button" class="mc-password__toggle" aria-controls=${controls} ?disabled=${disabled} @click=${this.toggle}>
      ${t(this.visible ? 'form.password.hide' : 'form.password.show')}<span class="mc-vh"> ${t('form.password.toggleSuffix')}</span>
    </button>`;
  }

  /** The Caps Lock warning (`${id}-caps`, polite) and the announcement of the button's state. */
  renderStatus(t: Translate, id: string): TemplateResult {
    return html`<div aria-live="polite">${renderNote(`${id}-caps`, 'warning', this.capsLock ? t('form.password.capsLock') : '')}</div>
      <p class="mc-vh" aria-live="polite">${this.toggled ? t(this.visible ? 'form.password.shown' : 'form.password.hidden') : ''}</p>`;
  }
}
