/**
 * When a patient can expect a reply to a message, from the clinic's messaging
 * policy: business days, clinic hours, time zone (with daylight saving) and
 * holidays. Pure and DOM-free.
 *
 * The rule, in the words shown to patients: "Your care team usually replies
 * within N business days". A message sent during clinic hours starts the clock
 * that day; one sent after hours, on a weekend or on a holiday starts it the next
 * business morning. The reply is due by closing time N business days after the
 * day the clock started.
 */
import type { ClinicHours, MessagingPolicy } from '../../adapters/types.js';
import {
  type CalendarDate,
  type ClockTime,
  instantOf,
  isBusinessDay,
  isValidTimeZone,
  minutesOfDay,
  nextBusinessDay,
  parseClockTime,
  wallTimeAt,
} from '../time/index.js';

/** The parts of a `MessagingPolicy` the reply-time rules read. */
export type ReplyPolicy = Pick<MessagingPolicy, 'replyBusinessDays' | 'clinicHours' | 'timeZone' | 'holidays'> &
  Partial<Pick<MessagingPolicy, 'answeringTimes'>>;

/** A policy the reply-time rules cannot use (unknown zone, unreadable hours, no open days). */
export class InvalidPolicyError extends RangeError {
  override readonly name = 'InvalidPolicyError';
}

interface ResolvedHours {
  days: ReadonlySet<number>;
  open: ClockTime;
  close: ClockTime;
}

function resolve(policy: ReplyPolicy): { hours: ResolvedHours; holidays: ReadonlySet<string>; timeZone: string } {
  if (!isValidTimeZone(policy.timeZone)) throw new InvalidPolicyError(`Unknown time zone "${String(policy.timeZone)}"`);
  const hours = resolveHours(policy.clinicHours);
  return { hours, holidays: new Set(policy.holidays), timeZone: policy.timeZone };
}

function resolveHours(hours: ClinicHours): ResolvedHours {
  const open = parseClockTime(hours.open);
  const close = parseClockTime(hours.close);
  if (!open || !close) throw new InvalidPolicyError(`Clinic hours must be HH:MM, got "${hours.open}"–"${hours.close}"`);
  if (minutesOfDay(close) <= minutesOfDay(open)) throw new InvalidPolicyError('Clinic hours must close after they open');
  const days = new Set(hours.days.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
  if (!days.size) throw new InvalidPolicyError('Clinic hours name no open days');
  return { days, open, close };
}

function isOpenDay(d: CalendarDate, hours: ResolvedHours, holidays: ReadonlySet<string>): boolean {
  return isBusinessDay(d, holidays, hours.days);
}

function nextOpenDay(after: CalendarDate, hours: ResolvedHours, holidays: ReadonlySet<string>): CalendarDate {
  const next = nextBusinessDay(after, holidays, hours.days);
  if (!next) throw new InvalidPolicyError('No business day found within a year');
  return next;
}

/** True when `at` falls on a business day between opening and closing time, in the clinic's zone. */
export function isWithinClinicHours(at: Date, policy: ReplyPolicy): boolean {
  const { hours, holidays, timeZone } = resolve(policy);
  const w = wallTimeAt(at.getTime(), timeZone);
  const now = minutesOfDay(w);
  return isOpenDay(w, hours, holidays) && now >= minutesOfDay(hours.open) && now < minutesOfDay(hours.close);
}

/** The day the reply clock starts for a message sent at `sentAt`: today if the clinic has not closed yet, else the next business day. */
export function replyClockStart(sentAt: Date, policy: ReplyPolicy): { date: CalendarDate; at: Date; afterHours: boolean } {
  const { hours, holidays, timeZone } = resolve(policy);
  const w = wallTimeAt(sentAt.getTime(), timeZone);
  const today: CalendarDate = { year: w.year, month: w.month, day: w.day };
  const now = minutesOfDay(w);
  if (isOpenDay(today, hours, holidays) && now < minutesOfDay(hours.close)) {
    const opens = instantOf(today, hours.open, timeZone);
    return { date: today, at: new Date(Math.max(opens, sentAt.getTime())), afterHours: now < minutesOfDay(hours.open) };
  }
  const next = nextOpenDay(today, hours, holidays);
  return { date: next, at: new Date(instantOf(next, hours.open, timeZone)), afterHours: true };
}

/**
 * The time by which the care team usually replies to a message sent at `sentAt`:
 * closing time, in the clinic's zone, `replyBusinessDays` business days after the
 * day the reply clock starts (see `replyClockStart`). `replyBusinessDays` of 0 means
 * "by the end of the business day". Throws `InvalidPolicyError` for an unusable policy.
 */
export function expectedReplyBy(sentAt: Date, policy: ReplyPolicy): Date {
  if (Number.isNaN(sentAt.getTime())) throw new RangeError('sentAt is not a valid date');
  const { hours, holidays, timeZone } = resolve(policy);
  let day = replyClockStart(sentAt, policy).date;
  const businessDays = Math.max(0, Math.ceil(Number.isFinite(policy.replyBusinessDays) ? policy.replyBusinessDays : 0));
  for (let i = 0; i < businessDays; i++) day = nextOpenDay(day, hours, holidays);
  return new Date(instantOf(day, hours.close, timeZone));
}

/**
 * The next time, at or after `from`, that clinicians usually read messages
 * (`policy.answeringTimes`, on business days). Undefined when the policy names none.
 */
export function nextAnsweringTime(from: Date, policy: ReplyPolicy): Date | undefined {
  const times = (policy.answeringTimes ?? [])
    .map(parseClockTime)
    .filter((t): t is ClockTime => t !== undefined)
    .sort((a, b) => minutesOfDay(a) - minutesOfDay(b));
  if (!times.length) return undefined;
  const { hours, holidays, timeZone } = resolve(policy);
  const w = wallTimeAt(from.getTime(), timeZone);
  let day: CalendarDate = { year: w.year, month: w.month, day: w.day };
  if (isOpenDay(day, hours, holidays)) {
    for (const t of times) {
      const at = instantOf(day, t, timeZone);
      if (at >= from.getTime()) return new Date(at);
    }
  }
  day = nextOpenDay(day, hours, holidays);
  return new Date(instantOf(day, times[0] ?? hours.open, timeZone));
}

/** Everything a composer shows about reply time, computed once. */
export interface ReplyExpectation {
  /** When the reply is usually due. */
  by: Date;
  businessDays: number;
  /** The message arrives outside clinic hours; the clock starts at `clockStartsAt`. */
  afterHours: boolean;
  clockStartsAt: Date;
  /** The next time clinicians usually read messages, when the policy says. */
  nextAnswering?: Date;
  timeZone: string;
}

/** `expectedReplyBy` plus the context a patient needs to read it. Undefined for an unusable policy. */
export function describeReplyExpectation(sentAt: Date, policy: ReplyPolicy): ReplyExpectation | undefined {
  try {
    const start = replyClockStart(sentAt, policy);
    return {
      by: expectedReplyBy(sentAt, policy),
      businessDays: Math.max(0, Math.ceil(policy.replyBusinessDays)),
      afterHours: start.afterHours,
      clockStartsAt: start.at,
      nextAnswering: nextAnsweringTime(sentAt, policy),
      timeZone: policy.timeZone,
    };
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}
