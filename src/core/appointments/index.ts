/** Appointment scheduling rules: request validation, slot grouping by day, confirmation dates. DOM-free. */
export {
  validateAppointmentRequest,
  isPhoneNumber,
  DEFAULT_MAX_TEXT_LENGTH,
  DEFAULT_MAX_DAYS_AHEAD,
  DEFAULT_MAX_PERIODS,
  VISIT_TYPES,
  TIMES_OF_DAY,
  CONTACT_METHODS,
  type AppointmentErrorCode,
  type AppointmentFieldError,
  type AppointmentValidationOptions,
} from './validate.js';
export { groupSlotsByDay, timeOfDayOf, zonesDifferAt, type PlacedSlot, type SlotDay, type SlotGroupingOptions } from './slots.js';
export { confirmByDate, type ConfirmByOptions } from './confirm-by.js';
