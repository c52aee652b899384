/**
 * Entry for `portal-elements/appointments`: defines `<portal-appointment-request>`
 * (and the `<portal-urgency-notice>` it shows) and re-exports the class.
 */
import { defineElement } from '../shared/define.js';
import {
  PortalAppointmentRequest,
  type AppointmentRequestEventDetail,
  type AppointmentUrgencyChangeDetail,
  type EmergencyPolicy,
} from './appointment-request.component.js';

export { PortalAppointmentRequest };
export type { AppointmentRequestEventDetail, AppointmentUrgencyChangeDetail, EmergencyPolicy };

defineElement('portal-appointment-request', PortalAppointmentRequest);

/** Events `<portal-appointment-request>` fires (all bubble and are composed). */
export interface PortalAppointmentsEventMap {
  'portal-appointment-requested': CustomEvent<AppointmentRequestEventDetail>;
  'portal-appointment-cancelled': CustomEvent<AppointmentRequestEventDetail>;
  'portal-urgency-change': CustomEvent<AppointmentUrgencyChangeDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-appointment-request': PortalAppointmentRequest;
  }
  // `portal-urgency-change` is shared with the message composer, so it is typed in
  // `PortalAppointmentsEventMap` rather than declared globally twice.
  interface GlobalEventHandlersEventMap {
    'portal-appointment-requested': CustomEvent<AppointmentRequestEventDetail>;
    'portal-appointment-cancelled': CustomEvent<AppointmentRequestEventDetail>;
  }
}
