/**
 * Plain text of sample note content, for search and list snippets. The memory
 * adapter only needs this for its own (trusted) sample markup; display of
 * untrusted content belongs to the sanitiser in the elements.
 */
import type { NoteContent } from '../types.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(p|div|h[1-6]|li|tr|br|table|ul|ol|caption)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

function rtfToText(rtf: string): string {
  return rtf
    .replace(/\{\\(fonttbl|colortbl|stylesheet|info)[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '')
    .replace(/\\'([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(par|line)\b ?/g, '\n')
    .replace(/\\[a-z]+-?\d* ?/gi, '')
    .replace(/\\([\\{}])/g, '$1')
    .replace(/[{}]/g, '');
}

/** The readable text of one content part ('' for binary parts such as PDF). */
export function contentText(part: NoteContent): string {
  if (part.text === undefined) return '';
  const type = part.contentType.toLowerCase();
  if (type.includes('html')) return htmlToText(part.text);
  if (type.includes('rtf')) return rtfToText(part.text);
  if (type.startsWith('text/')) return part.text;
  return '';
}

/** Whitespace collapsed to single spaces. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first `max` characters, cut at a word boundary, with an ellipsis when shortened. */
export function snippetOf(text: string, max = 160): string {
  const flat = collapse(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Lower case without accents, so "hernandez" finds "Hernández". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
