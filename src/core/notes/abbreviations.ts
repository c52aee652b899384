import type { AbbreviationEntry } from './abbreviation-types.js';
import { ABBREVIATIONS } from './abbreviations.data.js';
import {
  buildAbbreviationDictionary,
  matchAbbreviations,
  type AbbreviationDictionary,
  type AbbreviationMatch,
  type FindAbbreviationsOptions,
} from './abbreviation-match.js';

export type { AbbreviationEntry, AbbreviationContext, LocalizedText } from './abbreviation-types.js';
export {
  abbreviationExplanation,
  abbreviationMeanings,
  buildAbbreviationDictionary,
  matchAbbreviations,
  type AbbreviationDictionary,
  type AbbreviationMatch,
  type FindAbbreviationsOptions,
} from './abbreviation-match.js';
export { ABBREVIATIONS };

/** Builds a dictionary for `findAbbreviations` from entries (default: the shipped list). */
export function createAbbreviationDictionary(entries: readonly AbbreviationEntry[] = ABBREVIATIONS): AbbreviationDictionary {
  return buildAbbreviationDictionary(entries);
}

let defaultDictionary: AbbreviationDictionary | undefined;

/** The dictionary of the shipped abbreviations, built on first use. */
export function defaultAbbreviationDictionary(): AbbreviationDictionary {
  defaultDictionary ??= createAbbreviationDictionary();
  return defaultDictionary;
}

/**
 * Finds medical abbreviations in plain text (see `matchAbbreviations`), with the
 * shipped list unless another dictionary is given.
 */
export function findAbbreviations(
  text: string,
  options: FindAbbreviationsOptions = {},
  dict: AbbreviationDictionary = defaultAbbreviationDictionary(),
): AbbreviationMatch[] {
  return matchAbbreviations(text, dict, options);
}
