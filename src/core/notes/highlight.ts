/**
 * Search-term highlighting and the segmentation of a text block into plain runs,
 * highlighted runs and abbreviations. DOM-free.
 */
import type { AbbreviationMatch } from './abbreviations.js';

/** A half-open range `[start, end)` of a string. */
export interface TextRange {
  start: number;
  end: number;
}

/** Folds one UTF-16 code unit for matching: lowercase, accents removed, always one code unit. */
function foldUnit(c: string): string {
  const lower = c.toLowerCase();
  const base = lower.normalize('NFD').replace(/\p{M}/gu, '');
  if (base.length === 1) return base;
  return lower.length === 1 ? lower : c;
}

const foldCache = new Map<string, string>();

/**
 * Folds a string for accent- and case-insensitive search. The result has exactly
 * the same length as the input, so offsets found in it are offsets in the original.
 */
export function foldForSearch(text: string): string {
  let out = '';
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
    } else {
      let f = foldCache.get(c);
      if (f === undefined) {
        f = foldUnit(c);
        foldCache.set(c, f);
      }
      out += f;
    }
    if (out.length >= 4096) {
      parts.push(out);
      out = '';
    }
  }
  parts.push(out);
  return parts.join('');
}

/** The words of a search, folded; words shorter than `minLength` are ignored unless the search is one word. */
export function searchTerms(query: string, minLength = 2): string[] {
  const words = query
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^["'“”‘’(]+|["'“”‘’),.;:!?]+$/g, ''))
    .filter(Boolean);
  const folded = [...new Set(words.map(foldForSearch))];
  if (folded.length <= 1) return folded;
  return folded.filter((w) => w.length >= minLength);
}

/** Merges overlapping or touching ranges; input in any order, output sorted. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  return merged;
}

/**
 * Where the words of `query` occur in `text`, ignoring case and accents
 * ("cafe" finds "Café"), merged and sorted. Pass `foldedText` when the text was
 * folded already (a long note searched for several words).
 */
export function findSearchRanges(text: string, query: string, foldedText?: string): TextRange[] {
  const terms = searchTerms(query);
  if (!terms.length || !text) return [];
  const haystack = foldedText ?? foldForSearch(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + term.length)) {
      ranges.push({ start: at, end: at + term.length });
    }
  }
  return mergeRanges(ranges);
}

/** A run of text, highlighted (`mark`) or not. */
export interface TextRun {
  start: number;
  end: number;
  mark: boolean;
}

/** A piece of a block: plain/highlighted text, or an abbreviation (whose own text may be partly highlighted). */
export type TextSegment =
  | ({ kind: 'text' } & TextRun)
  | { kind: 'abbr'; start: number; end: number; match: AbbreviationMatch; runs: TextRun[] };

/** Splits `[start, end)` into runs by the (sorted, merged) highlight ranges. */
function runs(start: number, end: number, marks: readonly TextRange[], from: number): { runs: TextRun[]; next: number } {
  const out: TextRun[] = [];
  let pos = start;
  let k = from;
  while (k < marks.length && (marks[k]?.end ?? 0) <= start) k++;
  while (pos < end) {
    const m = marks[k];
    if (!m || m.start >= end) {
      out.push({ start: pos, end, mark: false });
      break;
    }
    if (m.start > pos) {
      out.push({ start: pos, end: m.start, mark: false });
      pos = m.start;
      continue;
    }
    const stop = Math.min(m.end, end);
    out.push({ start: pos, end: stop, mark: true });
    pos = stop;
    if (m.end <= end) k++;
  }
  return { runs: out, next: k };
}

/**
 * Segments a text of `length` characters into plain runs, highlighted runs and
 * abbreviations, in order. `abbreviations` must be sorted and not overlap (as
 * `findAbbreviations` returns them); `highlights` are merged first. Linear.
 */
export function segmentText(length: number, abbreviations: readonly AbbreviationMatch[], highlights: readonly TextRange[]): TextSegment[] {
  const marks = mergeRanges(highlights);
  const segments: TextSegment[] = [];
  let pos = 0;
  let k = 0;
  const pushText = (start: number, end: number): void => {
    if (end <= start) return;
    const r = runs(start, end, marks, k);
    k = r.next;
    for (const run of r.runs) segments.push({ kind: 'text', ...run });
  };
  for (const match of abbreviations) {
    if (match.start < pos || match.end > length) continue;
    pushText(pos, match.start);
    const r = runs(match.start, match.end, marks, k);
    k = r.next;
    segments.push({ kind: 'abbr', start: match.start, end: match.end, match, runs: r.runs });
    pos = match.end;
  }
  pushText(pos, length);
  return segments;
}
