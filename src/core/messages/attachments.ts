/**
 * Which files may go with a message, checked against the adapter's limits.
 * A file must pass on BOTH its type and its file-name extension: a renamed
 * `.exe` claiming to be `image/png` is refused, as is a `.pdf` claiming `text/html`.
 */
import type { AttachmentLimits } from '../../adapters/types.js';

/** What the checks read from a `File` (so they run without a DOM). */
export interface FileFacts {
  name: string;
  /** MIME type as the browser reported it; may be empty. */
  type: string;
  size: number;
}

export type AttachmentProblem = 'blocked' | 'type' | 'size' | 'empty' | 'count' | 'duplicate';

export interface AttachmentRejection<F extends FileFacts = FileFacts> {
  file: F;
  problem: AttachmentProblem;
}

export interface AttachmentCheck<F extends FileFacts = FileFacts> {
  accepted: { file: F; contentType: string }[];
  rejected: AttachmentRejection<F>[];
}

/** Extensions never accepted, whatever the clinic allows: programs, scripts and web pages. */
export const BLOCKED_EXTENSIONS: readonly string[] = [
  'exe', 'com', 'bat', 'cmd', 'msi', 'msp', 'scr', 'pif', 'cpl', 'dll', 'sys', 'jar', 'js', 'mjs', 'jse', 'vbs', 'vbe', 'wsf', 'wsh',
  'ps1', 'psm1', 'sh', 'app', 'apk', 'dmg', 'hta', 'html', 'htm', 'xhtml', 'shtml', 'mht', 'mhtml', 'svg', 'svgz', 'xml', 'php', 'asp', 'aspx', 'lnk', 'reg', 'iso',
];

/** MIME types never accepted: executables, scripts and anything a browser would render as a page. */
const BLOCKED_TYPES: readonly RegExp[] = [
  /^text\/html$/, /^application\/xhtml\+xml$/, /^image\/svg\+xml$/, /javascript/, /ecmascript/, /^application\/x-msdownload$/,
  /^application\/x-ms(dos-program|-installer|i)$/, /^application\/(x-)?(sh|csh|bat|executable|elf)$/, /^application\/vnd\.microsoft\.portable-executable$/,
  /^application\/java-archive$/, /^application\/x-httpd-php$/, /^text\/xml$/, /^application\/xml$/,
];

/** Usual MIME type for a file-name extension (for files the browser reports without a type). */
export const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  pdf: 'application/pdf',
  txt: 'text/plain',
  rtf: 'application/rtf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv',
};

/** The lower-case extension of a file name, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const base = name.trim().replace(/[\s.]+$/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function normaliseType(type: string): string {
  return type.split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Any extension in the name that would be run or rendered (`scan.html.pdf` and `scan.pdf.exe` are both refused). */
function hasBlockedExtension(name: string): boolean {
  const parts = name.toLowerCase().split('.').slice(1);
  return parts.some((p) => BLOCKED_EXTENSIONS.includes(p.trim()));
}

/**
 * The content type a file is accepted as, or the reason it is not: `blocked`
 * (a program, script or web page, by type or extension), `type` (not on the
 * allow-list, or the extension does not match the type), `size`, `empty`.
 */
export function classifyFile(file: FileFacts, limits: AttachmentLimits): { contentType: string } | { problem: AttachmentProblem } {
  const reported = normaliseType(file.type);
  if (hasBlockedExtension(file.name) || BLOCKED_TYPES.some((re) => re.test(reported))) return { problem: 'blocked' };
  const allowed = limits.types.map(normaliseType);
  const ext = extensionOf(file.name);
  const byExtension = EXTENSION_TYPES[ext];
  const contentType = reported || byExtension || '';
  if (!contentType || !allowed.includes(contentType)) return { problem: 'type' };
  // The name must agree with the type; an extension we cannot vouch for is refused.
  if (byExtension && byExtension !== contentType) return { problem: 'type' };
  if (!byExtension && ext) return { problem: 'type' };
  if (file.size <= 0) return { problem: 'empty' };
  if (file.size > limits.maxBytes) return { problem: 'size' };
  return { contentType };
}

/**
 * Checks files the patient is adding against what is already attached: each is
 * accepted or rejected with a reason; files past `maxCount` are rejected as
 * `count`, and a file already attached (same name and size) as `duplicate`.
 */
export function checkAttachments<F extends FileFacts>(existing: readonly FileFacts[], incoming: readonly F[], limits: AttachmentLimits): AttachmentCheck<F> {
  const result: AttachmentCheck<F> = { accepted: [], rejected: [] };
  const seen = new Set(existing.map((f) => `${f.name}\u0000${f.size}`));
  let count = existing.length;
  for (const file of incoming) {
    const key = `${file.name}\u0000${file.size}`;
    if (seen.has(key)) {
      result.rejected.push({ file, problem: 'duplicate' });
      continue;
    }
    const verdict = classifyFile(file, limits);
    if ('problem' in verdict) {
      result.rejected.push({ file, problem: verdict.problem });
      continue;
    }
    if (count >= limits.maxCount) {
      result.rejected.push({ file, problem: 'count' });
      continue;
    }
    seen.add(key);
    count++;
    result.accepted.push({ file, contentType: verdict.contentType });
  }
  return result;
}

/** The `accept` attribute for a file input: allowed types plus their extensions. */
export function acceptAttribute(limits: AttachmentLimits): string {
  const allowed = new Set(limits.types.map(normaliseType));
  const extensions = Object.entries(EXTENSION_TYPES)
    .filter(([, type]) => allowed.has(type))
    .map(([ext]) => `.${ext}`);
  return [...allowed, ...extensions].join(',');
}
