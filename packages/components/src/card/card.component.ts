import { html } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { commonMessages } from '@moncompte/core';
import { emit } from '../shared/emit.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { cardStyles } from './card.styles.js';

export type CardState = 'loading' | 'error' | 'empty' | 'ready';
export type CardHeadingLevel = 2 | 3 | 4;

/** Nothing to carry: the card says which one to reload by being the event's target. */
export type CardRetryDetail = Record<string, never>;

function hasContent(slot: HTMLSlotElement): boolean {
  return slot.assignedNodes({ flatten: true }).some((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
}

/**
 * A tile: a heading, content and actions, in one of four states. The dashboard builds its blocks on it.
 *
 * **Whole-card link.** With `href`, the heading becomes the card's only link, and the link's hit area is
 * stretched over the card, so the card is clickable everywhere while screen readers meet one link named by the
 * heading. Links and buttons in the footer (or slotted directly in the body) stay separately clickable above it.
 *
 * **States.** `loading` replaces the content with a skeleton and sets `aria-busy="true"` (the heading stays);
 * `error` shows a message (slot `error`) and a retry button that fires `mc-card-retry`; `empty` shows a message
 * (slot `empty`); `ready` shows the default slot. The owner moves between states; none is a live region.
 *
 * @element mc-card
 * @summary Tile with heading, optional whole-card link, footer actions and loading/error/empty states.
 *
 * @fires mc-card-retry - The retry button of the `error` state was activated. Reload, then set `state`.
 *
 * @slot - The content, shown in the `ready` state.
 * @slot heading - The heading's text (phrasing content only), instead of the `heading` attribute.
 * @slot icon - A decorative icon before the heading (give it `aria-hidden="true"`).
 * @slot footer - Actions or links under the content.
 * @slot actions - Same place as `footer`, after it.
 * @slot error - The message of the `error` state (default: "Ce contenu n’a pas pu être chargé.").
 * @slot empty - The message of the `empty` state (default: "Rien à afficher pour le moment.").
 *
 * @csspart base - The frame.
 * @csspart header - The icon and heading row.
 * @csspart icon - The wrapper of the icon slot.
 * @csspart heading - The heading.
 * @csspart body - The content area.
 * @csspart skeleton - The loading placeholder.
 * @csspart retry - The retry button of the `error` state.
 * @csspart footer - The footer.
 *
 * @cssprop --mc-card-background - Background (default: raised surface).
 * @cssprop --mc-card-color - Text colour.
 * @cssprop --mc-card-border-color - Border colour.
 * @cssprop --mc-card-border-color-hover - Border colour on hover, with `href`.
 * @cssprop --mc-card-radius - Corner radius.
 * @cssprop --mc-card-padding - Inner padding.
 * @cssprop --mc-card-shadow - Shadow.
 * @cssprop --mc-card-heading-color - Heading colour (without `href`).
 * @cssprop --mc-card-heading-font-size - Heading size.
 * @cssprop --mc-card-link-color - Heading colour with `href`.
 * @cssprop --mc-card-icon-color - Colour given to the icon slot (default: brand).
 * @cssprop --mc-card-skeleton-color - Colour of the loading bars.
 * @cssprop --mc-card-focus-ring - Focus outline drawn around the card when its link has the focus.
 */
export class McCard extends McElement {
  static override styles = cardStyles;

  /** The heading, as text. The `heading` slot takes precedence. */
  @property() heading = '';
  /** Heading level, 2 to 4. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: CardHeadingLevel = 2;
  /** Makes the whole card a link to this address, through its heading. */
  @property() href?: string;
  /** What the card shows. */
  @property({ reflect: true }) state: CardState = 'ready';

  @state() private hasIcon = false;
  @state() private hasFooter = false;

  private readonly i18n = new LocalizeController(this, [commonMessages]);

  private handleIconSlot(event: Event): void {
    this.hasIcon = hasContent(event.target as HTMLSlotElement);
  }

  private handleFooterSlot(): void {
    const slots = this.renderRoot.querySelectorAll<HTMLSlotElement>('.footer slot');
    this.hasFooter = [...slots].some(hasContent);
  }

  private handleRetry(): void {
    emit<CardRetryDetail>(this, 'mc-card-retry', {});
  }

  private renderBody() {
    switch (this.state) {
      case 'loading':
        return html`<div part="skeleton" class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
          <span class="visually-hidden">${this.i18n.t('common.loading')}</span>`;
      case 'error':
        return html`<p class="message"><slot name="error">${this.i18n.t('common.loadFailed')}</slot></p>
          <button part="retry" class="retry" type="button" @click=${this.handleRetry}>${this.i18n.t('common.retry')}</button>`;
      case 'empty':
        return html`<p class="message"><slot name="empty">${this.i18n.t('common.empty')}</slot></p>`;
      default:
        return html`<slot></slot>`;
    }
  }

  override render() {
    const level = [2, 3, 4].includes(Number(this.headingLevel)) ? this.headingLevel : 2;
    const title = html`<slot name="heading">${this.heading}</slot>`;
    const linked = this.href !== undefined && this.href !== '';
    return html`<div part="base" class=${linked ? 'base linked' : 'base'} aria-busy=${ifDefined(this.state === 'loading' ? 'true' : undefined)}>
      <div part="header" class="header">
        <span part="icon" class=${this.hasIcon ? 'icon' : 'icon empty'}><slot name="icon" @slotchange=${this.handleIconSlot}></slot></span>
        <div part="heading" class="heading" role="heading" aria-level=${level}>
          ${linked ? html`<a class="link" href=${this.href!}>${title}</a>` : title}
        </div>
      </div>
      <div part="body" class="body">${this.renderBody()}</div>
      <div part="footer" class=${this.hasFooter ? 'footer' : 'footer empty'}>
        <slot name="footer" @slotchange=${this.handleFooterSlot}></slot><slot name="actions" @slotchange=${this.handleFooterSlot}></slot>
      </div>
    </div>`;
  }
}

