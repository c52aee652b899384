/**
 * Words of the appointment form, in the current locale: visit types and field
 * errors. Everything the patient reads goes through `msg()` with an
 * `appointments.*` id. Dates and the words of the views that load on demand are
 * in `appointment-formats.ts`.
 */
import { msg, str } from '@lit/localize';
import type { ContactMethod, VisitType } from '../../adapters/types.js';
import type { AppointmentFieldError } from '../../core/appointments/validate.js';
import { formatNumber } from '../../i18n/format.js';

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
