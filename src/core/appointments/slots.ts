/**
 * Open slots grouped by day, in the clinic's time zone, with the patient's own
 * wall clock alongside when it differs. DOM-free; `Intl` only, so it holds across
 * daylight-saving changes (offsets are read per slot, never assumed per day).
 */
import type { Slot, TimeOfDay } from '../../adapters/types.js';
import { toInstant, zonedParts, type ZonedParts } from '../time/index.js';

export interface SlotGroupingOptions {
  /** The clinic's IANA time zone (a slot's `location.timeZone` wins when set). */
  clinicTimeZone: string;
  /** The patient's IANA time zone. */
  patientTimeZone: string;
  /** Leave out slots that start before this instant (already past). */
  now?: Date | number;
}

/** One slot with its wall-clock times. */
export interface PlacedSlot {
  slot: Slot;
  /** The zone the clinic time is in (the location's, else the clinic's). */
  clinicTimeZone: string;
  clinic: ZonedParts;
  patient: ZonedParts;
  /** The patient's wall clock differs from the clinic's at this instant. */
  differs: boolean;
  timeOfDay: TimeOfDay;
}

/** The slots of one clinic calendar day, earliest first. */
export interface SlotDay {
  /** `YYYY-MM-DD` in the clinic's time zone. */
  date: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  slots: PlacedSlot[];
  /** Some slot on this day shows a different time for the patient. */
  differs: boolean;
}

/** Morning before 12:00, afternoon before 17:00, evening after. */
export function timeOfDayOf(hour: number): TimeOfDay {
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}

/**
 * Groups slots by the clinic's calendar day. Unreadable slots (bad dates) are
 * dropped, duplicates by id are kept once, and both days and slots are sorted.
 */
export function groupSlotsByDay(slots: readonly Slot[], options: SlotGroupingOptions): SlotDay[] {
  const nowMs = options.now === undefined ? undefined : toInstant(options.now);
  const seen = new Set<string>();
  const placed: PlacedSlot[] = [];
  for (const slot of slots) {
    const ms = toInstant(slot.start);
    if (Number.isNaN(ms) || seen.has(slot.id)) continue;
    if (nowMs !== undefined && ms < nowMs) continue;
    seen.add(slot.id);
    const clinicTimeZone = slot.location?.timeZone ?? options.clinicTimeZone;
    const clinic = zonedParts(ms, clinicTimeZone);
    const patient = zonedParts(ms, options.patientTimeZone);
    placed.push({
      slot,
      clinicTimeZone,
      clinic,
      patient,
      differs: clinic.offsetMinutes !== patient.offsetMinutes,
      timeOfDay: timeOfDayOf(clinic.hour),
    });
  }
  placed.sort((a, b) => toInstant(a.slot.start) - toInstant(b.slot.start) || a.slot.id.localeCompare(b.slot.id));

  const days = new Map<string, SlotDay>();
  for (const p of placed) {
    let day = days.get(p.clinic.date);
    if (!day) {
      day = { date: p.clinic.date, weekday: p.clinic.weekday, slots: [], differs: false };
      days.set(p.clinic.date, day);
    }
    day.slots.push(p);
    day.differs ||= p.differs;
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Whether the two zones show different wall clocks at any of these instants. */
export function zonesDifferAt(instants: readonly (Date | number | string)[], a: string, b: string): boolean {
  return instants.some((i) => zonedParts(i, a).offsetMinutes !== zonedParts(i, b).offsetMinutes);
}
