/**
 * The open-slot chooser: one radio group (shared `name`) split into a fieldset per
 * clinic day, so arrow keys move through every time and Tab leaves the list.
 * Rendered into the host's shadow root, next to its label and error.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { PlacedSlot, SlotDay } from '../../core/appointments/slots.js';
import { formatClock, formatDayHeading, formatDayTitle, timeZoneName } from './appointment-formats.js';

/** The element groups the slots it fetched with this, once the picker has loaded. */
export { groupSlotsByDay } from '../../core/appointments/slots.js';

export interface SlotPickerView {
  days: SlotDay[];
  /** How many days to show (the rest behind "Show more days"). */
  daysShown: number;
  selectedId: string;
  /** Id of the error message, when the choice is invalid. */
  errorId?: string;
  clinicTimeZone: string;
  patientTimeZone: string;
  /** Name the clinician on each slot (when the patient did not choose one). */
  showClinician: boolean;
  onSelect: (slotId: string) => void;
  onShowMore: () => void;
}

/** "8:00 AM your time" (with the day when it is another day for the patient). */
function yourTime(p: PlacedSlot, patientTimeZone: string): string {
  const time = formatClock(p.slot.start, patientTimeZone);
  if (p.patient.date !== p.clinic.date) {
    const day = formatDayHeading(p.patient.date);
    return msg(str`${day}, ${time} your time`, { id: 'appointments.slots.yourTimeOtherDay' });
  }
  return msg(str`${time} your time`, { id: 'appointments.slots.yourTime' });
}

export function renderSlotPicker(v: SlotPickerView): TemplateResult {
  const shown = v.days.slice(0, v.daysShown);
  const anyDiffers = v.days.some((d) => d.differs);
  const firstInstant = v.days[0]?.slots[0] ? Date.parse(v.days[0].slots[0].slot.start) : Date.now();
  const clinicZone = timeZoneName(v.clinicTimeZone, firstInstant);
  const patientZone = timeZoneName(v.patientTimeZone, firstInstant);
  const invalid = v.errorId !== undefined;
  return html`
    <p class="hint" id="slot-zone-hint">
      ${msg(str`Times are clinic time (${clinicZone}).`, { id: 'appointments.slots.clinicZone' })}
      ${anyDiffers
        ? msg(str`Where your time (${patientZone}) is different, it is shown too.`, { id: 'appointments.slots.patientZone' })
        : nothing}
    </p>
    <div class="slot-days" part="slots">
      ${shown.map(
        (day) => html`<fieldset class="slot-day" part="slot-day">
          <legend>${formatDayTitle(day.date)}</legend>
          <div class="slot-grid">
            ${day.slots.map((p) => {
              const checked = p.slot.id === v.selectedId;
              const describedBy = ['slot-zone-hint', invalid ? v.errorId : ''].filter(Boolean).join(' ');
              return html`<label class="slot ${checked ? 'selected' : ''}" part="slot">
                <input
                  type="radio"
                  name="slot"
                  class="slot-input"
                  .value=${p.slot.id}
                  .checked=${checked}
                  aria-invalid=${invalid ? 'true' : 'false'}
                  aria-describedby=${describedBy}
                  @change=${() => v.onSelect(p.slot.id)}
                />
                <span class="slot-text">
                  <span class="slot-time">${formatClock(p.slot.start, p.clinicTimeZone)}</span>
                  ${p.differs ? html`<span class="slot-extra">${yourTime(p, v.patientTimeZone)}</span>` : nothing}
                  ${v.showClinician && p.slot.clinician ? html`<span class="slot-extra">${p.slot.clinician.name}</span>` : nothing}
                </span>
              </label>`;
            })}
          </div>
        </fieldset>`,
      )}
    </div>
    ${v.daysShown < v.days.length
      ? html`<button type="button" class="link show-more" @click=${v.onShowMore}>
          ${msg('Show more days', { id: 'appointments.slots.showMore' })}
        </button>`
      : nothing}
  `;
}
