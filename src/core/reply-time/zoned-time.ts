/**
 * Wall-clock arithmetic in an IANA time zone with `Intl` only (no libraries).
 * DOM-free. Daylight-saving changes are handled by asking `Intl` for the zone's
 * offset at the instant in question rather than assuming a fixed one.
 */

/** A calendar date in some time zone, month 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A calendar date plus a wall-clock time, as read off a clock in some zone. */
export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which callers surface as an invalid policy.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `Intl` knows the zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What a clock in `timeZone` shows at instant `ms`. */
export function wallTimeAt(ms: number, timeZone: string): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
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

/** The zone's offset from UTC at instant `ms`, in minutes (Chicago in winter: -360). */
export function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const w = wallTimeAt(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

/**
 * The instant a clock in `timeZone` shows `time` on `date`.
 * In the hour skipped when clocks go forward, the time is read with the offset
 * from before the change (02:30 becomes 03:30); when a time occurs twice as
 * clocks go back, the earlier instant is returned.
 */
export function instantOf(date: CalendarDate, time: { hour: number; minute: number }, timeZone: string): number {
  const naive = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const guess = naive - zoneOffsetMinutes(naive, timeZone) * 60000;
  const candidates = [guess, naive - zoneOffsetMinutes(guess, timeZone) * 60000];
  for (const probe of [naive - 14 * 3600000, naive + 14 * 3600000]) {
    candidates.push(naive - zoneOffsetMinutes(probe, timeZone) * 60000);
  }
  const exact = candidates.filter((c) => {
    const w = wallTimeAt(c, timeZone);
    return w.year === date.year && w.month === date.month && w.day === date.day && w.hour === time.hour && w.minute === time.minute;
  });
  if (exact.length) return Math.min(...exact);
  // The wall time does not exist (spring forward): use the offset in force before the jump.
  const before = naive - 14 * 3600000;
  return naive - zoneOffsetMinutes(before, timeZone) * 60000;
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

/** `YYYY-MM-DD`. */
export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Parses `HH:MM` (24-hour). Returns undefined for anything else. */
export function parseClockTime(value: string): { hour: number; minute: number } | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  return { hour, minute };
}

/** Minutes since midnight of a wall time. */
export function minutesOfDay(t: { hour: number; minute: number }): number {
  return t.hour * 60 + t.minute;
}
