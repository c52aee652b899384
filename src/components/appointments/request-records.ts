/**
 * Loaded on demand (`loadModule('appointmentRecords')`): what the patient sees
 * of requests already sent — the confirmation details and the list with status
 * and cancel. The form does not need any of it to open.
 */
import type { AppointmentRequest, MessagingPolicy } from '../../adapters/types.js';
import { confirmByDate } from '../../core/appointments/confirm-by.js';

export { renderConfirmationDetails, type ConfirmationView } from './appointment-confirmation.js';
export { renderRequestList, type RequestListView } from './request-list.js';

/**
 * A pending request always says when to expect an answer: the back end's
 * `confirmBy`, else the clinic's business days counted from when it was sent.
 */
export function withConfirmBy(
  request: AppointmentRequest,
  confirmBusinessDays: number,
  timeZone: string,
  policy: MessagingPolicy | undefined,
  now: Date,
): AppointmentRequest {
  if (request.status !== 'pending' || request.confirmBy) return request;
  const sent = Date.parse(request.createdAt);
  const confirmBy = confirmByDate(Number.isNaN(sent) ? now : sent, confirmBusinessDays, {
    timeZone,
    holidays: policy?.holidays,
    closesAt: policy?.clinicHours.close,
  });
  return { ...request, confirmBy };
}
