/**
 * `FhirAdapter`: the PortalAdapter for any FHIR R4 / US Core server (Epic, Oracle
 * Health, HAPI, Medplum…). DOM-free; `fetch` injectable; bearer token as a string
 * or a function (called again once after a 401). See docs/fhir-mapping.md.
 */
import { confirmByDate } from '../../core/appointments/confirm-by.js';
import { deviceTimeZone } from '../../core/time/index.js';
import { PortalError, toPortalError } from '../errors.js';
import type {
  AdapterCapabilities,
  AppointmentRequest,
  AppointmentRequestDraft,
  AuditEvent,
  LabResult,
  Message,
  MessageDraft,
  MessageThread,
  MessagingPolicy,
  Note,
  NoteQuery,
  NoteSummary,
  Page,
  PortalAdapter,
  Recipient,
  ResultPreferences,
  ResultQuery,
  ResultReleasePolicyInfo,
  SchedulingOptions,
  Slot,
  SlotQuery,
  ThreadQuery,
} from '../types.js';
import * as appointments from './appointments.js';
import { loadClinic, mergeMessagingPolicy, messagingPolicyFrom, resultPolicyFrom, type ClinicInfo } from './clinic.js';
import { FhirClient, type AccessToken } from './client.js';
import { CS } from './codes.js';
import type { FhirContext } from './context.js';
import type { AuditEvent as FhirAuditEvent, CapabilityStatement, Patient } from './fhir-types.js';
import * as messages from './messages.js';
import * as notes from './notes.js';
import * as preferences from './preferences.js';
import { ReferenceResolver, humanName } from './reference.js';
import * as results from './results.js';

export interface FhirAdapterOptions {
  /** FHIR base URL: absolute (`https://ehr.example/fhir/R4`) or relative to the page (`/fhir`). */
  baseUrl: string;
  /** The patient's logical id (`123`) or reference (`Patient/123`). */
  patient: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** A bearer token, or a function returning one (called again once after a 401). */
  accessToken?: AccessToken;
  /** Longest wait for one HTTP exchange. Default 20 000 ms. */
  timeoutMs?: number;
  /** Extra attempts for reads and idempotent writes. Default 2. */
  retries?: number;
  /** First backoff delay in ms (doubles each retry). Default 300. */
  retryDelayMs?: number;
  /** Overrides for what this server offers (applied after `/metadata` refinement too). */
  capabilities?: Partial<AdapterCapabilities>;
  /** Fallbacks for what the clinic's Organization does not state (phone, hours, regional numbers…). */
  messagingPolicy?: Partial<MessagingPolicy>;
  /** Preferences assumed before the patient saves any. */
  resultPreferences?: Partial<Pick<ResultPreferences, 'categories' | 'notify'>>;
  /** Fallback result-release policy (hold-day limits, channels). */
  resultPolicy?: Partial<ResultReleasePolicyInfo>;
  /** Fallback scheduling options (appointment types, time zone…). */
  schedulingOptions?: Partial<SchedulingOptions>;
  /** The clinic's Organization id, when it is not the patient's CareTeam managingOrganization. */
  organization?: string;
  /** Status of a booked slot's Appointment: `booked` (default) or `pending` when the clinic confirms bookings. */
  bookingStatus?: 'booked' | 'pending';
}

export const DEFAULT_FHIR_CAPABILITIES: AdapterCapabilities = {
  notes: true,
  results: true,
  messaging: true,
  appointments: true,
  resultPreferences: 'read-write',
  bookSlots: true,
  holdSlots: false,
  attachments: { types: ['image/jpeg', 'image/png', 'application/pdf'], maxBytes: 5 * 1024 * 1024, maxCount: 3 },
  drafts: false,
  audit: true,
};

const DEFAULT_MESSAGING_POLICY: MessagingPolicy = {
  replyBusinessDays: 2,
  clinicHours: { days: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' },
  timeZone: deviceTimeZone(),
  holidays: [],
  clinicPhone: '',
  numbers: { emergency: '911', crisis: '988', crisisText: '988', crisisName: '988 Suicide & Crisis Lifeline', poison: '1-800-222-1222' },
  appointmentConfirmBusinessDays: 2,
};

const AUDIT_ACTIONS: Record<AuditEvent['type'], string> = {
  'held-result-revealed': 'R',
  'urgency-acknowledged': 'E',
  'urgency-shown': 'E',
  'result-opened': 'R',
  'note-opened': 'R',
  'preferences-changed': 'U',
};

const AUDIT_ENTITY_TYPES: Record<string, string> = {
  note: 'DocumentReference',
  result: 'Observation',
  'appointment-request': 'Appointment',
  'message-thread': 'Communication',
};

export class FhirAdapter implements PortalAdapter {
  private caps: AdapterCapabilities;
  private readonly options: FhirAdapterOptions;
  private readonly ctx: FhirContext;
  private clinic?: Promise<ClinicInfo>;
  private patient?: Promise<Patient | undefined>;
  private directory?: Promise<messages.RecipientDirectory>;
  private metadata?: Promise<AdapterCapabilities>;

  constructor(options: FhirAdapterOptions) {
    if (!options || typeof options !== 'object') throw new PortalError('invalid', 'FhirAdapter needs options { baseUrl, patient }.');
    const patientId = typeof options.patient === 'string' ? options.patient.trim().replace(/^Patient\//, '') : '';
    if (!/^[A-Za-z0-9\-.]{1,64}$/.test(patientId)) {
      throw new PortalError('invalid', 'FhirAdapter needs the patient\'s FHIR id, e.g. { patient: "123" } or "Patient/123".');
    }
    this.options = options;
    const client = new FhirClient(options);
    this.ctx = { client, patientId, patientRef: `Patient/${patientId}`, resolver: new ReferenceResolver(client) };
    this.caps = { ...DEFAULT_FHIR_CAPABILITIES, ...options.capabilities };
  }

  /** What this adapter offers now: defaults, refined by `refreshCapabilities()`, then the constructor's overrides. */
  get capabilities(): AdapterCapabilities {
    return this.caps;
  }

  /** The FHIR logical id of the patient. */
  get patientId(): string {
    return this.ctx.patientId;
  }

  /**
   * Reads the server's CapabilityStatement (`/metadata`) once and narrows
   * `capabilities` to what it supports (search/create/update per resource type).
   * Keeps the defaults when the statement is missing or says nothing.
   */
  refreshCapabilities(): Promise<AdapterCapabilities> {
    this.metadata ??= this.ctx.client
      .request<CapabilityStatement>('GET', 'metadata')
      .then((res) => {
        const cs = res.body;
        if (cs?.resourceType !== 'CapabilityStatement') return this.caps;
        const rest = (cs.rest ?? []).find((r) => r?.mode === 'server') ?? cs.rest?.[0];
        const resources = Array.isArray(rest?.resource) ? rest.resource : [];
        if (resources.length === 0) return this.caps;
        const can = (type: string, code: string) =>
          resources.some((r) => r?.type === type && Array.isArray(r.interaction) && r.interaction.some((i) => i?.code === code));
        const refined: AdapterCapabilities = {
          ...this.caps,
          notes: can('DocumentReference', 'search-type'),
          results: can('Observation', 'search-type'),
          messaging: can('Communication', 'search-type') && can('Communication', 'create'),
          appointments: can('Appointment', 'create') && can('Appointment', 'search-type'),
          bookSlots: can('Slot', 'search-type') && can('Appointment', 'create'),
          resultPreferences: can('Basic', 'create') && can('Basic', 'update') ? 'read-write' : can('Basic', 'search-type') ? 'read-only' : 'none',
          audit: can('AuditEvent', 'create'),
        };
        this.caps = { ...refined, ...this.options.capabilities };
        return this.caps;
      })
      .catch(() => {
        this.metadata = undefined;
        return this.caps;
      });
    return this.metadata;
  }

  private require(feature: 'notes' | 'results' | 'messaging' | 'appointments'): void {
    if (!this.caps[feature]) throw new PortalError('unsupported', `This FHIR server does not offer ${feature} (capabilities.${feature} is false).`);
  }

  /** Runs a call and makes sure whatever it throws is a PortalError. */
  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw toPortalError(e);
    }
  }

  private loadPatient(): Promise<Patient | undefined> {
    this.patient ??= this.ctx.client.read<Patient>('Patient', this.ctx.patientId).catch(() => {
      this.patient = undefined;
      return undefined;
    });
    return this.patient;
  }

  private async patientName(): Promise<string | undefined> {
    return humanName((await this.loadPatient())?.name);
  }

  private loadClinic(): Promise<ClinicInfo> {
    this.clinic ??= loadClinic(this.ctx, this.options.organization).catch((e: unknown) => {
      this.clinic = undefined;
      throw e;
    });
    return this.clinic;
  }

  private loadDirectory(fresh = false): Promise<messages.RecipientDirectory> {
    if (fresh || !this.directory) {
      this.directory = messages.loadRecipients(this.ctx).catch((e: unknown) => {
        this.directory = undefined;
        throw e;
      });
    }
    return this.directory;
  }

  private async resultPolicy(): Promise<ResultReleasePolicyInfo> {
    const clinic = await this.loadClinic().catch(() => undefined);
    return { ...preferences.DEFAULT_RESULT_POLICY, ...this.options.resultPolicy, ...resultPolicyFrom(clinic?.organization) };
  }

  private defaultPreferences(): ResultPreferences {
    const d = preferences.defaultResultPreferences();
    const o = this.options.resultPreferences;
    return { categories: { ...d.categories, ...o?.categories }, notify: o?.notify ?? d.notify };
  }

  // ---------------------------------------------------------------- notes

  listNotes(query: NoteQuery = {}): Promise<Page<NoteSummary>> {
    return this.run(async () => {
      this.require('notes');
      return notes.listNotes(this.ctx, query);
    });
  }

  getNote(id: string): Promise<Note> {
    return this.run(async () => {
      this.require('notes');
      return notes.getNote(this.ctx, id);
    });
  }

  // ---------------------------------------------------------------- results

  listResults(query: ResultQuery = {}): Promise<Page<LabResult>> {
    return this.run(async () => {
      this.require('results');
      return results.listResults(this.ctx, query, async () => results.patientFacts(await this.loadPatient()));
    });
  }

  getResultPreferences(): Promise<ResultPreferences> {
    return this.run(async () => {
      const policy = await this.resultPolicy();
      if (this.caps.resultPreferences === 'none') return { ...this.defaultPreferences(), policy };
      return preferences.getResultPreferences(this.ctx, this.defaultPreferences(), policy);
    });
  }

  saveResultPreferences(p: ResultPreferences): Promise<ResultPreferences> {
    return this.run(async () => {
      if (this.caps.resultPreferences !== 'read-write') throw new PortalError('unsupported', 'Result preferences cannot be changed online at this clinic.');
      return preferences.saveResultPreferences(this.ctx, p, this.defaultPreferences(), await this.resultPolicy());
    });
  }

  // ---------------------------------------------------------------- messaging

  listRecipients(): Promise<Recipient[]> {
    return this.run(async () => {
      this.require('messaging');
      return (await this.loadDirectory(true)).recipients;
    });
  }

  private directoryOrNothing = async (): Promise<messages.RecipientDirectory | undefined> => this.loadDirectory().catch(() => undefined);

  listThreads(query: ThreadQuery = {}): Promise<Page<MessageThread>> {
    return this.run(async () => {
      this.require('messaging');
      return messages.listThreads(this.ctx, query, this.directoryOrNothing, await this.patientName());
    });
  }

  getThread(id: string): Promise<MessageThread> {
    return this.run(async () => {
      this.require('messaging');
      return messages.getThread(this.ctx, id, this.directoryOrNothing, await this.patientName());
    });
  }

  markThreadRead(id: string): Promise<void> {
    return this.run(async () => {
      this.require('messaging');
      await messages.markThreadRead(this.ctx, id);
    });
  }

  sendMessage(draft: MessageDraft, o: { idempotencyKey: string }): Promise<Message> {
    return this.run(async () => {
      this.require('messaging');
      const policy = await this.getMessagingPolicy().catch(() => undefined);
      return messages.sendMessage(this.ctx, draft, () => this.loadDirectory(), {
        idempotencyKey: o?.idempotencyKey,
        attachments: this.caps.attachments,
        maxBodyLength: policy?.maxBodyLength,
        patientName: await this.patientName(),
      });
    });
  }

  getMessagingPolicy(): Promise<MessagingPolicy> {
    return this.run(async () => {
      const clinic = await this.loadClinic().catch(() => undefined);
      return mergeMessagingPolicy(DEFAULT_MESSAGING_POLICY, this.options.messagingPolicy ?? {}, messagingPolicyFrom(clinic?.organization));
    });
  }

  // ---------------------------------------------------------------- appointments

  listAppointmentRequests(): Promise<Page<AppointmentRequest>> {
    return this.run(async () => {
      this.require('appointments');
      return appointments.listAppointmentRequests(this.ctx);
    });
  }

  getSchedulingOptions(): Promise<SchedulingOptions> {
    return this.run(async () => {
      this.require('appointments');
      const clinic = await this.loadClinic().catch(() => undefined);
      const policy = await this.getMessagingPolicy();
      return appointments.getSchedulingOptions(this.ctx, clinic?.organization?.id, {
        timeZone: policy.timeZone,
        confirmBusinessDays: policy.appointmentConfirmBusinessDays,
        ...this.options.schedulingOptions,
      });
    });
  }

  findSlots(query: SlotQuery): Promise<Slot[]> {
    return this.run(async () => {
      this.require('appointments');
      if (!this.caps.bookSlots) throw new PortalError('unsupported', 'This clinic does not offer online booking.');
      return appointments.findSlots(this.ctx, query);
    });
  }

  requestAppointment(r: AppointmentRequestDraft, o: { idempotencyKey: string }): Promise<AppointmentRequest> {
    return this.run(async () => {
      this.require('appointments');
      const policy = await this.getMessagingPolicy();
      return appointments.requestAppointment(this.ctx, r, {
        idempotencyKey: o?.idempotencyKey,
        canBook: this.caps.bookSlots,
        bookingStatus: this.options.bookingStatus ?? 'booked',
        confirmBy: (now) =>
          policy.appointmentConfirmBusinessDays === undefined
            ? undefined
            : confirmByDate(now, policy.appointmentConfirmBusinessDays, { timeZone: policy.timeZone, holidays: policy.holidays, closesAt: policy.clinicHours.close }),
      });
    });
  }

  cancelAppointmentRequest(id: string): Promise<AppointmentRequest> {
    return this.run(async () => {
      this.require('appointments');
      return appointments.cancelAppointmentRequest(this.ctx, id);
    });
  }

  // ---------------------------------------------------------------- audit

  recordEvent(event: AuditEvent): Promise<void> {
    return this.run(async () => {
      if (!this.caps.audit) throw new PortalError('unsupported', 'This server does not accept audit events.');
      const entity: NonNullable<FhirAuditEvent['entity']>[number] = {};
      const type = event.reference ? AUDIT_ENTITY_TYPES[event.reference.type] : undefined;
      if (type && event.reference && /^[A-Za-z0-9\-.]{1,64}$/.test(event.reference.id)) entity.what = { reference: `${type}/${event.reference.id}` };
      const detail = Object.entries(event.detail ?? {}).map(([k, v]) => ({ type: k, valueString: String(v) }));
      if (detail.length) entity.detail = detail;
      const audit: FhirAuditEvent = {
        resourceType: 'AuditEvent',
        type: { system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110110', display: 'Patient Record' },
        subtype: [{ system: CS.portalEvent, code: event.type }],
        action: AUDIT_ACTIONS[event.type] ?? 'E',
        recorded: event.at || new Date().toISOString(),
        outcome: '0',
        agent: [{ who: { reference: this.ctx.patientRef }, requestor: true }],
        source: { observer: { display: 'Portal Elements' } },
        ...(entity.what || entity.detail ? { entity: [entity] } : {}),
      };
      await this.ctx.client.request('POST', 'AuditEvent', { body: audit });
    });
  }
}
