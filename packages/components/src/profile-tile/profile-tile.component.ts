import { html, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { formatDate, formatPhoneNumber, type MonCompteAdapter, type Profile } from '@moncompte/core';
import { TileTask } from '../shared/tile-task.js';
import { actionHref, bdi, personName, tileLink, type TileLinks } from '../shared/tile-view.js';
import { profileTileStyles } from './profile-tile.styles.js';

/**
 * "Mon profil": the person's situation (family, work, with their dates), postal address, e-mail and mobile, and
 * the "Consulter ou modifier" link.
 *
 * @element mc-profile-tile
 * @summary Dashboard tile: situation, address, e-mail, and the link to the profile.
 *
 * @fires mc-navigate - The profile link was followed (`action`: `profile`). Cancelable.
 *
 * @cssprop --mc-tile-link-color - Colour of the links.
 */
export class McProfileTile extends McElement {
  static override styles = profileTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** Overrides the link of "Consulter ou modifier" (`profile`). */
  @property({ attribute: false }) links?: TileLinks;

  private readonly data = new TileTask<Profile>(
    this,
    'profile',
    (adapter, signal) => adapter.getProfile({ signal }),
    (p) => p.situation.length === 0 && !p.address && !p.email && !p.mobile,
  );

  private renderProfile(p: Profile) {
    const t = this.data.t;
    const locale = this.data.locale;
    const field = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<p class="title">${personName(p.person)}</p>
      ${p.fileNumber ? html`<p class="muted">${t('dashboard.profile.fileNumber', { number: p.fileNumber })}</p>` : nothing}
      <dl class="stack">
        ${p.situation.length > 0
          ? field(
              t('dashboard.profile.situation'),
              p.situation.map(
                (s) => html`<span class="line"
                  >${bdi(s.label)}${s.since ? html` ${t('dashboard.since', { date: formatDate(locale, s.since) })}` : nothing}</span
                >`,
              ),
            )
          : nothing}
        ${p.address
          ? field(
              t('dashboard.profile.address'),
              [...p.address.lines, `${p.address.postalCode} ${p.address.city}`, p.address.country].map(
                (line) => html`<span class="line">${bdi(line)}</span>`,
              ),
            )
          : nothing}
        ${p.email ? field(t('dashboard.profile.email'), bdi(p.email)) : nothing}
        ${p.mobile ? field(t('dashboard.profile.mobile'), bdi(formatPhoneNumber(p.mobile))) : nothing}
      </dl>`;
  }

  override render() {
    const t = this.data.t;
    const edit = tileLink(actionHref(this.links, 'profile'), 'profile', t('dashboard.profile.edit'));
    return this.data.frame(t('dashboard.profile.title'), {
      empty: t('dashboard.profile.empty'),
      ready: (p) => this.renderProfile(p),
      actions: edit ? html`<p class="links">${edit}</p>` : nothing,
    });
  }
}
