import { decodeBase64 } from './text.js';

/** How the reader shows a content part. */
export type NoteContentKind = 'html' | 'text' | 'rtf' | 'pdf' | 'image' | 'unknown';

/** The display kind of a MIME type (parameters and case ignored). */
export function noteContentKind(contentType: string | undefined): NoteContentKind {
  const base = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  switch (base) {
    case 'text/html':
    case 'application/xhtml+xml':
      return 'html';
    case 'text/plain':
    case 'text/markdown':
    case 'text/x-markdown':
    case '':
      return 'text';
    case 'text/rtf':
    case 'application/rtf':
    case 'text/richtext':
      return 'rtf';
    case 'application/pdf':
    case 'application/x-pdf':
      return 'pdf';
    default:
      return /^image\/(png|jpe?g|gif|webp|avif)$/.test(base) ? 'image' : 'unknown';
  }
}

/**
 * Whether a link from the server may be used as the address of a file (PDF, image):
 * `https:`, `http:`, `blob:` and relative URLs only; never `javascript:`, `data:`,
 * `vbscript:`, `file:` or anything else.
 */
export function isSafeContentUrl(url: string | undefined): boolean {
  if (!url) return false;
  // Browsers ignore tabs, newlines and leading control characters/spaces in URLs.
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!scheme) return !cleaned.startsWith('\\');
  return ['https', 'http', 'blob'].includes((scheme[1] ?? '').toLowerCase());
}

/** A `data:` URL split into its MIME type and bytes; `undefined` when it is not a valid base64 data URL. */
export function parseDataUrl(url: string): { mimeType: string; bytes: Uint8Array } | undefined {
  const m = /^data:([^,;]*)((?:;[^,;]*)*?);base64,(.*)$/is.exec(url.trim());
  if (!m) return undefined;
  const bytes = decodeBase64(m[3] ?? '');
  if (!bytes) return undefined;
  return { mimeType: (m[1] || 'text/plain').trim().toLowerCase(), bytes };
}
