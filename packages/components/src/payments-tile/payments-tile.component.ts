import { html, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property } from 'lit/decorators.js';
import { formatAmount, formatDate, type MonCompteAdapter, type PaymentsSummary } from '@moncompte/core';
import { TileTask } from '../shared/tile-task.js';
import { actionHref, bdi, tileLink, type TileLinks } from '../shared/tile-view.js';
import { paymentsTileStyles } from './payments-tile.styles.js';

/**
 * "Mes paiements et mes droits": the last payment (date, amount, "Versé à un tiers"), the family quotient, the
 * resources declaration when one is expected, and the links to the details, the attestations, the last
 * statement, the resources and the debts (only when there are some).
 *
 * @element mc-payments-tile
 * @summary Dashboard tile: last payment, family quotient and payment links.
 *
 * @fires mc-navigate - A link was followed (`action`: `payments-details`, `attestations`, `attestation`,
 *   `statement`, `resources`, `debts`). Cancelable.
 *
 * @cssprop --mc-tile-link-color - Colour of the links.
 */
export class McPaymentsTile extends McElement {
  static override styles = paymentsTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;
  /** Overrides links: `payments-details`, `attestations`, `resources`, `debts`. */
  @property({ attribute: false }) links?: TileLinks;

  private readonly data = new TileTask<PaymentsSummary>(
    this,
    'payments',
    (adapter, signal) => adapter.getPaymentsSummary({ signal }),
    (p) => !p.lastPayment && !p.familyQuotient && p.rights.length === 0,
  );

  private renderSummary(p: PaymentsSummary) {
    const t = this.data.t;
    const locale = this.data.locale;
    const last = p.lastPayment;
    return html`<dl class="figures">
        ${last
          ? html`<div>
              <dt>${t('dashboard.payments.last')}</dt>
              <dd class="big">${formatAmount(locale, last.amount)}</dd>
              <dd>${t('dashboard.payments.paidOn', { date: formatDate(locale, last.date) })}</dd>
              <dd class="muted">${bdi(last.benefit)}</dd>
              ${last.paidToThirdParty ? html`<dd><mc-badge>${t('dashboard.payments.thirdParty')}</mc-badge></dd>` : nothing}
            </div>`
          : nothing}
        ${p.familyQuotient
          ? html`<div>
              <dt>${t('dashboard.payments.quotient')}</dt>
              <dd class="big">${formatAmount(locale, p.familyQuotient.amount)}</dd>
            </div>`
          : nothing}
      </dl>
      ${p.resources.declarationRequired && p.resources.dueDate
        ? html`<p class="due">${t('dashboard.payments.resourcesDue', { date: formatDate(locale, p.resources.dueDate) })}</p>`
        : nothing}`;
  }

  private renderLinks(p: PaymentsSummary | undefined) {
    const t = this.data.t;
    const links = this.links;
    const items = [
      tileLink(actionHref(links, 'payments-details'), 'payments-details', t('dashboard.payments.details')),
      tileLink(actionHref(links, 'attestations'), 'attestations', t('dashboard.payments.attestations')),
      ...(p?.attestations ?? []).map((a) => tileLink(a.href, 'attestation', bdi(a.title))),
      p?.lastStatement ? tileLink(p.lastStatement.href, 'statement', t('dashboard.payments.statement')) : undefined,
      tileLink(actionHref(links, 'resources'), 'resources', t('dashboard.payments.resources')),
      p && p.debts.count > 0
        ? tileLink(
            actionHref(links, 'debts'),
            'debts',
            t('dashboard.payments.debts', { amount: formatAmount(this.data.locale, p.debts.totalAmount) }),
          )
        : undefined,
    ].filter((item) => item !== undefined);
    return html`<ul class="links">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
  }

  override render() {
    const t = this.data.t;
    return this.data.frame(t('dashboard.payments.title'), {
      empty: t('dashboard.payments.empty'),
      ready: (p) => this.renderSummary(p),
      actions: this.renderLinks(this.data.value),
    });
  }
}
