/**
 * Attachment helpers: media types and sizes. Decoding base64 to text (atob +
 * TextDecoder with the declared charset, no Buffer) lives in core/notes/text.ts.
 */

/** The media type without parameters, lower case (`text/html; charset=utf-8` → `text/html`). */
export function mediaTypeOf(contentType: unknown): string {
  return typeof contentType === 'string' ? contentType.split(';')[0].trim().toLowerCase() : '';
}

/** Approximate decoded size of base64 data, in bytes. */
export function base64Size(data: string): number {
  const clean = data.replace(/\s+/g, '');
  return Math.max(0, Math.floor((clean.length * 3) / 4) - (clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0));
}

/** Media types we return as text. */
export function isTextType(mediaType: string): boolean {
  return (
    mediaType === 'text/plain' ||
    mediaType === 'text/html' ||
    mediaType === 'application/xhtml+xml' ||
    mediaType === 'text/rtf' ||
    mediaType === 'application/rtf' ||
    mediaType === 'text/markdown'
  );
}

/** Media types we hand out as a link (the browser or a viewer shows them). */
export function isLinkType(mediaType: string): boolean {
  return mediaType === 'application/pdf' || /^image\/(png|jpeg|gif|webp)$/.test(mediaType);
}
