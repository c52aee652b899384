/**
 * The form on screen (the stored draft, with a stable key per date range row).
 * Kept apart from the form's templates so the element can hold, restore and
 * reset it before those templates have loaded.
 */
import type { AppointmentFormDraft } from './draft-storage.js';

export interface PeriodRow {
  key: number;
  start: string;
  end: string;
}

export interface FormState extends Omit<AppointmentFormDraft, 'periods'> {
  periods: PeriodRow[];
}

let periodKeys = 0;
export const newPeriod = (): PeriodRow => ({ key: ++periodKeys, start: '', end: '' });

export function emptyForm(): FormState {
  return {
    reason: '',
    visitType: '',
    patientStatus: '',
    clinicianId: '',
    locationId: '',
    mode: 'book',
    slotId: '',
    periods: [newPeriod()],
    timesOfDay: [],
    daysOfWeek: [],
    earliestDate: '',
    contactMethod: 'portal',
    contactValue: '',
    interpreterLanguage: '',
    accessibilityNeeds: '',
    note: '',
  };
}
