/**
 * Wall-clock dates and times in an IANA time zone, with `Intl` only, so that
 * scheduling logic is right across daylight-saving changes and for patients in
 * a different zone from their clinic. DOM-free.
 *
 * A "date key" is a calendar date written `YYYY-MM-DD`.
 */

/** The wall clock in one time zone at one instant. */
export interface ZonedParts {
  /** `YYYY-MM-DD` in that zone. */
  date: string;
  /** `HH:MM`, 24-hour, in that zone. */
  time: string;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Offset from UTC in minutes at that instant (Chicago in winter: -360). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Milliseconds since the epoch of a Date, a number or an ISO string; NaN when unreadable. */
export function toInstant(value: Date | number | string): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return Date.parse(value);
}

/** The wall clock in `timeZone` at `instant`. Throws a RangeError for an unknown zone. */
export function zonedParts(instant: Date | number | string, timeZone: string): ZonedParts {
  const ms = toInstant(instant);
  const p: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const hour = p.hour === 24 ? 0 : p.hour;
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, hour, p.minute, p.second);
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return {
    date,
    time: `${pad(hour)}:${pad(p.minute)}`,
    hour,
    minute: p.minute,
    weekday: weekdayOfDateKey(date),
    offsetMinutes: Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000),
  };
}

/** Today's date in `timeZone`. */
export function todayIn(now: Date | number, timeZone: string): string {
  return zonedParts(now, timeZone).date;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The runtime's own time zone (the patient's device), or UTC when unknown. */
export function deviceTimeZone(): string {
  const tz = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isValidTimeZone(tz) ? tz : 'UTC';
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a `YYYY-MM-DD` key that names a real calendar date (no 2026-02-30). */
export function parseDateKey(key: string): { year: number; month: number; day: number } | undefined {
  const m = DATE_KEY.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

export function isDateKey(value: string): boolean {
  return parseDateKey(value) !== undefined;
}

/** Calendar arithmetic on a date key (no time zone involved). */
export function addDaysToDateKey(key: string, days: number): string {
  const d = parseDateKey(key);
  if (!d) throw new RangeError(`Not a date: ${key}`);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  const da = parseDateKey(a);
  const db = parseDateKey(b);
  if (!da || !db) return NaN;
  return Math.round((Date.UTC(db.year, db.month - 1, db.day) - Date.UTC(da.year, da.month - 1, da.day)) / 86400000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDateKey(key: string): number {
  const d = parseDateKey(key);
  if (!d) return NaN;
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/**
 * A Date at noon UTC on that calendar day: format it with `timeZone: 'UTC'` to
 * print the day itself, whatever zone the reader is in.
 */
export function dateKeyToUtcNoon(key: string): Date {
  const d = parseDateKey(key);
  if (!d) return new Date(NaN);
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
}

/**
 * The calendar date an ISO value falls on in `timeZone`: a plain date is that date;
 * a date-time is converted to the zone. Undefined when unreadable.
 */
export function dateKeyOf(value: string, timeZone: string): string | undefined {
  if (isDateKey(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return zonedParts(ms, timeZone).date;
}
