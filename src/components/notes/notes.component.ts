import { noteStatusStyles } from './note-status.styles.js';
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isPortalError } from '../../adapters/errors.js';
import type { NoteQuery, NoteSummary, NoteType, Page } from '../../adapters/types.js';
import { findSearchRanges } from '../../core/notes/highlight.js';
import { formatDate, formatNumber, isoAttr } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';
import { adapterTask } from '../shared/adapter-task.js';
import type { PortalErrorDetail } from '../shared/events.js';
import { PortalElement } from '../shared/portal-element.js';
import { errorMessage, renderEmpty, renderError, renderLoading, renderNotConfigured, renderWarnings } from '../shared/states.js';
import { baseStyles } from '../shared/styles.js';
import { NOTE_TYPES, noteStatusLabel, noteTitle, noteTypeLabel } from './note-labels.js';
import type { PortalNote } from './note-reader.component.js';
import { notesStyles } from './notes.styles.js';

/** Detail of `portal-note-closed`. */
export interface NoteClosedDetail {
  id: string;
}

type SortOrder = 'newest' | 'oldest';

/** Milliseconds to wait after the last keystroke before searching. */
const SEARCH_DELAY = 350;

function highlighted(text: string, search: string): (TemplateResult | string)[] | string {
  if (!search.trim()) return text;
  const ranges = findSearchRanges(text, search);
  if (!ranges.length) return text;
  const out: (TemplateResult | string)[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start > pos) out.push(text.slice(pos, r.start));
    out.push(html`<mark>${text.slice(r.start, r.end)}</mark>`);
    pos = r.end;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

function plural(n: number, one: string, other: string): string {
  return new Intl.PluralRules(getLocale()).select(n) === 'one' ? one : other;
}

/**
 * @tagname portal-notes
 * @summary Lists the patient's clinical notes with search, filters and sorting, and opens a note in place.
 *
 * @fires portal-note-opened - A note finished loading in the reader. detail: `{ id }` (use it for deep links).
 * @fires portal-note-closed - The patient went back from a note to the list. detail: `{ id }`
 * @fires portal-compose-request - "Ask about this note" in the reader. detail: `ComposeRequestDetail`
 * @fires portal-error - The list could not be loaded. detail: `{ kind, message, operation: 'listNotes' }`
 *
 * @csspart base - The whole widget.
 * @csspart filters - The search and filter form.
 * @csspart list - The list of notes.
 * @csspart item - One note in the list.
 * @csspart actions - The "Show more notes" area.
 * @csspart withheld - The explanation of notes not shown online.
 * @csspart loading - Loading state.
 * @csspart error - Error state.
 * @csspart empty - Empty state.
 * @csspart warnings - Records that could not be shown, listed under the notes.
 * @csspart not-configured - Shown when no adapter or provider is connected.
 *
 * @cssprop --portal-notes-max-width - Widest the list grows (default `56em`).
 * @cssprop --portal-note-highlight-color - Background of search matches.
 */
export class PortalNotes extends PortalElement {
  static override styles = [baseStyles, noteStatusStyles, notesStyles];

  /** The open note. Set it to open a note (deep link); it is removed when the patient goes back to the list. */
  @property({ attribute: 'note-id', reflect: true }) noteId?: string;

  /** Notes loaded per page (the adapter may return fewer). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  @state() private type: NoteType | '' = '';
  @state() private author = '';
  @state() private from = '';
  @state() private to = '';
  @state() private search = '';
  @state() private sort: SortOrder = 'newest';
  @state() private searchDraft = '';
  @state() private authorDraft = '';
  @state() private dateError = false;

  /** Notes loaded with "Show more notes" (after the first page). */
  @state() private more: NoteSummary[] = [];
  @state() private next?: string;
  @state() private loadingMore = false;
  @state() private moreError?: unknown;

  @query('.list-heading') private listHeading?: HTMLElement;

  private searchTimer?: ReturnType<typeof setTimeout>;
  private authorTimer?: ReturnType<typeof setTimeout>;
  private queryGeneration = 0;

  private listTask = adapterTask(
    this,
    (adapter, [type, author, from, to, text, sort, pageSize]) => {
      this.queryGeneration += 1;
      const q: NoteQuery = { sort, pageSize };
      if (type) q.type = type;
      if (author) q.author = author;
      if (from) q.from = from;
      if (to) q.to = to;
      if (text) q.text = text;
      return adapter.listNotes(q);
    },
    () => [this.type, this.author.trim(), this.from, this.to, this.search.trim(), this.sort, this.pageSize] as const,
    {
      onComplete: (page: Page<NoteSummary>) => {
        this.more = [];
        this.next = page.next;
        this.moreError = undefined;
        this.loadingMore = false;
      },
      onError: (error) => this.reportError(error, 'listNotes'),
    },
  );

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    clearTimeout(this.authorTimer);
  }

  private reportError(error: unknown, operation: string): void {
    this.emit<PortalErrorDetail>('portal-error', {
      kind: isPortalError(error) ? error.kind : 'server',
      message: errorMessage(error),
      operation,
    });
  }

  private get currentQuery(): NoteQuery {
    const q: NoteQuery = { sort: this.sort, pageSize: this.pageSize };
    if (this.type) q.type = this.type;
    if (this.author.trim()) q.author = this.author.trim();
    if (this.from) q.from = this.from;
    if (this.to) q.to = this.to;
    if (this.search.trim()) q.text = this.search.trim();
    return q;
  }

  private get filtered(): boolean {
    return Boolean(this.type || this.author.trim() || this.from || this.to || this.search.trim());
  }

  override render(): TemplateResult {
    const adapter = this.resolvedAdapter;
    if (!adapter) return renderNotConfigured();
    if (!adapter.capabilities.notes) {
      return html`<div class="notes" part="base">
        <h2>${msg('Your notes', { id: 'notes.title' })}</h2>
        ${renderEmpty(msg('Your clinic does not show notes online.', { id: 'notes.unsupported' }), msg('Ask your care team for a copy of your notes.', { id: 'notes.unsupported.detail' }))}
      </div>`;
    }
    const reading = Boolean(this.noteId);
    return html`<div class="notes" part="base">
      ${reading ? this.renderReader() : nothing}
      <div ?hidden=${reading}>
        <h2 class="list-heading" tabindex="-1">${msg('Your notes', { id: 'notes.title' })}</h2>
        <p class="muted">
          ${msg('Notes your care team wrote about your visits and care. If something is unclear, you can ask about it.', { id: 'notes.intro' })}
        </p>
        ${this.renderWithheld(adapter.capabilities.withheldNoteTypes)} ${this.renderFilters()} ${this.renderList()}
      </div>
    </div>`;
  }

  private renderReader(): TemplateResult {
    return html`<button type="button" class="link back" @click=${this.back}>
        <span aria-hidden="true">\u2190</span> ${msg('Back to your notes', { id: 'notes.back' })}
      </button>
      <portal-note .adapter=${this.resolvedAdapter} note-id=${this.noteId ?? ''} highlight=${this.search.trim()}></portal-note>`;
  }

  private renderWithheld(types: readonly string[] | undefined): TemplateResult | typeof nothing {
    if (!types?.length) return nothing;
    let list: string;
    try {
      list = new Intl.ListFormat(getLocale() === 'es' ? 'es' : 'en', { type: 'conjunction' }).format(types);
    } catch {
      list = types.join(', ');
    }
    return html`<div class="callout info" part="withheld">
      <p>
        ${msg(str`Some notes, such as ${list}, may not be shown online. This helps protect your privacy. If you want to read them, ask your care team.`, {
          id: 'notes.withheld',
        })}
      </p>
    </div>`;
  }

  private renderFilters(): TemplateResult {
    return html`<form class="filters" part="filters" role="search" aria-label=${msg('Find notes', { id: 'notes.filters.label' })} @submit=${this.onSubmit}>
      <div class="field search">
        <label for="notes-search">${msg('Search notes', { id: 'notes.search' })}</label>
        <input id="notes-search" type="search" autocomplete="off" aria-describedby="notes-search-hint" .value=${this.searchDraft} @input=${this.onSearchInput} />
        <span class="hint" id="notes-search-hint">${msg('Search titles and note text.', { id: 'notes.search.hint' })}</span>
      </div>
      <div class="field">
        <label for="notes-type">${msg('Type of note', { id: 'notes.filter.type' })}</label>
        <select id="notes-type" @change=${this.onTypeChange}>
          <option value="" ?selected=${!this.type}>${msg('All types', { id: 'notes.filter.type.all' })}</option>
          ${NOTE_TYPES.map((t) => html`<option value=${t} ?selected=${this.type === t}>${noteTypeLabel(t)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="notes-author">${msg('Written by', { id: 'notes.writtenBy' })}</label>
        <input id="notes-author" type="text" autocomplete="off" .value=${this.authorDraft} @input=${this.onAuthorInput} />
      </div>
      <div class="field">
        <label for="notes-from">${msg('From', { id: 'notes.filter.from' })}</label>
        <input id="notes-from" type="date" .value=${this.from} aria-invalid=${this.dateError ? 'true' : 'false'} aria-describedby=${this.dateError ? 'notes-date-error' : nothing} @change=${this.onDateChange} />
      </div>
      <div class="field">
        <label for="notes-to">${msg('To', { id: 'notes.filter.to' })}</label>
        <input id="notes-to" type="date" .value=${this.to} aria-invalid=${this.dateError ? 'true' : 'false'} aria-describedby=${this.dateError ? 'notes-date-error' : nothing} @change=${this.onDateChange} />
      </div>
      <div class="field">
        <label for="notes-sort">${msg('Sort by', { id: 'notes.sort' })}</label>
        <select id="notes-sort" @change=${this.onSortChange}>
          <option value="newest" ?selected=${this.sort === 'newest'}>${msg('Newest first', { id: 'notes.sort.newest' })}</option>
          <option value="oldest" ?selected=${this.sort === 'oldest'}>${msg('Oldest first', { id: 'notes.sort.oldest' })}</option>
        </select>
      </div>
      <div class="filter-actions">
        ${this.dateError
          ? html`<p class="field-error" id="notes-date-error" role="alert">
              ${msg('The "From" date must be on or before the "To" date.', { id: 'notes.filter.dateError' })}
            </p>`
          : nothing}
        ${this.filtered || this.dateError
          ? html`<button type="button" @click=${this.clearFilters}>${msg('Clear search and filters', { id: 'notes.filter.clear' })}</button>`
          : nothing}
      </div>
    </form>`;
  }

  private renderList(): TemplateResult {
    return this.listTask.render({
      initial: () => renderLoading(msg('Loading your notes…', { id: 'notes.loading' })),
      pending: () => renderLoading(msg('Loading your notes…', { id: 'notes.loading' })),
      error: (error) => renderError(error, () => void this.listTask.run(), msg('We could not load your notes', { id: 'notes.error' })),
      complete: (page) => this.renderPage(page),
    });
  }

  private renderPage(page: Page<NoteSummary>): TemplateResult {
    const items = [...page.items, ...this.more];
    if (!items.length) {
      return html`${renderWarnings(page.warnings)}
        ${this.filtered
          ? html`${renderEmpty(
              msg('No notes match your search.', { id: 'notes.empty.filtered' }),
              msg('Try other words, another type, or a wider date range.', { id: 'notes.empty.filtered.detail' }),
            )}
            <p><button type="button" @click=${this.clearFilters}>${msg('Clear search and filters', { id: 'notes.filter.clear' })}</button></p>`
          : renderEmpty(
              msg('You have no notes yet.', { id: 'notes.empty' }),
              msg('Notes appear here after your care team writes them.', { id: 'notes.empty.detail' }),
            )}`;
    }
    const total = page.total;
    const shown = items.length;
    const count =
      total !== undefined && total > shown
        ? msg(str`Showing ${formatNumber(shown)} of ${formatNumber(total)} notes`, { id: 'notes.count.of' })
        : plural(shown, msg('1 note', { id: 'notes.count.one' }), msg(str`${formatNumber(shown)} notes`, { id: 'notes.count.other' }));
    return html`${renderWarnings(page.warnings)}
      <p class="count" role="status">${count}</p>
      <ul class="items" part="list" role="list">
        ${items.map((n) => this.renderItem(n))}
      </ul>
      ${this.renderMore()}`;
  }

  private renderItem(n: NoteSummary): TemplateResult {
    const badge = noteStatusLabel(n.status);
    const author = n.author?.name?.trim()
      ? n.author.role
        ? `${n.author.name}, ${n.author.role}`
        : n.author.name
      : msg('Author not recorded', { id: 'notes.author.none' });
    const place = [n.encounter, n.location].filter((s) => s?.trim()).join(' · ');
    const search = this.search.trim();
    return html`<li class="item" part="item">
      <h3>
        <button type="button" class="link item-open" data-id=${n.id} @click=${() => this.open(n.id)}>${highlighted(noteTitle(n.title), search)}</button>
        ${badge ? html`<span class="badge ${n.status}">${badge}</span>` : nothing}
      </h3>
      <p class="item-meta">
        ${noteTypeLabel(n.type, n.typeLabel)} ·
        ${n.date ? html`<time datetime=${isoAttr(n.date)}>${formatDate(n.date)}</time>` : msg('Date not recorded', { id: 'notes.date.none' })}
      </p>
      <p class="item-meta">${author}${place ? ` · ${place}` : ''}</p>
      ${n.snippet ? html`<p class="item-snippet">${highlighted(n.snippet, search)}</p>` : nothing}
      ${n.problem ? html`<p class="item-problem">${n.problem}</p>` : nothing}
    </li>`;
  }

  private renderMore(): TemplateResult | typeof nothing {
    if (this.moreError) {
      return html`<div class="more" part="actions">${renderError(this.moreError, () => void this.loadMore(), msg('We could not load more notes', { id: 'notes.more.error' }))}</div>`;
    }
    if (!this.next) return nothing;
    return html`<div class="more" part="actions">
      ${this.loadingMore
        ? renderLoading(msg('Loading more notes…', { id: 'notes.more.loading' }))
        : html`<button type="button" @click=${this.loadMore}>${msg('Show more notes', { id: 'notes.more' })}</button>`}
    </div>`;
  }

  /** Loads the next page and moves focus to the first new note. */
  private async loadMore(): Promise<void> {
    const adapter = this.resolvedAdapter;
    const cursor = this.next;
    if (!adapter || !cursor || this.loadingMore) return;
    const generation = this.queryGeneration;
    const firstNew = (this.listTask.value?.items.length ?? 0) + this.more.length;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await adapter.listNotes({ ...this.currentQuery, cursor });
      if (generation !== this.queryGeneration) return;
      this.more = [...this.more, ...page.items];
      this.next = page.next;
    } catch (error) {
      if (generation !== this.queryGeneration) return;
      this.moreError = error;
      this.reportError(error, 'listNotes');
    } finally {
      if (generation === this.queryGeneration) this.loadingMore = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLButtonElement>('button.item-open')[firstNew]?.focus();
  }

  /** Opens a note in place. */
  async open(id: string): Promise<void> {
    this.noteId = id;
    await this.updateComplete;
    const reader = this.renderRoot.querySelector<PortalNote>('portal-note');
    await reader?.focusTitle();
  }

  /** Goes back from the open note to the list and puts focus on the note that was open. */
  async back(): Promise<void> {
    const id = this.noteId;
    this.noteId = undefined;
    if (id) this.emit<NoteClosedDetail>('portal-note-closed', { id });
    await this.updateComplete;
    const item = Array.from(this.renderRoot.querySelectorAll<HTMLButtonElement>('button.item-open')).find((b) => b.dataset.id === id);
    (item ?? this.listHeading)?.focus();
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    clearTimeout(this.searchTimer);
    clearTimeout(this.authorTimer);
    this.search = this.searchDraft;
    this.author = this.authorDraft;
  }

  private onSearchInput(e: Event): void {
    this.searchDraft = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.search = this.searchDraft;
    }, SEARCH_DELAY);
  }

  private onAuthorInput(e: Event): void {
    this.authorDraft = (e.target as HTMLInputElement).value;
    clearTimeout(this.authorTimer);
    this.authorTimer = setTimeout(() => {
      this.author = this.authorDraft;
    }, SEARCH_DELAY);
  }

  private onTypeChange(e: Event): void {
    this.type = (e.target as HTMLSelectElement).value as NoteType | '';
  }

  private onSortChange(e: Event): void {
    this.sort = (e.target as HTMLSelectElement).value === 'oldest' ? 'oldest' : 'newest';
  }

  private onDateChange(): void {
    const from = this.renderRoot.querySelector<HTMLInputElement>('#notes-from')?.value ?? '';
    const to = this.renderRoot.querySelector<HTMLInputElement>('#notes-to')?.value ?? '';
    this.dateError = Boolean(from && to && from > to);
    if (this.dateError) return;
    this.from = from;
    this.to = to;
  }

  private clearFilters(): void {
    clearTimeout(this.searchTimer);
    clearTimeout(this.authorTimer);
    this.type = '';
    this.author = this.authorDraft = '';
    this.search = this.searchDraft = '';
    this.from = this.to = '';
    this.dateError = false;
    for (const id of ['notes-from', 'notes-to']) {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
      if (input) input.value = '';
    }
    this.renderRoot.querySelector<HTMLInputElement>('#notes-search')?.focus();
  }
}
