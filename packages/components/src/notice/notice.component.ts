import { html, nothing, svg } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { commonMessages } from '@moncompte/core';
import { emit } from '../shared/emit.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { noticeStyles } from './notice.styles.js';

export type NoticeVariant = 'info' | 'success' | 'warning' | 'error';

export interface NoticeDismissDetail {
  readonly variant: NoticeVariant;
}

const PREFIX = {
  info: 'common.infoPrefix',
  success: 'common.successPrefix',
  warning: 'common.warningPrefix',
  error: 'common.errorPrefix',
} as const;

const ICONS: Record<NoticeVariant, ReturnType<typeof svg>> = {
  info: svg`<circle cx="12" cy="12" r="9.5" /><path d="M12 11v6M12 7.5v.01" />`,
  success: svg`<circle cx="12" cy="12" r="9.5" /><path d="M7.5 12.5l3 3 6-6.5" />`,
  warning: svg`<path d="M12 3.5 2.5 20h19L12 3.5z" /><path d="M12 10v4.5M12 17.3v.01" />`,
  error: svg`<circle cx="12" cy="12" r="9.5" /><path d="M9 9l6 6M15 9l-6 6" />`,
};

function icon(content: ReturnType<typeof svg>) {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
    stroke-linejoin="round">${content}</svg>`;
}

/** Time a new live region is left empty so that screen readers register it before its content appears. */
const ANNOUNCE_DELAY_MS = 100;

/**
 * A message about the page or the last action: information, success, warning or error. Its state is never told
 * by colour alone: an icon and a visually hidden prefix ("Erreur :", "Information :"…) say it too.
 *
 * **Live region.** A notice present when the page loads is NOT live (it is read in page order). A notice that
 * appears after an action sets `announce`: it is then `role="alert"` for `error` (read at once), `role="status"`
 * otherwise (read politely). Insert it with `announce` already set; its content is shown right after a short
 * delay so that screen readers register the live region first.
 *
 * @element mc-notice
 * @summary Information, success, warning or error message, optionally announced and dismissible.
 *
 * @fires mc-notice-dismiss - The close button was activated. Cancelable: `preventDefault()` keeps the notice
 *   shown. Otherwise the notice gets `hidden`; move the focus somewhere useful if the close button had it.
 *
 * @slot - The message. Paragraphs, lists and links are fine.
 * @slot heading - A heading, instead of the `heading` attribute.
 *
 * @csspart base - The frame.
 * @csspart icon - The decorative icon.
 * @csspart heading - The heading.
 * @csspart body - The wrapper of the message.
 * @csspart close - The close button (with `dismissible`).
 *
 * @cssprop --mc-notice-background - Background (default: the variant's surface colour).
 * @cssprop --mc-notice-border-color - Border colour (default: the variant's colour).
 * @cssprop --mc-notice-icon-color - Icon colour (default: the variant's colour).
 * @cssprop --mc-notice-heading-color - Heading colour (default: the variant's text colour).
 * @cssprop --mc-notice-color - Message colour.
 * @cssprop --mc-notice-radius - Corner radius.
 * @cssprop --mc-notice-padding - Inner padding.
 */
export class McNotice extends McElement {
  static override styles = noticeStyles;

  /** What kind of message it is. */
  @property({ reflect: true }) variant: NoticeVariant = 'info';
  /** The heading, as text. The `heading` slot takes precedence. */
  @property() heading = '';
  /** Makes the heading a real heading of that level (2–6); without it the heading is bold text. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** The notice appeared after an action: make it a live region (alert for errors, status otherwise). */
  @property({ type: Boolean, reflect: true }) announce = false;
  /** Shows a close button. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  @state() private revealed = true;
  @state() private slottedHeading = false;

  private readonly i18n = new LocalizeController(this, [commonMessages]);
  private revealTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.announce) {
      this.revealed = false;
      this.revealTimer = setTimeout(() => (this.revealed = true), ANNOUNCE_DELAY_MS);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.revealTimer);
    this.revealed = true;
  }

  private handleHeadingSlot(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.slottedHeading = slot.assignedNodes({ flatten: true }).some((n) => (n.textContent ?? '').trim() !== '');
  }

  private handleClose(): void {
    if (emit<NoticeDismissDetail>(this, 'mc-notice-dismiss', { variant: this.variant }, { cancelable: true })) {
      this.hidden = true;
    }
  }

  override render() {
    const live = this.announce ? (this.variant === 'error' ? 'alert' : 'status') : undefined;
    const hasHeading = this.slottedHeading || this.heading.trim() !== '';
    const prefix = html`<span class="visually-hidden">${this.i18n.t(PREFIX[this.variant] ?? PREFIX.info)} </span>`;
    const level = this.headingLevel && this.headingLevel >= 2 && this.headingLevel <= 6 ? this.headingLevel : undefined;
    return html`<div part="base" class="base">
      <div class="message" role=${ifDefined(live)}>
        <span part="icon" class="icon" aria-hidden="true">${icon(ICONS[this.variant] ?? ICONS.info)}</span>
        <div class="content" ?hidden=${!this.revealed}>
          <div
            part="heading"
            class=${hasHeading ? 'heading' : 'heading empty'}
            role=${ifDefined(level ? 'heading' : undefined)}
            aria-level=${ifDefined(level)}
          >
            ${hasHeading ? prefix : nothing}<slot name="heading" @slotchange=${this.handleHeadingSlot}>${this.heading}</slot>
          </div>
          <div part="body" class="body">${hasHeading ? nothing : prefix}<slot></slot></div>
        </div>
      </div>
      ${this.dismissible
        ? html`<button part="close" class="close" type="button" aria-label=${this.i18n.t('common.close')} @click=${this.handleClose}>
            ${icon(svg`<path d="M6 6l12 12M18 6 6 18" />`)}
          </button>`
        : nothing}
    </div>`;
  }
}
