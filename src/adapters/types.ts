/**
 * The adapter contract: every widget reads and writes through one `PortalAdapter`.
 * These are domain types, never raw FHIR. DOM-free.
 *
 * Dates are ISO 8601 strings: a date (`2026-03-04`) or a date-time with offset
 * (`2026-03-04T09:30:00-05:00`).
 */
import type { PortalErrorKind } from './errors.js';

export type ISODateString = string;

/** One page of a list. Pass `next` back as `query.cursor` to read the next page. */
export interface Page<T> {
  items: T[];
  next?: string;
  /** Plain-language notes about records that could not be shown (one bad record never fails a list). */
  warnings?: string[];
  /** Total number of items, when the back end knows it. */
  total?: number;
}

export interface PageQuery {
  /** The `next` value of the previous page. */
  cursor?: string;
  /** Items wanted per page (the adapter may return fewer). */
  pageSize?: number;
}

/** A person or team shown as an author, clinician or sender. */
export interface PersonRef {
  id?: string;
  name: string;
  /** e.g. "Physician", "Nurse practitioner", "Care team". */
  role?: string;
}

/** Something an item can be about, used for cross-widget messages. */
export interface ItemReference {
  type: 'note' | 'result' | 'appointment-request' | 'message-thread';
  id: string;
  display?: string;
}

// ---------------------------------------------------------------- capabilities

export interface AttachmentLimits {
  /** Allowed MIME types, e.g. `image/jpeg`, `application/pdf`. */
  types: string[];
  /** Largest file in bytes. */
  maxBytes: number;
  /** Most files per message. */
  maxCount: number;
}

export interface AdapterCapabilities {
  notes: boolean;
  results: boolean;
  messaging: boolean;
  appointments: boolean;
  /** `read-write`: the patient can change preferences; `read-only`: show the clinic's policy; `none`. */
  resultPreferences: 'read-write' | 'read-only' | 'none';
  /** The back end can book an open slot (otherwise only requests are possible). */
  bookSlots: boolean;
  /** The back end can hold a slot while the patient confirms. */
  holdSlots: boolean;
  /** `false` when attachments are not accepted. */
  attachments: AttachmentLimits | false;
  /** Drafts are stored by the back end (`saveDraft`/`getDraft`/`deleteDraft`). */
  drafts: boolean;
  /** `recordEvent` is available for audit records. */
  audit: boolean;
  /** Plain-language kinds of note the back end does not show online, e.g. "psychotherapy notes". */
  withheldNoteTypes?: string[];
}

// ---------------------------------------------------------------- notes

export type NoteType =
  | 'progress'
  | 'discharge-summary'
  | 'history-and-physical'
  | 'consult'
  | 'procedure'
  | 'imaging'
  | 'lab'
  | 'emergency'
  | 'nursing'
  | 'other';

export type NoteStatus = 'final' | 'preliminary' | 'amended' | 'corrected';

export interface NoteSummary {
  /** The source record's id (FHIR logical id for FhirAdapter). */
  id: string;
  title: string;
  type: NoteType;
  /** The source system's own label for the type, when it has one. */
  typeLabel?: string;
  author?: PersonRef;
  /** When the note was written or signed. Missing when the record has no date. */
  date?: ISODateString;
  /** Visit or encounter description, e.g. "Office visit". */
  encounter?: string;
  location?: string;
  status: NoteStatus;
  /** A short plain-text preview. */
  snippet?: string;
  /** Number of earlier versions (amendments) reachable through `Note.history`. */
  versions?: number;
  /** Plain-language explanation when the record was incomplete or malformed. */
  problem?: string;
}

export interface NoteContent {
  /** MIME type as the source gave it, e.g. `text/html`, `text/plain`, `text/rtf`, `application/pdf`. */
  contentType: string;
  /** Decoded text for textual types (still untrusted: HTML must be sanitised before display). */
  text?: string;
  /** A link to the content (PDF, image, or binary the adapter could not decode). */
  url?: string;
  /** File name or title of this part. */
  title?: string;
  /** Size in bytes, when known. */
  size?: number;
  /** Why this part cannot be shown, in plain language (invalid encoding, unknown type, empty). */
  problem?: string;
}

export interface NoteVersion {
  id: string;
  title?: string;
  date?: ISODateString;
  status: NoteStatus;
  author?: PersonRef;
}

export interface Note extends NoteSummary {
  content: NoteContent[];
  /** When the author signed it. */
  signedAt?: ISODateString;
  /** Earlier versions this note replaced, newest first. */
  history: NoteVersion[];
}

export interface NoteQuery extends PageQuery {
  type?: NoteType;
  /** Author name or id. */
  author?: string;
  from?: ISODateString;
  to?: ISODateString;
  /** Free-text search of titles and text. */
  text?: string;
  sort?: 'newest' | 'oldest';
}

// ---------------------------------------------------------------- results

export type ResultFlag =
  | 'normal'
  | 'low'
  | 'high'
  | 'critical-low'
  | 'critical-high'
  | 'abnormal'
  | 'critical'
  | 'unknown';

export type ResultStatus = 'registered' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'cancelled';

export type ResultCategory = 'lab' | 'imaging' | 'pathology' | 'genetic';

export type Comparator = '<' | '<=' | '>=' | '>';

export interface Coding {
  system?: string;
  code: string;
  display?: string;
}

export type ResultValue =
  | { kind: 'quantity'; value: number; unit?: string; comparator?: Comparator }
  | { kind: 'text'; text: string }
  | { kind: 'coded'; text: string; coding?: Coding };

export interface ReferenceRange {
  low?: number;
  high?: number;
  unit?: string;
  /** The lab's own text, e.g. "Negative" or "<200 mg/dL". */
  text?: string;
  /** Who the range applies to, e.g. "Adult female". */
  appliesTo?: string;
}

export interface ResultComponent {
  code?: Coding;
  name: string;
  value?: ResultValue;
  range?: ReferenceRange;
  flag: ResultFlag;
}

export interface ReportInfo {
  id: string;
  /** Panel or report name, e.g. "Complete blood count". */
  name: string;
  code?: Coding;
  issued?: ISODateString;
  /** The clinician's comment on the whole report. */
  conclusion?: string;
  /** A clinician has reviewed the report. */
  reviewed: boolean;
  reviewedAt?: ISODateString;
  reviewer?: PersonRef;
}

export interface ResultHistoryPoint {
  id: string;
  date: ISODateString;
  value: number;
  unit?: string;
  flag: ResultFlag;
}

export interface LabResult {
  /** The source record's id (FHIR Observation id). */
  id: string;
  /** The lab's name for the test. */
  name: string;
  code?: Coding;
  category: ResultCategory;
  value?: ResultValue;
  components?: ResultComponent[];
  range?: ReferenceRange;
  /** Never `normal` unless an interpretation or a usable range says so. */
  flag: ResultFlag;
  status: ResultStatus;
  /** When the sample was collected. */
  collectedAt?: ISODateString;
  /** When the result was released by the lab. */
  resultedAt?: ISODateString;
  /** The report/panel this result belongs to. */
  report?: ReportInfo;
  /** The clinician's comment on this result. */
  comment?: string;
  /** Earlier numeric values of the same test, oldest first (for trends). */
  history?: ResultHistoryPoint[];
  /** Plain-language explanation when the record was incomplete or malformed. */
  problem?: string;
}

export interface ResultQuery extends PageQuery {
  category?: ResultCategory;
  from?: ISODateString;
  to?: ISODateString;
  reportId?: string;
  /** Code of one test, to read its history. */
  code?: string;
}

export type ReleaseMode = 'immediate' | 'hold-abnormal';
export type NotifyChannel = 'portal' | 'email' | 'sms';

export interface CategoryPreference {
  /** `immediate`: show as soon as ready. `hold-abnormal`: hold abnormal results until reviewed or `holdDays` pass. */
  mode: ReleaseMode;
  /** Most days to hold an abnormal result that no clinician has reviewed yet. */
  holdDays: number;
}

export interface ResultPreferences {
  categories: Record<ResultCategory, CategoryPreference>;
  /** How the patient wants to be told that results are in. */
  notify: NotifyChannel[];
  updatedAt?: ISODateString;
  /** The clinic's limits and options (read-only; ignored when saving). */
  policy?: ResultReleasePolicyInfo;
}

export interface ResultReleasePolicyInfo {
  minHoldDays: number;
  maxHoldDays: number;
  /** Channels this clinic can notify through. */
  channels: NotifyChannel[];
  /** Plain-language description of the clinic's policy, shown when preferences are read-only. */
  description?: string;
}

// ---------------------------------------------------------------- messaging

export type RecipientKind = 'care-team' | 'clinician' | 'nurse' | 'billing' | 'scheduling' | 'pharmacy' | 'records' | 'other';

export type MessageTopic = 'medical-question' | 'prescription' | 'test-result' | 'paperwork' | 'billing' | 'scheduling' | 'other';

export interface Recipient {
  id: string;
  name: string;
  kind: RecipientKind;
  description?: string;
  /** Topics this desk handles, used to suggest the right recipient. */
  topics?: MessageTopic[];
}

export interface Attachment {
  id?: string;
  name: string;
  contentType: string;
  size: number;
  /** Where to download it. */
  url?: string;
  /** Base64 content, for new attachments on a draft. */
  data?: string;
}

export interface Message {
  id: string;
  threadId: string;
  author: PersonRef;
  /** True when the patient wrote it. */
  fromPatient: boolean;
  sentAt: ISODateString;
  /** Plain text (never HTML). */
  body: string;
  attachments: Attachment[];
  /** When the other side read it, where the back end knows. */
  readAt?: ISODateString;
  /** Plain-language explanation when the record was incomplete or malformed. */
  problem?: string;
}

export interface MessageThread {
  id: string;
  subject: string;
  topic?: MessageTopic;
  recipient: Recipient;
  /** Newest last. List calls may return only the last message. */
  messages: Message[];
  updatedAt: ISODateString;
  /** The patient has not read the newest message. */
  unread: boolean;
  messageCount?: number;
}

export interface ThreadQuery extends PageQuery {
  unreadOnly?: boolean;
}

export interface MessageDraft {
  recipientId: string;
  subject: string;
  body: string;
  topic?: MessageTopic;
  /** Reply inside this thread. */
  threadId?: string;
  attachments?: Attachment[];
  /** What the message is about, from a "message my care team about this" action. */
  reference?: ItemReference;
  /** The urgency level shown and whether the patient acknowledged it. */
  urgency?: { level: 'emergency' | 'urgent' | 'routine'; acknowledged?: boolean };
}

export interface ClinicHours {
  /** Days of the week the clinic answers messages, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Opening time, `HH:MM` in the clinic's time zone. */
  open: string;
  /** Closing time, `HH:MM`. */
  close: string;
}

export interface RegionalNumbers {
  /** Emergency number, e.g. 911, 999, 112. */
  emergency: string;
  /** Crisis line to call, e.g. 988, 116 123, 024. */
  crisis: string;
  /** Crisis line for texting, when there is one. */
  crisisText?: string;
  /** Name of the crisis line, e.g. "988 Suicide & Crisis Lifeline". */
  crisisName?: string;
  /** Non-emergency medical advice line, e.g. NHS 111. */
  advice?: string;
  /** Poison control, e.g. 1-800-222-1222. */
  poison?: string;
}

export interface MessagingPolicy {
  /** Usual reply time, in business days. */
  replyBusinessDays: number;
  clinicHours: ClinicHours;
  /** IANA time zone of the clinic, e.g. `America/Chicago`. */
  timeZone: string;
  /** Closed dates, `YYYY-MM-DD`. */
  holidays: string[];
  /** Times of day (`HH:MM`) when clinicians usually answer messages. */
  answeringTimes?: string[];
  clinicName?: string;
  clinicPhone: string;
  nurseLinePhone?: string;
  numbers: RegionalNumbers;
  /** Longest message body, in characters. */
  maxBodyLength?: number;
  /** Business days in which the clinic confirms an appointment request. */
  appointmentConfirmBusinessDays?: number;
}

export interface StoredDraft {
  key: string;
  draft: MessageDraft;
  savedAt: ISODateString;
}

// ---------------------------------------------------------------- appointments

export type VisitType = 'in-person' | 'video' | 'phone';

export interface AppointmentType {
  id: string;
  name: string;
  visitTypes: VisitType[];
  durationMinutes?: number;
  /** For new patients, follow-ups, or both. */
  forNewPatients?: boolean;
}

export interface Location {
  id: string;
  name: string;
  address?: string;
  timeZone?: string;
}

export interface SchedulingOptions {
  appointmentTypes: AppointmentType[];
  clinicians: PersonRef[];
  locations: Location[];
  /** Common reasons for a visit, shown as quick choices. */
  commonReasons?: string[];
  timeZone: string;
  /** Business days in which the clinic confirms a request. */
  confirmBusinessDays: number;
  /** Languages an interpreter can be booked for. */
  interpreterLanguages?: string[];
}

export interface Slot {
  id: string;
  start: ISODateString;
  end: ISODateString;
  visitType: VisitType;
  appointmentTypeId?: string;
  clinician?: PersonRef;
  location?: Location;
}

export interface SlotQuery {
  from: ISODateString;
  to: ISODateString;
  visitType?: VisitType;
  appointmentTypeId?: string;
  clinicianId?: string;
  locationId?: string;
}

export type TimeOfDay = 'morning' | 'afternoon' | 'evening';
export type ContactMethod = 'portal' | 'phone' | 'email' | 'sms';

export interface AppointmentRequestDraft {
  reason: string;
  visitType: VisitType;
  /** Date ranges that suit the patient (ISO dates or date-times). */
  preferredPeriods: { start: ISODateString; end: ISODateString }[];
  appointmentTypeId?: string;
  newPatient?: boolean;
  clinicianId?: string;
  locationId?: string;
  /** Book this open slot (only when the adapter can book). */
  slotId?: string;
  timesOfDay?: TimeOfDay[];
  /** 0 = Sunday … 6 = Saturday. */
  daysOfWeek?: number[];
  earliestDate?: ISODateString;
  contact?: { method: ContactMethod; value?: string };
  interpreterLanguage?: string;
  accessibilityNeeds?: string;
  note?: string;
  urgency?: { level: 'emergency' | 'urgent' | 'routine'; acknowledged?: boolean };
}

export type AppointmentRequestStatus = 'pending' | 'booked' | 'confirmed' | 'declined' | 'cancelled';

export interface AppointmentRequest extends AppointmentRequestDraft {
  id: string;
  status: AppointmentRequestStatus;
  createdAt: ISODateString;
  /** The booked slot, when booked. */
  slot?: Slot;
  /** When the clinic expects to confirm a pending request. */
  confirmBy?: ISODateString;
  /** Why the clinic declined, when it did. */
  statusReason?: string;
  problem?: string;
}

// ---------------------------------------------------------------- audit

export type AuditEventType =
  | 'held-result-revealed'
  | 'urgency-acknowledged'
  | 'urgency-shown'
  | 'result-opened'
  | 'note-opened'
  | 'preferences-changed';

export interface AuditEvent {
  type: AuditEventType;
  at: ISODateString;
  /** The item involved, if any. */
  reference?: ItemReference;
  detail?: Record<string, string | number | boolean>;
}

// ---------------------------------------------------------------- the adapter

export interface PortalAdapter {
  readonly capabilities: AdapterCapabilities;

  listNotes(query?: NoteQuery): Promise<Page<NoteSummary>>;
  getNote(id: string): Promise<Note>;

  listResults(query?: ResultQuery): Promise<Page<LabResult>>;
  getResultPreferences(): Promise<ResultPreferences>;
  saveResultPreferences(p: ResultPreferences): Promise<ResultPreferences>;

  listRecipients(): Promise<Recipient[]>;
  listThreads(query?: ThreadQuery): Promise<Page<MessageThread>>;
  getThread(id: string): Promise<MessageThread>;
  sendMessage(draft: MessageDraft, o: { idempotencyKey: string }): Promise<Message>;
  getMessagingPolicy(): Promise<MessagingPolicy>;
  /** Mark a thread as read (optional). */
  markThreadRead?(id: string): Promise<void>;
  /** Drafts kept by the back end (when `capabilities.drafts`). */
  saveDraft?(key: string, draft: MessageDraft): Promise<void>;
  getDraft?(key: string): Promise<StoredDraft | undefined>;
  deleteDraft?(key: string): Promise<void>;

  listAppointmentRequests(): Promise<Page<AppointmentRequest>>;
  getSchedulingOptions?(): Promise<SchedulingOptions>;
  findSlots(query: SlotQuery): Promise<Slot[]>;
  requestAppointment(r: AppointmentRequestDraft, o: { idempotencyKey: string }): Promise<AppointmentRequest>;
  cancelAppointmentRequest(id: string): Promise<AppointmentRequest>;

  recordEvent?(event: AuditEvent): Promise<void>;
}

export type { PortalErrorKind };
