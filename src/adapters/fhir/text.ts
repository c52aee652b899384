/**
 * Plain-text helpers for server text: titles, previews. DOM-free; the output is
 * plain text (elements render it as text, never as HTML).
 */
import { rtfToText } from '../../core/notes/rtf.js';

/** Longest title shown; longer ones are cut with an ellipsis. */
export const MAX_TITLE_LENGTH = 160;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Collapses whitespace, drops control and bidi-override characters, and cuts at a word boundary. */
export function cleanText(value: unknown, max = MAX_TITLE_LENGTH): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = value.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  if (t.length === 0) return undefined;
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Rough text of an HTML/XHTML fragment, for previews and search only (not for display as HTML). */
export function htmlToPlainText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|head|template)[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(br|\/p|\/div|\/li|\/h\d|\/tr)[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ' '),
  );
}

/** A short preview of a note's text. */
export function snippetOf(text: string, contentType: string, max = 200): string | undefined {
  const plain = /html|xml/.test(contentType) ? htmlToPlainText(text) : /rtf/.test(contentType) ? rtfToText(text) : text;
  return cleanText(plain, max);
}
