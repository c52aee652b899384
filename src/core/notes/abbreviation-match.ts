/**
 * Abbreviation matching without the shipped list: everything here takes the
 * dictionary as a parameter, so code that loads the list on demand (the note
 * reader) does not pull 60 KB of data into its first download.
 * `abbreviations.ts` adds the shipped list and the synchronous defaults.
 */
import type { AbbreviationEntry } from './abbreviation-types.js';

/** An abbreviation found in a text: `text.slice(start, end)` is the abbreviation as written. */
export interface AbbreviationMatch {
  start: number;
  end: number;
  entry: AbbreviationEntry;
}

/** A lookup table built once from a list of entries. */
export interface AbbreviationDictionary {
  /** Exact-case keys (case-sensitive entries). */
  readonly exact: ReadonlyMap<string, AbbreviationEntry>;
  /** Lowercase keys (case-insensitive entries). */
  readonly folded: ReadonlyMap<string, AbbreviationEntry>;
}

export interface FindAbbreviationsOptions {
  /** Report only the first occurrence of each abbreviation (default false). */
  firstOnly?: boolean;
  /** Entries already reported elsewhere (e.g. an earlier paragraph of the same section); skipped when `firstOnly`. */
  seen?: Set<AbbreviationEntry>;
  /** Stop after this many matches (default: no limit). */
  limit?: number;
}

/** Builds a dictionary for `matchAbbreviations` from a list of entries. */
export function buildAbbreviationDictionary(entries: readonly AbbreviationEntry[]): AbbreviationDictionary {
  const exact = new Map<string, AbbreviationEntry>();
  const folded = new Map<string, AbbreviationEntry>();
  for (const entry of entries) {
    if (entry.caseSensitive) exact.set(entry.abbr, entry);
    else folded.set(entry.abbr.toLowerCase(), entry);
  }
  return { exact, folded };
}

function lookup(dict: AbbreviationDictionary, token: string): AbbreviationEntry | undefined {
  return dict.exact.get(token) ?? dict.folded.get(token.toLowerCase());
}

/**
 * A candidate token: letters and digits joined by `/`, `&` or `-` (`N/V/D`, `A&O`,
 * `w/`, `post-MI`). Tokens are maximal, so an abbreviation never matches inside a
 * longer word (`HA` in `HAPPY`) or a hyphenated word (`X` in `X-ray`).
 */
const TOKEN = /[\p{L}\p{N}]+(?:[/&-][\p{L}\p{N}]*)*/gu;
/** `q6h`, `x3`: a one-letter abbreviation written straight before a number. */
const LETTER_BEFORE_NUMBER = /^(\p{L})\p{N}/u;
const PART_SEPARATOR = /[/&-]/;

/**
 * Finds the abbreviations of `dict` in plain text in one linear pass: every token is
 * looked up in a hash map, so a 1 MB note costs one scan however large the dictionary.
 * A whole token is tried first (`N/V/D`, `2/2`, `w/o`); an unknown compound is then
 * split on `/`, `&` and `-` and its parts of two or more characters are tried
 * (`HTN/HLD`, `post-MI`); `q6h` and `x3` are explained by their leading letter.
 */
export function matchAbbreviations(text: string, dict: AbbreviationDictionary, options: FindAbbreviationsOptions = {}): AbbreviationMatch[] {
  const matches: AbbreviationMatch[] = [];
  const seen = options.seen ?? new Set<AbbreviationEntry>();
  const firstOnly = options.firstOnly ?? false;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;

  const add = (start: number, end: number, entry: AbbreviationEntry): void => {
    if (firstOnly) {
      if (seen.has(entry)) return;
      seen.add(entry);
    }
    matches.push({ start, end, entry });
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null && matches.length < limit; m = TOKEN.exec(text)) {
    const token = m[0];
    const start = m.index;
    const whole = lookup(dict, token);
    if (whole) {
      add(start, start + token.length, whole);
      continue;
    }
    if (PART_SEPARATOR.test(token)) {
      let offset = 0;
      for (const part of token.split(PART_SEPARATOR)) {
        if (part.length >= 2) {
          const entry = lookup(dict, part);
          if (entry) add(start + offset, start + offset + part.length, entry);
        }
        offset += part.length + 1;
      }
      continue;
    }
    const letter = LETTER_BEFORE_NUMBER.exec(token);
    if (letter?.[1]) {
      const entry = lookup(dict, letter[1]);
      if (entry && entry.abbr.length === 1) add(start, start + token.length, entry);
    }
  }
  return matches;
}

/** The language of an explanation: Spanish for `es*`, otherwise English. */
function lang(locale: string): keyof AbbreviationEntry['explain'] {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The meanings of an abbreviation in a locale, e.g. `["chest pain", "cerebral palsy"]`. */
export function abbreviationMeanings(entry: AbbreviationEntry, locale: string): string[] {
  const l = lang(locale);
  return entry.expansions.map((e) => e[l]);
}

/** The plain-language explanation of an abbreviation in a locale. */
export function abbreviationExplanation(entry: AbbreviationEntry, locale: string): string {
  return entry.explain[lang(locale)];
}
