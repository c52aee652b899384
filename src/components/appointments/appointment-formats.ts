/**
 * Dates, times and labels of the appointment views that load on demand (open
 * times, preferences, confirmation, list of requests), in the current locale.
 */
import { msg, str } from '@lit/localize';
import type { AppointmentRequestStatus, ContactMethod, TimeOfDay } from '../../adapters/types.js';
import { dateKeyToUtcNoon } from '../../core/time/index.js';
import { formatNumber } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';

const intlLocale = (): string => (getLocale() === 'es' ? 'es-US' : 'en-US');

const formatters = new Map<string, Intl.DateTimeFormat>();
function dtf(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${intlLocale()}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(), options);
    formatters.set(key, f);
  }
  return f;
}

/** "Monday, March 9" for a `YYYY-MM-DD` calendar day (the day itself, whatever the reader's zone). */
export function formatDayHeading(dateKey: string): string {
  return dtf({ weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(dateKeyToUtcNoon(dateKey));
}

/** The same, with a capital first letter to start a heading ("Viernes, 27 de noviembre"). */
export function formatDayTitle(dateKey: string): string {
  const text = formatDayHeading(dateKey);
  return text.charAt(0).toLocaleUpperCase(intlLocale()) + text.slice(1);
}

/** "Mon, Mar 9, 2026" for a calendar day. */
export function formatDayShort(dateKey: string): string {
  return dtf({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(dateKeyToUtcNoon(dateKey));
}

/** "9:30 AM" for an instant, on the wall clock of `timeZone`. */
export function formatClock(instant: string | number, timeZone: string): string {
  return dtf({ hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(instant));
}

/** "Monday, March 9, 9:30 AM" for an instant in `timeZone`. */
export function formatWhen(instant: string | number, timeZone: string): string {
  return dtf({ weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(instant));
}

/** "Central Time" (generic, so the same name on both sides of a DST change). */
export function timeZoneName(timeZone: string, at: number = Date.now()): string {
  const parts = dtf({ timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date(at));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** Weekday names, 0 = Sunday. */
export function weekdayName(day: number): string {
  // 4 January 2026 was a Sunday.
  return dtf({ weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 4 + day, 12)));
}

export function statusLabel(status: AppointmentRequestStatus): string {
  switch (status) {
    case 'pending':
      return msg('Waiting for the clinic', { id: 'appointments.status.pending' });
    case 'booked':
      return msg('Booked', { id: 'appointments.status.booked' });
    case 'confirmed':
      return msg('Confirmed', { id: 'appointments.status.confirmed' });
    case 'declined':
      return msg('Not booked', { id: 'appointments.status.declined' });
    case 'cancelled':
      return msg('Cancelled', { id: 'appointments.status.cancelled' });
  }
}

export function timeOfDayLabel(t: TimeOfDay): string {
  switch (t) {
    case 'morning':
      return msg('Morning (before 12 noon)', { id: 'appointments.time.morning' });
    case 'afternoon':
      return msg('Afternoon (12 noon to 5 PM)', { id: 'appointments.time.afternoon' });
    case 'evening':
      return msg('Evening (after 5 PM)', { id: 'appointments.time.evening' });
  }
}

export function contactMethodLabel(m: ContactMethod): string {
  switch (m) {
    case 'portal':
      return msg('A message in this portal', { id: 'appointments.contact.portal' });
    case 'phone':
      return msg('Phone call', { id: 'appointments.contact.phone' });
    case 'sms':
      return msg('Text message', { id: 'appointments.contact.sms' });
    case 'email':
      return msg('Email', { id: 'appointments.contact.email' });
  }
}

/** "The clinic will confirm within 1 business day" with the right plural. */
export function confirmWithinText(days: number): string {
  const n = formatNumber(days);
  return new Intl.PluralRules(intlLocale()).select(days) === 'one'
    ? msg(str`The clinic will confirm within ${n} business day.`, { id: 'appointments.confirmWithin.one' })
    : msg(str`The clinic will confirm within ${n} business days.`, { id: 'appointments.confirmWithin.other' });
}

