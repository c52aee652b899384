import {
  addCalendarDays,
  calendarDateAt,
  type CalendarDate,
  instantOf,
  parseClockTime,
  toZonedIso,
  weekdayOf,
} from '../../core/time/index.js';

/** The instant a clock in `timeZone` shows `time` (`HH:MM`) on `date`. Throws a RangeError for a bad time. */
export function zonedTimeToMs(date: CalendarDate, time: string, timeZone: string): number {
  const clock = parseClockTime(time);
  if (!clock) throw new RangeError(`Not a clock time: ${time}`);
  return instantOf(date, clock, timeZone);
}

/** A wall-clock time (`HH:MM`) in `timeZone` as an ISO date-time with offset. */
export function zonedIso(date: CalendarDate, time: string, timeZone: string): string {
  return toZonedIso(zonedTimeToMs(date, time, timeZone), timeZone);
}

/** Days before today of the story's events; clinic events fall on weekdays. */
export interface StoryDays {
  /** The six blood draws of the chronic-care story, oldest first (~2 years). */
  draws: number[];
  /** The newest visit and blood draw (the last of `draws`). */
  latestVisit: number;
  /** The annual physical (the fourth draw). */
  annual: number;
  /** The endocrinology consult (the fifth draw). */
  endocrinology: number;
  podiatry: number;
  eyeExam: number;
  utiTriage: number;
  utiVisit: number;
  utiCulture: number;
  refillReply: number;
}

/** Dates of the sample story, relative to "now" in the clinic's time zone. */
export interface SampleClock {
  readonly now: Date;
  readonly timeZone: string;
  /** Today in the clinic's time zone. */
  readonly today: CalendarDate;
  readonly days: StoryDays;
  /** A wall-clock time `daysAgo` days before today, ISO with offset. */
  at(daysAgo: number, time: string): string;
  /** The weekday on or after that day (a weekend moves on to Monday), never later than yesterday. */
  weekdayOnOrAfter(daysAgo: number): number;
}

export function createSampleClock(now: Date, timeZone: string): SampleClock {
  const today = calendarDateAt(now.getTime(), timeZone);
  const dow = (daysAgo: number): number => weekdayOf(addCalendarDays(today, -daysAgo));
  /** The weekday on or before that day (a weekend moves back to Friday). */
  const weekdayOnOrBefore = (daysAgo: number): number => daysAgo + (dow(daysAgo) === 6 ? 1 : dow(daysAgo) === 0 ? 2 : 0);
  /** The weekday on or after that day (a weekend moves on to Monday), never later than yesterday. */
  const weekdayOnOrAfter = (daysAgo: number): number =>
    Math.max(1, daysAgo - (dow(daysAgo) === 6 ? 2 : dow(daysAgo) === 0 ? 1 : 0));

  const draws = [720, 580, 440, 300, 150, 2].map(weekdayOnOrBefore);
  const utiVisit = weekdayOnOrBefore(40);
  const days: StoryDays = {
    draws,
    latestVisit: draws[5],
    annual: draws[3],
    endocrinology: draws[4],
    podiatry: weekdayOnOrBefore(180),
    eyeExam: weekdayOnOrBefore(20),
    utiVisit,
    utiTriage: weekdayOnOrBefore(utiVisit + 1),
    utiCulture: weekdayOnOrBefore(utiVisit - 3),
    refillReply: weekdayOnOrAfter(9),
  };
  return {
    now,
    timeZone,
    today,
    days,
    weekdayOnOrAfter,
    at: (daysAgo, time) => zonedIso(addCalendarDays(today, -daysAgo), time, timeZone),
  };
}
