/**
 * Decoding and normalising note text. DOM-free: runs in browsers and in Node.
 */

/** Result of decoding a base64 attachment: the text, or why it could not be read. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: 'invalid-base64' | 'invalid-text' | 'empty' };

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Decodes base64 (standard or URL-safe, whitespace allowed) to bytes; `undefined` when it is not valid base64. */
export function decodeBase64(data: string): Uint8Array | undefined {
  const compact = data.replace(/\s+/g, '');
  if (!BASE64.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) return undefined;
  const standard = compact.replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** The `charset` parameter of a MIME type, lowercased (`text/plain; charset=ISO-8859-1` → `iso-8859-1`). */
export function charsetOf(contentType: string): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return m?.[1]?.toLowerCase();
}

/**
 * Decodes base64 note data to text. UTF-8 unless the content type names another
 * charset; a byte-order mark is honoured. Invalid UTF-8 is reported rather than
 * shown as replacement characters.
 */
export function decodeBase64Text(data: string, contentType = 'text/plain'): DecodeResult {
  const bytes = decodeBase64(data);
  if (!bytes) return { ok: false, reason: 'invalid-base64' };
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const declared = charsetOf(contentType) ?? 'utf-8';
  let label = declared;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'invalid-text' };
  }
}

// C0 controls except tab and line feed, DEL, C1 controls, and lone surrogates.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Normalises note text for display: one kind of line break, Unicode NFC (so
 * accents compare and search well), no control characters or lone surrogates,
 * no trailing spaces on lines, no leading or trailing blank lines.
 */
export function normalizeNoteText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/\f/g, '\n\n')
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(/[ \t\u00A0]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}

/** True when the text has nothing to read (only whitespace). */
export function isBlankText(text: string | undefined): boolean {
  return !text || !/\S/.test(text);
}
