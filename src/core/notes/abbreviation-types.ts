/** One language pair of an abbreviation's meaning. */
export interface LocalizedText {
  en: string;
  es: string;
}

export type AbbreviationContext =
  | 'symptom'
  | 'condition'
  | 'medication'
  | 'test'
  | 'exam'
  | 'note-structure'
  | 'care'
  | 'other';

/** A medical abbreviation and its plain-language meaning. */
export interface AbbreviationEntry {
  /** The abbreviation as clinicians write it, e.g. `SOB`, `N/V`, `w/o`. */
  abbr: string;
  /** Every common meaning; more than one when `ambiguous`. */
  expansions: readonly LocalizedText[];
  /** A short explanation at a 6th–8th grade reading level. */
  explain: LocalizedText;
  /** Match only in this exact case (the lowercase form is an ordinary word). */
  caseSensitive: boolean;
  /** The abbreviation has several common meanings; the explanation says it depends on context. */
  ambiguous: boolean;
  context: AbbreviationContext;
}
