/**
 * Text → tokens with offsets into the original string. Lower-cases, strips
 * diacritics ("dolor en el pécho" → "pecho"), drops apostrophes inside words
 * ("can't" → "cant"), splits numbers from units ("100.8F" → 100.8, "f"), and
 * records sentence and clause boundaries. One linear pass; no regular
 * expressions run over the whole text, so long or hostile input stays linear.
 */

export interface Token {
  /** Normalised text: lower case, no diacritics, no apostrophes. */
  norm: string;
  /** Offsets into the original text (end exclusive). */
  start: number;
  end: number;
  /** Numeric value for numbers and number words ("six", "dos"); `undefined` for other tokens. */
  num: number | undefined;
  /** True for digit tokens (`num` set). */
  digits: boolean;
  /** A symbol such as `/`, `°`, `$`, `>` or an emoji. */
  sym: boolean;
  sentence: number;
  /** First token after a comma, colon, dash or bracket (or of a sentence). */
  clauseStart: boolean;
  /** Rule-word ids this token matches (filled in by the classifier). */
  ids: readonly number[];
  /** A number in digits or words (`#` in patterns matches it). */
  isNumber: boolean;
}

const NO_IDS: readonly number[] = [];

export interface Sentence {
  /** Token index range [first, end). */
  first: number;
  end: number;
  /** Ends with "?" or starts with "¿". */
  question: boolean;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8,
  nueve: 9, diez: 10, once: 11, doce: 12,
}));

const CHAR_CACHE = new Map<number, string>();
const LETTER = /\p{L}|\p{N}/u;
const MARK = /\p{M}/gu;
const PICTO = /\p{Extended_Pictographic}/u;

/** Characters that end a sentence. */
const SENTENCE_END = new Set(['.', '!', '?', ';', '\n', '\r', '…', '¿', '¡']);
/** Characters that start a new clause inside a sentence. */
const CLAUSE_MARK = new Set([',', ':', '(', ')', '"', '“', '”', '–', '—', '[', ']', '{', '}']);
/** Symbols kept as tokens. */
const SYMBOLS = new Set(['/', '°', '%', '$', '>', '<', '+', '=', '#', '€', '£']);
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`', '´']);

/** Lower case, no diacritics; '' when the code point is not a letter or digit. */
function foldChar(cp: number): string {
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return String.fromCharCode(cp + 32);
    if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) return String.fromCharCode(cp);
    return '';
  }
  const cached = CHAR_CACHE.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let out = '';
  if (LETTER.test(ch)) out = ch.toLowerCase().normalize('NFD').replace(MARK, '');
  if (CHAR_CACHE.size < 4096) CHAR_CACHE.set(cp, out);
  return out;
}

const PICTO_CACHE = new Map<number, boolean>();
function isPictograph(cp: number, ch: string): boolean {
  let v = PICTO_CACHE.get(cp);
  if (v === undefined) {
    v = PICTO.test(ch);
    if (PICTO_CACHE.size < 4096) PICTO_CACHE.set(cp, v);
  }
  return v;
}

const isDigit = (s: string): boolean => s.length === 1 && s >= '0' && s <= '9';

/** Normalises one word the way the tokenizer does (used to compile rule packs). */
export function normalizeWord(word: string): string {
  let out = '';
  for (const ch of word) {
    if (APOSTROPHES.has(ch)) continue;
    out += foldChar(ch.codePointAt(0) ?? 0) || (SYMBOLS.has(ch) || ch === '@' || ch === '-' ? ch : '');
  }
  return out;
}

export function tokenize(text: string, aliases?: ReadonlyMap<string, string>): Tokenized {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentence = 0;
  let sentenceFirst = 0;
  let sentenceQuestion = false;
  let clausePending = true;

  // The current word: [bufStart, bufEnd) in the text. `buf` holds its folded form only once
  // a character needed folding (upper case, accent, apostrophe); plain words are sliced.
  let inWord = false;
  let plain = true;
  let buf = '';
  let bufStart = -1;
  let bufEnd = -1;
  let bufDigits = false;

  const flush = (): void => {
    if (!inWord) return;
    inWord = false;
    const word = plain ? text.slice(bufStart, bufEnd) : buf;
    buf = '';
    let norm = word;
    const alias = aliases?.get(norm);
    if (alias !== undefined) norm = alias;
    // Every token gets the same fields in the same order (one object shape for the hot loops).
    const num = bufDigits ? Number(word) : NUMBER_WORDS.get(norm);
    tokens.push({
      norm, start: bufStart, end: bufEnd, num, digits: bufDigits, sym: false, sentence, clauseStart: clausePending,
      ids: NO_IDS, isNumber: num !== undefined,
    });
    clausePending = false;
  };
  const endSentence = (question: boolean): void => {
    flush();
    if (tokens.length > sentenceFirst) {
      sentences.push({ first: sentenceFirst, end: tokens.length, question: sentenceQuestion || question });
      sentence++;
    }
    sentenceFirst = tokens.length;
    sentenceQuestion = false;
    clausePending = true;
  };

  const n = text.length;
  for (let i = 0; i < n; ) {
    const cp = text.codePointAt(i) ?? 0;
    // Fast path: lower-case ASCII letters and digits need no folding.
    if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) {
      const digit = cp <= 57;
      if (inWord && bufDigits && !digit) flush();
      if (!inWord) {
        inWord = true;
        plain = true;
        bufStart = i;
        bufDigits = digit;
      } else if (!plain) {
        buf += text[i] ?? '';
      }
      bufEnd = i + 1;
      i++;
      continue;
    }
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 2 ? text.slice(i, i + 2) : text[i] ?? '';
    const folded = foldChar(cp);

    if (folded) {
      const digit = isDigit(folded[0] ?? '');
      // A number followed by letters splits ("3yo", "100.8f"); a word keeps its digits ("a1c").
      if (inWord && bufDigits && !digit) flush();
      if (!inWord) {
        inWord = true;
        plain = false;
        buf = '';
        bufStart = i;
        bufDigits = digit;
      } else if (plain) {
        plain = false;
        buf = text.slice(bufStart, i);
      }
      buf += folded;
      bufEnd = i + width;
      i += width;
      continue;
    }

    const next = text[i + 1] ?? '';
    // Decimal point or comma inside a number: "38.4", "38,4" (but "3,000" is thousands).
    if (inWord && bufDigits && (ch === '.' || ch === ',') && isDigit(next)) {
      let k = i + 1;
      while (k < n && k < i + 12 && isDigit(text[k] ?? '')) k++;
      const thousands = ch === ',' && k - i - 1 === 3;
      const sofar = plain ? text.slice(bufStart, bufEnd) : buf;
      if (!(!thousands && sofar.includes('.'))) {
        // Numbers are rebuilt in `buf`: "38,4" → "38.4", "3,000" → "3000".
        buf = sofar + (thousands ? '' : '.');
        plain = false;
        bufEnd = i + 1;
        i++;
        continue;
      }
    }
    // Apostrophe inside a word is dropped: can't → cant, mom's → moms.
    if (APOSTROPHES.has(ch) && inWord && !bufDigits && foldChar(text.codePointAt(i + 1) ?? 0)) {
      if (plain) {
        plain = false;
        buf = text.slice(bufStart, i);
      }
      i++;
      continue;
    }

    if (ch === '?' ) {
      endSentence(true);
    } else if (ch === '¿') {
      endSentence(false);
      sentenceQuestion = true;
    } else if (ch === '.' && inWord && !bufDigits && bufEnd - bufStart <= 2 && foldChar(text.codePointAt(i + 1) ?? 0)) {
      // "e.g", "o.d": keep going inside abbreviations written with dots.
      flush();
    } else if (SENTENCE_END.has(ch)) {
      endSentence(false);
    } else if (CLAUSE_MARK.has(ch)) {
      flush();
      clausePending = true;
    } else if (ch === '-') {
      flush();
      // A dash with a space on either side separates clauses ("fine - no fever").
      if (text[i - 1] === ' ' || next === ' ') clausePending = true;
    } else if (SYMBOLS.has(ch) || (cp > 0x2000 && isPictograph(cp, ch))) {
      flush();
      tokens.push({
        norm: ch, start: i, end: i + width, num: undefined, digits: false, sym: true, sentence, clauseStart: clausePending,
        ids: NO_IDS, isNumber: false,
      });
      clausePending = false;
    } else {
      flush();
    }
    i += width;
  }
  endSentence(false);
  return { tokens, sentences };
}
