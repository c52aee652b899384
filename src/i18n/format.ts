import { getLocale } from './localization.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function dtf(options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  const locale = getLocale();
  const key = `${locale}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { ...options, ...(timeZone ? { timeZone } : {}) });
    cache.set(key, f);
  }
  return f;
}

function toDate(value: string | Date | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00` : value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "March 4, 2026" / "4 de marzo de 2026"; empty string for a missing or invalid date. */
export function formatDate(value: string | Date | undefined, timeZone?: string): string {
  const d = toDate(value);
  return d ? dtf({ dateStyle: 'long' }, timeZone).format(d) : '';
}

/** "Mar 4, 2026". */
export function formatShortDate(value: string | Date | undefined, timeZone?: string): string {
  const d = toDate(value);
  return d ? dtf({ dateStyle: 'medium' }, timeZone).format(d) : '';
}

/** "Thursday, March 4, 5:00 PM". */
export function formatDateTime(value: string | Date | undefined, timeZone?: string): string {
  const d = toDate(value);
  return d
    ? dtf({ weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }, timeZone).format(d)
    : '';
}

/** "5:00 PM". */
export function formatTime(value: string | Date | undefined, timeZone?: string): string {
  const d = toDate(value);
  return d ? dtf({ hour: 'numeric', minute: '2-digit' }, timeZone).format(d) : '';
}

/** Machine-readable value for `<time datetime>`. */
export function isoAttr(value: string | Date | undefined): string {
  const d = toDate(value);
  return d ? d.toISOString() : '';
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(getLocale() === 'es' ? 'es-US' : 'en-US', options).format(value);
}

/** "2.3 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, { maximumFractionDigits: 0 })} KB`;
  return `${formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`;
}
