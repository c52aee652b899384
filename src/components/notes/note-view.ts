/**
 * What `<portal-note>` shows once a note has loaded: the header, status, toolbar,
 * body and earlier versions. Loaded on demand (`loadModule('noteView')`) in
 * parallel with the note itself, so the notes list never waits for it.
 *
 * Stateless: the element passes in everything it renders and the handlers to call.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Note, NoteVersion, PersonRef } from '../../adapters/types.js';
import { formatDate, formatDateTime, isoAttr } from '../../i18n/format.js';
import { toggleTermDefinition } from './note-content.js';
import { noteStatusExplanation, noteStatusLabel, noteTitle, noteTypeLabel } from './note-labels.js';

export { NoteBody, type NoteBodyOptions } from './note-body.js';

/** Everything the note view renders, from the element. */
export interface NoteViewState {
  note: Note;
  /** The id of the earlier version being read, if any. */
  versionId?: string;
  /** "Go back to the current version" (the element renders it in its error view too). */
  currentVersionButton: TemplateResult;
  explain: boolean;
  noAsk: boolean;
  askUnhandled: boolean;
  /** The abbreviation list could not be loaded. */
  termsFailed: boolean;
  /** The body is still loading or inserting text. */
  busy: boolean;
  /** The body's content: the note's parts, or a loading or error state. */
  text: unknown;
  onExplainChange(e: Event): void;
  onPrint(): void;
  onAsk(): void;
  onRetry(): void;
  onShowVersion(id: string): void;
}

function person(p: PersonRef | undefined): string {
  if (!p?.name?.trim()) return msg('Not recorded', { id: 'notes.notRecorded' });
  return p.role ? `${p.name}, ${p.role}` : p.name;
}

/** Opens or closes the abbreviation a click landed on (term buttons are made outside Lit). */
function onBodyClick(e: Event): void {
  const button = (e.target as Element | null)?.closest?.('button.term');
  if (!(button instanceof HTMLButtonElement)) return;
  const open = button.getAttribute('aria-expanded') === 'true';
  closeTerms(e.currentTarget as Element, button);
  setTerm(button, !open);
}

/** Escape closes the open abbreviation and returns focus to its button. */
function onBodyKeydown(e: KeyboardEvent): void {
  if (e.key !== 'Escape') return;
  const open = (e.currentTarget as Element).querySelector<HTMLButtonElement>('button.term[aria-expanded="true"]');
  if (!open) return;
  e.preventDefault();
  e.stopPropagation();
  setTerm(open, false);
  open.focus();
}

function setTerm(button: HTMLButtonElement, open: boolean): void {
  const id = button.getAttribute('aria-controls');
  const root = button.getRootNode() as ShadowRoot | Document;
  toggleTermDefinition(button, id ? root.getElementById(id) : null, open);
}

function closeTerms(body: Element, except?: HTMLButtonElement): void {
  for (const b of body.querySelectorAll<HTMLButtonElement>('button.term[aria-expanded="true"]')) {
    if (b !== except) setTerm(b, false);
  }
}

function renderToolbar(s: NoteViewState): TemplateResult {
  return html`<div class="toolbar" part="actions">
    <label class="toggle">
      <input type="checkbox" .checked=${s.explain} @change=${s.onExplainChange} aria-describedby="explain-hint" />
      ${msg('Explain medical terms', { id: 'notes.explain.toggle' })}
    </label>
    <div class="row">
      <button type="button" @click=${s.onPrint}>${msg('Print', { id: 'notes.print' })}</button>
      ${s.noAsk ? nothing : html`<button type="button" class="primary" @click=${s.onAsk}>${msg('Ask about this note', { id: 'notes.ask' })}</button>`}
    </div>
    <p class="hint" id="explain-hint">${msg('When this is on, select a dotted word to see what it means.', { id: 'notes.explain.hint' })}</p>
    ${s.explain && s.termsFailed
      ? html`<div class="callout warning">
          <p role="status">${msg('We could not load the explanations of medical terms, so the note is shown without them.', { id: 'notes.explain.error' })}</p>
          <button type="button" @click=${s.onRetry}>${msg('Try again', { id: 'common.retry' })}</button>
        </div>`
      : nothing}
    ${s.askUnhandled
      ? html`<p class="callout info" role="status">
          ${msg('To ask about this note, send a message to your care team from the messages page of your portal.', { id: 'notes.ask.unhandled' })}
        </p>`
      : nothing}
  </div>`;
}

function renderHistory(s: NoteViewState, history: readonly NoteVersion[]): TemplateResult | typeof nothing {
  if (!history?.length) return nothing;
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    <h3 id="history-heading">${msg('Earlier versions', { id: 'notes.history.title' })}</h3>
    <p class="hint">${msg('This note was changed. Earlier versions are kept so you can see what changed.', { id: 'notes.history.hint' })}</p>
    <ul>
      ${history.map((v) => {
        const when = v.date ? formatDate(v.date) : msg('date not recorded', { id: 'notes.history.noDate' });
        const badge = noteStatusLabel(v.status);
        return html`<li>
          <button type="button" class="link" aria-current=${s.versionId === v.id ? 'true' : nothing} @click=${() => s.onShowVersion(v.id)}>
            ${msg(str`Read the version from ${when}`, { id: 'notes.history.read' })}
          </button>
          ${badge ? html` <span class="badge">${badge}</span>` : nothing}
          ${v.author?.name ? html`<span class="muted"> · ${person(v.author)}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The whole note: header, status, toolbar, body and earlier versions. */
export function renderNote(s: NoteViewState): TemplateResult {
  const { note } = s;
  const badge = noteStatusLabel(note.status);
  const statusText = noteStatusExplanation(note.status);
  const place = [note.encounter, note.location].filter((p) => p?.trim()).join(' · ');
  return html`<article part="base" aria-labelledby="note-title">
    <header part="header">
      <div class="title-row">
        <h2 id="note-title" class="note-title" tabindex="-1">${noteTitle(note.title)}</h2>
        ${badge ? html`<span class="badge ${note.status}">${badge}</span>` : nothing}
      </div>
      <p class="muted">${noteTypeLabel(note.type, note.typeLabel)}</p>
      <dl class="facts">
        <dt>${msg('Written by', { id: 'notes.writtenBy' })}</dt>
        <dd>${person(note.author)}</dd>
        <dt>${msg('Date', { id: 'notes.date' })}</dt>
        <dd>${note.date ? html`<time datetime=${isoAttr(note.date)}>${formatDate(note.date)}</time>` : msg('Not recorded', { id: 'notes.notRecorded' })}</dd>
        ${note.signedAt
          ? html`<dt>${msg('Signed', { id: 'notes.signed' })}</dt>
              <dd><time datetime=${isoAttr(note.signedAt)}>${formatDateTime(note.signedAt)}</time></dd>`
          : nothing}
        ${place ? html`<dt>${msg('Visit', { id: 'notes.visit' })}</dt><dd>${place}</dd>` : nothing}
      </dl>
    </header>
    ${s.versionId
      ? html`<div class="callout warning" part="status">
          <p>${msg('You are reading an earlier version of this note. It was replaced by a newer version.', { id: 'notes.version.banner' })}</p>
          ${s.currentVersionButton}
        </div>`
      : statusText
        ? html`<div class="callout info" part="status"><p>${statusText}</p></div>`
        : nothing}
    ${note.problem ? html`<div class="callout warning"><p>${note.problem}</p></div>` : nothing}
    ${renderToolbar(s)}
    <div class="body" part="body" aria-busy=${s.busy ? 'true' : 'false'} @click=${onBodyClick} @keydown=${onBodyKeydown}>${s.text}</div>
    ${renderHistory(s, note.history)}
  </article>`;
}
