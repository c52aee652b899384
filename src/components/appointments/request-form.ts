/**
 * Loaded on demand (`loadModule('appointmentForm')`, started when the element
 * connects, alongside the clinic's options): the request form's templates, its
 * validation and the draft it sends. The element keeps the state, the urgency
 * gate and the sending; this module turns that state into the form and the
 * patient's edits back into patches. Rendered into the element's shadow root, so
 * each control stays with its label, hint and error.
 */
import { msg, str } from '@lit/localize';
import type { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { isPortalError } from '../../adapters/errors.js';
import type {
  AppointmentRequestDraft,
  MessagingPolicy,
  PortalAdapter,
  SchedulingOptions,
  Slot,
  VisitType,
} from '../../adapters/types.js';
import {
  DEFAULT_MAX_TEXT_LENGTH,
  TIMES_OF_DAY,
  VISIT_TYPES,
  validateAppointmentRequest,
  type AppointmentFieldError,
} from '../../core/appointments/validate.js';
import { deviceTimeZone, isValidTimeZone, todayIn } from '../../core/time/zoned-time.js';
import type { UrgencyLevel } from '../../core/urgency/types.js';
import { formatNumber } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';
import type { LazyModule } from '../../lazy/modules.js';
import { errorMessage, renderError, renderLoading } from '../shared/states.js';
import type { UrgencyAcknowledgedDetail } from '../urgency/urgency-notice.component.js';
import { urgencyUnavailableText } from '../urgency/urgency-unavailable.js';
import { fieldErrorText, visitTypeHint, visitTypeLabel } from './appointment-text.js';
import { clearAppointmentDraft, loadAppointmentDraft, saveAppointmentDraft, type LoadedAppointmentDraft } from './draft-storage.js';
import { describedBy, errorIdOf, invalid, renderFieldError, type FieldState } from './form-fields.js';
import { newPeriod, type FormState, type PeriodRow } from './form-state.js';
import { renderRequestPreferences } from './request-preferences.js';

export type Mode = 'book' | 'request';

/** What the clinic offers, with defaults filled in. */
export interface FormSetup {
  options: SchedulingOptions;
  policy?: MessagingPolicy;
  confirmBusinessDays: number;
  /** The patient's zone: `zone` if the browser knows it, else the device's. */
  patientZone: (zone: string) => string;
}

/** The clinic's options and messaging policy, with a valid time zone and defaults for what is missing. */
export function resolveSetup(options: SchedulingOptions | undefined, policy: MessagingPolicy | undefined): FormSetup {
  const timeZone = options?.timeZone ?? policy?.timeZone;
  const resolved: SchedulingOptions = {
    appointmentTypes: options?.appointmentTypes ?? [],
    clinicians: options?.clinicians ?? [],
    locations: options?.locations ?? [],
    commonReasons: options?.commonReasons ?? [],
    interpreterLanguages: options?.interpreterLanguages ?? [],
    timeZone: isValidTimeZone(timeZone) ? timeZone : deviceTimeZone(),
    confirmBusinessDays: options?.confirmBusinessDays ?? policy?.appointmentConfirmBusinessDays ?? 1,
  };
  return {
    options: resolved,
    policy,
    confirmBusinessDays: resolved.confirmBusinessDays,
    patientZone: (zone) => (isValidTimeZone(zone) ? zone : deviceTimeZone()),
  };
}

export interface FormUrgency {
  level: UrgencyLevel;
  categories: string[];
}

/** Everything the form shows, and what it calls back. */
export interface RequestFormView {
  setup: FormSetup;
  form: FormState;
  mode: Mode;
  canBook: boolean;
  /** An emergency hides the rest of the form (until acknowledged, where allowed). */
  blocked: boolean;
  /** Errors on show: empty until the first submit. */
  errors: AppointmentFieldError[];
  urgency: FormUrgency;
  urgencyAcknowledged: boolean;
  requireAcknowledgement: boolean;
  /** The urgency check could not load: say so kindly (it never blocks the request). */
  urgencyUnavailable: boolean;
  /** For that notice: the number to call in an emergency. */
  emergencyNumber: string;
  adapter?: PortalAdapter;
  maxTextLength: number;
  patientTimeZone: string;
  now: Date;
  submitting: boolean;
  /** Submit was pressed while the urgency check was still loading. */
  checking: boolean;
  submitError?: unknown;
  unconfirmed: boolean;
  conflict: boolean;
  slots: Task<readonly unknown[], Slot[] | undefined>;
  daysShown: number;
  /** The open-time chooser, once loaded (it loads only where booking is offered). */
  slotPicker?: LazyModule<'appointmentSlotPicker'>;
  /** Loading, or an error with "Try again", while the chooser is not here. */
  slotPickerPending: (loading: string, failedTitle: string) => TemplateResult;
  slotPickerFailed: boolean;
  /** Applies a patch to the form; `focus` is the id of the control to focus after the update. */
  onChange: (patch: Partial<FormState>, focus?: string) => void;
  /** The reason was typed (checked after a pause) or set at once (checked now). */
  onReason: (reason: string, checkNow: boolean) => void;
  onReasonBlur: () => void;
  onAcknowledge: (acknowledged: boolean) => void;
  onSlot: (slotId: string) => void;
  onShowMoreDays: () => void;
  onSubmit: (e: Event) => void;
  onRetrySend: () => void;
  onFocus: (id: string) => void;
}

export { clearAppointmentDraft };

/** The unsent form stored under `key` (after a reload), with fresh row keys. */
export function restoreForm(key: string): (Omit<LoadedAppointmentDraft, 'form'> & { form: FormState }) | undefined {
  const saved = loadAppointmentDraft(key);
  if (!saved) return undefined;
  const periods = saved.form.periods.length ? saved.form.periods : [{ start: '', end: '' }];
  return { ...saved, form: { ...saved.form, periods: periods.map((p) => ({ ...newPeriod(), ...p })) } };
}

/** Keeps the form for a reload; forgets it when nothing was entered and no send awaits an answer. */
export function persistForm(key: string, f: FormState, idempotencyKey: string, pendingSend?: AppointmentRequestDraft): void {
  const touched =
    f.reason.trim() !== '' || f.note.trim() !== '' || f.accessibilityNeeds.trim() !== '' || f.visitType !== '' ||
    f.periods.some((p) => p.start || p.end) || f.earliestDate !== '' || f.contactValue !== '';
  if (!touched && !pendingSend) clearAppointmentDraft(key);
  else saveAppointmentDraft(key, { ...f, periods: f.periods.map(({ start, end }) => ({ start, end })) }, idempotencyKey, pendingSend);
}

/** Longest reason, note or accessibility text, from the element's `max-text-length`. */
export const maxTextOf = (value: number): number =>
  Number.isFinite(value) && value > 0 ? Math.floor(value) : DEFAULT_MAX_TEXT_LENGTH;

/** Element id of the control that shows the error of `field`. */
export function controlId(field: string, form: FormState): string {
  const period = /^preferredPeriods\.(\d+)\.(start|end)$/.exec(field);
  if (period) return `period-${form.periods[Number(period[1])]?.key ?? 0}-${period[2]}`;
  switch (field) {
    case 'visitType':
      return `visit-${form.visitType || VISIT_TYPES[0]}`;
    case 'locationId':
      return 'location';
    case 'slotId':
      return 'slot-group';
    case 'preferredPeriods':
      return 'add-period';
    case 'earliestDate':
      return 'earliest';
    case 'contact.method':
      return `contact-${form.contactMethod}`;
    case 'contact.value':
      return 'contact-value';
    case 'interpreterLanguage':
      return 'interpreter';
    case 'accessibilityNeeds':
      return 'access';
    case 'timesOfDay':
      return 'time-morning';
    case 'daysOfWeek':
      return 'day-1';
    default:
      return field;
  }
}

/** What is sent: only what applies to the chosen mode. */
export function buildDraft(
  f: FormState,
  mode: Mode,
  slots: readonly Slot[] | undefined,
  urgency: FormUrgency,
  acknowledged: boolean,
): AppointmentRequestDraft {
  const slot = mode === 'book' ? slots?.find((s) => s.id === f.slotId) : undefined;
  const draft: AppointmentRequestDraft = {
    reason: f.reason.trim(),
    visitType: f.visitType as VisitType,
    preferredPeriods: slot
      ? [{ start: slot.start, end: slot.end }]
      : mode === 'book'
        ? []
        : f.periods.map((p) => ({ start: p.start, end: p.end })),
  };
  if (f.patientStatus) draft.newPatient = f.patientStatus === 'new';
  if (f.clinicianId) draft.clinicianId = f.clinicianId;
  if (f.visitType === 'in-person' && f.locationId) draft.locationId = f.locationId;
  if (mode === 'book') {
    if (f.slotId) draft.slotId = f.slotId;
    if (slot?.appointmentTypeId) draft.appointmentTypeId = slot.appointmentTypeId;
  } else {
    if (f.timesOfDay.length) draft.timesOfDay = TIMES_OF_DAY.filter((t) => f.timesOfDay.includes(t));
    if (f.daysOfWeek.length) draft.daysOfWeek = [...f.daysOfWeek].sort((a, b) => a - b);
    if (f.earliestDate) draft.earliestDate = f.earliestDate;
    draft.contact = f.contactMethod === 'portal' ? { method: 'portal' } : { method: f.contactMethod, value: f.contactValue.trim() };
  }
  if (f.interpreterLanguage) draft.interpreterLanguage = f.interpreterLanguage;
  if (f.accessibilityNeeds.trim()) draft.accessibilityNeeds = f.accessibilityNeeds.trim();
  if (f.note.trim()) draft.note = f.note.trim();
  if (urgency.level !== 'routine') {
    draft.urgency = urgency.level === 'emergency' ? { level: 'emergency', acknowledged } : { level: urgency.level };
  }
  return draft;
}

export function validateForm(
  draft: AppointmentRequestDraft,
  now: Date,
  setup: FormSetup,
  mode: Mode,
  maxTextLength: number,
  slots: Slot[] | undefined,
): AppointmentFieldError[] {
  const options = setup.options;
  return validateAppointmentRequest(draft, now, {
    mode,
    timeZone: options.timeZone,
    maxTextLength: maxTextOf(maxTextLength),
    locationIds: options.locations.map((l) => l.id),
    slots: mode === 'book' ? slots ?? [] : undefined,
    interpreterLanguages: options.interpreterLanguages,
  });
}

/** "Reason. Quick reason", unless the reason already says it. */
function withQuickReason(current: string, reason: string): string | undefined {
  const text = current.trim();
  if (text.toLowerCase().includes(reason.toLowerCase())) return undefined;
  const separator = /[.!?;:]$/.test(text) ? ' ' : '. ';
  return text ? `${text}${separator}${reason}` : reason;
}

function fieldsOf(v: RequestFormView): FieldState {
  return { error: (field) => v.errors.find((e) => e.field === field), contactMethod: v.form.contactMethod };
}

export function renderRequestForm(v: RequestFormView): TemplateResult {
  return html`<form part="form" novalidate @submit=${v.onSubmit}>
    ${renderErrorSummary(v)} ${renderReason(v)}
    ${v.blocked ? nothing : html`${renderVisitDetails(v)} ${renderWhen(v)} ${renderExtras(v)} ${renderActions(v)}`}
  </form>`;
}

function renderErrorSummary(v: RequestFormView): TemplateResult | typeof nothing {
  if (v.errors.length === 0) return nothing;
  return html`<div class="error-summary callout danger" part="error-summary" aria-labelledby="error-summary-heading">
    <h3 id="error-summary-heading">${msg('There is a problem', { id: 'appointments.errorSummary' })}</h3>
    <ul>
      ${v.errors.map(
        (e) => html`<li>
          <a
            href="#${controlId(e.field, v.form)}"
            @click=${(ev: Event) => {
              ev.preventDefault();
              v.onFocus(controlId(e.field, v.form));
            }}
            >${fieldErrorText(e, v.form.contactMethod)}</a
          >
        </li>`,
      )}
    </ul>
  </div>`;
}

function renderCounter(v: RequestFormView, id: string, value: string): TemplateResult {
  const left = maxTextOf(v.maxTextLength) - [...value].length;
  const n = formatNumber(Math.abs(left));
  return html`<p class="hint counter ${left < 0 ? 'over' : ''}" id=${id} part="hint">
    ${left >= 0
      ? msg(str`${n} characters left`, { id: 'appointments.counter.left' })
      : msg(str`${n} characters too many`, { id: 'appointments.counter.over' })}
  </p>`;
}

function renderReason(v: RequestFormView): TemplateResult {
  const fields = fieldsOf(v);
  const reasons = v.setup.options.commonReasons ?? [];
  return html`<section class="section" aria-labelledby="reason-heading">
    <h3 id="reason-heading">${msg('Why do you need to be seen?', { id: 'appointments.reason.heading' })}</h3>
    ${reasons.length
      ? html`<div class="quick-reasons" part="quick-reasons" role="group" aria-labelledby="quick-reasons-label">
          <p class="hint" id="quick-reasons-label">${msg('Common reasons (choose one to add it):', { id: 'appointments.reason.quick' })}</p>
          <div class="row">
            ${reasons.map(
              (r) => html`<button
                type="button"
                class="chip"
                @click=${() => {
                  const next = withQuickReason(v.form.reason, r);
                  if (next !== undefined) v.onReason(next, true);
                }}
              >
                ${r}
              </button>`,
            )}
          </div>
        </div>`
      : nothing}
    <label for="reason" part="label">${msg('Reason for your visit', { id: 'appointments.reason.label' })}</label>
    <p class="hint" id="reason-hint" part="hint">
      ${msg('In a few words, tell us what you need help with.', { id: 'appointments.reason.hint' })}
    </p>
    ${renderFieldError(fields, 'reason')}
    <textarea
      id="reason"
      part="control"
      rows="3"
      .value=${v.form.reason}
      aria-invalid=${invalid(fields, 'reason')}
      aria-describedby=${describedBy(fields, 'reason', 'reason-hint', 'reason-count')}
      @input=${(e: Event) => v.onReason((e.target as HTMLTextAreaElement).value, false)}
      @blur=${v.onReasonBlur}
    ></textarea>
    ${renderCounter(v, 'reason-count', v.form.reason)}
    <div role="status">
      ${v.urgencyUnavailable
        ? html`<p class="callout warning">
            ${urgencyUnavailableText(v.emergencyNumber)} ${msg('You can still ask for an appointment below.', { id: 'appointments.urgency.continue' })}
          </p>`
        : nothing}
    </div>
    ${v.urgency.level !== 'routine' ? renderUrgency(v) : nothing}
  </section>`;
}

function renderUrgency(v: RequestFormView): TemplateResult {
  const level = v.urgency.level;
  return html`<div class="urgency">
    <portal-urgency-notice
      .adapter=${v.adapter}
      .level=${level}
      .categories=${v.urgency.categories}
      clinic-phone=${v.setup.policy?.clinicPhone ?? ''}
      context="appointment"
      ?require-acknowledgement=${v.requireAcknowledgement}
      @portal-urgency-acknowledged=${(e: CustomEvent<UrgencyAcknowledgedDetail>) =>
        v.onAcknowledge(e.detail.level === 'emergency' && e.detail.acknowledged)}
    ></portal-urgency-notice>
    ${level === 'urgent'
      ? html`<p class="hint">${msg('You can still ask for an appointment below.', { id: 'appointments.urgency.continue' })}</p>`
      : nothing}
    ${level === 'emergency' && !v.urgencyAcknowledged
      ? html`<p class="hint">${msg('If this is not what you meant, change the reason above.', { id: 'appointments.urgency.edit' })}</p>`
      : nothing}
  </div>`;
}

function renderVisitDetails(v: RequestFormView): TemplateResult {
  const f = v.form;
  const fields = fieldsOf(v);
  const { clinicians, locations } = v.setup.options;
  return html`<section class="section" aria-labelledby="details-heading">
    <h3 id="details-heading" tabindex="-1">${msg('About the visit', { id: 'appointments.details.heading' })}</h3>

    <fieldset aria-describedby=${describedBy(fields, 'visitType')}>
      <legend part="label">${msg('How do you want to be seen?', { id: 'appointments.visit.legend' })}</legend>
      ${renderFieldError(fields, 'visitType')}
      ${VISIT_TYPES.map(
        (t) => html`<div class="choice">
          <input
            type="radio"
            name="visit-type"
            id="visit-${t}"
            .value=${t}
            .checked=${f.visitType === t}
            aria-invalid=${invalid(fields, 'visitType')}
            aria-describedby="visit-${t}-hint"
            @change=${() => v.onChange({ visitType: t, slotId: '' })}
          />
          <label for="visit-${t}">${visitTypeLabel(t)}</label>
          <span class="hint choice-hint" id="visit-${t}-hint">${visitTypeHint(t)}</span>
        </div>`,
      )}
    </fieldset>

    <fieldset>
      <legend part="label">${msg('Have you been seen at this clinic before?', { id: 'appointments.patient.legend' })}</legend>
      ${(
        [
          ['returning', msg('Yes, this is a follow-up or I am a patient here', { id: 'appointments.patient.returning' })],
          ['new', msg('No, I am a new patient', { id: 'appointments.patient.new' })],
        ] as const
      ).map(
        ([value, label]) => html`<div class="choice">
          <input
            type="radio"
            name="patient-status"
            id="patient-${value}"
            .checked=${f.patientStatus === value}
            @change=${() => v.onChange({ patientStatus: value })}
          />
          <label for="patient-${value}">${label}</label>
        </div>`,
      )}
    </fieldset>

    ${clinicians.length
      ? html`<div class="field">
          <label for="clinician" part="label">${msg('Who would you like to see?', { id: 'appointments.clinician.label' })}</label>
          <select
            id="clinician"
            part="control"
            @change=${(e: Event) => v.onChange({ clinicianId: (e.target as HTMLSelectElement).value, slotId: '' })}
          >
            <option value="" ?selected=${f.clinicianId === ''}>
              ${msg('Anyone on my care team (first available)', { id: 'appointments.clinician.anyone' })}
            </option>
            ${clinicians.map(
              (c) => html`<option value=${c.id ?? ''} ?selected=${f.clinicianId === c.id}>
                ${c.role ? `${c.name} (${c.role})` : c.name}
              </option>`,
            )}
          </select>
        </div>`
      : nothing}

    ${f.visitType === 'in-person' && locations.length
      ? html`<div class="field">
          <label for="location" part="label">${msg('Clinic location', { id: 'appointments.location.label' })}</label>
          ${renderFieldError(fields, 'locationId')}
          <select
            id="location"
            part="control"
            aria-invalid=${invalid(fields, 'locationId')}
            aria-describedby=${describedBy(fields, 'locationId')}
            @change=${(e: Event) => v.onChange({ locationId: (e.target as HTMLSelectElement).value, slotId: '' })}
          >
            <option value="" ?selected=${f.locationId === ''}>${msg('Choose a location', { id: 'appointments.location.choose' })}</option>
            ${locations.map(
              (l) => html`<option value=${l.id} ?selected=${f.locationId === l.id}>
                ${l.address ? `${l.name} — ${l.address}` : l.name}
              </option>`,
            )}
          </select>
        </div>`
      : nothing}
  </section>`;
}

function renderWhen(v: RequestFormView): TemplateResult {
  return html`<section class="section" aria-labelledby="when-heading">
    <h3 id="when-heading">${msg('When', { id: 'appointments.when.heading' })}</h3>
    ${v.canBook
      ? html`<fieldset>
          <legend part="label">${msg('How would you like to choose a time?', { id: 'appointments.mode.legend' })}</legend>
          <div class="choice">
            <input type="radio" name="mode" id="mode-book" .checked=${v.form.mode === 'book'} @change=${() => v.onChange({ mode: 'book' })} />
            <label for="mode-book">${msg('Pick an open time now', { id: 'appointments.mode.book' })}</label>
          </div>
          <div class="choice">
            <input
              type="radio"
              name="mode"
              id="mode-request"
              .checked=${v.form.mode === 'request'}
              @change=${() => v.onChange({ mode: 'request' })}
            />
            <label for="mode-request">
              ${msg('Tell the clinic what times suit me, and they will find one', { id: 'appointments.mode.request' })}
            </label>
          </div>
        </fieldset>`
      : html`<p class="hint">
          ${msg('Tell us which dates and times suit you. The clinic will find a time and contact you.', { id: 'appointments.mode.requestOnly' })}
        </p>`}
    ${v.mode === 'book' ? renderSlots(v) : renderPreferences(v)}
  </section>`;
}

function switchToRequestButton(v: RequestFormView): TemplateResult {
  return html`<button type="button" class="link" @click=${() => v.onChange({ mode: 'request' }, 'mode-request')}>
    ${msg('Send a request instead', { id: 'appointments.slots.switch' })}
  </button>`;
}

function renderSlots(v: RequestFormView): TemplateResult {
  const f = v.form;
  const fields = fieldsOf(v);
  const heading = html`<h4 id="slot-heading" tabindex="-1">${msg('Open times', { id: 'appointments.slots.heading' })}</h4>`;
  const loading = msg('Finding open times…', { id: 'appointments.slots.loading' });
  const loadError = msg('We could not load open times', { id: 'appointments.slots.loadError' });
  if (!f.visitType) {
    return html`${heading} ${renderFieldError(fields, 'slotId')}
      <p class="hint">${msg('Choose how you want to be seen to see open times.', { id: 'appointments.slots.chooseVisitFirst' })}</p>`;
  }
  if (f.visitType === 'in-person' && v.setup.options.locations.length > 0 && !f.locationId) {
    return html`${heading} ${renderFieldError(fields, 'slotId')}
      <p class="hint">${msg('Choose a clinic location to see open times.', { id: 'appointments.slots.chooseLocationFirst' })}</p>`;
  }
  const conflict = v.conflict
    ? html`<div class="callout warning" id="conflict" tabindex="-1" role="alert">
        <p><strong>${msg('Sorry, someone else just booked that time.', { id: 'appointments.conflict.title' })}</strong></p>
        <p>${msg('Nothing was booked for you. We have updated the list: please choose another time.', { id: 'appointments.conflict.body' })}</p>
      </div>`
    : nothing;
  const body = v.slots.render({
    initial: () => renderLoading(loading),
    pending: () => renderLoading(loading),
    error: (e) => html`${renderError(e, () => void v.slots.run(), loadError)} ${switchToRequestButton(v)}`,
    complete: (slots) => {
      const picker = v.slotPicker;
      if (!picker) {
        return html`${v.slotPickerPending(loading, loadError)} ${v.slotPickerFailed ? switchToRequestButton(v) : nothing}`;
      }
      const timeZone = v.setup.options.timeZone;
      const days = picker.groupSlotsByDay(slots ?? [], { clinicTimeZone: timeZone, patientTimeZone: v.patientTimeZone, now: v.now });
      if (days.length === 0) {
        return html`<div class="callout info">
          <p>${msg('There are no open times that match your choices in the next 2 weeks.', { id: 'appointments.slots.none' })}</p>
          ${switchToRequestButton(v)}
        </div>`;
      }
      return html`${picker.renderSlotPicker({
          days,
          daysShown: v.daysShown,
          selectedId: f.slotId,
          errorId: fields.error('slotId') ? errorIdOf('slotId') : undefined,
          clinicTimeZone: timeZone,
          patientTimeZone: v.patientTimeZone,
          showClinician: !f.clinicianId,
          onSelect: v.onSlot,
          onShowMore: v.onShowMoreDays,
        })}
        <p class="hint">${msg('None of these times work?', { id: 'appointments.slots.noneWork' })} ${switchToRequestButton(v)}</p>`;
    },
  });
  return html`<div role="group" aria-labelledby="slot-heading" class="slot-section">
    ${heading} ${conflict} ${renderFieldError(fields, 'slotId')} ${body}
  </div>`;
}

function renderPreferences(v: RequestFormView): TemplateResult {
  const f = v.form;
  const timeZone = v.setup.options.timeZone;
  const policyDays = v.setup.policy?.clinicHours.days;
  const setPeriods = (periods: PeriodRow[], focus?: string): void => v.onChange({ periods }, focus);
  return renderRequestPreferences({
    form: f,
    fields: fieldsOf(v),
    today: todayIn(v.now, timeZone),
    openDays: policyDays?.length ? policyDays : [1, 2, 3, 4, 5],
    onChange: (patch) => v.onChange(patch),
    onSetPeriod: (key, patch) => setPeriods(f.periods.map((p) => (p.key === key ? { ...p, ...patch } : p))),
    onAddPeriod: () => {
      const row = newPeriod();
      setPeriods([...f.periods, row], `period-${row.key}-start`);
    },
    onRemovePeriod: (key) => {
      const periods = f.periods.filter((p) => p.key !== key);
      setPeriods(periods.length ? periods : [newPeriod()], 'add-period');
    },
    onToggle: (field, value, on) => {
      const list = f[field] as (typeof value)[];
      v.onChange({ [field]: on ? [...new Set([...list, value])] : list.filter((x) => x !== value) });
    },
  });
}

function renderExtras(v: RequestFormView): TemplateResult {
  const f = v.form;
  const fields = fieldsOf(v);
  const languages = v.setup.options.interpreterLanguages ?? [];
  return html`<section class="section" aria-labelledby="extras-heading">
    <h3 id="extras-heading">${msg('Anything else we should know', { id: 'appointments.extras.heading' })}</h3>
    ${languages.length
      ? html`<div class="field">
          <label for="interpreter" part="label">${msg('Do you need an interpreter?', { id: 'appointments.interpreter.label' })}</label>
          ${renderFieldError(fields, 'interpreterLanguage')}
          <select
            id="interpreter"
            part="control"
            aria-invalid=${invalid(fields, 'interpreterLanguage')}
            aria-describedby=${describedBy(fields, 'interpreterLanguage')}
            @change=${(e: Event) => v.onChange({ interpreterLanguage: (e.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${f.interpreterLanguage === ''}>${msg('No interpreter needed', { id: 'appointments.interpreter.none' })}</option>
            ${languages.map((l) => html`<option value=${l} ?selected=${f.interpreterLanguage === l}>${l}</option>`)}
          </select>
        </div>`
      : nothing}
    <div class="field">
      <label for="access" part="label">${msg('Accessibility needs (optional)', { id: 'appointments.access.label' })}</label>
      <p class="hint" id="access-hint" part="hint">
        ${msg('For example: wheelchair access, extra time, a sign language interpreter, large print.', { id: 'appointments.access.hint' })}
      </p>
      ${renderFieldError(fields, 'accessibilityNeeds')}
      <textarea
        id="access"
        part="control"
        rows="2"
        .value=${f.accessibilityNeeds}
        aria-invalid=${invalid(fields, 'accessibilityNeeds')}
        aria-describedby=${describedBy(fields, 'accessibilityNeeds', 'access-hint', 'access-count')}
        @input=${(e: Event) => v.onChange({ accessibilityNeeds: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      ${renderCounter(v, 'access-count', f.accessibilityNeeds)}
    </div>
    <div class="field">
      <label for="note" part="label">${msg('Note for the clinic (optional)', { id: 'appointments.note.label' })}</label>
      ${renderFieldError(fields, 'note')}
      <textarea
        id="note"
        part="control"
        rows="3"
        .value=${f.note}
        aria-invalid=${invalid(fields, 'note')}
        aria-describedby=${describedBy(fields, 'note', 'note-count')}
        @input=${(e: Event) => v.onChange({ note: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      ${renderCounter(v, 'note-count', f.note)}
    </div>
  </section>`;
}

function confirmHint(days: number): string {
  const n = formatNumber(days);
  return new Intl.PluralRules(getLocale() === 'es' ? 'es-US' : 'en-US').select(days) === 'one'
    ? msg(str`After you send it, the clinic will confirm within ${n} business day.`, { id: 'appointments.submit.expectOne' })
    : msg(str`After you send it, the clinic will confirm within ${n} business days.`, { id: 'appointments.submit.expectOther' });
}

function renderActions(v: RequestFormView): TemplateResult {
  const error = v.submitError;
  const book = v.mode === 'book';
  const retry = html`<button type="button" class="retry" @click=${v.onRetrySend}>${msg('Try again', { id: 'common.retry' })}</button>`;
  return html`
    ${v.unconfirmed && !error
      ? html`<div class="callout warning" id="submit-error" tabindex="-1" role="alert" part="error">
          <p><strong>${msg('We are not sure your last request reached the clinic', { id: 'appointments.unconfirmed.title' })}</strong></p>
          <p>
            ${msg('The connection may have dropped before the answer came back. Select "Try again" to check. If it already arrived, it will not be sent twice.', { id: 'appointments.unconfirmed.body' })}
          </p>
          ${retry}
        </div>`
      : nothing}
    ${error
      ? html`<div class="callout danger" id="submit-error" tabindex="-1" role="alert" part="error">
          <p><strong>
            ${book
              ? msg('Your appointment was not booked yet', { id: 'appointments.submitError.bookTitle' })
              : msg('Your request was not sent yet', { id: 'appointments.submitError.title' })}
          </strong></p>
          <p>${errorMessage(error)}</p>
          <p>${msg('Everything you entered is still here.', { id: 'appointments.submitError.kept' })}</p>
          ${!isPortalError(error) || error.retryable ? retry : nothing}
        </div>`
      : nothing}
    <div class="row actions" part="actions">
      <button type="submit" class="primary" aria-disabled=${v.submitting || v.checking ? 'true' : 'false'}>
        ${v.checking
          ? msg('Checking your reason…', { id: 'appointments.submit.checking' })
          : v.submitting
            ? book
              ? msg('Booking…', { id: 'appointments.submit.booking' })
              : msg('Sending…', { id: 'appointments.submit.sending' })
            : book
              ? msg('Book this time', { id: 'appointments.submit.book' })
              : msg('Send request', { id: 'appointments.submit.request' })}
      </button>
    </div>
    ${book ? nothing : html`<p class="hint">${confirmHint(v.setup.confirmBusinessDays)}</p>`}
  `;
}
