import { html, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { formatAmount, formatDate, type Agenda, type AgendaEvent, type MonCompteAdapter } from '@moncompte/core';
import { TileTask } from '../shared/tile-task.js';
import { bdi } from '../shared/tile-view.js';
import { agendaTileStyles } from './agenda-tile.styles.js';

/** How many months ahead the agenda shows. */
const MONTHS = 6;

/**
 * "Mon agenda": month by month, the events of the next six months (payments, declarations, changes of rights,
 * renewals), each with its date written out in the page's language ("25 janvier 2027").
 *
 * @element mc-agenda-tile
 * @summary Dashboard tile: the events of the next six months, by month.
 *
 * @cssprop --mc-tile-link-color - Colour of the links.
 */
export class McAgendaTile extends McElement {
  static override styles = agendaTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;

  private readonly data = new TileTask<Agenda>(
    this,
    'agenda',
    (adapter, signal) => adapter.getAgenda({ months: MONTHS }, { signal }),
    (a) => a.events.length === 0,
  );

  private months(events: readonly AgendaEvent[]): [string, AgendaEvent[]][] {
    const byMonth = new Map<string, AgendaEvent[]>();
    for (const event of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
      const key = event.date.slice(0, 7);
      byMonth.set(key, [...(byMonth.get(key) ?? []), event]);
    }
    return [...byMonth];
  }

  override render() {
    const t = this.data.t;
    const locale = this.data.locale;
    return this.data.frame(t('dashboard.agenda.title'), {
      empty: t('dashboard.agenda.empty'),
      ready: (agenda) => html`<p class="muted">${t('dashboard.agenda.intro')}</p>
        ${this.months(agenda.events).map(
          ([month, events]) => html`<h3>${formatDate(locale, `${month}-01`, 'month')}</h3>
            <ul>
              ${events.map(
                (e) => html`<li>
                  <p><time datetime=${e.date}>${formatDate(locale, e.date)}</time> · ${t(`dashboard.agenda.kind.${e.kind}`)}</p>
                  <p class="title">${bdi(e.title)}</p>
                  ${e.amount === null ? nothing : html`<p>${formatAmount(locale, e.amount)}</p>`}
                </li>`,
              )}
            </ul>`,
        )}`,
    });
  }
}
