/**
 * The body of `<portal-note>`: decoding each content part (plain text, RTF, HTML,
 * PDF, images) and rendering it progressively with reading aids. Part of the
 * lazily loaded note view (`note-view.ts`), so it shares no state with the
 * element's module: the sanitiser and the abbreviation list come in through
 * `NoteBodyOptions`.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Note, NoteContent } from '../../adapters/types.js';
import { buildAbbreviationDictionary, type AbbreviationDictionary } from '../../core/notes/abbreviation-match.js';
import type { AbbreviationEntry } from '../../core/notes/abbreviation-types.js';
import { isSafeContentUrl, noteContentKind, parseDataUrl } from '../../core/notes/content-type.js';
import { rtfToText } from '../../core/notes/rtf.js';
import { chunkBlocks, splitLongBlocks, splitNoteText, type NoteBlock } from '../../core/notes/sections.js';
import { isBlankText, normalizeNoteText } from '../../core/notes/text.js';
import { formatBytes } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';
import { createSanitizer, trustedObjectUrl, type Purify } from '../shared/sanitize.js';
import { blockTemplate, createTextAids, decorateHtml, partLabel, type TextAids } from './note-content.js';

/** Characters of plain text rendered per animation frame. */
const CHUNK_CHARS = 12_000;

type PreparedPart =
  | { kind: 'text'; chunks: NoteBlock[][]; source: 'text' | 'rtf' }
  | { kind: 'html'; text: string }
  | { kind: 'pdf'; url: string; title?: string; size?: number }
  | { kind: 'image'; url: string; title?: string }
  | { kind: 'problem'; reason: 'adapter' | 'empty' | 'unknown' | 'unsafe-url' | 'invalid'; detail?: string; contentType?: string; url?: string };

/** What the element hands the body on each render. */
export interface NoteBodyOptions {
  /** The patient wants abbreviations explained. */
  explain: boolean;
  /** Search words to highlight. */
  highlight: string;
  /** The abbreviation list, once loaded; abbreviations are explained only with it. */
  abbreviations?: readonly AbbreviationEntry[];
  /** How many chunks of each long part to show so far. */
  renderedChunks: number;
  /** DOMPurify, loaded by the element; required when `needsSanitizer`. */
  purify?: Purify;
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

const dictionaries = new WeakMap<readonly AbbreviationEntry[], AbbreviationDictionary>();

function dictionaryOf(entries: readonly AbbreviationEntry[] | undefined): AbbreviationDictionary | undefined {
  if (!entries) return undefined;
  let dict = dictionaries.get(entries);
  if (!dict) {
    dict = buildAbbreviationDictionary(entries);
    dictionaries.set(entries, dict);
  }
  return dict;
}

/**
 * One note's decoded parts and what is on screen of them. The element keeps one
 * per note it shows and calls `dispose()` when the note goes away.
 */
export class NoteBody {
  readonly parts: PreparedPart[];
  /** Some part is HTML: the sanitiser must be loaded before `render()`. */
  readonly needsSanitizer: boolean;
  private readonly blobs: string[] = [];
  /** Sanitised HTML per part; long HTML keeps its later blocks in `groups` until their frame comes. */
  private readonly htmlCache = new Map<number, { key: string; node: HTMLElement; groups: Node[][]; appended: number }>();
  private readonly textAids = new Map<number, TextAids>();
  private options?: NoteBodyOptions;

  constructor(readonly note: Note) {
    this.parts = prepareParts(note.content, this.blobs);
    this.needsSanitizer = this.parts.some((p) => p.kind === 'html');
  }

  /** Revokes the `blob:` URLs made for attachments. */
  dispose(): void {
    for (const url of this.blobs) URL.revokeObjectURL(url);
  }

  /** Chunks of the longest part (the reader is busy until `renderedChunks` reaches it). */
  totalChunks(): number {
    const text = this.parts.map((p) => (p.kind === 'text' ? p.chunks.length : 0));
    const htmlGroups = Array.from(this.htmlCache.values(), (e) => e.groups.length);
    return Math.max(0, ...text, ...htmlGroups);
  }

  /** After an update: inserts the HTML blocks whose turn has come. */
  appendPending(renderedChunks: number): void {
    for (const entry of this.htmlCache.values()) {
      const upTo = Math.min(renderedChunks, entry.groups.length);
      while (entry.appended < upTo) entry.node.append(...(entry.groups[entry.appended++] ?? []));
    }
  }

  render(options: NoteBodyOptions): TemplateResult | TemplateResult[] {
    this.options = options;
    const parts = this.parts;
    const readable = parts.filter((p) => p.kind !== 'problem');
    if (!parts.length || (!readable.length && parts.every((p) => p.kind === 'problem' && p.reason === 'empty'))) {
      return html`<div class="callout info"><p>
        ${msg('This note has no text to show. If you expected to see something here, ask your care team.', { id: 'notes.reader.empty' })}
      </p></div>`;
    }
    const hasText = parts.some((p) => p.kind === 'text' || p.kind === 'html');
    return parts.map((part, i) => html`<section class="part" aria-label=${partLabel(i, parts.length)}>${this.renderPart(part, i, hasText, options)}</section>`);
  }

  /** Cache key of rendered text: what changes the reading aids. */
  private key(options: NoteBodyOptions): string {
    return `${options.explain && !!options.abbreviations}|${options.highlight}|${getLocale()}`;
  }

  /** Reading aids of a part; `reset` starts again from the top of the part. */
  private aids(partIndex: number, reset: boolean): TextAids {
    let aids = this.textAids.get(partIndex);
    if (!aids || reset) {
      const o = this.options!;
      aids = createTextAids(o.explain, o.highlight.trim(), dictionaryOf(o.abbreviations));
      this.textAids.set(partIndex, aids);
    }
    return aids;
  }

  private renderPart(part: PreparedPart, index: number, hasText: boolean, options: NoteBodyOptions): TemplateResult | HTMLElement {
    switch (part.kind) {
      case 'html': {
        const key = this.key(options);
        const cached = this.htmlCache.get(index);
        if (cached && cached.key === key) return cached.node;
        if (!options.purify) throw new Error('portal-note: HTML content needs DOMPurify');
        const node = decorateHtml(createSanitizer(options.purify).toFragment(part.text), this.aids(index, true));
        const groups = groupBlocks(node);
        node.replaceChildren(...(groups[0] ?? []));
        this.htmlCache.set(index, { key, node, groups, appended: 1 });
        return node;
      }
      case 'text':
        return this.renderTextPart(part, index, options);
      case 'pdf':
        return renderPdf(part, hasText);
      case 'image':
        return html`<img class="image-part" src=${part.url} alt=${part.title ?? msg('Image attached to the note', { id: 'notes.image.alt' })} loading="lazy" referrerpolicy="no-referrer" />`;
      case 'problem':
        return renderProblem(part);
    }
  }

  private renderTextPart(part: Extract<PreparedPart, { kind: 'text' }>, index: number, options: NoteBodyOptions): TemplateResult {
    const key = this.key(options);
    const visible = part.chunks.slice(0, options.renderedChunks);
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
}

function renderPdf(part: Extract<PreparedPart, { kind: 'pdf' }>, hasText: boolean): TemplateResult {
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

function renderProblem(part: Extract<PreparedPart, { kind: 'problem' }>): TemplateResult {
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
