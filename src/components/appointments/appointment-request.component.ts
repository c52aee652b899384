import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toPortalError } from '../../adapters/errors.js';
import type {
  AppointmentRequest,
  AppointmentRequestDraft,
  PortalAdapter,
  Slot,
} from '../../adapters/types.js';
import type { AppointmentFieldError } from '../../core/appointments/validate.js';
import type { UrgencyLevel } from '../../core/urgency/types.js';
import { getLocale } from '../../i18n/localization.js';
import type { LazyModule, LazyModuleName } from '../../lazy/modules.js';
import { adapterTask } from '../shared/adapter-task.js';
import type { ComposeRequestDetail, PortalErrorDetail } from '../shared/events.js';
import { PortalElement } from '../shared/portal-element.js';
import { errorMessage, renderError, renderLoading, renderNotConfigured } from '../shared/states.js';
import { baseStyles } from '../shared/styles.js';
import { emergencyNumberFor } from '../urgency/regions.js';
import {
  classifyUrgencyIfLoaded,
  summarizeUrgency,
  UrgencyEngineController,
} from '../urgency/urgency-engine.js';
import '../urgency/urgency-notice.js';
import { styles } from './appointment-request.styles.js';
import { emptyForm, type FormState } from './form-state.js';
import { LazyParts } from '../shared/lazy-parts.js';

type FormModule = LazyModule<'appointmentForm'>;
type FormSetup = ReturnType<FormModule['resolveSetup']>;

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

type Setup = FormSetup;

/** How long the patient pauses typing before the reason is checked for urgency. */
const URGENCY_DEBOUNCE_MS = 300;
/** Days of open slots to look through. */
const SLOT_HORIZON_DAYS = 14;
/** Days of slots shown before "Show more days". */
const DAYS_PER_PAGE = 5;

function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return `apr-${crypto.randomUUID()}`;
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return `apr-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
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
 * @csspart loading - Loading state (clinic options, the form, the list of requests).
 * @csspart not-configured - Shown when no adapter or provider is connected.
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

  /** Longest reason, note or accessibility text, in characters (default 1000). */
  @property({ type: Number, attribute: 'max-text-length' }) maxTextLength = 1000;

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
  /** Submit was pressed while the urgency engine was still loading: the send waits for the check. */
  @state() private checking = false;
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

  /** The urgency engine loads on connect; the reason is checked as soon as it arrives (it may be typed or restored already). */
  private engine = new UrgencyEngineController(this, () => this.checkUrgency());

  /**
   * Views fetched when first needed: the open-time chooser (only where booking is
   * offered), the "times that suit me" fields, and the confirmation details with
   * the list of requests.
   */
  protected parts = new LazyParts(this);

  private setup = adapterTask(
    this,
    async (adapter): Promise<Setup | undefined> => {
      if (!adapter.capabilities.appointments) return undefined;
      // The form's templates download alongside the clinic's options, under the same "Loading…".
      const [options, policy, view] = await Promise.all([
        adapter.getSchedulingOptions ? adapter.getSchedulingOptions() : Promise.resolve(undefined),
        adapter.getMessagingPolicy().catch(() => undefined),
        this.parts.load('appointmentForm'),
      ]);
      if (!view) throw this.parts.error('appointmentForm');
      this.restoreDraft();
      return view.resolveSetup(options, policy);
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
    if (!this.hideRequests) this.parts.get('appointmentRecords');
  }

  /** Brings back the unsent form of `draftKey` (once per key, when the form's module is here). */
  private restoreDraft(): void {
    const view = this.parts.get('appointmentForm');
    if (!view || !this.draftKey || this.restoredFrom === this.draftKey) return;
    this.restoredFrom = this.draftKey;
    const saved = view.restoreForm(this.draftKey);
    if (!saved) return;
    this.form = saved.form;
    this.idempotencyKey = saved.idempotencyKey;
    if (saved.pendingSend) {
      this.lastSent = saved.pendingSend;
      this.unconfirmed = true;
    }
    // The acknowledgement of an emergency is never restored: the patient decides again.
    this.checkUrgency();
  }

  /** Not before the stored form was read back: an empty form on screen would erase it. */
  private persistDraft(): void {
    const view = this.parts.get('appointmentForm');
    if (view && this.draftKey && this.restoredFrom === this.draftKey) view.persistForm(this.draftKey, this.form, this.idempotencyKey, this.lastSent);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.urgencyTimer);
  }

  /** Also waits for the urgency engine and views being downloaded, so "updated" means checked and shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.engine.status === 'loading' || this.parts.busy) {
      await Promise.all([this.engine.settled, this.parts.settled()]);
      result = await super.getUpdateComplete();
    }
    return result;
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
    return this.setup.value?.patientZone(this.patientTimeZone) ?? this.patientTimeZone;
  }

  private get mode(): 'book' | 'request' {
    return this.canBook ? this.form.mode : 'request';
  }

  /** For the notice shown when the urgency engine could not load (same order as `<portal-urgency-notice>`). */
  private get emergencyNumber(): string {
    return emergencyNumberFor(this.config, this.setup.value?.policy?.numbers);
  }

  private draft(view: FormModule): AppointmentRequestDraft {
    return view.buildDraft(this.form, this.mode, this.slots.value, this.urgency, this.urgencyAcknowledged);
  }

  private validate(view: FormModule, setup: Setup): AppointmentFieldError[] {
    return view.validateForm(this.draft(view), this.currentTime(), setup, this.mode, this.maxTextLength, this.slots.value);
  }

  // ------------------------------------------------------------ updates

  private update_(patch: Partial<FormState>, focus?: string): void {
    this.form = { ...this.form, ...patch };
    const view = this.parts.get('appointmentForm');
    if (this.showErrors && this.setup.value && view) this.errors = this.validate(view, this.setup.value);
    if (focus) this.pendingFocus = focus;
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

  /**
   * Classifies the reason now (synchronously, once the engine has loaded; until
   * then the engine's arrival triggers it); emits only when the level or
   * categories change.
   */
  private checkUrgency(): void {
    clearTimeout(this.urgencyTimer);
    const result = classifyUrgencyIfLoaded(this.form.reason, { locale: getLocale() });
    if (!result) return;
    const { level, categories } = summarizeUrgency(result);
    const previous = this.urgency;
    if (previous.level === level && previous.categories.join('|') === categories.join('|')) return;
    this.urgency = { level, categories };
    if (level !== 'emergency' || previous.level !== 'emergency') this.urgencyAcknowledged = false;
    this.emit<AppointmentUrgencyChangeDetail>('portal-urgency-change', { level, categories });
    if (level !== 'routine' && previous.level !== level) this.audit('urgency-shown', { level });
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
    if (!this.setup.value || !this.resolvedAdapter || this.submitting || this.checking) return;
    // The confirmation shows the records view: fetch it while the form is checked and sent.
    void this.parts.load('appointmentRecords');
    const engineLoading = this.engine.beforeSubmit();
    if (engineLoading) {
      this.checking = true;
      await engineLoading;
      this.checking = false;
    }
    const setup = this.setup.value;
    const adapter = this.resolvedAdapter;
    if (!setup || !adapter) return;
    // The reason may have changed within the debounce: check it before anything is sent.
    this.checkUrgency();
    if (this.blocked) {
      this.pendingFocus = 'reason';
      return;
    }
    const view = this.parts.get('appointmentForm');
    if (!view) return;
    this.errors = this.validate(view, setup);
    this.showErrors = true;
    if (this.errors.length > 0) {
      this.pendingFocus = view.controlId(this.errors[0].field, this.form);
      return;
    }
    await this.send(adapter, this.draft(view));
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
      if (this.draftKey) this.parts.get('appointmentForm')?.clearAppointmentDraft(this.draftKey);
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
    const view = this.parts.get('appointmentForm');
    const draft = this.lastSent ?? (view && this.draft(view));
    if (adapter && draft && !this.submitting) void this.send(adapter, draft);
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
      ${this.result ? this.renderConfirmation(setup, this.result) : this.renderForm(setup)}
      ${this.hideRequests ? nothing : this.renderRequests(setup)}
    `;
  }

  /** Loading (or, after a failed download, an error with "Try again") in place of a view that is not here yet. */
  private renderPartPending(name: LazyModuleName, loading?: string, failedTitle?: string): TemplateResult {
    const error = this.parts.error(name);
    return error === undefined
      ? renderLoading(loading)
      : renderError(toPortalError(error), () => void this.parts.load(name), failedTitle);
  }

  /** The heading takes focus at once; the details follow when their view has loaded. */
  private renderConfirmation(setup: Setup, request: AppointmentRequest): TemplateResult {
    const records = this.parts.get('appointmentRecords');
    const booked = request.status === 'booked' || request.status === 'confirmed';
    return html`<section class="confirmation callout success" part="confirmation" aria-labelledby="confirmation-heading">
      <h3 id="confirmation-heading" tabindex="-1">
        ${booked
          ? msg('Your appointment is booked', { id: 'appointments.done.bookedHeading' })
          : msg('Request received', { id: 'appointments.done.requestedHeading' })}
      </h3>
      ${records
        ? records.renderConfirmationDetails({
            request: records.withConfirmBy(request, setup.confirmBusinessDays, setup.options.timeZone, setup.policy, this.currentTime()),
            options: setup.options,
            patientTimeZone: this.resolvedPatientTimeZone,
            confirmBusinessDays: setup.confirmBusinessDays,
            clinicPhone: setup.policy?.clinicPhone,
          })
        : this.renderPartPending('appointmentRecords')}
      <button type="button" class="another" @click=${() => this.startAnother()}>
        ${msg('Request another appointment', { id: 'appointments.done.another' })}
      </button>
    </section>`;
  }

  private renderRequests(setup: Setup): TemplateResult {
    const loading = msg('Loading your requests…', { id: 'appointments.list.loading' });
    const failed = msg('We could not load your requests', { id: 'appointments.list.loadError' });
    const records = this.parts.get('appointmentRecords');
    if (!records) return this.renderPartPending('appointmentRecords', loading, failed);
    const list = (items: AppointmentRequest[]): TemplateResult =>
      this.requestList(
        records,
        setup,
        items.map((r) => records.withConfirmBy(r, setup.confirmBusinessDays, setup.options.timeZone, setup.policy, this.currentTime())),
      );
    return this.requests.render({
      initial: () => html``,
      pending: () => (this.requests.value ? list(this.requests.value) : renderLoading(loading)),
      error: (e) => renderError(e, () => void this.requests.run(), failed),
      complete: list,
    });
  }

  private requestList(records: LazyModule<'appointmentRecords'>, setup: Setup, items: AppointmentRequest[]): TemplateResult {
    return records.renderRequestList({
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

  private renderForm(setup: Setup): TemplateResult {
    const view = this.parts.get('appointmentForm');
    if (!view) return html``;
    const slotPicker = this.mode === 'book' ? this.parts.get('appointmentSlotPicker') : undefined;
    return view.renderRequestForm({
      setup,
      form: this.form,
      mode: this.mode,
      canBook: this.canBook,
      blocked: this.blocked,
      errors: this.showErrors ? this.errors : [],
      urgency: this.urgency,
      urgencyAcknowledged: this.urgencyAcknowledged,
      requireAcknowledgement: this.emergencyPolicy === 'acknowledge',
      urgencyUnavailable: this.engine.status === 'failed',
      emergencyNumber: this.emergencyNumber,
      adapter: this.resolvedAdapter,
      maxTextLength: this.maxTextLength,
      patientTimeZone: this.resolvedPatientTimeZone,
      now: this.currentTime(),
      submitting: this.submitting,
      checking: this.checking,
      submitError: this.submitError,
      unconfirmed: this.unconfirmed,
      conflict: this.conflict,
      slots: this.slots,
      daysShown: this.daysShown,
      slotPicker,
      slotPickerPending: (loading, failed) => this.renderPartPending('appointmentSlotPicker', loading, failed),
      slotPickerFailed: this.parts.error('appointmentSlotPicker') !== undefined,
      onChange: (patch, focus) => this.update_(patch, focus),
      onReason: (reason, checkNow) => {
        this.update_({ reason });
        if (checkNow) this.checkUrgency();
        else this.scheduleUrgencyCheck();
      },
      onReasonBlur: () => this.checkUrgency(),
      onAcknowledge: (acknowledged) => {
        this.urgencyAcknowledged = acknowledged;
      },
      onSlot: (slotId) => {
        this.conflict = false;
        this.update_({ slotId });
      },
      onShowMoreDays: () => {
        this.daysShown += DAYS_PER_PAGE;
      },
      onSubmit: (e) => void this.onSubmit(e),
      onRetrySend: () => this.retrySend(),
      onFocus: (id) => this.focusControl(id),
    });
  }
}
