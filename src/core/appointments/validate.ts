/**
 * Checks an appointment request draft before it is sent, field by field, so the
 * form can show each problem next to its field. Returns codes, not sentences:
 * the element words them in the patient's language. DOM-free.
 */
import type { AppointmentRequestDraft, ContactMethod, Slot, TimeOfDay, VisitType } from '../../adapters/types.js';
import { daysBetween, isDateKey, todayIn, toInstant } from '../time/index.js';

/** Longest free text (reason, note, accessibility needs) by default. */
export const DEFAULT_MAX_TEXT_LENGTH = 1000;
/** How far ahead a preferred date may be, in days, by default. */
export const DEFAULT_MAX_DAYS_AHEAD = 365;
/** Most preferred date ranges in one request, by default. */
export const DEFAULT_MAX_PERIODS = 5;

export const VISIT_TYPES: readonly VisitType[] = ['in-person', 'video', 'phone'];
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];
export const CONTACT_METHODS: readonly ContactMethod[] = ['portal', 'phone', 'sms', 'email'];

export type AppointmentErrorCode =
  /** Nothing entered or chosen. */
  | 'required'
  /** Longer than `limit` characters. */
  | 'too-long'
  /** Not a real date (or date-time). */
  | 'invalid-date'
  /** A date before today (clinic time), or a slot that has already started. */
  | 'past'
  /** A range whose end is before its start. */
  | 'end-before-start'
  /** Further ahead than `limit` days. */
  | 'too-far'
  /** Ends before the earliest date the patient gave. */
  | 'before-earliest'
  /** More items than `limit` (date ranges). */
  | 'too-many'
  /** A value outside the choices offered (visit type, location, contact details). */
  | 'invalid'
  /** The chosen slot is no longer in the list of open slots. */
  | 'unavailable';

/**
 * One problem with one field. `field` names the control: `reason`, `visitType`,
 * `locationId`, `slotId`, `preferredPeriods`, `preferredPeriods.0.start`,
 * `preferredPeriods.0.end`, `timesOfDay`, `daysOfWeek`, `earliestDate`,
 * `contact.method`, `contact.value`, `interpreterLanguage`, `accessibilityNeeds`, `note`.
 */
export interface AppointmentFieldError {
  field: string;
  code: AppointmentErrorCode;
  /** The limit that was passed (characters, days or items). */
  limit?: number;
}

export interface AppointmentValidationOptions {
  /** `book`: an open slot must be chosen. `request`: preferred date ranges must be given. */
  mode: 'book' | 'request';
  /** The clinic's IANA time zone: dates are compared with the clinic's today. */
  timeZone: string;
  maxTextLength?: number;
  maxDaysAhead?: number;
  maxPeriods?: number;
  /** Location ids offered. When given and the visit is in person, one must be chosen. */
  locationIds?: readonly string[];
  /** Visit types offered (default: all three). */
  visitTypes?: readonly VisitType[];
  /** Open slots shown to the patient: a chosen slot must be one of them. */
  slots?: readonly Slot[];
  /** Interpreter languages offered (when given, the chosen one must be among them). */
  interpreterLanguages?: readonly string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function tooLong(field: string, value: string | undefined, limit: number): AppointmentFieldError[] {
  return value !== undefined && [...value].length > limit ? [{ field, code: 'too-long', limit }] : [];
}

/** A date or date-time string the form can compare, or undefined when unreadable. */
function readDate(value: string, timeZone: string): { key: string; ms?: number } | undefined {
  if (isDateKey(value)) return { key: value };
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || !isDateKey(value.slice(0, 10))) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return { key: todayIn(ms, timeZone), ms };
}

/** Checks one date field: real, not past, not too far ahead. */
function checkDate(
  field: string,
  value: string | undefined,
  now: Date,
  today: string,
  timeZone: string,
  maxDaysAhead: number,
): { errors: AppointmentFieldError[]; key?: string; ms?: number } {
  if (value === undefined || value.trim() === '') return { errors: [{ field, code: 'required' }] };
  const d = readDate(value.trim(), timeZone);
  if (!d) return { errors: [{ field, code: 'invalid-date' }] };
  const past = d.ms !== undefined ? d.ms < now.getTime() : daysBetween(today, d.key) < 0;
  if (past) return { errors: [{ field, code: 'past' }], ...d };
  if (daysBetween(today, d.key) > maxDaysAhead) return { errors: [{ field, code: 'too-far', limit: maxDaysAhead }], ...d };
  return { errors: [], ...d };
}

/**
 * Every problem with `draft`, in the order the fields appear on the form (so the
 * first error is the first field to fix). An empty array means the draft can be sent.
 */
export function validateAppointmentRequest(
  draft: AppointmentRequestDraft,
  now: Date,
  options: AppointmentValidationOptions,
): AppointmentFieldError[] {
  const maxText = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const maxDays = options.maxDaysAhead ?? DEFAULT_MAX_DAYS_AHEAD;
  const maxPeriods = options.maxPeriods ?? DEFAULT_MAX_PERIODS;
  const today = todayIn(now, options.timeZone);
  const errors: AppointmentFieldError[] = [];

  if (!draft.reason || draft.reason.trim() === '') errors.push({ field: 'reason', code: 'required' });
  else errors.push(...tooLong('reason', draft.reason, maxText));

  const visitTypes = options.visitTypes ?? VISIT_TYPES;
  if (!draft.visitType) errors.push({ field: 'visitType', code: 'required' });
  else if (!visitTypes.includes(draft.visitType)) errors.push({ field: 'visitType', code: 'invalid' });

  if (draft.visitType === 'in-person' && options.locationIds && options.locationIds.length > 0) {
    if (!draft.locationId) errors.push({ field: 'locationId', code: 'required' });
    else if (!options.locationIds.includes(draft.locationId)) errors.push({ field: 'locationId', code: 'invalid' });
  }

  if (options.mode === 'book') {
    if (!draft.slotId) {
      errors.push({ field: 'slotId', code: 'required' });
    } else if (options.slots) {
      const slot = options.slots.find((s) => s.id === draft.slotId);
      if (!slot) errors.push({ field: 'slotId', code: 'unavailable' });
      else if (toInstant(slot.start) < now.getTime()) errors.push({ field: 'slotId', code: 'past' });
    }
  } else {
    let earliest: string | undefined;
    const earliestErrors: AppointmentFieldError[] = [];
    if (draft.earliestDate !== undefined && draft.earliestDate.trim() !== '') {
      const e = checkDate('earliestDate', draft.earliestDate, now, today, options.timeZone, maxDays);
      earliestErrors.push(...e.errors);
      if (e.errors.length === 0) earliest = e.key;
    }

    const periods = draft.preferredPeriods ?? [];
    if (periods.length === 0) errors.push({ field: 'preferredPeriods', code: 'required' });
    else if (periods.length > maxPeriods) errors.push({ field: 'preferredPeriods', code: 'too-many', limit: maxPeriods });
    periods.slice(0, maxPeriods).forEach((period, i) => {
      const start = checkDate(`preferredPeriods.${i}.start`, period.start, now, today, options.timeZone, maxDays);
      const endField = `preferredPeriods.${i}.end`;
      const end = checkDate(endField, period.end, now, today, options.timeZone, maxDays);
      errors.push(...start.errors);
      const endBeforeStart =
        start.key !== undefined &&
        end.key !== undefined &&
        (start.ms !== undefined && end.ms !== undefined ? end.ms < start.ms : daysBetween(start.key, end.key) < 0);
      if (endBeforeStart && !end.errors.some((e) => e.code === 'required' || e.code === 'invalid-date')) {
        errors.push({ field: endField, code: 'end-before-start' });
      } else if (end.errors.length > 0) {
        errors.push(...end.errors);
      } else if (earliest !== undefined && end.key !== undefined && daysBetween(earliest, end.key) < 0) {
        errors.push({ field: endField, code: 'before-earliest' });
      }
    });

    if (draft.timesOfDay?.some((t) => !TIMES_OF_DAY.includes(t))) errors.push({ field: 'timesOfDay', code: 'invalid' });
    if (draft.daysOfWeek?.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
      errors.push({ field: 'daysOfWeek', code: 'invalid' });
    }
    errors.push(...earliestErrors);

    const contact = draft.contact;
    if (contact) {
      if (!CONTACT_METHODS.includes(contact.method)) {
        errors.push({ field: 'contact.method', code: 'invalid' });
      } else if (contact.method !== 'portal') {
        const value = contact.value?.trim() ?? '';
        if (value === '') errors.push({ field: 'contact.value', code: 'required' });
        else if (contact.method === 'email' ? !EMAIL.test(value) : !isPhoneNumber(value)) {
          errors.push({ field: 'contact.value', code: 'invalid' });
        } else errors.push(...tooLong('contact.value', value, 200));
      }
    }
  }

  if (draft.interpreterLanguage && options.interpreterLanguages && !options.interpreterLanguages.includes(draft.interpreterLanguage)) {
    errors.push({ field: 'interpreterLanguage', code: 'invalid' });
  }
  errors.push(...tooLong('accessibilityNeeds', draft.accessibilityNeeds, maxText));
  errors.push(...tooLong('note', draft.note, maxText));
  return errors;
}

/** 7–15 digits, allowing spaces, dashes, dots, brackets and a leading +. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}
