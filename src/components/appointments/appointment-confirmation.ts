/**
 * What the patient sees once a request is sent: booked (with the time) or
 * received (with when the clinic will confirm). Sets expectations plainly.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AppointmentRequest, SchedulingOptions, Slot } from '../../adapters/types.js';
import { dateKeyOf, zonedParts } from '../../core/time/index.js';
import { confirmWithinText, contactMethodLabel, formatDayHeading, formatWhen, timeZoneName } from './appointment-formats.js';
import { visitTypeLabel } from './appointment-text.js';

/** "Monday, March 9" for a request's `confirmBy` (a date or a date-time), on the clinic's calendar. */
export function confirmByText(confirmBy: string, clinicTimeZone: string): string {
  const key = dateKeyOf(confirmBy, clinicTimeZone);
  return key ? formatDayHeading(key) : confirmBy;
}

/**
 * "Monday, March 9, 9:30 AM (Central Time)", plus the patient's own time when
 * their clock shows something else at that moment.
 */
export function describeSlot(slot: Slot, clinicTimeZone: string, patientTimeZone: string): string {
  const zone = slot.location?.timeZone ?? clinicTimeZone;
  const when = formatWhen(slot.start, zone);
  const zoneName = timeZoneName(zone, Date.parse(slot.start));
  const clinic = msg(str`${when} (${zoneName})`, { id: 'appointments.slot.when' });
  const differs = zonedParts(slot.start, zone).offsetMinutes !== zonedParts(slot.start, patientTimeZone).offsetMinutes;
  if (!differs) return clinic;
  const yours = formatWhen(slot.start, patientTimeZone);
  return msg(str`${clinic}. Your time: ${yours}`, { id: 'appointments.slot.whenYours' });
}

export interface ConfirmationView {
  request: AppointmentRequest;
  options: SchedulingOptions;
  patientTimeZone: string;
  /** Business days in which the clinic confirms (from the scheduling options or the policy). */
  confirmBusinessDays: number;
  clinicPhone?: string;
}

/**
 * The details under the confirmation heading: the booked time and how the visit
 * happens, or when and how the clinic will answer a request. The heading and
 * "Request another appointment" are the element's, so they show (and take
 * focus) even before this view has loaded.
 */
export function renderConfirmationDetails(v: ConfirmationView): TemplateResult {
  const r = v.request;
  const tz = v.options.timeZone;
  const booked = r.status === 'booked' || r.status === 'confirmed';
  const clinician = r.slot?.clinician?.name ?? (r.clinicianId ? v.options.clinicians.find((c) => c.id === r.clinicianId)?.name : undefined);
  const location = r.slot?.location ?? (r.locationId ? v.options.locations.find((l) => l.id === r.locationId) : undefined);
  return html`${booked && r.slot
      ? html`<p class="when"><strong>${describeSlot(r.slot, tz, v.patientTimeZone)}</strong></p>
          <p>
            ${visitTypeLabel(r.visitType)}${clinician ? html` · ${clinician}` : nothing}
            ${location && r.visitType === 'in-person'
              ? html`<br />${location.name}${location.address ? html`, ${location.address}` : nothing}`
              : nothing}
          </p>
          ${r.visitType === 'video'
            ? html`<p>${msg('We will send you a link to join the video call before your visit.', { id: 'appointments.done.videoLink' })}</p>`
            : nothing}
          ${r.visitType === 'phone'
            ? html`<p>${msg('The clinic will call you at this time.', { id: 'appointments.done.phoneCall' })}</p>`
            : nothing}`
      : html`<p><strong>${confirmWithinText(v.confirmBusinessDays)}</strong></p>
          ${r.confirmBy
            ? html`<p>${msg(str`Expect to hear from them by ${confirmByText(r.confirmBy, tz)}.`, { id: 'appointments.done.confirmBy' })}</p>`
            : nothing}
          ${r.contact
            ? html`<p>${msg(str`They will contact you by: ${contactMethodLabel(r.contact.method)}.`, { id: 'appointments.done.contact' })}</p>`
            : nothing}`}
    <p>
      ${v.clinicPhone
        ? msg(str`To change or cancel, use the list below or call ${v.clinicPhone}.`, { id: 'appointments.done.changePhone' })
        : msg('To change or cancel, use the list below or call the clinic.', { id: 'appointments.done.change' })}
    </p>`;
}
