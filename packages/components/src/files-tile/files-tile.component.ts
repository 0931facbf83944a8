import { html, nothing } from 'lit';
import { McElement } from '../shared/mc-element.js';
import { property, state } from 'lit/decorators.js';
import { isAbortError, type FileSummary, type FilesOverview, type MonCompteAdapter } from '@moncompte/core';
import { emit } from '../shared/emit.js';
import { kindOf, TileTask } from '../shared/tile-task.js';
import { fill, personName } from '../shared/tile-view.js';
import { filesTileStyles } from './files-tile.styles.js';

/**
 * "Mes dossiers": the files the person is on, which one the pages show, who authorised them to manage a file
 * ("Fabrice Carré vous autorise à gérer son dossier"), and a button to show another file. Choosing a file calls
 * `selectFile`; when it succeeds the tile announces it and fires `mc-file-change`, on which every tile of the
 * page loads the new file's data. Choosing again before the answer cancels the previous choice.
 *
 * @element mc-files-tile
 * @summary Dashboard tile: the person's files, with switching and management authorisations.
 *
 * @fires mc-file-change - Another file is now the current one (`detail.fileId`); every tile reloads.
 *
 * @cssprop --mc-tile-button-background - Background of the switch buttons.
 * @cssprop --mc-tile-button-color - Text colour of the switch buttons.
 * @cssprop --mc-tile-button-border-color - Border colour of the switch buttons.
 */
export class McFilesTile extends McElement {
  static override styles = filesTileStyles;

  /** The adapter; by default the one of the nearest `<mc-adapter-provider>`. */
  @property({ attribute: false }) adapter?: MonCompteAdapter;

  /** The outcome of the last switch, read by screen readers (a status region). */
  @state() private announcement = '';

  private readonly data = new TileTask<FilesOverview>(
    this,
    'files',
    (adapter, signal) => adapter.getFiles({ signal }),
    (f) => f.files.length === 0,
    // The session ended: a choice in flight is dropped, and its announcement (a file number) goes.
    () => {
      this.switching?.abort();
      this.announcement = '';
    },
  );
  private switching: AbortController | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.switching?.abort();
  }

  /** Makes `file` the current one (the same as its button). */
  async selectFile(file: Pick<FileSummary, 'id' | 'number'>): Promise<void> {
    this.switching?.abort();
    const controller = (this.switching = new AbortController());
    const t = this.data.t;
    this.announcement = '';
    try {
      await this.data.adapter.selectFile({ fileId: file.id }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.announcement = t('dashboard.files.switched', { number: file.number });
      emit(this, 'mc-file-change', { fileId: file.id });
      // The button is gone once the list shows the new current file: keep the focus in the tile.
      await this.updateComplete; // the reload has started
      await this.data.focus();
    } catch (e) {
      if (controller.signal.aborted || isAbortError(e)) return;
      this.announcement = `${t('dashboard.files.switchFailed')} ${t(`error.${kindOf(e)}`)}`;
    }
  }

  private file(file: FileSummary, current: boolean) {
    const t = this.data.t;
    return html`<li aria-current=${current ? 'true' : 'false'}>
      <p class="title">${t('dashboard.files.number', { number: file.number })}</p>
      <p>${fill(t('dashboard.files.holder'), { name: personName(file.holder) })}</p>
      ${file.access === 'authorised' && file.authorisedBy
        ? html`<p>${fill(t('dashboard.files.authorisedBy'), { name: personName(file.authorisedBy) })}</p>`
        : file.access === 'limited'
          ? html`<p class="muted">${t('dashboard.files.limited')}</p>`
          : nothing}
      ${current
        ? html`<p><mc-badge variant="success">${t('dashboard.files.current')}</mc-badge></p>`
        : html`<p>
            <button type="button" @click=${() => this.selectFile(file)}>${t('dashboard.files.select', { number: file.number })}</button>
          </p>`}
    </li>`;
  }

  override render() {
    const t = this.data.t;
    return html`${this.data.frame(t('dashboard.files.title'), {
        empty: t('dashboard.files.empty'),
        ready: (overview) => html`<p>${t('dashboard.files.count', { count: overview.files.length })}</p>
          <ul>${overview.files.map((f) => this.file(f, f.id === overview.currentFileId))}</ul>`,
      })}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}
