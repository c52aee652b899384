import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isPortalError, toPortalError } from '../../adapters/errors.js';
import type {
  AppointmentRequest,
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
  confirmByDate,
  groupSlotsByDay,
  validateAppointmentRequest,
  type AppointmentFieldError,
} from '../../core/appointments/index.js';
import { deviceTimeZone, isValidTimeZone, todayIn } from '../../core/time/index.js';
import { classifyUrgency, type UrgencyLevel } from '../../core/urgency/index.js';
import { formatNumber } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';
import { adapterTask } from '../shared/adapter-task.js';
import type { ComposeRequestDetail, PortalErrorDetail } from '../shared/events.js';
import { PortalElement } from '../shared/portal-element.js';
import { errorMessage, renderError, renderLoading, renderNotConfigured } from '../shared/states.js';
import { baseStyles } from '../shared/styles.js';
import '../urgency/urgency-notice.js';
import type { UrgencyAcknowledgedDetail } from '../urgency/urgency-notice.js';
import { renderConfirmation } from './appointment-confirmation.js';
import { styles } from './appointment-request.styles.js';
import { fieldErrorText, visitTypeHint, visitTypeLabel } from './appointment-text.js';
import { clearAppointmentDraft, loadAppointmentDraft, saveAppointmentDraft, type AppointmentFormDraft } from './draft-storage.js';
import { describedBy, errorIdOf, invalid, renderFieldError, type FieldState } from './form-fields.js';
import { renderRequestList } from './request-list.js';
import { renderRequestPreferences, type PeriodRow } from './request-preferences.js';
import { renderSlotPicker } from './slot-picker.js';

/** Detail of `portal-appointment-requested` and `portal-appointment-cancelled`. */
export interface AppointmentRequestEventDetail {
  request: AppointmentRequest;
}

/** Detail of `portal-urgency-change`. */
export interface AppointmentUrgencyChangeDetail {
  level: UrgencyLevel;
  categories: string[];
}

/** What to do when the reason describes an emergency. */
export type EmergencyPolicy = 'block' | 'acknowledge';

type Mode = 'book' | 'request';

/** The form on screen: the stored draft, with a stable key per date range row. */
interface FormState extends Omit<AppointmentFormDraft, 'periods'> {
  periods: PeriodRow[];
}

interface Setup {
  options: SchedulingOptions;
  policy?: MessagingPolicy;
  confirmBusinessDays: number;
}

/** How long the patient pauses typing before the reason is checked for urgency. */
const URGENCY_DEBOUNCE_MS = 300;
/** Days of open slots to look through. */
const SLOT_HORIZON_DAYS = 14;
/** Days of slots shown before "Show more days". */
const DAYS_PER_PAGE = 5;

let periodKeys = 0;
const newPeriod = (): PeriodRow => ({ key: ++periodKeys, start: '', end: '' });

function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return `apr-${crypto.randomUUID()}`;
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `apr-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function emptyForm(): FormState {
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

/** Element id of the control that shows the error of `field`. */
function controlId(field: string, form: FormState): string {
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


/**
 * @tagname portal-appointment-request
 * @summary Request or book an appointment, with a check for urgent symptoms, a confirmation that says when the clinic will answer, and the patient's requests with their status.
 *
 * The patient gives a reason (quick choices or their own words). The reason is
 * checked for symptoms that must not wait: an emergency shows
 * `<portal-urgency-notice>` instead of appointment times; an urgent one suggests
 * calling the clinic today. Where the adapter can book (`capabilities.bookSlots`),
 * open times are shown by day in the clinic's time zone (and the patient's, when
 * different); otherwise, or if the patient prefers, they send a request with the
 * dates and times that suit them.
 *
 * @fires portal-appointment-requested - A request was sent or a time was booked. detail: { request }
 * @fires portal-appointment-cancelled - The patient cancelled a pending request. detail: { request }
 * @fires portal-urgency-change - The urgency of the reason changed. detail: { level, categories }
 * @fires portal-compose-request - The patient wants to message the clinic about a request. detail: { topic, subject, reference }
 * @fires portal-error - Loading or sending failed. detail: { kind, message, operation }
 *
 * @csspart base - The widget's outer box.
 * @csspart header - Title and introduction.
 * @csspart form - The request form.
 * @csspart label - Field labels.
 * @csspart control - Text boxes, lists and date fields.
 * @csspart hint - Help text under labels.
 * @csspart error - Field error messages.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart quick-reasons - The common-reason buttons.
 * @csspart slots - The open times, by day.
 * @csspart slot-day - One day of open times.
 * @csspart slot - One open time.
 * @csspart actions - Submit and other buttons.
 * @csspart confirmation - The booked or received message.
 * @csspart requests - The list of the patient's requests.
 * @csspart request - One request in the list.
 * @csspart status - A request's status badge.
 *
 * @cssprop --portal-appointments-max-width - Widest the widget grows (default 48rem).
 * @cssprop --portal-appointments-slot-min-width - Narrowest a slot button gets (default 9rem).
 */
export class PortalAppointmentRequest extends PortalElement {
  static override styles = [baseStyles, styles];

  /**
   * When the reason describes an emergency: `block` (default) shows only the
   * emergency advice; `acknowledge` lets the patient confirm it is not an
   * emergency and continue.
   */
  @property({ attribute: 'emergency-policy', reflect: true }) emergencyPolicy: EmergencyPolicy = 'block';

  /** The patient's IANA time zone. Defaults to the device's. */
  @property({ attribute: 'patient-time-zone' }) patientTimeZone = '';

  /** Longest reason, note or accessibility text, in characters. */
  @property({ type: Number, attribute: 'max-text-length' }) maxTextLength = DEFAULT_MAX_TEXT_LENGTH;

  /**
   * The clock, for "today", open slots and past dates. Defaults to the device
   * clock; set it to match a `MemoryAdapter`'s `now` in demos and tests.
   */
  @property({ attribute: false }) now?: () => Date;

  /**
   * Name under which the unsent form is kept in session storage, so a reload
   * loses nothing. Give each patient (or form) on one device its own; set it to
   * an empty string to keep nothing.
   */
  @property({ attribute: 'draft-key' }) draftKey = 'default';

  /** Hide the list of the patient's requests. */
  @property({ type: Boolean, attribute: 'hide-requests' }) hideRequests = false;

  @state() private form: FormState = emptyForm();
  @state() private errors: AppointmentFieldError[] = [];
  /** Errors are shown (after the first submit attempt) and kept up to date as fields change. */
  @state() private showErrors = false;
  @state() private urgency: AppointmentUrgencyChangeDetail = { level: 'routine', categories: [] };
  @state() private urgencyAcknowledged = false;
  @state() private submitting = false;
  @state() private submitError?: unknown;
  @state() private conflict = false;
  @state() private result?: AppointmentRequest;
  @state() private daysShown = DAYS_PER_PAGE;
  @state() private slotsVersion = 0;
  @state() private confirmingCancel?: string;
  @state() private cancelling?: string;
  @state() private cancelError?: { id: string; message: string };
  @state() private announcement = '';

  /** One key per draft: reused when a send is retried, so a lost response never books twice. */
  private idempotencyKey = newIdempotencyKey();
  /** The draft last sent with `idempotencyKey` whose answer never came: "Try again" sends exactly this. */
  private lastSent?: AppointmentRequestDraft;
  /** Restored after a reload with a send whose outcome is unknown. */
  @state() private unconfirmed = false;
  private urgencyTimer?: ReturnType<typeof setTimeout>;
  private pendingFocus?: string;

  private setup = adapterTask(
    this,
    async (adapter): Promise<Setup | undefined> => {
      if (!adapter.capabilities.appointments) return undefined;
      const [options, policy] = await Promise.all([
        adapter.getSchedulingOptions ? adapter.getSchedulingOptions() : Promise.resolve(undefined),
        adapter.getMessagingPolicy().catch(() => undefined),
      ]);
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
      return { options: resolved, policy, confirmBusinessDays: resolved.confirmBusinessDays };
    },
    () => [] as const,
    { onError: (e) => this.reportError(e, 'getSchedulingOptions') },
  );

  private requests = adapterTask(
    this,
    async (adapter, [hidden]) => (adapter.capabilities.appointments && !hidden ? (await adapter.listAppointmentRequests()).items : []),
    () => [this.hideRequests] as const,
    { onError: (e) => this.reportError(e, 'listAppointmentRequests') },
  );

  private slots = adapterTask(
    this,
    async (adapter, [wanted, visitType, clinicianId, locationId]): Promise<Slot[] | undefined> => {
      if (!wanted || !visitType) return undefined;
      const now = this.currentTime();
      return adapter.findSlots({
        from: now.toISOString(),
        to: new Date(now.getTime() + SLOT_HORIZON_DAYS * 86400000).toISOString(),
        visitType,
        clinicianId: clinicianId || undefined,
        locationId: visitType === 'in-person' ? locationId || undefined : undefined,
      });
    },
    () =>
      [
        this.canBook && this.form.mode === 'book' && !this.blocked && this.setup.value !== undefined,
        this.form.visitType,
        this.form.clinicianId,
        this.form.locationId,
        this.slotsVersion,
      ] as const,
    { onError: (e) => this.reportError(e, 'findSlots') },
  );

  private restoredFrom?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoreDraft();
  }

  /** Brings back the unsent form of `draftKey` (once per key). */
  private restoreDraft(): void {
    if (!this.draftKey || this.restoredFrom === this.draftKey) return;
    this.restoredFrom = this.draftKey;
    const saved = loadAppointmentDraft(this.draftKey);
    if (!saved) return;
    this.form = { ...saved.form, periods: (saved.form.periods.length ? saved.form.periods : [{ start: '', end: '' }]).map((p) => ({ ...newPeriod(), ...p })) };
    this.idempotencyKey = saved.idempotencyKey;
    if (saved.pendingSend) {
      this.lastSent = saved.pendingSend;
      this.unconfirmed = true;
    }
    // The acknowledgement of an emergency is never restored: the patient decides again.
    this.checkUrgency();
  }

  private persistDraft(): void {
    if (!this.draftKey) return;
    const f = this.form;
    const touched =
      f.reason.trim() !== '' || f.note.trim() !== '' || f.accessibilityNeeds.trim() !== '' || f.visitType !== '' ||
      f.periods.some((p) => p.start || p.end) || f.earliestDate !== '' || f.contactValue !== '';
    if (!touched && !this.lastSent) {
      clearAppointmentDraft(this.draftKey);
      return;
    }
    saveAppointmentDraft(
      this.draftKey,
      { ...f, periods: f.periods.map(({ start, end }) => ({ start, end })) },
      this.idempotencyKey,
      this.lastSent,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.urgencyTimer);
  }

  // ------------------------------------------------------------ derived state

  private currentTime(): Date {
    return this.now?.() ?? new Date();
  }

  private get canBook(): boolean {
    return this.resolvedAdapter?.capabilities.bookSlots === true;
  }

  /** The emergency gate: nothing else is offered until the patient acknowledges (when allowed). */
  private get blocked(): boolean {
    return this.urgency.level === 'emergency' && !(this.emergencyPolicy === 'acknowledge' && this.urgencyAcknowledged);
  }

  private get resolvedPatientTimeZone(): string {
    return isValidTimeZone(this.patientTimeZone) ? this.patientTimeZone : deviceTimeZone();
  }

  private get mode(): Mode {
    return this.canBook ? this.form.mode : 'request';
  }

  private get maxText(): number {
    return Number.isFinite(this.maxTextLength) && this.maxTextLength > 0 ? Math.floor(this.maxTextLength) : DEFAULT_MAX_TEXT_LENGTH;
  }

  private buildDraft(): AppointmentRequestDraft {
    const f = this.form;
    const slot = this.mode === 'book' ? this.slots.value?.find((s) => s.id === f.slotId) : undefined;
    const draft: AppointmentRequestDraft = {
      reason: f.reason.trim(),
      visitType: f.visitType as VisitType,
      preferredPeriods: slot
        ? [{ start: slot.start, end: slot.end }]
        : this.mode === 'book'
          ? []
          : f.periods.map((p) => ({ start: p.start, end: p.end })),
    };
    if (f.patientStatus) draft.newPatient = f.patientStatus === 'new';
    if (f.clinicianId) draft.clinicianId = f.clinicianId;
    if (f.visitType === 'in-person' && f.locationId) draft.locationId = f.locationId;
    if (this.mode === 'book') {
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
    if (this.urgency.level !== 'routine') {
      draft.urgency =
        this.urgency.level === 'emergency' ? { level: 'emergency', acknowledged: this.urgencyAcknowledged } : { level: this.urgency.level };
    }
    return draft;
  }

  private validate(setup: Setup): AppointmentFieldError[] {
    const options = setup.options;
    return validateAppointmentRequest(this.buildDraft(), this.currentTime(), {
      mode: this.mode,
      timeZone: options.timeZone,
      maxTextLength: this.maxText,
      locationIds: options.locations.map((l) => l.id),
      slots: this.mode === 'book' ? this.slots.value ?? [] : undefined,
      interpreterLanguages: options.interpreterLanguages,
    });
  }

  private errorFor(field: string): AppointmentFieldError | undefined {
    return this.showErrors ? this.errors.find((e) => e.field === field) : undefined;
  }

  // ------------------------------------------------------------ updates

  private update_(patch: Partial<FormState>): void {
    this.form = { ...this.form, ...patch };
    if (this.showErrors && this.setup.value) this.errors = this.validate(this.setup.value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('draftKey')) this.restoreDraft();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as PropertyValues).has('form')) this.persistDraft();
    if (this.pendingFocus) {
      const id = this.pendingFocus;
      this.pendingFocus = undefined;
      this.focusControl(id);
    }
  }

  private focusControl(id: string): void {
    const root = this.renderRoot as ShadowRoot;
    let target: HTMLElement | null = root.getElementById(id);
    if (id === 'slot-group') {
      target = root.querySelector<HTMLInputElement>('input[name="slot"]:checked') ?? root.querySelector<HTMLInputElement>('input[name="slot"]') ?? root.getElementById('slot-heading');
    }
    target?.focus();
  }

  private reportError(error: unknown, operation: string): void {
    const e = toPortalError(error);
    this.emit<PortalErrorDetail>('portal-error', { kind: e.kind, message: e.message, operation });
  }

  // ------------------------------------------------------------ urgency

  private scheduleUrgencyCheck(): void {
    clearTimeout(this.urgencyTimer);
    this.urgencyTimer = setTimeout(() => this.checkUrgency(), URGENCY_DEBOUNCE_MS);
  }

  /** Classifies the reason now; announces and emits only when the level or categories change. */
  private checkUrgency(): void {
    clearTimeout(this.urgencyTimer);
    const result = classifyUrgency(this.form.reason, { locale: getLocale() });
    const categories = [...new Set(result.matches.map((m) => m.category))];
    const previous = this.urgency;
    if (previous.level === result.level && previous.categories.join('|') === categories.join('|')) return;
    this.urgency = { level: result.level, categories };
    if (result.level !== 'emergency') this.urgencyAcknowledged = false;
    else if (previous.level !== 'emergency') this.urgencyAcknowledged = false;
    this.emit<AppointmentUrgencyChangeDetail>('portal-urgency-change', { level: result.level, categories });
    if (result.level !== 'routine' && previous.level !== result.level) this.audit('urgency-shown', { level: result.level });
  }

  private audit(type: 'urgency-shown', detail: Record<string, string>): void {
    const adapter = this.resolvedAdapter;
    if (!adapter?.capabilities.audit || !adapter.recordEvent) return;
    adapter.recordEvent({ type, at: this.currentTime().toISOString(), detail: { ...detail, widget: 'appointment-request' } }).catch(() => {
      // Audit is best effort: failing to record must never block the patient.
    });
  }

  // ------------------------------------------------------------ submit

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const setup = this.setup.value;
    const adapter = this.resolvedAdapter;
    if (!setup || !adapter || this.submitting) return;
    // The reason may have changed within the debounce: check it before anything is sent.
    this.checkUrgency();
    if (this.blocked) {
      this.pendingFocus = 'reason';
      return;
    }
    this.errors = this.validate(setup);
    this.showErrors = true;
    if (this.errors.length > 0) {
      this.pendingFocus = controlId(this.errors[0].field, this.form);
      return;
    }
    await this.send(adapter, this.buildDraft());
  }

  private async send(adapter: PortalAdapter, draft: AppointmentRequestDraft): Promise<void> {
    this.submitting = true;
    this.submitError = undefined;
    this.unconfirmed = false;
    this.conflict = false;
    this.lastSent = draft;
    this.persistDraft();
    try {
      const request = await adapter.requestAppointment(draft, { idempotencyKey: this.idempotencyKey });
      this.result = request;
      this.lastSent = undefined;
      if (this.draftKey) clearAppointmentDraft(this.draftKey);
      this.form = emptyForm();
      this.errors = [];
      this.showErrors = false;
      this.urgency = { level: 'routine', categories: [] };
      this.urgencyAcknowledged = false;
      this.idempotencyKey = newIdempotencyKey();
      this.daysShown = DAYS_PER_PAGE;
      this.pendingFocus = 'confirmation-heading';
      this.emit<AppointmentRequestEventDetail>('portal-appointment-requested', { request });
      void this.requests.run();
    } catch (error) {
      const err = toPortalError(error);
      if (err.kind === 'conflict' && draft.slotId) {
        // Someone else took the time. Nothing was booked, so the next try is a new request.
        this.conflict = true;
        this.lastSent = undefined;
        this.idempotencyKey = newIdempotencyKey();
        this.form = { ...this.form, slotId: '' };
        this.persistDraft();
        this.slotsVersion++;
        this.pendingFocus = 'conflict';
      } else {
        if (!err.retryable) {
          // Refused, so nothing was stored: the next send is a new request.
          this.lastSent = undefined;
          this.idempotencyKey = newIdempotencyKey();
        }
        this.persistDraft();
        this.submitError = err;
        this.pendingFocus = 'submit-error';
        this.reportError(err, 'requestAppointment');
      }
    } finally {
      this.submitting = false;
    }
  }

  private retrySend(): void {
    const adapter = this.resolvedAdapter;
    if (adapter && !this.submitting) void this.send(adapter, this.lastSent ?? this.buildDraft());
  }

  private startAnother(): void {
    this.result = undefined;
    this.pendingFocus = 'reason';
  }

  // ------------------------------------------------------------ cancel

  private async confirmCancel(request: AppointmentRequest): Promise<void> {
    const adapter = this.resolvedAdapter;
    if (!adapter || this.cancelling) return;
    this.cancelling = request.id;
    this.cancelError = undefined;
    try {
      const cancelled = await adapter.cancelAppointmentRequest(request.id);
      this.confirmingCancel = undefined;
      this.announcement = msg('Your request was cancelled.', { id: 'appointments.list.cancelled' });
      if (this.result?.id === cancelled.id) this.result = undefined;
      this.emit<AppointmentRequestEventDetail>('portal-appointment-cancelled', { request: cancelled });
      this.slotsVersion++;
      await this.requests.run();
      this.pendingFocus = 'requests-heading';
    } catch (error) {
      this.cancelError = { id: request.id, message: errorMessage(error) };
      this.reportError(error, 'cancelAppointmentRequest');
    } finally {
      this.cancelling = undefined;
    }
  }

  // ------------------------------------------------------------ rendering

  override render(): TemplateResult {
    const adapter = this.resolvedAdapter;
    return html`<div class="base" part="base">
      <header part="header">
        <h2>${msg('Request an appointment', { id: 'appointments.heading' })}</h2>
      </header>
      ${!adapter
        ? renderNotConfigured()
        : !adapter.capabilities.appointments
          ? html`<p class="callout info">${msg('Your clinic does not take appointment requests online. Please call the clinic.', { id: 'appointments.unsupported' })}</p>`
          : this.setup.render({
              initial: () => renderLoading(),
              pending: () => renderLoading(),
              error: (e) => renderError(e, () => void this.setup.run(), msg('We could not load appointment options', { id: 'appointments.loadError' })),
              complete: (setup) => (setup ? this.renderBody(setup) : nothing),
            })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderBody(setup: Setup): TemplateResult {
    return html`
      ${this.result
        ? renderConfirmation({
            request: this.withConfirmBy(this.result, setup),
            options: setup.options,
            patientTimeZone: this.resolvedPatientTimeZone,
            confirmBusinessDays: setup.confirmBusinessDays,
            clinicPhone: setup.policy?.clinicPhone,
            onAnother: () => this.startAnother(),
          })
        : this.renderForm(setup)}
      ${this.hideRequests ? nothing : this.renderRequests(setup)}
    `;
  }

  /**
   * A pending request always says when to expect an answer: the back end's
   * `confirmBy`, else the clinic's business days counted from when it was sent.
   */
  private withConfirmBy(request: AppointmentRequest, setup: Setup): AppointmentRequest {
    if (request.status !== 'pending' || request.confirmBy) return request;
    const sent = Date.parse(request.createdAt);
    const confirmBy = confirmByDate(Number.isNaN(sent) ? this.currentTime() : sent, setup.confirmBusinessDays, {
      timeZone: setup.options.timeZone,
      holidays: setup.policy?.holidays,
      closesAt: setup.policy?.clinicHours.close,
    });
    return { ...request, confirmBy };
  }

  private renderRequests(setup: Setup): TemplateResult {
    return this.requests.render({
      initial: () => html``,
      pending: () => (this.requests.value ? this.requestList(setup, this.requests.value.map((r) => this.withConfirmBy(r, setup))) : renderLoading(msg('Loading your requests…', { id: 'appointments.list.loading' }))),
      error: (e) => renderError(e, () => void this.requests.run(), msg('We could not load your requests', { id: 'appointments.list.loadError' })),
      complete: (items) => this.requestList(setup, items.map((r) => this.withConfirmBy(r, setup))),
    });
  }

  private requestList(setup: Setup, items: AppointmentRequest[]): TemplateResult {
    return renderRequestList({
      requests: items,
      options: setup.options,
      patientTimeZone: this.resolvedPatientTimeZone,
      clinicPhone: setup.policy?.clinicPhone,
      confirmingId: this.confirmingCancel,
      cancellingId: this.cancelling,
      cancelError: this.cancelError,
      now: this.currentTime(),
      onCancel: (r) => {
        this.confirmingCancel = r.id;
        this.cancelError = undefined;
        this.pendingFocus = `cancel-q-${r.id}`;
      },
      onConfirmCancel: (r) => void this.confirmCancel(r),
      onKeep: () => {
        this.confirmingCancel = undefined;
      },
      onAsk: (r) =>
        this.emit<ComposeRequestDetail>('portal-compose-request', {
          topic: 'scheduling',
          subject: msg(str`About my appointment request: ${r.reason}`, { id: 'appointments.list.askSubject' }),
          reference: { type: 'appointment-request', id: r.id, display: r.reason },
        }, { cancelable: true }),
    });
  }

  /** Errors by field, for the field templates (shown only after the first submit). */
  private get fields(): FieldState {
    return { error: (field) => this.errorFor(field), contactMethod: this.form.contactMethod };
  }

  private renderFieldError(field: string): TemplateResult | typeof nothing {
    return renderFieldError(this.fields, field);
  }

  private describedBy(field: string, ...hints: string[]): string {
    return describedBy(this.fields, field, ...hints);
  }

  private invalid(field: string): 'true' | 'false' {
    return invalid(this.fields, field);
  }

  private renderErrorSummary(): TemplateResult | typeof nothing {
    if (!this.showErrors || this.errors.length === 0) return nothing;
    return html`<div class="error-summary callout danger" part="error-summary" aria-labelledby="error-summary-heading">
      <h3 id="error-summary-heading">${msg('There is a problem', { id: 'appointments.errorSummary' })}</h3>
      <ul>
        ${this.errors.map(
          (e) => html`<li>
            <a
              href="#${controlId(e.field, this.form)}"
              @click=${(ev: Event) => {
                ev.preventDefault();
                this.focusControl(controlId(e.field, this.form));
              }}
              >${fieldErrorText(e, this.form.contactMethod)}</a
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderForm(setup: Setup): TemplateResult {
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${this.renderErrorSummary()}
      ${this.renderReason(setup)}
      ${this.blocked
        ? nothing
        : html`${this.renderVisitDetails(setup)} ${this.renderWhen(setup)} ${this.renderExtras(setup)} ${this.renderActions(setup)}`}
    </form>`;
  }

  private renderCounter(id: string, value: string): TemplateResult {
    const used = [...value].length;
    const left = this.maxText - used;
    const n = formatNumber(Math.abs(left));
    return html`<p class="hint counter ${left < 0 ? 'over' : ''}" id=${id} part="hint">
      ${left >= 0
        ? msg(str`${n} characters left`, { id: 'appointments.counter.left' })
        : msg(str`${n} characters too many`, { id: 'appointments.counter.over' })}
    </p>`;
  }

  private renderReason(setup: Setup): TemplateResult {
    const reasons = setup.options.commonReasons ?? [];
    const level = this.urgency.level;
    return html`<section class="section" aria-labelledby="reason-heading">
      <h3 id="reason-heading">${msg('Why do you need to be seen?', { id: 'appointments.reason.heading' })}</h3>
      ${reasons.length
        ? html`<div class="quick-reasons" part="quick-reasons" role="group" aria-labelledby="quick-reasons-label">
            <p class="hint" id="quick-reasons-label">${msg('Common reasons (choose one to add it):', { id: 'appointments.reason.quick' })}</p>
            <div class="row">
              ${reasons.map(
                (r) => html`<button type="button" class="chip" @click=${() => this.addQuickReason(r)}>${r}</button>`,
              )}
            </div>
          </div>`
        : nothing}
      <label for="reason" part="label">${msg('Reason for your visit', { id: 'appointments.reason.label' })}</label>
      <p class="hint" id="reason-hint" part="hint">
        ${msg('In a few words, tell us what you need help with.', { id: 'appointments.reason.hint' })}
      </p>
      ${this.renderFieldError('reason')}
      <textarea
        id="reason"
        part="control"
        rows="3"
        .value=${this.form.reason}
        aria-invalid=${this.invalid('reason')}
        aria-describedby=${this.describedBy('reason', 'reason-hint', 'reason-count')}
        @input=${(e: Event) => {
          this.update_({ reason: (e.target as HTMLTextAreaElement).value });
          this.scheduleUrgencyCheck();
        }}
        @blur=${() => this.checkUrgency()}
      ></textarea>
      ${this.renderCounter('reason-count', this.form.reason)}
      ${level !== 'routine' ? this.renderUrgency(setup) : nothing}
    </section>`;
  }

  private addQuickReason(reason: string): void {
    const current = this.form.reason.trim();
    if (current.toLowerCase().includes(reason.toLowerCase())) return;
    const separator = /[.!?;:]$/.test(current) ? ' ' : '. ';
    this.update_({ reason: current ? `${current}${separator}${reason}` : reason });
    this.checkUrgency();
  }

  private renderUrgency(setup: Setup): TemplateResult {
    const level = this.urgency.level;
    return html`<div class="urgency">
      <portal-urgency-notice
        .adapter=${this.resolvedAdapter}
        .level=${level}
        .categories=${this.urgency.categories}
        clinic-phone=${setup.policy?.clinicPhone ?? ''}
        context="appointment"
        ?require-acknowledgement=${this.emergencyPolicy === 'acknowledge'}
        @portal-urgency-acknowledged=${(e: CustomEvent<UrgencyAcknowledgedDetail>) => {
          this.urgencyAcknowledged = e.detail.level === 'emergency' && e.detail.acknowledged;
        }}
      ></portal-urgency-notice>
      ${level === 'urgent'
        ? html`<p class="hint">${msg('You can still ask for an appointment below.', { id: 'appointments.urgency.continue' })}</p>`
        : nothing}
      ${level === 'emergency' && !this.urgencyAcknowledged
        ? html`<p class="hint">${msg('If this is not what you meant, change the reason above.', { id: 'appointments.urgency.edit' })}</p>`
        : nothing}
    </div>`;
  }

  private renderVisitDetails(setup: Setup): TemplateResult {
    const f = this.form;
    const { clinicians, locations } = setup.options;
    return html`<section class="section" aria-labelledby="details-heading">
      <h3 id="details-heading" tabindex="-1">${msg('About the visit', { id: 'appointments.details.heading' })}</h3>

      <fieldset aria-describedby=${this.describedBy('visitType')}>
        <legend part="label">${msg('How do you want to be seen?', { id: 'appointments.visit.legend' })}</legend>
        ${this.renderFieldError('visitType')}
        ${VISIT_TYPES.map(
          (t) => html`<div class="choice">
            <input
              type="radio"
              name="visit-type"
              id="visit-${t}"
              .value=${t}
              .checked=${f.visitType === t}
              aria-invalid=${this.invalid('visitType')}
              aria-describedby="visit-${t}-hint"
              @change=${() => this.update_({ visitType: t, slotId: '' })}
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
              @change=${() => this.update_({ patientStatus: value })}
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
              @change=${(e: Event) => this.update_({ clinicianId: (e.target as HTMLSelectElement).value, slotId: '' })}
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
            ${this.renderFieldError('locationId')}
            <select
              id="location"
              part="control"
              aria-invalid=${this.invalid('locationId')}
              aria-describedby=${this.describedBy('locationId')}
              @change=${(e: Event) => this.update_({ locationId: (e.target as HTMLSelectElement).value, slotId: '' })}
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

  private renderWhen(setup: Setup): TemplateResult {
    const canBook = this.canBook;
    return html`<section class="section" aria-labelledby="when-heading">
      <h3 id="when-heading">${msg('When', { id: 'appointments.when.heading' })}</h3>
      ${canBook
        ? html`<fieldset>
            <legend part="label">${msg('How would you like to choose a time?', { id: 'appointments.mode.legend' })}</legend>
            <div class="choice">
              <input
                type="radio"
                name="mode"
                id="mode-book"
                .checked=${this.form.mode === 'book'}
                @change=${() => this.update_({ mode: 'book' })}
              />
              <label for="mode-book">${msg('Pick an open time now', { id: 'appointments.mode.book' })}</label>
            </div>
            <div class="choice">
              <input
                type="radio"
                name="mode"
                id="mode-request"
                .checked=${this.form.mode === 'request'}
                @change=${() => this.update_({ mode: 'request' })}
              />
              <label for="mode-request">
                ${msg('Tell the clinic what times suit me, and they will find one', { id: 'appointments.mode.request' })}
              </label>
            </div>
          </fieldset>`
        : html`<p class="hint">
            ${msg('Tell us which dates and times suit you. The clinic will find a time and contact you.', { id: 'appointments.mode.requestOnly' })}
          </p>`}
      ${this.mode === 'book' ? this.renderSlots(setup) : this.renderPreferences(setup)}
    </section>`;
  }

  private renderSlots(setup: Setup): TemplateResult {
    const f = this.form;
    const conflict = this.conflict
      ? html`<div class="callout warning" id="conflict" tabindex="-1" role="alert">
          <p><strong>${msg('Sorry, someone else just booked that time.', { id: 'appointments.conflict.title' })}</strong></p>
          <p>${msg('Nothing was booked for you. We have updated the list: please choose another time.', { id: 'appointments.conflict.body' })}</p>
        </div>`
      : nothing;
    if (!f.visitType) {
      return html`<h4 id="slot-heading" tabindex="-1">${msg('Open times', { id: 'appointments.slots.heading' })}</h4>
        ${this.renderFieldError('slotId')}
        <p class="hint">${msg('Choose how you want to be seen to see open times.', { id: 'appointments.slots.chooseVisitFirst' })}</p>`;
    }
    if (f.visitType === 'in-person' && setup.options.locations.length > 0 && !f.locationId) {
      return html`<h4 id="slot-heading" tabindex="-1">${msg('Open times', { id: 'appointments.slots.heading' })}</h4>
        ${this.renderFieldError('slotId')}
        <p class="hint">${msg('Choose a clinic location to see open times.', { id: 'appointments.slots.chooseLocationFirst' })}</p>`;
    }
    const body = this.slots.render({
      initial: () => renderLoading(msg('Finding open times…', { id: 'appointments.slots.loading' })),
      pending: () => renderLoading(msg('Finding open times…', { id: 'appointments.slots.loading' })),
      error: (e) =>
        html`${renderError(e, () => void this.slots.run(), msg('We could not load open times', { id: 'appointments.slots.loadError' }))}
          ${this.switchToRequestButton()}`,
      complete: (slots) => {
        const days = groupSlotsByDay(slots ?? [], {
          clinicTimeZone: setup.options.timeZone,
          patientTimeZone: this.resolvedPatientTimeZone,
          now: this.currentTime(),
        });
        if (days.length === 0) {
          return html`<div class="callout info">
            <p>${msg('There are no open times that match your choices in the next 2 weeks.', { id: 'appointments.slots.none' })}</p>
            ${this.switchToRequestButton()}
          </div>`;
        }
        return html`${renderSlotPicker({
            days,
            daysShown: this.daysShown,
            selectedId: f.slotId,
            errorId: this.errorFor('slotId') ? errorIdOf('slotId') : undefined,
            clinicTimeZone: setup.options.timeZone,
            patientTimeZone: this.resolvedPatientTimeZone,
            showClinician: !f.clinicianId,
            onSelect: (id) => {
              this.conflict = false;
              this.update_({ slotId: id });
            },
            onShowMore: () => {
              this.daysShown += DAYS_PER_PAGE;
            },
          })}
          <p class="hint">
            ${msg('None of these times work?', { id: 'appointments.slots.noneWork' })} ${this.switchToRequestButton()}
          </p>`;
      },
    });
    return html`<div role="group" aria-labelledby="slot-heading" class="slot-section">
      <h4 id="slot-heading" tabindex="-1">${msg('Open times', { id: 'appointments.slots.heading' })}</h4>
      ${conflict} ${this.renderFieldError('slotId')} ${body}
    </div>`;
  }

  private switchToRequestButton(): TemplateResult {
    return html`<button type="button" class="link" @click=${() => {
      this.update_({ mode: 'request' });
      this.pendingFocus = 'mode-request';
    }}>${msg('Send a request instead', { id: 'appointments.slots.switch' })}</button>`;
  }

  private renderPreferences(setup: Setup): TemplateResult {
    return renderRequestPreferences({
      form: this.form,
      fields: this.fields,
      today: todayIn(this.currentTime(), setup.options.timeZone),
      openDays: setup.policy?.clinicHours.days.length ? setup.policy.clinicHours.days : [1, 2, 3, 4, 5],
      onChange: (patch) => this.update_(patch),
      onSetPeriod: (key, patch) => this.setPeriod(key, patch),
      onAddPeriod: () => this.addPeriod(),
      onRemovePeriod: (key) => this.removePeriod(key),
      onToggle: (field, value, on) => this.toggle(field, value, on),
    });
  }

  private renderExtras(setup: Setup): TemplateResult {
    const f = this.form;
    const languages = setup.options.interpreterLanguages ?? [];
    return html`<section class="section" aria-labelledby="extras-heading">
      <h3 id="extras-heading">${msg('Anything else we should know', { id: 'appointments.extras.heading' })}</h3>
      ${languages.length
        ? html`<div class="field">
            <label for="interpreter" part="label">${msg('Do you need an interpreter?', { id: 'appointments.interpreter.label' })}</label>
            ${this.renderFieldError('interpreterLanguage')}
            <select
              id="interpreter"
              part="control"
              aria-invalid=${this.invalid('interpreterLanguage')}
              aria-describedby=${this.describedBy('interpreterLanguage')}
              @change=${(e: Event) => this.update_({ interpreterLanguage: (e.target as HTMLSelectElement).value })}
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
        ${this.renderFieldError('accessibilityNeeds')}
        <textarea
          id="access"
          part="control"
          rows="2"
          .value=${f.accessibilityNeeds}
          aria-invalid=${this.invalid('accessibilityNeeds')}
          aria-describedby=${this.describedBy('accessibilityNeeds', 'access-hint', 'access-count')}
          @input=${(e: Event) => this.update_({ accessibilityNeeds: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${this.renderCounter('access-count', f.accessibilityNeeds)}
      </div>
      <div class="field">
        <label for="note" part="label">${msg('Note for the clinic (optional)', { id: 'appointments.note.label' })}</label>
        ${this.renderFieldError('note')}
        <textarea
          id="note"
          part="control"
          rows="3"
          .value=${f.note}
          aria-invalid=${this.invalid('note')}
          aria-describedby=${this.describedBy('note', 'note-count')}
          @input=${(e: Event) => this.update_({ note: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
        ${this.renderCounter('note-count', f.note)}
      </div>
    </section>`;
  }

  private renderActions(setup: Setup): TemplateResult {
    const error = this.submitError;
    const book = this.mode === 'book';
    return html`
      ${this.unconfirmed && !error
        ? html`<div class="callout warning" id="submit-error" tabindex="-1" role="alert" part="error">
            <p><strong>${msg('We are not sure your last request reached the clinic', { id: 'appointments.unconfirmed.title' })}</strong></p>
            <p>
              ${msg('The connection may have dropped before the answer came back. Select "Try again" to check. If it already arrived, it will not be sent twice.', { id: 'appointments.unconfirmed.body' })}
            </p>
            <button type="button" class="retry" @click=${() => this.retrySend()}>${msg('Try again', { id: 'common.retry' })}</button>
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
            ${!isPortalError(error) || error.retryable
              ? html`<button type="button" class="retry" @click=${() => this.retrySend()}>${msg('Try again', { id: 'common.retry' })}</button>`
              : nothing}
          </div>`
        : nothing}
      <div class="row actions" part="actions">
        <button type="submit" class="primary" aria-disabled=${this.submitting ? 'true' : 'false'}>
          ${this.submitting
            ? book
              ? msg('Booking…', { id: 'appointments.submit.booking' })
              : msg('Sending…', { id: 'appointments.submit.sending' })
            : book
              ? msg('Book this time', { id: 'appointments.submit.book' })
              : msg('Send request', { id: 'appointments.submit.request' })}
        </button>
      </div>
      ${!book
        ? html`<p class="hint">${this.confirmHint(setup)}</p>`
        : nothing}
    `;
  }

  private confirmHint(setup: Setup): string {
    const days = setup.confirmBusinessDays;
    const n = formatNumber(days);
    return new Intl.PluralRules(getLocale() === 'es' ? 'es-US' : 'en-US').select(days) === 'one'
      ? msg(str`After you send it, the clinic will confirm within ${n} business day.`, { id: 'appointments.submit.expectOne' })
      : msg(str`After you send it, the clinic will confirm within ${n} business days.`, { id: 'appointments.submit.expectOther' });
  }

  // ------------------------------------------------------------ form helpers

  private setPeriod(key: number, patch: Partial<PeriodRow>): void {
    this.update_({ periods: this.form.periods.map((p) => (p.key === key ? { ...p, ...patch } : p)) });
  }

  private addPeriod(): void {
    const row = newPeriod();
    this.update_({ periods: [...this.form.periods, row] });
    this.pendingFocus = `period-${row.key}-start`;
  }

  private removePeriod(key: number): void {
    const periods = this.form.periods.filter((p) => p.key !== key);
    this.update_({ periods: periods.length ? periods : [newPeriod()] });
    this.pendingFocus = 'add-period';
  }

  private toggle<K extends 'timesOfDay' | 'daysOfWeek'>(field: K, value: FormState[K][number], on: boolean): void {
    const list = this.form[field] as FormState[K][number][];
    const next = on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
    this.update_({ [field]: next });
  }

}
