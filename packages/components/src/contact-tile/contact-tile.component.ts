import { html, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import type { ContactChannel, ContactChannels, MonCompteAdapter } from '@moncompte/core';
import { TileTask } from '../shared/tile-task.js';
import { bdi, tileLink } from '../shared/tile-view.js';
import { contactTileStyles } from './contact-tile.styles.js';

/**
 * "Contacter ma Caf" / "Contacter ma MSA": the agency's phone number and opening hours, and the links to send a
 * message or make an appointment. A phone number is shown as text (only `https:` and relative links are
 * rendered, so no `tel:` link).
 *
 * @element mc-contact-tile
 * @summary Dashboard tile: how to contact the agency (phone, message, appointment).
 *
 * @fires mc-navigate - A contact link was followed (`action`: `contact-message`, `contact-appointment`,
 *   `contact-postal`, `contact-phone`, `contact-internet-assistance`). Cancelable.
 *
 * @cssprop --mc-tile-link-color - Colour of the links.
 */
export class McContactTile extends McElement {
  static override styles = contactTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** The agency's short name in the heading: "Contacter ma {agency-name}". */
  @property({ attribute: 'agency-name' }) agencyName = 'Caf';

  private readonly data = new TileTask<ContactChannels>(
    this,
    'contact',
    (adapter, signal) => adapter.getContactChannels({ signal }),
    (c) => c.channels.length === 0,
  );

  private channel(c: ContactChannel) {
    const label = bdi(c.label);
    return html`<li>
      <p class="title">${tileLink(c.href, `contact-${c.kind}`, label) ?? label}</p>
      ${c.value ? html`<p class="big"><bdi>${c.value}</bdi></p>` : nothing}
      ${c.hours ? html`<p class="muted"><bdi>${c.hours}</bdi></p>` : nothing}
    </li>`;
  }

  override render() {
    const t = this.data.t;
    return this.data.frame(t('dashboard.contact.title', { agency: this.agencyName }), {
      empty: t('dashboard.contact.empty'),
      ready: (c) => html`<p><bdi>${c.agencyName}</bdi></p>
        <ul>${c.channels.map((channel) => this.channel(channel))}</ul>`,
    });
  }
}
