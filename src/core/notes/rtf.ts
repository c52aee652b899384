/**
 * RTF to plain text, for notes some systems still store as Rich Text.
 * A single linear pass: formatting, fonts, colours, pictures and field codes are
 * dropped; paragraphs, line breaks, tabs, table cells, Unicode and code-page
 * characters are kept. Malformed input (unbalanced braces, truncated escapes)
 * degrades to the text that could be read. DOM-free.
 */

/** Groups whose content is not text the patient should see. */
const SKIP_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'themedata', 'colorschememapping', 'latentstyles', 'datastore',
  'xmlnstbl', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'mmathPr', 'filetbl', 'revtbl', 'pgdsctbl',
  'fldinst', 'bkmkstart', 'bkmkend', 'field-instructions', 'xe', 'tc', 'txe', 'footnote', 'annotation', 'atnid',
  'atnauthor', 'comment', 'template', 'userprops', 'operator', 'author', 'title', 'subject', 'keywords',
  'doccomm', 'company', 'category', 'nonshppict', 'blipuid', 'shpinst', 'sp', 'sn', 'sv', 'wgrffmtfilter',
  'passwordhash', 'protusertbl', 'background',
]);

const SYMBOLS: Record<string, string> = {
  par: '\n',
  line: '\n',
  sect: '\n\n',
  page: '\n\n',
  tab: '\t',
  cell: '\t',
  row: '\n',
  emdash: '\u2014',
  endash: '\u2013',
  bullet: '\u2022',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201C',
  rdblquote: '\u201D',
  emspace: '\u2003',
  enspace: '\u2002',
  qmspace: '\u2005',
};

const codePageTables = new Map<number, string[]>();

/** Characters of a single-byte Windows code page, indexed by byte (Windows-1252 when unknown). */
function codePageTable(codePage: number): string[] {
  const cached = codePageTables.get(codePage);
  if (cached) return cached;
  const bytes = new Uint8Array(256);
  for (let i = 0; i < 256; i++) bytes[i] = i;
  let table: string[];
  try {
    const label = codePage === 10000 ? 'macintosh' : `windows-${codePage}`;
    const decoded = new TextDecoder(label).decode(bytes);
    table = decoded.length === 256 ? Array.from(decoded) : codePageTable(1252);
  } catch {
    table = codePage === 1252 ? Array.from(bytes, (b) => String.fromCharCode(b)) : codePageTable(1252);
  }
  codePageTables.set(codePage, table);
  return table;
}

/** True when the text looks like RTF (`{\rtf`). */
export function isRtf(text: string): boolean {
  return /^\s*\{\\rtf/.test(text);
}

interface GroupState {
  skip: boolean;
  /** Characters to skip after a `\uN` (the `\ucN` value). */
  uc: number;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Converts RTF to plain text. Text that is not RTF is returned unchanged. */
export function rtfToText(rtf: string): string {
  if (!isRtf(rtf)) return rtf;
  const out: string[] = [];
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1 };
  let table = codePageTable(1252);
  /** Fallback characters still to skip after a `\uN`. */
  let pendingSkip = 0;
  /** The previous token opened a group, so a control word here names a destination. */
  let groupStart = false;
  const n = rtf.length;
  let i = 0;

  const emit = (s: string): void => {
    if (pendingSkip > 0) {
      pendingSkip--;
      return;
    }
    if (!state.skip) out.push(s);
  };

  while (i < n) {
    const c = rtf.charCodeAt(i);
    if (c === 123 /* { */) {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      pendingSkip = 0;
      i++;
      continue;
    }
    if (c === 125 /* } */) {
      state = stack.pop() ?? { skip: false, uc: 1 };
      groupStart = false;
      pendingSkip = 0;
      i++;
      continue;
    }
    if (c === 13 || c === 10) {
      i++;
      continue;
    }
    if (c !== 92 /* \ */) {
      groupStart = false;
      emit(rtf[i] ?? '');
      i++;
      continue;
    }
    // A backslash: control word, control symbol or escape.
    const wasGroupStart = groupStart;
    groupStart = false;
    const next = rtf.charCodeAt(i + 1);
    if (Number.isNaN(next)) break;
    if (isLetter(next)) {
      let j = i + 1;
      while (j < n && isLetter(rtf.charCodeAt(j))) j++;
      const word = rtf.slice(i + 1, j);
      const paramStart = j;
      if (rtf[j] === '-') j++;
      while (j < n && isDigit(rtf.charCodeAt(j))) j++;
      const hasParam = j > paramStart && rtf.slice(paramStart, j) !== '-';
      if (!hasParam) j = paramStart;
      const param = hasParam ? parseInt(rtf.slice(paramStart, j), 10) : undefined;
      if (rtf[j] === ' ') j++;
      i = j;
      if (wasGroupStart && SKIP_DESTINATIONS.has(word)) {
        state.skip = true;
        continue;
      }
      switch (word) {
        case 'ansicpg':
          if (param !== undefined) table = codePageTable(param);
          break;
        case 'uc':
          state.uc = Math.max(0, param ?? 1);
          break;
        case 'u':
          if (param !== undefined) {
            const code = param < 0 ? param + 65536 : param;
            if (!state.skip) out.push(String.fromCharCode(code));
            pendingSkip = state.uc;
          }
          break;
        case 'pard':
        case 'plain':
          break;
        default: {
          const symbol = SYMBOLS[word];
          if (symbol !== undefined) emit(symbol);
        }
      }
      continue;
    }
    const symbol = rtf[i + 1] ?? '';
    if (symbol === "'") {
      const hex = rtf.slice(i + 2, i + 4);
      i += 4;
      if (/^[0-9a-fA-F]{2}$/.test(hex)) emit(table[parseInt(hex, 16)] ?? '');
      continue;
    }
    i += 2;
    switch (symbol) {
      case '*':
        // An ignorable destination: skip the whole group unless we know it.
        if (wasGroupStart) state.skip = true;
        else groupStart = false;
        break;
      case '\\':
      case '{':
      case '}':
        emit(symbol);
        break;
      case '~':
        emit('\u00A0');
        break;
      case '_':
        emit('\u2011');
        break;
      case '\n':
      case '\r':
        emit('\n');
        break;
      case '-':
      default:
        break;
    }
  }
  return out.join('');
}
