/**
 * The "tell the clinic what suits me" part of the form: date ranges (add and
 * remove), times of day, days of the week, the earliest date and how to make
 * contact. Rendered into the host's shadow root, each control with its label,
 * hint and error.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ContactMethod, TimeOfDay } from '../../adapters/types.js';
import { CONTACT_METHODS, DEFAULT_MAX_PERIODS, TIMES_OF_DAY } from '../../core/appointments/validate.js';
import { addDaysToDateKey } from '../../core/time/index.js';
import { formatNumber } from '../../i18n/format.js';
import { contactMethodLabel, timeOfDayLabel, weekdayName } from './appointment-formats.js';
import { describedBy, invalid, renderFieldError, type FieldState } from './form-fields.js';
import type { PeriodRow } from './form-state.js';

export interface PreferencesForm {
  periods: PeriodRow[];
  timesOfDay: TimeOfDay[];
  daysOfWeek: number[];
  earliestDate: string;
  contactMethod: ContactMethod;
  contactValue: string;
}

export interface PreferencesView {
  form: PreferencesForm;
  fields: FieldState;
  /** Today in the clinic's zone, `YYYY-MM-DD` (the earliest date offered). */
  today: string;
  /** Days the clinic is open, 0 = Sunday. */
  openDays: readonly number[];
  onChange: (patch: Partial<PreferencesForm>) => void;
  onSetPeriod: (key: number, patch: Partial<PeriodRow>) => void;
  onAddPeriod: () => void;
  onRemovePeriod: (key: number) => void;
  onToggle: <K extends 'timesOfDay' | 'daysOfWeek'>(field: K, value: PreferencesForm[K][number], on: boolean) => void;
}

export function renderRequestPreferences(v: PreferencesView): TemplateResult {
const { form: f, fields, today } = v;
const max = addDaysToDateKey(today, 365);
const weekdays = [1, 2, 3, 4, 5, 6, 0].filter((d) => v.openDays.includes(d));
  return html`
    <fieldset class="periods" aria-describedby=${describedBy(fields, 'preferredPeriods', 'periods-hint')}>
      <legend part="label">${msg('Dates that suit you', { id: 'appointments.periods.legend' })}</legend>
      <p class="hint" id="periods-hint" part="hint">
        ${msg('Add one or more ranges of dates. For a single day, use the same date twice.', { id: 'appointments.periods.hint' })}
      </p>
      ${renderFieldError(fields, 'preferredPeriods')}
      ${f.periods.map((p, i) => {
        const n = formatNumber(i + 1);
        const startField = `preferredPeriods.${i}.start`;
        const endField = `preferredPeriods.${i}.end`;
        return html`<div class="period" role="group" aria-labelledby="period-${p.key}-label">
          <p class="period-label" id="period-${p.key}-label">${msg(str`Date range ${n}`, { id: 'appointments.periods.range' })}</p>
          <div class="row period-fields">
            <div class="field">
              <label for="period-${p.key}-start" part="label">${msg('From', { id: 'appointments.periods.from' })}</label>
              ${renderFieldError(fields, startField)}
              <input
                type="date"
                id="period-${p.key}-start"
                part="control"
                min=${today}
                max=${max}
                .value=${p.start}
                aria-invalid=${invalid(fields, startField)}
                aria-describedby=${describedBy(fields, startField)}
                @input=${(e: Event) => v.onSetPeriod(p.key, { start: (e.target as HTMLInputElement).value })}
                @change=${(e: Event) => v.onSetPeriod(p.key, { start: (e.target as HTMLInputElement).value })}
              />
            </div>
            <div class="field">
              <label for="period-${p.key}-end" part="label">${msg('To', { id: 'appointments.periods.to' })}</label>
              ${renderFieldError(fields, endField)}
              <input
                type="date"
                id="period-${p.key}-end"
                part="control"
                min=${p.start || today}
                max=${max}
                .value=${p.end}
                aria-invalid=${invalid(fields, endField)}
                aria-describedby=${describedBy(fields, endField)}
                @input=${(e: Event) => v.onSetPeriod(p.key, { end: (e.target as HTMLInputElement).value })}
                @change=${(e: Event) => v.onSetPeriod(p.key, { end: (e.target as HTMLInputElement).value })}
              />
            </div>
            ${f.periods.length > 1
              ? html`<button type="button" class="link remove-period" @click=${() => v.onRemovePeriod(p.key)}>
                  ${msg(str`Remove date range ${n}`, { id: 'appointments.periods.remove' })}
                </button>`
              : nothing}
          </div>
        </div>`;
      })}
      ${f.periods.length < DEFAULT_MAX_PERIODS
        ? html`<button type="button" id="add-period" @click=${() => v.onAddPeriod()}>
            ${msg('Add another date range', { id: 'appointments.periods.add' })}
          </button>`
        : nothing}
    </fieldset>

    <fieldset>
      <legend part="label">${msg('Times of day that suit you', { id: 'appointments.times.legend' })}</legend>
      <p class="hint" part="hint">${msg('Leave these empty if any time works.', { id: 'appointments.times.hint' })}</p>
      ${TIMES_OF_DAY.map(
        (t) => html`<div class="choice">
          <input
            type="checkbox"
            id="time-${t}"
            .checked=${f.timesOfDay.includes(t)}
            @change=${(e: Event) => v.onToggle('timesOfDay', t, (e.target as HTMLInputElement).checked)}
          />
          <label for="time-${t}">${timeOfDayLabel(t)}</label>
        </div>`,
      )}
    </fieldset>

    <fieldset>
      <legend part="label">${msg('Days of the week that suit you', { id: 'appointments.days.legend' })}</legend>
      <p class="hint" part="hint">${msg('Leave these empty if any day works.', { id: 'appointments.days.hint' })}</p>
      <div class="row">
        ${weekdays.map(
          (d) => html`<div class="choice">
            <input
              type="checkbox"
              id="day-${d}"
              .checked=${f.daysOfWeek.includes(d)}
              @change=${(e: Event) => v.onToggle('daysOfWeek', d, (e.target as HTMLInputElement).checked)}
            />
            <label for="day-${d}">${weekdayName(d)}</label>
          </div>`,
        )}
      </div>
    </fieldset>

    <div class="field">
      <label for="earliest" part="label">${msg('Earliest date you can come (optional)', { id: 'appointments.earliest.label' })}</label>
      ${renderFieldError(fields, 'earliestDate')}
      <input
        type="date"
        id="earliest"
        part="control"
        min=${today}
        max=${max}
        .value=${f.earliestDate}
        aria-invalid=${invalid(fields, 'earliestDate')}
        aria-describedby=${describedBy(fields, 'earliestDate')}
        @input=${(e: Event) => v.onChange({ earliestDate: (e.target as HTMLInputElement).value })}
        @change=${(e: Event) => v.onChange({ earliestDate: (e.target as HTMLInputElement).value })}
      />
    </div>

    <fieldset>
      <legend part="label">${msg('How should the clinic contact you?', { id: 'appointments.contact.legend' })}</legend>
      ${CONTACT_METHODS.map(
        (m) => html`<div class="choice">
          <input
            type="radio"
            name="contact"
            id="contact-${m}"
            .checked=${f.contactMethod === m}
            @change=${() => v.onChange({ contactMethod: m })}
          />
          <label for="contact-${m}">${contactMethodLabel(m)}</label>
        </div>`,
      )}
      ${f.contactMethod !== 'portal'
        ? html`<div class="field">
            <label for="contact-value" part="label">
              ${f.contactMethod === 'email'
                ? msg('Email address', { id: 'appointments.contact.emailLabel' })
                : msg('Phone number', { id: 'appointments.contact.phoneLabel' })}
            </label>
            ${renderFieldError(fields, 'contact.value')}
            <input
              id="contact-value"
              part="control"
              type=${f.contactMethod === 'email' ? 'email' : 'tel'}
              autocomplete=${f.contactMethod === 'email' ? 'email' : 'tel'}
              .value=${f.contactValue}
              aria-invalid=${invalid(fields, 'contact.value')}
              aria-describedby=${describedBy(fields, 'contact.value')}
              @input=${(e: Event) => v.onChange({ contactValue: (e.target as HTMLInputElement).value })}
            />
          </div>`
        : nothing}
    </fieldset>
  `;
}

