/**
 * Keeps the appointment form across a page reload, with the idempotency key of
 * its next send (so a reload after a lost response still cannot book twice).
 *
 * Session storage, not local storage: the draft survives a reload or a crash of
 * the tab, but not closing it, so a reason for a visit is not left behind on a
 * shared computer.
 */
import type { AppointmentRequestDraft, ContactMethod, TimeOfDay, VisitType } from '../../adapters/types.js';

export const APPOINTMENT_DRAFT_PREFIX = 'portal-elements:appointment-draft:';

/** The form fields kept between reloads. */
export interface AppointmentFormDraft {
  reason: string;
  visitType: VisitType | '';
  patientStatus: '' | 'new' | 'returning';
  clinicianId: string;
  locationId: string;
  mode: 'book' | 'request';
  slotId: string;
  periods: { start: string; end: string }[];
  timesOfDay: TimeOfDay[];
  daysOfWeek: number[];
  earliestDate: string;
  contactMethod: ContactMethod;
  contactValue: string;
  interpreterLanguage: string;
  accessibilityNeeds: string;
  note: string;
}

interface StoredRecord {
  v: 1;
  form: AppointmentFormDraft;
  idempotencyKey: string;
  /** A send whose answer never arrived: retried as it was, with the same key. */
  pendingSend?: AppointmentRequestDraft;
  savedAt: string;
}

/** What a reload finds. */
export interface LoadedAppointmentDraft {
  form: AppointmentFormDraft;
  idempotencyKey: string;
  pendingSend?: AppointmentRequestDraft;
}

function readPendingSend(value: unknown): AppointmentRequestDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const d = value as Partial<AppointmentRequestDraft>;
  const ok =
    typeof d.reason === 'string' &&
    (d.visitType === 'in-person' || d.visitType === 'video' || d.visitType === 'phone') &&
    Array.isArray(d.preferredPeriods);
  return ok ? (value as AppointmentRequestDraft) : undefined;
}

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): the form then lives only on screen.
    return undefined;
  }
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;

/** Reads back a stored form, field by field: anything malformed falls back to empty. */
function readForm(value: unknown): AppointmentFormDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const f = value as Record<string, unknown>;
  const periods = Array.isArray(f.periods)
    ? f.periods
        .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
        .map((p) => ({ start: str(p.start), end: str(p.end) }))
        .slice(0, 10)
    : [];
  return {
    reason: str(f.reason),
    visitType: oneOf<VisitType | ''>(f.visitType, ['in-person', 'video', 'phone'], ''),
    patientStatus: oneOf<'' | 'new' | 'returning'>(f.patientStatus, ['new', 'returning'], ''),
    clinicianId: str(f.clinicianId),
    locationId: str(f.locationId),
    mode: oneOf<'book' | 'request'>(f.mode, ['book', 'request'], 'book'),
    slotId: str(f.slotId),
    periods,
    timesOfDay: Array.isArray(f.timesOfDay)
      ? f.timesOfDay.filter((t): t is TimeOfDay => t === 'morning' || t === 'afternoon' || t === 'evening')
      : [],
    daysOfWeek: Array.isArray(f.daysOfWeek)
      ? f.daysOfWeek.filter((d): d is number => Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 6)
      : [],
    earliestDate: str(f.earliestDate),
    contactMethod: oneOf<ContactMethod>(f.contactMethod, ['portal', 'phone', 'sms', 'email'], 'portal'),
    contactValue: str(f.contactValue),
    interpreterLanguage: str(f.interpreterLanguage),
    accessibilityNeeds: str(f.accessibilityNeeds),
    note: str(f.note),
  };
}

export function loadAppointmentDraft(key: string): LoadedAppointmentDraft | undefined {
  const raw = storage()?.getItem(APPOINTMENT_DRAFT_PREFIX + key);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<StoredRecord>;
    const form = parsed.v === 1 ? readForm(parsed.form) : undefined;
    if (!form || typeof parsed.idempotencyKey !== 'string' || parsed.idempotencyKey === '') return undefined;
    const pendingSend = readPendingSend(parsed.pendingSend);
    return pendingSend ? { form, idempotencyKey: parsed.idempotencyKey, pendingSend } : { form, idempotencyKey: parsed.idempotencyKey };
  } catch {
    return undefined;
  }
}

export function saveAppointmentDraft(
  key: string,
  form: AppointmentFormDraft,
  idempotencyKey: string,
  pendingSend?: AppointmentRequestDraft,
): void {
  const record: StoredRecord = { v: 1, form, idempotencyKey, pendingSend, savedAt: new Date().toISOString() };
  try {
    storage()?.setItem(APPOINTMENT_DRAFT_PREFIX + key, JSON.stringify(record));
  } catch {
    // Quota exceeded or storage blocked: the form stays on screen; nothing else to do.
  }
}

export function clearAppointmentDraft(key: string): void {
  try {
    storage()?.removeItem(APPOINTMENT_DRAFT_PREFIX + key);
  } catch {
    // Storage blocked: nothing was stored either.
  }
}
