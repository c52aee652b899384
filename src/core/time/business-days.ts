/**
 * Business days: open weekdays that are not holidays, and counting them. Used
 * by reply-time expectations, appointment confirmation dates and the sample
 * clinic. Pure calendar arithmetic, no time zone involved. DOM-free.
 */
import { addCalendarDays, type CalendarDate, isoDate, weekdayOf } from './zoned-time.js';

/** Monday to Friday (0 = Sunday … 6 = Saturday). */
export const WEEKDAYS: ReadonlySet<number> = new Set([1, 2, 3, 4, 5]);

/** The most calendar days searched for the next business day (a year of closures means broken data). */
export const BUSINESS_DAY_SEARCH_LIMIT = 400;

/** A day on one of `openDays` (Monday–Friday unless given) that is not one of `holidays` (`YYYY-MM-DD`). */
export function isBusinessDay(d: CalendarDate, holidays: ReadonlySet<string>, openDays: ReadonlySet<number> = WEEKDAYS): boolean {
  return openDays.has(weekdayOf(d)) && !holidays.has(isoDate(d));
}

/**
 * The first business day after `after`, or undefined when none falls within
 * `BUSINESS_DAY_SEARCH_LIMIT` days.
 */
export function nextBusinessDay(
  after: CalendarDate,
  holidays: ReadonlySet<string>,
  openDays: ReadonlySet<number> = WEEKDAYS,
): CalendarDate | undefined {
  let d = after;
  for (let i = 0; i < BUSINESS_DAY_SEARCH_LIMIT; i++) {
    d = addCalendarDays(d, 1);
    if (isBusinessDay(d, holidays, openDays)) return d;
  }
  return undefined;
}

/**
 * The date `n` business days after `from` (counting starts the next day; `n` of
 * 0 or less is `from` itself). Throws a RangeError when the holidays leave no
 * business day within `BUSINESS_DAY_SEARCH_LIMIT` days.
 */
export function addBusinessDays(
  from: CalendarDate,
  n: number,
  holidays: ReadonlySet<string> | readonly string[],
  openDays: ReadonlySet<number> = WEEKDAYS,
): CalendarDate {
  const set: ReadonlySet<string> = new Set(holidays);
  let d = from;
  for (let left = n; left > 0; left--) {
    const next = nextBusinessDay(d, set, openDays);
    if (!next) throw new RangeError('No business day found within a year');
    d = next;
  }
  return d;
}

function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  const first = weekdayOf({ year, month, day: 1 });
  return { year, month, day: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
}

function lastWeekday(year: number, month: number, weekday: number): CalendarDate {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = weekdayOf({ year, month, day: lastDay });
  return { year, month, day: lastDay - ((last - weekday + 7) % 7) };
}

/** A fixed-date holiday moves to Friday when on Saturday, to Monday when on Sunday. */
function observed(d: CalendarDate): CalendarDate {
  const dow = weekdayOf(d);
  if (dow === 6) return addCalendarDays(d, -1);
  if (dow === 0) return addCalendarDays(d, 1);
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
  ].map(isoDate);
}
