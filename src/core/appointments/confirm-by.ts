/**
 * When a patient can expect the clinic to confirm an appointment request:
 * `n` business days after the day it arrives, in the clinic's time zone.
 * Weekends and the clinic's closed dates do not count. DOM-free.
 */
import { addDaysToDateKey, todayIn, weekdayOfDateKey } from './zoned-time.js';

export interface ConfirmByOptions {
  /** The clinic's IANA time zone: "today" is the clinic's today. */
  timeZone: string;
  /** Closed dates, `YYYY-MM-DD`. */
  holidays?: readonly string[];
  /**
   * Closing time `HH:MM` in the clinic's zone: a request that arrives after it
   * counts as arriving the next day. Omit to count the whole day.
   */
  closesAt?: string;
}

/** A weekday that is not one of `holidays`. */
export function isBusinessDay(dateKey: string, holidays: ReadonlySet<string>): boolean {
  const dow = weekdayOfDateKey(dateKey);
  return dow !== 0 && dow !== 6 && !holidays.has(dateKey);
}

/**
 * The date (`YYYY-MM-DD`, clinic time) by which a request made at `now` should be
 * confirmed. Counting starts the day after arrival, so a request on Friday with
 * one business day is confirmed by Monday, and one on Saturday also by Monday.
 * `businessDays` of 0 (or less) means the same business day (or the next one).
 */
export function confirmByDate(now: Date | number, businessDays: number, options: ConfirmByOptions): string {
  const holidays = new Set(options.holidays ?? []);
  let day = todayIn(now, options.timeZone);
  if (options.closesAt && /^\d{2}:\d{2}$/.test(options.closesAt)) {
    const t = new Intl.DateTimeFormat('en-US', { timeZone: options.timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' })
      .format(now)
      .replace(/^24/, '00');
    if (t >= options.closesAt) day = addDaysToDateKey(day, 1);
  }
  let left = Math.max(0, Math.floor(businessDays));
  if (left === 0) {
    while (!isBusinessDay(day, holidays)) day = addDaysToDateKey(day, 1);
    return day;
  }
  // A year of closed days would be a data error; stop rather than loop for ever.
  for (let guard = 0; left > 0 && guard < 400; guard++) {
    day = addDaysToDateKey(day, 1);
    if (isBusinessDay(day, holidays)) left--;
  }
  return day;
}
