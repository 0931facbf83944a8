import { html } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property, state } from 'lit/decorators.js';
import { badgeStyles } from './badge.styles.js';

export type BadgeVariant = 'neutral' | 'info' | 'success' | 'warning' | 'error' | 'new';

/**
 * A short status or count ("Nouveau", "3", "En attente"). Its meaning is never carried by colour alone: the
 * visible text is required, and `label` gives assistive technologies a fuller wording when the visible text is
 * terse (visible "3", read "3 nouveaux messages"). When the slot is empty, `label` is shown instead.
 *
 * Not interactive and not a live region: a count that changes while the page is open should be announced by
 * its owner (for example through an `mc-notice announce`).
 *
 * @element mc-badge
 * @summary Short status or count with an accessible wording, never colour alone.
 *
 * @slot - The visible text. Required (or set `label`).
 *
 * @csspart base - The pill.
 *
 * @cssprop --mc-badge-background - Background (default: the variant's surface colour; brand for `new`).
 * @cssprop --mc-badge-color - Text colour (default: the variant's text colour).
 * @cssprop --mc-badge-border-color - Border colour (default: the variant's colour).
 * @cssprop --mc-badge-radius - Corner radius (default: a pill).
 * @cssprop --mc-badge-padding-inline - Horizontal padding.
 * @cssprop --mc-badge-font-size - Font size.
 * @cssprop --mc-badge-font-weight - Font weight.
 */
export class McBadge extends McElement {
  static override styles = badgeStyles;

  /** The colour family; the text must say the same thing. */
  @property({ reflect: true }) variant: BadgeVariant = 'neutral';
  /** What assistive technologies read instead of the visible text ("3 nouveaux messages" for "3"). */
  @property() label = '';

  @state() private slotEmpty = true;

  override connectedCallback(): void {
    super.connectedCallback();
    this.slotEmpty = (this.textContent ?? '').trim() === '';
  }

  private handleSlotChange(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this.slotEmpty = !nodes.some((n) => (n.textContent ?? '').trim() !== '');
  }

  override render() {
    const label = this.label.trim();
    const slot = html`<slot @slotchange=${this.handleSlotChange}></slot>`;
    if (!label) return html`<span part="base" class="base">${slot}</span>`;
    if (this.slotEmpty) return html`<span part="base" class="base">${label}${slot}</span>`;
    return html`<span part="base" class="base"><span aria-hidden="true">${slot}</span><span class="visually-hidden"
        >${label}</span
      ></span>`;
  }
}
