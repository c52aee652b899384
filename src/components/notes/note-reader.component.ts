import { noteStatusStyles } from './note-status.styles.js';
import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { isPortalError } from '../../adapters/errors.js';
import type { Note, NoteContent, NoteVersion, PersonRef } from '../../adapters/types.js';
import { isSafeContentUrl, noteContentKind, parseDataUrl } from '../../core/notes/content-type.js';
import { rtfToText } from '../../core/notes/rtf.js';
import { chunkBlocks, splitLongBlocks, splitNoteText, type NoteBlock } from '../../core/notes/sections.js';
import { isBlankText, normalizeNoteText } from '../../core/notes/text.js';
import { formatBytes, formatDate, formatDateTime, isoAttr } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';
import { adapterTask } from '../shared/adapter-task.js';
import type { ComposeRequestDetail, PortalErrorDetail } from '../shared/events.js';
import { PortalElement } from '../shared/portal-element.js';
import { sanitizeToFragment, trustedObjectUrl } from '../shared/sanitize.js';
import { errorMessage, renderError, renderLoading, renderNotConfigured } from '../shared/states.js';
import { baseStyles } from '../shared/styles.js';
import { blockTemplate, createTextAids, decorateHtml, partLabel, toggleTermDefinition, type TextAids } from './note-content.js';
import { noteStatusExplanation, noteStatusLabel, noteTitle, noteTypeLabel } from './note-labels.js';
import { noteReaderStyles } from './note-reader.styles.js';

/** Detail of `portal-note-opened`. */
export interface NoteOpenedDetail {
  id: string;
}

/** Where the reader remembers the "Explain medical terms" choice. */
export const EXPLAIN_TERMS_STORAGE_KEY = 'portal-elements.notes.explain-terms';

/** Characters of plain text rendered per animation frame. */
const CHUNK_CHARS = 12_000;

type PreparedPart =
  | { kind: 'text'; chunks: NoteBlock[][]; source: 'text' | 'rtf' }
  | { kind: 'html'; text: string }
  | { kind: 'pdf'; url: string; title?: string; size?: number }
  | { kind: 'image'; url: string; title?: string }
  | { kind: 'problem'; reason: 'adapter' | 'empty' | 'unknown' | 'unsafe-url' | 'invalid'; detail?: string; contentType?: string; url?: string };

function readStoredExplain(): boolean {
  try {
    return globalThis.localStorage?.getItem(EXPLAIN_TERMS_STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

function storeExplain(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(EXPLAIN_TERMS_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Private browsing or storage disabled: the choice lasts for this page only.
  }
}

function prepareText(text: string, source: 'text' | 'rtf'): PreparedPart {
  const normalized = normalizeNoteText(source === 'rtf' ? rtfToText(text) : text);
  if (isBlankText(normalized)) return { kind: 'problem', reason: 'empty' };
  return { kind: 'text', source, chunks: chunkBlocks(splitLongBlocks(splitNoteText(normalized), CHUNK_CHARS), CHUNK_CHARS) };
}

/** Splits the top-level nodes of sanitised HTML into groups of about `CHUNK_CHARS` characters. */
function groupBlocks(container: HTMLElement): Node[][] {
  const groups: Node[][] = [];
  let current: Node[] = [];
  let size = 0;
  for (const child of Array.from(container.childNodes)) {
    const length = child.textContent?.length ?? 0;
    if (current.length && size + length > CHUNK_CHARS) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(child);
    size += length;
  }
  if (current.length) groups.push(current);
  return groups;
}

/**
 * A usable address for a PDF or image part. `data:` URLs (adapters that decode
 * inline attachments) become `blob:` URLs of the declared type, so the browser
 * treats them as that file type and never as a page; other schemes must pass
 * `isSafeContentUrl`. `blobs` collects created URLs for revocation.
 */
function fileUrl(url: string, kind: 'pdf' | 'image', blobs: string[]): { url: string } | { error: 'invalid' | 'unsafe' } {
  if (/^\s*data:/i.test(url)) {
    const parsed = parseDataUrl(url);
    if (!parsed) return { error: 'invalid' };
    if (noteContentKind(parsed.mimeType) !== kind || typeof URL.createObjectURL !== 'function') return { error: 'unsafe' };
    const blobUrl = URL.createObjectURL(new Blob([parsed.bytes as BlobPart], { type: parsed.mimeType }));
    blobs.push(blobUrl);
    return { url: blobUrl };
  }
  return isSafeContentUrl(url) ? { url } : { error: 'unsafe' };
}

/** Decides how each content part is shown; any part that cannot be shown becomes a kind explanation. */
function prepareParts(content: readonly NoteContent[], blobs: string[]): PreparedPart[] {
  return content.map((part): PreparedPart => {
    if (part.problem) return { kind: 'problem', reason: 'adapter', detail: part.problem, contentType: part.contentType };
    const kind = noteContentKind(part.contentType);
    if (kind === 'html' || kind === 'text' || kind === 'rtf') {
      if (part.text === undefined) {
        if (part.url && isSafeContentUrl(part.url)) return { kind: 'problem', reason: 'unknown', contentType: part.contentType, url: part.url };
        return { kind: 'problem', reason: 'empty' };
      }
      if (isBlankText(part.text)) return { kind: 'problem', reason: 'empty' };
      if (kind === 'html') return { kind: 'html', text: part.text };
      return prepareText(part.text, kind === 'rtf' || /^\s*\{\\rtf/.test(part.text) ? 'rtf' : 'text');
    }
    if (kind === 'pdf' || kind === 'image') {
      if (!part.url) return { kind: 'problem', reason: 'empty' };
      const file = fileUrl(part.url, kind, blobs);
      if ('error' in file) return { kind: 'problem', reason: file.error === 'invalid' ? 'invalid' : 'unsafe-url' };
      return kind === 'pdf' ? { kind: 'pdf', url: file.url, title: part.title, size: part.size } : { kind: 'image', url: file.url, title: part.title };
    }
    const url = part.url && isSafeContentUrl(part.url) ? part.url : undefined;
    return { kind: 'problem', reason: 'unknown', contentType: part.contentType, url };
  });
}

/**
 * @tagname portal-note
 * @summary Reads one clinical note, safely, with plain-language help for medical abbreviations.
 *
 * @fires portal-note-opened - The note finished loading. detail: `{ id }`
 * @fires portal-compose-request - The patient chose "Ask about this note". detail: `ComposeRequestDetail`
 *   (topic `medical-question`, reference `{ type: 'note', id, display }`). Call `preventDefault()` when you handle it.
 * @fires portal-error - The note could not be loaded. detail: `{ kind, message, operation: 'getNote' }`
 *
 * @csspart base - The article that holds the note.
 * @csspart header - Title, type, status, author and dates.
 * @csspart status - The explanation of a preliminary, amended or corrected note.
 * @csspart actions - The toolbar: explain-terms switch, print, ask about this note.
 * @csspart body - The note text.
 * @csspart term - A medical abbreviation button.
 * @csspart term-definition - The revealed meaning of an abbreviation.
 * @csspart link - A link inside the note (opens in a new tab).
 * @csspart history - Earlier versions of the note.
 * @csspart loading - Loading state.
 * @csspart error - Error state.
 *
 * @cssprop --portal-note-max-width - Reading width (default `44em`).
 * @cssprop --portal-note-highlight-color - Background of search matches.
 * @cssprop --portal-note-term-surface - Background of a revealed abbreviation meaning.
 */
export class PortalNote extends PortalElement {
  static override styles = [baseStyles, noteStatusStyles, noteReaderStyles];

  /** The id of the note to read (from `listNotes`, or a deep link). */
  @property({ attribute: 'note-id', reflect: true }) noteId = '';

  /** Words to highlight in the note (the search the patient used to find it). */
  @property() highlight = '';

  /** Hide the "Ask about this note" button (for pages without messaging). */
  @property({ type: Boolean, attribute: 'no-ask' }) noAsk = false;

  /** Explain medical abbreviations inline. The patient's choice is remembered on this device. */
  @state() private explain = readStoredExplain();

  /** The id of an earlier version being read, if any. */
  @state() private versionId?: string;

  /** How many chunks of each long plain-text part are rendered so far. */
  @state() private renderedChunks = 1;

  /** The reader's answer when nobody handled "Ask about this note". */
  @state() private askUnhandled = false;

  private prepared?: { note: Note; parts: PreparedPart[]; blobs: string[] };
  /** Sanitised HTML per part; long HTML keeps its later blocks in `groups` until their frame comes. */
  private htmlCache = new Map<number, { key: string; node: HTMLElement; groups: Node[][]; appended: number }>();
  private textAids = new Map<number, TextAids>();
  private chunkTimer?: { frame: number; timeout: ReturnType<typeof setTimeout> };
  /** Chunks added per frame: grows while updates are quick, shrinks when they are slow. */
  private chunkStep = 1;
  private updateStartedAt = 0;

  private noteTask = adapterTask(
    this,
    (adapter, [id]) => (id ? adapter.getNote(id) : Promise.resolve(undefined)),
    () => [this.versionId ?? this.noteId] as const,
    {
      onComplete: (note) => {
        if (!note || this.versionId) return;
        this.emit<NoteOpenedDetail>('portal-note-opened', { id: note.id });
        const adapter = this.resolvedAdapter;
        if (adapter?.capabilities.audit && adapter.recordEvent) {
          adapter
            .recordEvent({ type: 'note-opened', at: new Date().toISOString(), reference: { type: 'note', id: note.id, display: note.title } })
            .catch(() => undefined);
        }
      },
      onError: (error) => {
        this.emit<PortalErrorDetail>('portal-error', {
          kind: isPortalError(error) ? error.kind : 'server',
          message: errorMessage(error),
          operation: 'getNote',
        });
      },
    },
  );

  private readonly onBeforePrint = (): void => {
    this.renderedChunks = Number.POSITIVE_INFINITY;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('beforeprint', this.onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('beforeprint', this.onBeforePrint);
    this.cancelChunks();
    this.revokeBlobs();
    this.prepared = undefined;
  }

  private revokeBlobs(): void {
    for (const url of this.prepared?.blobs ?? []) URL.revokeObjectURL(url);
  }

  /** Moves focus to the note's title once it has loaded (or to the error message). */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    try {
      await this.noteTask.taskComplete;
    } catch {
      // The error view takes focus instead.
    }
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>('.note-title, [role="alert"] button, .state-error');
    if (target && !target.hasAttribute('tabindex') && target.localName !== 'button') target.tabIndex = -1;
    target?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.updateStartedAt = performance.now();
    if (changed.has('noteId') && changed.get('noteId') !== undefined) this.versionId = undefined;
    const note = this.noteTask.value;
    if (note && this.prepared?.note !== note) {
      this.revokeBlobs();
      const blobs: string[] = [];
      this.prepared = { note, parts: prepareParts(note.content, blobs), blobs };
      this.htmlCache.clear();
      this.renderedChunks = 1;
      this.chunkStep = 1;
      this.askUnhandled = false;
    }
  }

  protected override updated(): void {
    const took = performance.now() - this.updateStartedAt;
    if (took < 8) this.chunkStep = Math.min(8, this.chunkStep * 2);
    else if (took > 24) this.chunkStep = Math.max(1, Math.floor(this.chunkStep / 2));
    for (const entry of this.htmlCache.values()) {
      const upTo = Math.min(this.renderedChunks, entry.groups.length);
      while (entry.appended < upTo) entry.node.append(...(entry.groups[entry.appended++] ?? []));
    }
    this.scheduleChunks();
  }

  private totalChunks(): number {
    const text = (this.prepared?.parts ?? []).map((p) => (p.kind === 'text' ? p.chunks.length : 0));
    const htmlGroups = Array.from(this.htmlCache.values(), (e) => e.groups.length);
    return Math.max(0, ...text, ...htmlGroups);
  }

  /** Renders the rest of a long note a chunk per frame, so the page never freezes. */
  private scheduleChunks(): void {
    if (this.chunkTimer || this.renderedChunks >= this.totalChunks() || this.noteTask.status !== TaskStatus.COMPLETE) return;
    const step = (): void => {
      if (!this.chunkTimer) return;
      cancelAnimationFrame(this.chunkTimer.frame);
      clearTimeout(this.chunkTimer.timeout);
      this.chunkTimer = undefined;
      this.renderedChunks += this.chunkStep;
    };
    // requestAnimationFrame pauses in background tabs; the timeout keeps rendering going there.
    this.chunkTimer = { frame: requestAnimationFrame(step), timeout: setTimeout(step, 100) };
  }

  private cancelChunks(): void {
    if (!this.chunkTimer) return;
    cancelAnimationFrame(this.chunkTimer.frame);
    clearTimeout(this.chunkTimer.timeout);
    this.chunkTimer = undefined;
  }

  override render(): TemplateResult {
    if (!this.resolvedAdapter) return renderNotConfigured();
    if (!this.noteId) {
      return html`<p class="muted">${msg('Choose a note to read it here.', { id: 'notes.reader.none' })}</p>`;
    }
    return this.noteTask.render({
      initial: () => renderLoading(msg('Loading the note…', { id: 'notes.reader.loading' })),
      pending: () => renderLoading(msg('Loading the note…', { id: 'notes.reader.loading' })),
      complete: (note) => (note ? this.renderNote(note) : html``),
      error: (error) => html`${renderError(error, () => void this.noteTask.run(), msg('We could not open this note', { id: 'notes.reader.errorTitle' }))}
      ${this.versionId ? this.renderCurrentVersionButton() : nothing}`,
    });
  }

  private renderCurrentVersionButton(): TemplateResult {
    return html`<p><button type="button" class="link" @click=${this.showCurrentVersion}>
      ${msg('Go back to the current version', { id: 'notes.version.current' })}
    </button></p>`;
  }

  private renderPerson(person: PersonRef | undefined): string {
    if (!person?.name?.trim()) return msg('Not recorded', { id: 'notes.notRecorded' });
    return person.role ? `${person.name}, ${person.role}` : person.name;
  }

  private renderNote(note: Note): TemplateResult {
    const title = noteTitle(note.title);
    const badge = noteStatusLabel(note.status);
    const statusText = noteStatusExplanation(note.status);
    const place = [note.encounter, note.location].filter((s) => s?.trim()).join(' · ');
    // Parts first: preparing long HTML decides how many chunks remain (for aria-busy).
    const parts = this.renderParts(note);
    return html`<article part="base" aria-labelledby="note-title">
      <header part="header">
        <div class="title-row">
          <h2 id="note-title" class="note-title" tabindex="-1">${title}</h2>
          ${badge ? html`<span class="badge ${note.status}">${badge}</span>` : nothing}
        </div>
        <p class="muted">${noteTypeLabel(note.type, note.typeLabel)}</p>
        <dl class="facts">
          <dt>${msg('Written by', { id: 'notes.writtenBy' })}</dt>
          <dd>${this.renderPerson(note.author)}</dd>
          <dt>${msg('Date', { id: 'notes.date' })}</dt>
          <dd>${note.date ? html`<time datetime=${isoAttr(note.date)}>${formatDate(note.date)}</time>` : msg('Not recorded', { id: 'notes.notRecorded' })}</dd>
          ${note.signedAt
            ? html`<dt>${msg('Signed', { id: 'notes.signed' })}</dt>
                <dd><time datetime=${isoAttr(note.signedAt)}>${formatDateTime(note.signedAt)}</time></dd>`
            : nothing}
          ${place ? html`<dt>${msg('Visit', { id: 'notes.visit' })}</dt><dd>${place}</dd>` : nothing}
        </dl>
      </header>
      ${this.versionId
        ? html`<div class="callout warning" part="status">
            <p>${msg('You are reading an earlier version of this note. It was replaced by a newer version.', { id: 'notes.version.banner' })}</p>
            ${this.renderCurrentVersionButton()}
          </div>`
        : statusText
          ? html`<div class="callout info" part="status"><p>${statusText}</p></div>`
          : nothing}
      ${note.problem ? html`<div class="callout warning"><p>${note.problem}</p></div>` : nothing}
      ${this.renderToolbar(note)}
      <div class="body" part="body" aria-busy=${this.renderedChunks < this.totalChunks() ? 'true' : 'false'} @click=${this.onBodyClick} @keydown=${this.onBodyKeydown}>
        ${parts}
      </div>
      ${this.renderHistory(note.history)}
    </article>`;
  }

  private renderToolbar(note: Note): TemplateResult {
    return html`<div class="toolbar" part="actions">
      <label class="toggle">
        <input type="checkbox" .checked=${this.explain} @change=${this.onExplainChange} aria-describedby="explain-hint" />
        ${msg('Explain medical terms', { id: 'notes.explain.toggle' })}
      </label>
      <div class="row">
        <button type="button" @click=${this.onPrint}>${msg('Print', { id: 'notes.print' })}</button>
        ${this.noAsk
          ? nothing
          : html`<button type="button" class="primary" @click=${() => this.ask(note)}>${msg('Ask about this note', { id: 'notes.ask' })}</button>`}
      </div>
      <p class="hint" id="explain-hint">
        ${msg('When this is on, select a dotted word to see what it means.', { id: 'notes.explain.hint' })}
      </p>
      ${this.askUnhandled
        ? html`<p class="callout info" role="status">
            ${msg('To ask about this note, send a message to your care team from the messages page of your portal.', { id: 'notes.ask.unhandled' })}
          </p>`
        : nothing}
    </div>`;
  }

  private renderParts(note: Note): TemplateResult | TemplateResult[] {
    const parts = this.prepared?.note === note ? this.prepared.parts : [];
    const readable = parts.filter((p) => p.kind !== 'problem');
    if (!parts.length || (!readable.length && parts.every((p) => p.kind === 'problem' && p.reason === 'empty'))) {
      return html`<div class="callout info"><p>
        ${msg('This note has no text to show. If you expected to see something here, ask your care team.', { id: 'notes.reader.empty' })}
      </p></div>`;
    }
    const hasText = parts.some((p) => p.kind === 'text' || p.kind === 'html');
    return parts.map((part, i) => html`<section class="part" aria-label=${partLabel(i, parts.length)}>${this.renderPart(part, i, hasText)}</section>`);
  }

  /** Reading aids of a part; `reset` starts again from the top of the part. */
  private aids(partIndex: number, reset: boolean): TextAids {
    let aids = this.textAids.get(partIndex);
    if (!aids || reset) {
      aids = createTextAids(this.explain, this.highlight.trim());
      this.textAids.set(partIndex, aids);
    }
    return aids;
  }

  private renderPart(part: PreparedPart, index: number, hasText: boolean): TemplateResult | HTMLElement {
    switch (part.kind) {
      case 'html': {
        const key = `${this.explain}|${this.highlight}|${getLocale()}`;
        const cached = this.htmlCache.get(index);
        if (cached && cached.key === key) return cached.node;
        const node = decorateHtml(sanitizeToFragment(part.text), this.aids(index, true));
        const groups = groupBlocks(node);
        node.replaceChildren(...(groups[0] ?? []));
        this.htmlCache.set(index, { key, node, groups, appended: 1 });
        return node;
      }
      case 'text':
        return this.renderTextPart(part, index);
      case 'pdf':
        return this.renderPdf(part, hasText);
      case 'image':
        return html`<img class="image-part" src=${part.url} alt=${part.title ?? msg('Image attached to the note', { id: 'notes.image.alt' })} loading="lazy" referrerpolicy="no-referrer" />`;
      case 'problem':
        return this.renderProblem(part);
    }
  }

  private renderTextPart(part: Extract<PreparedPart, { kind: 'text' }>, index: number): TemplateResult {
    const key = `${this.explain}|${this.highlight}|${getLocale()}`;
    const visible = part.chunks.slice(0, this.renderedChunks);
    const pending = part.chunks.length > visible.length;
    return html`${part.source === 'rtf'
        ? html`<p class="hint">${msg('This note was saved in a word-processor format. It is shown here as plain text.', { id: 'notes.rtf.hint' })}</p>`
        : nothing}
      ${visible.map(
        (chunk, c) =>
          html`<div class="chunk">
            ${guard([key, part, c], () => {
              const aids = this.aids(index, c === 0);
              return chunk.map((block) => blockTemplate(block, aids));
            })}
          </div>`,
      )}
      ${pending
        ? html`<p class="more-pending muted">${msg('Showing the rest of this note…', { id: 'notes.reader.more' })}</p>`
        : nothing}`;
  }

  private renderPdf(part: Extract<PreparedPart, { kind: 'pdf' }>, hasText: boolean): TemplateResult {
    const name = part.title?.trim() || msg('Note (PDF)', { id: 'notes.pdf.name' });
    const size = part.size ? ` (${formatBytes(part.size)})` : '';
    const links = html`<p class="row">
      <a href=${part.url} target="_blank" rel="noopener noreferrer" part="link">
        ${msg('Open the PDF', { id: 'notes.pdf.open' })}<span class="external-marker" aria-hidden="true">\u2197</span
        ><span class="visually-hidden"> ${msg('(opens in a new tab)', { id: 'common.opensInNewTab' })}</span>
      </a>
      <a href=${part.url} download=${part.title?.trim() || 'note.pdf'}>${msg(str`Download ${name}${size}`, { id: 'notes.pdf.download' })}</a>
    </p>`;
    if (hasText) {
      return html`<p>${msg('A PDF copy of this note is also available.', { id: 'notes.pdf.copy' })}</p>${links}`;
    }
    return html`<object class="pdf-frame" data=${trustedObjectUrl(part.url)} type="application/pdf" title=${name}>
        <p>${msg('Your browser cannot show the PDF here. Use the links below to open or download it.', { id: 'notes.pdf.fallback' })}</p>
      </object>
      ${links}`;
  }

  private renderProblem(part: Extract<PreparedPart, { kind: 'problem' }>): TemplateResult {
    let text: string;
    switch (part.reason) {
      case 'empty':
        text = msg('This part of the note is empty.', { id: 'notes.problem.empty' });
        break;
      case 'invalid':
        text = msg('This part of the note is damaged and cannot be opened.', { id: 'notes.problem.invalid' });
        break;
      case 'unsafe-url':
        text = msg('This part of the note has a link we cannot open safely, so it is not shown.', { id: 'notes.problem.unsafeUrl' });
        break;
      case 'unknown':
        text = msg('This part of the note is in a format we cannot show here.', { id: 'notes.problem.unknown' });
        break;
      case 'adapter':
      default:
        text = msg('We could not show this part of the note.', { id: 'notes.problem.adapter' });
    }
    return html`<div class="callout warning">
      <p><strong>${text}</strong></p>
      ${part.detail ? html`<p>${part.detail}</p>` : nothing}
      ${part.url
        ? html`<p><a href=${part.url} download>${msg('Download this part', { id: 'notes.problem.download' })}</a></p>`
        : html`<p>${msg('If you need it, ask your care team for a copy.', { id: 'notes.problem.ask' })}</p>`}
    </div>`;
  }

  private renderHistory(history: readonly NoteVersion[]): TemplateResult | typeof nothing {
    if (!history?.length) return nothing;
    return html`<section class="history" part="history" aria-labelledby="history-heading">
      <h3 id="history-heading">${msg('Earlier versions', { id: 'notes.history.title' })}</h3>
      <p class="hint">${msg('This note was changed. Earlier versions are kept so you can see what changed.', { id: 'notes.history.hint' })}</p>
      <ul>
        ${history.map((v) => {
          const when = v.date ? formatDate(v.date) : msg('date not recorded', { id: 'notes.history.noDate' });
          const label = msg(str`Read the version from ${when}`, { id: 'notes.history.read' });
          const current = this.versionId === v.id;
          return html`<li>
            <button type="button" class="link" aria-current=${current ? 'true' : nothing} @click=${() => this.showVersion(v.id)}>${label}</button>
            ${noteStatusLabel(v.status) ? html` <span class="badge">${noteStatusLabel(v.status)}</span>` : nothing}
            ${v.author?.name ? html`<span class="muted"> · ${this.renderPerson(v.author)}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private showVersion(id: string): void {
    this.versionId = id === this.noteId ? undefined : id;
    void this.focusTitle();
  }

  private showCurrentVersion(): void {
    this.versionId = undefined;
    void this.focusTitle();
  }

  private onExplainChange(e: Event): void {
    this.explain = (e.target as HTMLInputElement).checked;
    storeExplain(this.explain);
  }

  private onPrint(): void {
    this.renderedChunks = Number.POSITIVE_INFINITY;
    void this.updateComplete.then(() => globalThis.print?.());
  }

  private ask(note: Note): void {
    const title = noteTitle(note.title);
    const detail: ComposeRequestDetail = {
      topic: 'medical-question',
      subject: msg(str`Question about my note: ${title}`, { id: 'notes.ask.subject' }),
      reference: { type: 'note', id: note.id, display: title },
    };
    const handled = !this.emit<ComposeRequestDetail>('portal-compose-request', detail, { cancelable: true });
    this.askUnhandled = !handled;
  }

  /** Term buttons are created outside Lit (in sanitised HTML too), so clicks are handled here. */
  private onBodyClick(e: Event): void {
    const button = (e.target as Element | null)?.closest?.('button.term');
    if (!(button instanceof HTMLButtonElement)) return;
    const open = button.getAttribute('aria-expanded') === 'true';
    this.closeTerms(button);
    this.setTerm(button, !open);
  }

  private onBodyKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    const open = this.renderRoot.querySelector<HTMLButtonElement>('button.term[aria-expanded="true"]');
    if (!open) return;
    e.preventDefault();
    e.stopPropagation();
    this.setTerm(open, false);
    open.focus();
  }

  private setTerm(button: HTMLButtonElement, open: boolean): void {
    const id = button.getAttribute('aria-controls');
    toggleTermDefinition(button, id ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null, open);
  }

  private closeTerms(except?: HTMLButtonElement): void {
    for (const b of this.renderRoot.querySelectorAll<HTMLButtonElement>('button.term[aria-expanded="true"]')) {
      if (b !== except) this.setTerm(b, false);
    }
  }
}
