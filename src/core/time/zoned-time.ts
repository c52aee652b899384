/**
 * Wall-clock dates and times in an IANA time zone with `Intl` only (no
 * libraries), so that scheduling and reply-time rules are right across
 * daylight-saving changes and for patients in a different zone from their
 * clinic. DOM-free.
 *
 * Daylight saving is handled by asking `Intl` for the zone's offset at the
 * instant in question rather than assuming a fixed one. A "date key" is a
 * calendar date written `YYYY-MM-DD`.
 */

/** A calendar date in some time zone, month 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time of day, 24-hour. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** A calendar date plus a wall-clock time, as read off a clock in some zone. */
export interface WallTime extends CalendarDate, ClockTime {}

/** The wall clock in one time zone at one instant, as keys and numbers. */
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

const HOUR_MS = 3600000;
const MINUTE_MS = 60000;

/** One parts formatter per zone: creating an `Intl.DateTimeFormat` is the expensive part. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError for a zone `Intl` does not know. */
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

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

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
  try {
    const tz = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return isValidTimeZone(tz) ? tz : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Milliseconds since the epoch of a Date, a number or an ISO string; NaN when unreadable. */
export function toInstant(value: Date | number | string): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return Date.parse(value);
}

/** What a clock in `timeZone` shows at instant `ms`. Throws a RangeError for an unknown zone. */
export function wallTimeAt(ms: number, timeZone: string): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour === 24 ? 0 : (parts.hour ?? 0),
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The calendar date a clock in `timeZone` shows at instant `ms`. */
export function calendarDateAt(ms: number, timeZone: string): CalendarDate {
  const { year, month, day } = wallTimeAt(ms, timeZone);
  return { year, month, day };
}

/** The offset of a wall time read at `ms` (whole seconds) from UTC, in minutes. */
function offsetOf(w: WallTime & { second: number }, ms: number): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE_MS);
}

/** The zone's offset from UTC at instant `ms`, in minutes (Chicago in winter: -360). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  return offsetOf(wallTimeAt(ms, timeZone), ms);
}

/**
 * The instant a clock in `timeZone` shows `time` on `date`.
 * In the hour skipped when clocks go forward, the time is read with the offset
 * from before the change (02:30 becomes 03:30); when a time occurs twice as
 * clocks go back, the earlier instant is returned.
 */
export function instantOf(date: CalendarDate, time: ClockTime, timeZone: string): number {
  const naive = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const guess = naive - zoneOffsetMinutes(naive, timeZone) * MINUTE_MS;
  const candidates = [guess, naive - zoneOffsetMinutes(guess, timeZone) * MINUTE_MS];
  for (const probe of [naive - 14 * HOUR_MS, naive + 14 * HOUR_MS]) {
    candidates.push(naive - zoneOffsetMinutes(probe, timeZone) * MINUTE_MS);
  }
  const exact = candidates.filter((c) => {
    const w = wallTimeAt(c, timeZone);
    return w.year === date.year && w.month === date.month && w.day === date.day && w.hour === time.hour && w.minute === time.minute;
  });
  if (exact.length) return Math.min(...exact);
  // The wall time does not exist (spring forward): use the offset in force before the jump.
  return naive - zoneOffsetMinutes(naive - 14 * HOUR_MS, timeZone) * MINUTE_MS;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** The instant `ms` as an ISO date-time with the zone's offset, e.g. `2026-03-04T09:30:00-06:00`. */
export function toZonedIso(ms: number, timeZone: string): string {
  const w = wallTimeAt(ms, timeZone);
  return `${isoDate(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offsetOf(w, ms))}`;
}

/** The wall clock in `timeZone` at `instant`. Throws a RangeError for an unknown zone. */
export function zonedParts(instant: Date | number | string, timeZone: string): ZonedParts {
  const ms = toInstant(instant);
  const w = wallTimeAt(ms, timeZone);
  return {
    date: isoDate(w),
    time: `${pad(w.hour)}:${pad(w.minute)}`,
    hour: w.hour,
    minute: w.minute,
    weekday: weekdayOf(w),
    offsetMinutes: offsetOf(w, ms),
  };
}

/** Today's date key in `timeZone`. */
export function todayIn(now: Date | number, timeZone: string): string {
  return zonedParts(now, timeZone).date;
}

/** Calendar arithmetic on a date (no time zone involved). */
export function addCalendarDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** The date key `YYYY-MM-DD` of a calendar date. */
export function isoDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Parses `HH:MM` (24-hour). Returns undefined for anything else. */
export function parseClockTime(value: string): ClockTime | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** Minutes since midnight of a wall time. */
export function minutesOfDay(t: ClockTime): number {
  return t.hour * 60 + t.minute;
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a `YYYY-MM-DD` key that names a real calendar date (no 2026-02-30). */
export function parseDateKey(key: string): CalendarDate | undefined {
  const m = DATE_KEY.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** Whether `value` is a `YYYY-MM-DD` key naming a real calendar date. */
export function isDateKey(value: string): boolean {
  return parseDateKey(value) !== undefined;
}

/** Calendar arithmetic on a date key (no time zone involved). Throws a RangeError for a bad key. */
export function addDaysToDateKey(key: string, days: number): string {
  const d = parseDateKey(key);
  if (!d) throw new RangeError(`Not a date: ${key}`);
  return isoDate(addCalendarDays(d, days));
}

/** Whole days from `a` to `b` (positive when `b` is later); NaN for a bad key. */
export function daysBetween(a: string, b: string): number {
  const da = parseDateKey(a);
  const db = parseDateKey(b);
  if (!da || !db) return NaN;
  return Math.round((Date.UTC(db.year, db.month - 1, db.day) - Date.UTC(da.year, da.month - 1, da.day)) / 86400000);
}

/** 0 = Sunday … 6 = Saturday; NaN for a bad key. */
export function weekdayOfDateKey(key: string): number {
  const d = parseDateKey(key);
  return d ? weekdayOf(d) : NaN;
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
