/**
 * When a patient can expect the clinic to confirm an appointment request:
 * `n` business days after the day it arrives, in the clinic's time zone.
 * Weekends and the clinic's closed dates do not count. DOM-free.
 */
import { addCalendarDays, type CalendarDate, isBusinessDay, isoDate, toInstant, wallTimeAt } from '../time/index.js';

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

/**
 * The date (`YYYY-MM-DD`, clinic time) by which a request made at `now` should be
 * confirmed. Counting starts the day after arrival, so a request on Friday with
 * one business day is confirmed by Monday, and one on Saturday also by Monday.
 * `businessDays` of 0 (or less) means the same business day (or the next one).
 */
export function confirmByDate(now: Date | number, businessDays: number, options: ConfirmByOptions): string {
  const holidays = new Set(options.holidays ?? []);
  const w = wallTimeAt(toInstant(now), options.timeZone);
  let day: CalendarDate = { year: w.year, month: w.month, day: w.day };
  if (options.closesAt && /^\d{2}:\d{2}$/.test(options.closesAt)) {
    const time = `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
    if (time >= options.closesAt) day = addCalendarDays(day, 1);
  }
  let left = Math.max(0, Math.floor(businessDays));
  if (left === 0) {
    while (!isBusinessDay(day, holidays)) day = addCalendarDays(day, 1);
    return isoDate(day);
  }
  // A year of closed days would be a data error; stop rather than loop for ever.
  for (let guard = 0; left > 0 && guard < 400; guard++) {
    day = addCalendarDays(day, 1);
    if (isBusinessDay(day, holidays)) left--;
  }
  return isoDate(day);
}
