/**
 * The history part of mc-authorisation-panel: a disclosure whose first opening loads `getAuthorisationHistory`
 * (so the panel's first render costs one call), and a table of the events, newest first. An action of the panel
 * marks the history stale: it loads again at once when open, else at its next opening.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { formatDate, toAdapterError, type AuthorisationHistory, type Locale, type MonCompteAdapter } from '@moncompte/core';
import { personName } from '../shared/tile-view.js';
import type { PanelKey, Translate } from './authorisation-panel.types.js';

export type HistoryEvent = AuthorisationHistory['events'][number];

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode; readonly updateComplete: Promise<unknown> };

/** Newest first, whatever order the back end answered in (events of the same instant keep their order). */
export function newestFirst(events: readonly HistoryEvent[]): HistoryEvent[] {
  const time = (e: HistoryEvent) => Date.parse(e.at) || 0;
  return [...events].sort((a, b) => time(b) - time(a));
}

/** What the "Événement" column says: a grant, or an ending and who (or what) ended it. */
export function eventKey(event: HistoryEvent): PanelKey {
  if (event.action === 'granted') return 'authorisation.history.granted';
  switch (event.endedBy) {
    case 'grantor':
      return 'authorisation.history.endedByGrantor';
    case 'grantee':
      return 'authorisation.history.endedByGrantee';
    case 'separation':
      return 'authorisation.history.endedBySeparation';
    default:
      return 'authorisation.history.ended';
  }
}

export class HistoryController implements ReactiveController {
  /** Whether the disclosure is open. */
  open = false;
  private stale = true;
  readonly task: Task<readonly [forget?: boolean], HistoryEvent[]>;

  constructor(
    private readonly host: Host,
    adapter: () => MonCompteAdapter,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      autoRun: false,
      args: (): readonly [forget?: boolean] => [],
      task: async ([forget], { signal }) => (forget ? [] : newestFirst((await adapter().getAuthorisationHistory({ signal })).events)),
    });
  }

  /** Opens or closes the disclosure; the first opening (or one after a change) loads the history. */
  toggle(): void {
    this.open = !this.open;
    if (this.open && this.stale) this.reload();
    this.host.requestUpdate();
  }

  /** Loads the history again (its "Réessayer" button), then focuses the table, or the button after another failure. */
  async retry(): Promise<void> {
    this.reload();
    await this.task.taskComplete.catch(() => undefined);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[data-history-retry], [data-history-content]')?.focus();
  }

  /** The panel changed an authorisation: the history it shows is out of date. */
  invalidate(): void {
    if (this.open) this.reload();
    else this.stale = true;
  }

  /** The session ended: closed, and a run that loads nothing (a load in flight is dropped); the next opening loads. */
  forget(): void {
    this.open = false;
    this.stale = true;
    void this.task.run([true]);
  }

  private reload(): void {
    this.stale = false;
    void this.task.run();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Removed, not moved: abort the load in flight and load again at the next opening.
    queueMicrotask(() => {
      if (this.host.isConnected || this.task.status !== TaskStatus.PENDING) return;
      this.task.abort();
      this.stale = true;
    });
  }

  render(t: Translate, locale: Locale): TemplateResult {
    const loading = this.open && this.task.status === TaskStatus.PENDING;
    const body = this.task.render({
      initial: () => html`<p>${t('common.loading')}</p>`,
      pending: () => html`<p>${t('common.loading')}</p>`,
      error: (e) => {
        const { messageKey, retryable } = toAdapterError(e);
        return html`<p data-history-error>${t(messageKey as PanelKey)}</p>
          ${retryable
            ? html`<button type="button" class="button" data-history-retry @click=${() => void this.retry()}>${t('common.retry')}</button>`
            : nothing}`;
      },
      complete: (events) =>
        events.length === 0
          ? html`<p tabindex="-1" data-history-content>${t('authorisation.history.empty')}</p>`
          : historyTable(events, t, locale),
    });
    return html`<button
        type="button"
        class="button"
        part="history-toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="history-region"
        @click=${() => this.toggle()}
      >
        ${t(this.open ? 'authorisation.history.hide' : 'authorisation.history.show')}
      </button>
      <div id="history-region" class="history" ?hidden=${!this.open} aria-busy=${loading ? 'true' : 'false'}>
        ${this.open ? body : nothing}
      </div>`;
  }
}

function historyTable(events: readonly HistoryEvent[], t: Translate, locale: Locale): TemplateResult {
  return html`<div class="table-wrap" part="history-table" role="region" aria-labelledby="history-caption" tabindex="0" data-history-content>
    <table>
      <caption id="history-caption">${t('authorisation.history.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('authorisation.history.date')}</th>
          <th scope="col">${t('authorisation.history.event')}</th>
          <th scope="col">${t('authorisation.history.grantor')}</th>
          <th scope="col">${t('authorisation.history.grantee')}</th>
        </tr>
      </thead>
      <tbody>
        ${events.map(
          (e) => html`<tr data-event=${e.action} data-ended-by=${e.endedBy ?? ''}>
            <td><time datetime=${e.at}>${formatDate(locale, e.at, 'datetime')}</time></td>
            <td>${t(eventKey(e))}</td>
            <td>${personName(e.grantor)}</td>
            <td>${personName(e.grantee)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
