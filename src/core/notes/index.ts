/** Note decoding, normalising and reading aids. DOM-free. */
export {
  ABBREVIATIONS,
  abbreviationExplanation,
  abbreviationMeanings,
  buildAbbreviationDictionary,
  createAbbreviationDictionary,
  defaultAbbreviationDictionary,
  findAbbreviations,
  matchAbbreviations,
  type AbbreviationContext,
  type AbbreviationDictionary,
  type AbbreviationEntry,
  type AbbreviationMatch,
  type FindAbbreviationsOptions,
  type LocalizedText,
} from './abbreviations.js';
export { isSafeContentUrl, noteContentKind, parseDataUrl, type NoteContentKind } from './content-type.js';
export {
  findSearchRanges,
  foldForSearch,
  mergeRanges,
  searchTerms,
  segmentText,
  type TextRange,
  type TextRun,
  type TextSegment,
} from './highlight.js';
export { isRtf, rtfToText } from './rtf.js';
export { chunkBlocks, headingOfLine, splitLongBlocks, splitNoteText, type NoteBlock } from './sections.js';
export { charsetOf, decodeBase64, decodeBase64Text, isBlankText, normalizeNoteText, type DecodeResult } from './text.js';
