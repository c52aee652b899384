/**
 * Wall-clock arithmetic in a clinic's IANA time zone with `Intl` only (no
 * libraries): local dates, ISO date-times with the right UTC offset (DST
 * included), business days and US federal holidays. DOM-free.
 */

/** A calendar date, month 1–12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
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
    partsFormatters.set(timeZone, f);
  }
  return f;
}

interface WallClock extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** Offset of `timeZone` from UTC at instant `ms`, in minutes (Chicago in winter: -360). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** `YYYY-MM-DD`. */
export function formatLocalDate(d: LocalDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** The instant `ms` as an ISO date-time with the zone's offset, e.g. `2026-03-04T09:30:00-06:00`. */
export function toZonedIso(ms: number, timeZone: string): string {
  const offset = offsetMinutes(ms, timeZone);
  const w = wallClock(ms, timeZone);
  return `${formatLocalDate(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offset)}`;
}

/** The calendar date at instant `ms` in `timeZone`. */
export function localDateOf(ms: number, timeZone: string): LocalDate {
  const { year, month, day } = wallClock(ms, timeZone);
  return { year, month, day };
}

/** The instant of a wall-clock time in `timeZone` (the earlier one when the clock repeats). */
export function zonedTimeToMs(date: LocalDate, time: string, timeZone: string): number {
  const [hour, minute] = time.split(':').map(Number);
  const naive = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  const first = naive - offsetMinutes(naive, timeZone) * 60000;
  const second = naive - offsetMinutes(first, timeZone) * 60000;
  return Math.min(first, second);
}

/** A wall-clock time in `timeZone` as an ISO date-time with offset. */
export function zonedIso(date: LocalDate, time: string, timeZone: string): string {
  return toZonedIso(zonedTimeToMs(date, time, timeZone), timeZone);
}

/** Calendar arithmetic on a date (no time zone involved). */
export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

function nthWeekday(year: number, month: number, weekday: number, n: number): LocalDate {
  const first = dayOfWeek({ year, month, day: 1 });
  return { year, month, day: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
}

function lastWeekday(year: number, month: number, weekday: number): LocalDate {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = dayOfWeek({ year, month, day: lastDay });
  return { year, month, day: lastDay - ((last - weekday + 7) % 7) };
}

/** A fixed-date holiday moves to Friday when on Saturday, to Monday when on Sunday. */
function observed(d: LocalDate): LocalDate {
  const dow = dayOfWeek(d);
  if (dow === 6) return addDays(d, -1);
  if (dow === 0) return addDays(d, 1);
  return d;
}

/** The eleven US federal holidays of `year`, as observed, `YYYY-MM-DD`. */
export function usFederalHolidays(year: number): string[] {
  return [
    observed({ year, month: 1, day: 1 }),
    nthWeekday(year, 1, 1, 3),
    nthWeekday(year, 2, 1, 3),
    lastWeekday(year, 5, 1),
    observed({ year, month: 6, day: 19 }),
    observed({ year, month: 7, day: 4 }),
    nthWeekday(year, 9, 1, 1),
    nthWeekday(year, 10, 1, 2),
    observed({ year, month: 11, day: 11 }),
    nthWeekday(year, 11, 4, 4),
    observed({ year, month: 12, day: 25 }),
  ].map(formatLocalDate);
}

/** A weekday that is not a holiday. */
export function isBusinessDay(d: LocalDate, holidays: ReadonlySet<string>): boolean {
  const dow = dayOfWeek(d);
  return dow !== 0 && dow !== 6 && !holidays.has(formatLocalDate(d));
}

/** The date `n` business days after `from` (counting starts the next day). */
export function addBusinessDays(from: LocalDate, n: number, holidays: readonly string[]): LocalDate {
  const set = new Set(holidays);
  let d = from;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isBusinessDay(d, set)) left--;
  }
  return d;
}
