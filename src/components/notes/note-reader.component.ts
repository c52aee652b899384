import { msg, str } from '@lit/localize';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isPortalError } from '../../adapters/errors.js';
import type { Note } from '../../adapters/types.js';
import { adapterTask } from '../shared/adapter-task.js';
import type { ComposeRequestDetail, PortalErrorDetail } from '../shared/events.js';
import { LazyParts } from '../shared/lazy-parts.js';
import { PortalElement } from '../shared/portal-element.js';
import { errorMessage, renderError, renderLoading, renderNotConfigured } from '../shared/states.js';
import { baseStyles } from '../shared/styles.js';
import type { NoteBody } from './note-body.js';
import { noteTitle } from './note-labels.js';
import { noteReaderStyles } from './note-reader.styles.js';
import { noteStatusStyles } from './note-status.styles.js';

/** Detail of `portal-note-opened`. */
export interface NoteOpenedDetail {
  id: string;
}

/** Where the reader remembers the "Explain medical terms" choice. */
export const EXPLAIN_TERMS_STORAGE_KEY = 'portal-elements.notes.explain-terms';

/** What the reader loads on demand: the note view, DOMPurify (HTML notes), the abbreviation list. */
const ON_DEMAND = ['noteView', 'purify', 'abbreviations'] as const;

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
 * @csspart not-configured - Shown when no adapter or provider is connected.
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

  /** The note view, DOMPurify and the abbreviation list arrive on demand; the element updates when each settles. */
  private parts = new LazyParts(this);

  /** The decoded parts of the note on screen. */
  private body?: NoteBody;
  /** The note whose text has been shown (it then stays visible while the abbreviation list loads). */
  private shownNote?: Note;
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
    this.body?.dispose();
    this.body = undefined;
  }

  /**
   * Also waits for what the reader is loading on demand, so `await el.updateComplete`
   * means the note is on screen as far as it can be (header, then text with its aids).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.parts.busy) {
      await this.parts.settled();
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /** Moves focus to the note's title once it has loaded (or to the error message). */
  async focusTitle(): Promise<void> {
    await super.getUpdateComplete();
    try {
      await this.noteTask.taskComplete;
    } catch {
      // The error view takes focus instead.
    }
    // The title is in the note view; it does not wait for the note's text or its aids.
    await this.parts.pending('noteView');
    await super.getUpdateComplete();
    const target = this.renderRoot.querySelector<HTMLElement>('.note-title, [role="alert"] button, .state-error');
    if (target && !target.hasAttribute('tabindex') && target.localName !== 'button') target.tabIndex = -1;
    target?.focus();
  }

  /** A failed download is kept (with its error on screen) until the patient tries again. */
  private readonly retryLoads = (): void => {
    for (const name of ON_DEMAND) if (this.parts.error(name)) void this.parts.load(name);
  };

  protected override willUpdate(changed: PropertyValues): void {
    this.updateStartedAt = performance.now();
    if (changed.has('noteId') && changed.get('noteId') !== undefined) this.versionId = undefined;
    if (this.noteId && this.resolvedAdapter) {
      // Fetched alongside the note, so the text usually shows as soon as the note arrives.
      this.parts.get('noteView');
      if (this.explain) this.parts.get('abbreviations');
    }
    const note = this.noteTask.value;
    const view = this.parts.peek('noteView');
    if (note && view && this.body?.note !== note) {
      this.body?.dispose();
      this.body = new view.NoteBody(note);
      this.renderedChunks = 1;
      this.chunkStep = 1;
      this.askUnhandled = false;
    }
    if (this.body?.needsSanitizer) this.parts.get('purify');
  }

  protected override updated(): void {
    const took = performance.now() - this.updateStartedAt;
    if (took < 8) this.chunkStep = Math.min(8, this.chunkStep * 2);
    else if (took > 24) this.chunkStep = Math.max(1, Math.floor(this.chunkStep / 2));
    this.body?.appendPending(this.renderedChunks);
    this.scheduleChunks();
  }

  private totalChunks(): number {
    return this.body && this.shownNote === this.body.note ? this.body.totalChunks() : 0;
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
    const loading = (): TemplateResult => renderLoading(msg('Loading the note…', { id: 'notes.reader.loading' }));
    return this.noteTask.render({
      initial: loading,
      pending: loading,
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

  private renderNote(note: Note): TemplateResult {
    const { body } = this;
    const view = this.parts.peek('noteView');
    const viewError = this.parts.error('noteView');
    if (viewError) {
      return renderError(viewError, this.retryLoads, msg('We could not open this note', { id: 'notes.reader.errorTitle' }));
    }
    if (!view || body?.note !== note) return renderLoading(msg('Loading the note…', { id: 'notes.reader.loading' }));
    // Text first: preparing long HTML decides how many chunks remain (for aria-busy).
    const text = this.renderText(body);
    return view.renderNote({
      note,
      versionId: this.versionId,
      currentVersionButton: this.renderCurrentVersionButton(),
      explain: this.explain,
      noAsk: this.noAsk,
      askUnhandled: this.askUnhandled,
      termsFailed: this.parts.error('abbreviations') !== undefined,
      busy: this.shownNote === note ? this.renderedChunks < this.totalChunks() || !!this.parts.pending('abbreviations') : !this.parts.error('purify'),
      text,
      onExplainChange: (e) => this.onExplainChange(e),
      onPrint: () => this.onPrint(),
      onAsk: () => this.ask(note),
      onRetry: this.retryLoads,
      onShowVersion: (id) => this.showVersion(id),
    });
  }

  /** The note's text, or its loading or error state while DOMPurify or the abbreviation list arrive. */
  private renderText(body: NoteBody): unknown {
    const { note } = body;
    const purify = this.parts.peek('purify')?.default;
    const sanitizerError = this.parts.error('purify');
    if (body.needsSanitizer && sanitizerError) {
      return renderError(sanitizerError, this.retryLoads, msg('We could not show the text of this note', { id: 'notes.reader.textError' }));
    }
    // Once shown, the text stays while the abbreviation list loads (the patient switched explanations on).
    if ((body.needsSanitizer && !purify) || (this.shownNote !== note && this.parts.pending('abbreviations'))) {
      return renderLoading(msg('Loading the text of the note…', { id: 'notes.reader.textLoading' }));
    }
    this.shownNote = note;
    return body.render({
      explain: this.explain,
      highlight: this.highlight,
      abbreviations: this.parts.peek('abbreviations')?.ABBREVIATIONS,
      renderedChunks: this.renderedChunks,
      purify,
    });
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
}
