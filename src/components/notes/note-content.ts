/**
 * Rendering helpers for note text: plain-text blocks as Lit templates, and the
 * post-processing of sanitised HTML (heading levels, link markers, abbreviations
 * and search highlights) on a DocumentFragment. Abbreviations use the same
 * disclosure ("toggletip") markup in both paths; the reader handles the clicks.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import {
  abbreviationExplanation,
  abbreviationMeanings,
  matchAbbreviations,
  type AbbreviationDictionary,
  type AbbreviationMatch,
} from '../../core/notes/abbreviation-match.js';
import type { AbbreviationEntry } from '../../core/notes/abbreviation-types.js';
import { findSearchRanges, segmentText, type TextRun, type TextSegment } from '../../core/notes/highlight.js';
import type { NoteBlock } from '../../core/notes/sections.js';
import { getLocale } from '../../i18n/localization.js';

/** What the text renderers need to know. */
export interface TextAids {
  /** Turn abbreviations into explain buttons. */
  explain: boolean;
  /** The abbreviations to explain (loaded on demand); none are explained without it. */
  dictionary?: AbbreviationDictionary;
  /** Search text to highlight. */
  highlight: string;
  /** Abbreviations already explained in the current section (first occurrence per section only). */
  seen: Set<AbbreviationEntry>;
  /** Abbreviations explained anywhere in this note so far. */
  noteSeen: Set<AbbreviationEntry>;
  /** Explain buttons still allowed for repeats in later sections (keeps very long notes light). */
  budget: { left: number };
}

/**
 * Buttons a note may spend on explaining an abbreviation again in a later
 * section. After that, only abbreviations not yet explained anywhere get one,
 * so a 1 MB note gets a few hundred buttons, not tens of thousands.
 */
export const TERM_REPEAT_BUDGET = 150;

/**
 * Fresh reading aids for one content part. Abbreviations are explained only when
 * `explain` is on and a `dictionary` is given.
 */
export function createTextAids(explain: boolean, highlight: string, dictionary?: AbbreviationDictionary): TextAids {
  return { explain: explain && !!dictionary, dictionary, highlight, seen: new Set(), noteSeen: new Set(), budget: { left: TERM_REPEAT_BUDGET } };
}

let termSequence = 0;

function nextTermId(): string {
  termSequence += 1;
  return `term-${termSequence}`;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "shortness of breath" / "chest pain or cerebral palsy". */
function meaningText(entry: AbbreviationEntry, locale: string): string {
  const meanings = abbreviationMeanings(entry, locale);
  if (meanings.length === 1) return meanings[0] ?? '';
  const lang = locale === 'es' ? 'es' : 'en';
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'disjunction' });
    listFormats.set(lang, format);
  }
  return format.format(meanings);
}

/** The sentence a term button reveals. */
export function termDefinition(entry: AbbreviationEntry, written: string): { lead: string; meaning: string; explain: string } {
  const locale = getLocale();
  return { lead: written, meaning: meaningText(entry, locale), explain: abbreviationExplanation(entry, locale) };
}

/** Visually hidden words after a term so its button says what it does, e.g. "SOB (what it means)". */
function termSuffix(): string {
  return msg('(what it means)', { id: 'notes.term.suffix' });
}

function matchesFor(text: string, aids: TextAids): { abbreviations: AbbreviationMatch[]; segments: TextSegment[] } {
  const found = aids.explain && aids.dictionary ? matchAbbreviations(text, aids.dictionary, { firstOnly: true, seen: aids.seen }) : [];
  const abbreviations = found.filter((m) => {
    const repeat = aids.noteSeen.has(m.entry);
    if (repeat && aids.budget.left <= 0) return false;
    if (repeat) aids.budget.left -= 1;
    aids.noteSeen.add(m.entry);
    return true;
  });
  const highlights = aids.highlight ? findSearchRanges(text, aids.highlight) : [];
  return { abbreviations, segments: segmentText(text.length, abbreviations, highlights) };
}

// ---------------------------------------------------------------- Lit path (plain text)

function runsTemplate(text: string, runs: readonly TextRun[]): (TemplateResult | string)[] {
  return runs.map((r) => (r.mark ? html`<mark>${text.slice(r.start, r.end)}</mark>` : text.slice(r.start, r.end)));
}

function termTemplate(text: string, segment: Extract<TextSegment, { kind: 'abbr' }>): TemplateResult {
  const id = nextTermId();
  const written = text.slice(segment.start, segment.end);
  const def = termDefinition(segment.match.entry, written);
  // aria-expanded and the definition's content are static for Lit: the reader fills and empties them.
  return html`<span class="term-wrap"><button type="button" class="term" part="term" aria-expanded="false" aria-controls=${id} data-term=${def.lead} data-meaning=${`${def.meaning}. ${def.explain}`}>${runsTemplate(text, segment.runs)}<span class="visually-hidden"> ${termSuffix()}</span></button><span class="term-def" part="term-definition" id=${id} role="status"></span></span>`;
}

/**
 * Opens or closes an abbreviation's meaning (toggletip): the definition is a
 * polite live region that is filled on open, so screen readers read the meaning
 * out, and emptied on close.
 */
export function toggleTermDefinition(button: HTMLButtonElement, definition: HTMLElement | null, open: boolean): void {
  button.setAttribute('aria-expanded', String(open));
  if (!definition) return;
  if (!open) {
    definition.replaceChildren();
    return;
  }
  const lead = definition.ownerDocument.createElement('strong');
  lead.textContent = button.dataset.term ?? '';
  definition.replaceChildren(lead, `: ${button.dataset.meaning ?? ''}`);
}

/** Text with its search highlights and abbreviation buttons, as Lit values. */
export function textTemplate(text: string, aids: TextAids): (TemplateResult | string)[] {
  if (!aids.explain && !aids.highlight) return [text];
  const { segments } = matchesFor(text, aids);
  return segments.map((s) =>
    s.kind === 'abbr' ? termTemplate(text, s) : s.mark ? html`<mark>${text.slice(s.start, s.end)}</mark>` : text.slice(s.start, s.end),
  );
}

/** One block of a plain-text note. A heading starts a new section (abbreviations are explained again). */
export function blockTemplate(block: NoteBlock, aids: TextAids): TemplateResult {
  if (block.kind === 'heading') {
    aids.seen.clear();
    return html`<h3 class="section-heading">${textTemplate(block.text, aids)}</h3>`;
  }
  return html`<p class="para">${textTemplate(block.text, aids)}</p>`;
}

// ---------------------------------------------------------------- DOM path (sanitised HTML)

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function appendRuns(doc: Document, parent: Node, text: string, runs: readonly TextRun[]): void {
  for (const r of runs) {
    const piece = text.slice(r.start, r.end);
    parent.appendChild(r.mark ? el(doc, 'mark', undefined, piece) : doc.createTextNode(piece));
  }
}

function termNode(doc: Document, text: string, segment: Extract<TextSegment, { kind: 'abbr' }>): HTMLElement {
  const id = nextTermId();
  const written = text.slice(segment.start, segment.end);
  const def = termDefinition(segment.match.entry, written);
  const wrap = el(doc, 'span', 'term-wrap');
  const button = el(doc, 'button', 'term');
  button.type = 'button';
  button.setAttribute('part', 'term');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', id);
  button.dataset.term = def.lead;
  button.dataset.meaning = `${def.meaning}. ${def.explain}`;
  appendRuns(doc, button, text, segment.runs);
  button.appendChild(el(doc, 'span', 'visually-hidden', ` ${termSuffix()}`));
  const definition = el(doc, 'span', 'term-def');
  definition.id = id;
  definition.setAttribute('role', 'status');
  definition.setAttribute('part', 'term-definition');
  wrap.append(button, definition);
  return wrap;
}

/** Elements whose text must not get buttons inside (interactive content cannot nest). */
const NO_TERMS = 'a, button, summary, code, pre, kbd, samp';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** Renames sanitised headings so the note's own outline starts one level below the note title (`baseLevel`). */
function shiftHeadings(root: DocumentFragment | Element, baseLevel: number): void {
  const headings = Array.from(root.querySelectorAll(HEADINGS));
  if (!headings.length) return;
  const levels = headings.map((h) => Number(h.localName.slice(1)));
  const top = Math.min(...levels);
  headings.forEach((h, i) => {
    const level = Math.min(6, (levels[i] ?? top) - top + baseLevel + 1);
    if (level === levels[i]) return;
    const doc = h.ownerDocument;
    const replacement = doc.createElement(`h${level}`);
    for (const attr of Array.from(h.attributes)) replacement.setAttribute(attr.name, attr.value);
    while (h.firstChild) replacement.appendChild(h.firstChild);
    h.replaceWith(replacement);
  });
}

/** Adds a visible "opens in a new tab" marker and its spoken text to each link. */
function markExternalLinks(root: DocumentFragment | Element): void {
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const doc = a.ownerDocument;
    a.setAttribute('part', 'link');
    const marker = el(doc, 'span', 'external-marker', '\u2197');
    marker.setAttribute('aria-hidden', 'true');
    a.append(marker, el(doc, 'span', 'visually-hidden', ` ${msg('(opens in a new tab)', { id: 'common.opensInNewTab' })}`));
  }
}

/** Abbreviation buttons and search highlights in the text nodes of sanitised HTML. */
function decorateText(root: Element, aids: TextAids): void {
  if (!aids.explain && !aids.highlight) return;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let section: Element | null = null;
  for (const node of nodes) {
    const text = node.data;
    if (!/\S/.test(text)) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    const heading = parent.closest(HEADINGS);
    if (heading && heading !== section) {
      section = heading;
      aids.seen.clear();
    }
    const local: TextAids = parent.closest(NO_TERMS) ? { ...aids, explain: false } : aids;
    const { abbreviations, segments } = matchesFor(text, local);
    if (!abbreviations.length && !segments.some((s) => s.kind === 'text' && s.mark)) continue;
    const frag = doc.createDocumentFragment();
    for (const s of segments) {
      if (s.kind === 'abbr') frag.appendChild(termNode(doc, text, s));
      else appendRuns(doc, frag, text, [s]);
    }
    node.replaceWith(frag);
  }
}

/**
 * Turns a sanitised fragment into the reader's HTML body: headings below the note
 * title, link markers, scrollable tables, abbreviation buttons and highlights.
 * Returns a `<div>` that Lit renders as a child node.
 */
export function decorateHtml(fragment: DocumentFragment, aids: TextAids, baseLevel = 2): HTMLElement {
  const container = document.createElement('div');
  container.className = 'html-body';
  container.appendChild(fragment);
  shiftHeadings(container, baseLevel);
  decorateText(container, aids);
  markExternalLinks(container);
  // Long notes: let the browser skip layout and paint of blocks far off screen.
  if ((container.textContent?.length ?? 0) > 50_000) container.classList.add('large');
  return container;
}

/** "Part 2 of 3" label for notes made of several parts. */
export function partLabel(index: number, count: number): string | typeof nothing {
  return count > 1 ? msg(str`Part ${index + 1} of ${count}`, { id: 'notes.part' }) : nothing;
}
