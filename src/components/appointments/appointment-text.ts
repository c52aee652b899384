/**
 * Words and date formats of the appointment widget, in the current locale.
 * Everything the patient reads goes through `msg()` with an `appointments.*` id.
 */
import { msg, str } from '@lit/localize';
import type {
  AppointmentRequestStatus,
  ContactMethod,
  TimeOfDay,
  VisitType,
} from '../../adapters/types.js';
import type { AppointmentFieldError } from '../../core/appointments/index.js';
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

export function visitTypeLabel(type: VisitType): string {
  switch (type) {
    case 'in-person':
      return msg('In person', { id: 'appointments.visit.inPerson' });
    case 'video':
      return msg('Video call', { id: 'appointments.visit.video' });
    case 'phone':
      return msg('Phone call', { id: 'appointments.visit.phone' });
  }
}

export function visitTypeHint(type: VisitType): string {
  switch (type) {
    case 'in-person':
      return msg('Come to the clinic.', { id: 'appointments.visit.inPersonHint' });
    case 'video':
      return msg('Talk on a screen from home. We send you a link.', { id: 'appointments.visit.videoHint' });
    case 'phone':
      return msg('We call you at the time of your visit.', { id: 'appointments.visit.phoneHint' });
  }
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

function tooLong(limit: number | undefined): string {
  const n = formatNumber(limit ?? 0);
  return msg(str`Use ${n} characters or fewer.`, { id: 'appointments.error.tooLong' });
}

function dateProblem(error: AppointmentFieldError): string | undefined {
  switch (error.code) {
    case 'invalid-date':
      return msg('Enter a real date.', { id: 'appointments.error.invalidDate' });
    case 'past':
      return msg('Choose today or a later date.', { id: 'appointments.error.pastDate' });
    case 'too-far': {
      const n = formatNumber(error.limit ?? 0);
      return msg(str`Choose a date within the next ${n} days.`, { id: 'appointments.error.tooFar' });
    }
    case 'end-before-start':
      return msg('The last date must be the same as the first date or after it.', { id: 'appointments.error.endBeforeStart' });
    case 'before-earliest':
      return msg('The last date must be on or after your earliest date.', { id: 'appointments.error.beforeEarliest' });
    default:
      return undefined;
  }
}

/**
 * What is wrong and how to fix it, for one field error. `contactMethod` words
 * the contact-detail errors for a phone number or an email address.
 */
export function fieldErrorText(error: AppointmentFieldError, contactMethod?: ContactMethod): string {
  const { field, code } = error;
  if (code === 'too-long') return tooLong(error.limit);
  if (field === 'reason') return msg('Tell us the reason for your visit.', { id: 'appointments.error.reasonRequired' });
  if (field === 'visitType') return msg('Choose how you want to be seen.', { id: 'appointments.error.visitTypeRequired' });
  if (field === 'locationId') return msg('Choose a clinic location.', { id: 'appointments.error.locationRequired' });
  if (field === 'slotId') {
    if (code === 'unavailable' || code === 'past') {
      return msg('That time is no longer open. Choose another time.', { id: 'appointments.error.slotGone' });
    }
    return msg('Choose a time for your visit.', { id: 'appointments.error.slotRequired' });
  }
  if (field === 'preferredPeriods') {
    if (code === 'too-many') {
      const n = formatNumber(error.limit ?? 0);
      return msg(str`You can add up to ${n} date ranges.`, { id: 'appointments.error.tooManyPeriods' });
    }
    return msg('Add at least one range of dates that suit you.', { id: 'appointments.error.periodsRequired' });
  }
  if (field.startsWith('preferredPeriods.') || field === 'earliestDate') {
    if (code === 'required') {
      return field.endsWith('.end')
        ? msg('Enter the last date that suits you.', { id: 'appointments.error.endRequired' })
        : msg('Enter the first date that suits you.', { id: 'appointments.error.startRequired' });
    }
    return dateProblem(error) ?? msg('Enter a real date.', { id: 'appointments.error.invalidDate' });
  }
  if (field === 'contact.value') {
    const email = contactMethod === 'email';
    if (code === 'required') {
      return email
        ? msg('Enter your email address.', { id: 'appointments.error.emailRequired' })
        : msg('Enter your phone number.', { id: 'appointments.error.phoneRequired' });
    }
    return email
      ? msg('Enter an email address like name@example.com.', { id: 'appointments.error.emailInvalid' })
      : msg('Enter a phone number like 312 555 0142.', { id: 'appointments.error.phoneInvalid' });
  }
  return msg('Choose one of the options shown.', { id: 'appointments.error.chooseOption' });
}
