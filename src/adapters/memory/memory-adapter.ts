import { PortalError, type PortalErrorKind } from '../errors.js';
import type {
  AdapterCapabilities,
  AppointmentRequest,
  AppointmentRequestDraft,
  Attachment,
  AuditEvent,
  ISODateString,
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
  ResultCategory,
  ResultHistoryPoint,
  ResultPreferences,
  ResultQuery,
  SchedulingOptions,
  Slot,
  SlotQuery,
  ThreadQuery,
} from '../types.js';
import { addBusinessDays, calendarDateAt, todayIn, toZonedIso } from '../../core/time/index.js';
import { contentText, fold, snippetOf } from './plain-text.js';
import { base64Size, createSampleSeed } from './sample-patient.js';
import { zonedIso } from './sample-clock.js';
import type { MemorySeed } from './seed.js';

export interface MemoryAdapterOptions {
  /** Delay before every call settles, in milliseconds. Default 150; use 0 in tests. */
  latencyMs?: number;
  /** Share of calls (0–1) that fail with a `network` or `server` PortalError before doing anything. Default 0. */
  failureRate?: number;
  /**
   * Share of writes (0–1) that are stored but whose response is "lost": the call
   * rejects with a `network` PortalError, so a retry with the same idempotency key
   * must return the stored record. Default 0.
   */
  lostResponseRate?: number;
  /** Source of randomness for fault injection; pass `seededRandom(n)` for repeatable runs. */
  random?: () => number;
  /** The clock, for "now" in new records, validation and open slots. Default `() => new Date()`. */
  now?: () => Date;
}

const NOTE_PAGE_SIZE = 20;
const THREAD_PAGE_SIZE = 20;
const RESULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 500;

const RESULT_CATEGORIES: ResultCategory[] = ['lab', 'imaging', 'pathology', 'genetic'];
const VISIT_TYPES = ['in-person', 'video', 'phone'];
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const copy = <T>(value: T): T => structuredClone(value);

function encodeCursor(offset: number): string {
  return btoa(`memory:${offset}`).replace(/=+$/, '');
}

function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  let decoded: string;
  try {
    decoded = atob(cursor);
  } catch {
    decoded = '';
  }
  const match = /^memory:(\d+)$/.exec(decoded);
  if (!match) throw new PortalError('invalid', `Unknown page cursor "${cursor}". Pass back the \`next\` value of the previous page.`);
  return Number(match[1]);
}

function paginate<T>(all: T[], cursor: string | undefined, pageSize: number | undefined, defaultSize: number): Page<T> {
  const size = pageSize === undefined ? defaultSize : Math.floor(pageSize);
  if (!Number.isFinite(size) || size < 1) throw new PortalError('invalid', `pageSize must be a positive number, got ${String(pageSize)}.`);
  const offset = decodeCursor(cursor);
  const end = offset + Math.min(size, MAX_PAGE_SIZE);
  const page: Page<T> = { items: all.slice(offset, end), total: all.length };
  if (end < all.length) page.next = encodeCursor(end);
  return page;
}

function parseInstant(value: string, field: string): number {
  const ms = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) throw new PortalError('invalid', `${field} is not an ISO date or date-time: "${value}".`);
  return ms;
}

/**
 * Whether `date` falls in [from, to]. A date-only bound compares calendar dates
 * (the local date written in `date`, so `to: '2026-03-04'` includes that whole day);
 * a date-time bound compares instants.
 */
function withinRange(date: ISODateString | undefined, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  if (date === undefined) return false;
  const ms = Date.parse(date);
  const day = date.slice(0, 10);
  if (from !== undefined) {
    if (DATE_ONLY.test(from) ? day < from : ms < parseInstant(from, 'from')) return false;
  }
  if (to !== undefined) {
    if (DATE_ONLY.test(to) ? day > to : ms > parseInstant(to, 'to')) return false;
  }
  return true;
}

const newestFirst = (a: string | undefined, b: string | undefined): number =>
  (b === undefined ? -Infinity : Date.parse(b)) - (a === undefined ? -Infinity : Date.parse(a)) || 0;

function requireKey(o: { idempotencyKey: string } | undefined): string {
  const key = o?.idempotencyKey;
  if (typeof key !== 'string' || key.trim() === '') {
    throw new PortalError('invalid', 'Writes need a non-empty idempotencyKey, so a retry never creates a second record.');
  }
  return key;
}

/**
 * An in-memory `PortalAdapter` serving the sample patient (or your own seed),
 * with simulated latency and fault injection. DOM-free.
 *
 * ```ts
 * const adapter = new MemoryAdapter(undefined, { latencyMs: 0, failureRate: 0.2, random: seededRandom(7) });
 * ```
 */
export class MemoryAdapter implements PortalAdapter {
  readonly capabilities: AdapterCapabilities;

  private readonly store: MemorySeed;
  private readonly latencyMs: number;
  private readonly failureRate: number;
  private readonly lostResponseRate: number;
  private readonly random: () => number;
  private readonly now: () => Date;
  private readonly forcedFailures: PortalErrorKind[] = [];
  private readonly messageKeys = new Map<string, string>();
  private readonly requestKeys = new Map<string, string>();
  private readonly audit: AuditEvent[] = [];
  private readonly sent: Message[] = [];
  private readonly requested: AppointmentRequest[] = [];
  private sequence = 0;
  private calls = 0;

  constructor(seed?: Partial<MemorySeed>, options: MemoryAdapterOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.latencyMs = Math.max(0, options.latencyMs ?? 150);
    this.failureRate = Math.min(1, Math.max(0, options.failureRate ?? 0));
    this.lostResponseRate = Math.min(1, Math.max(0, options.lostResponseRate ?? 0));
    this.random = options.random ?? Math.random;
    const base = createSampleSeed(this.now());
    this.store = copy({ ...base, ...(seed ?? {}) });
    this.capabilities = Object.freeze(copy(this.store.capabilities));
  }

  // ------------------------------------------------------------ inspection (tests, demos)

  /** Audit events recorded through `recordEvent`, oldest first. */
  get auditLog(): readonly AuditEvent[] {
    return copy(this.audit);
  }

  /** Messages stored by `sendMessage` on this adapter (one per idempotency key), oldest first. */
  get sentMessages(): readonly Message[] {
    return copy(this.sent);
  }

  /** Appointment requests stored by `requestAppointment` on this adapter, oldest first. */
  get submittedRequests(): readonly AppointmentRequest[] {
    return copy(this.requested);
  }

  /** How many adapter calls were made (including ones that failed). */
  get callCount(): number {
    return this.calls;
  }

  /** The next `count` calls reject with a PortalError of `kind`, whatever `failureRate` says. */
  failNext(kind: PortalErrorKind = 'network', count = 1): void {
    for (let i = 0; i < count; i++) this.forcedFailures.push(kind);
  }

  // ------------------------------------------------------------ notes

  async listNotes(query: NoteQuery = {}): Promise<Page<NoteSummary>> {
    await this.begin('notes');
    const superseded = this.supersededNoteIds();
    const author = query.author === undefined ? undefined : fold(query.author.trim());
    const text = query.text === undefined ? undefined : fold(query.text.trim());
    const notes = this.store.notes.filter((n) => {
      if (superseded.has(n.id)) return false;
      if (query.type !== undefined && n.type !== query.type) return false;
      if (author && !(fold(n.author?.name ?? '').includes(author) || fold(n.author?.id ?? '').includes(author))) return false;
      if (!withinRange(n.date, query.from, query.to)) return false;
      if (text && !fold(`${n.title}\n${n.content.map(contentText).join('\n')}`).includes(text)) return false;
      return true;
    });
    // Ties broken by id, so "oldest" is exactly "newest" reversed and pages never shuffle.
    const order = (a: Note, b: Note): number => newestFirst(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    notes.sort((a, b) => (query.sort === 'oldest' ? -order(a, b) : order(a, b)));
    return copy(paginate(notes.map((n) => this.summarise(n)), query.cursor, query.pageSize, NOTE_PAGE_SIZE));
  }

  async getNote(id: string): Promise<Note> {
    await this.begin('notes');
    const note = this.store.notes.find((n) => n.id === id);
    if (!note) throw new PortalError('not-found', `No note with id "${id}".`, { status: 404 });
    return copy(note);
  }

  // ------------------------------------------------------------ results

  async listResults(query: ResultQuery = {}): Promise<Page<LabResult>> {
    await this.begin('results');
    const results = this.store.results.filter((r) => {
      if (query.category !== undefined && r.category !== query.category) return false;
      if (query.reportId !== undefined && r.report?.id !== query.reportId) return false;
      if (query.code !== undefined && r.code?.code !== query.code) return false;
      return withinRange(r.collectedAt ?? r.resultedAt, query.from, query.to);
    });
    results.sort((a, b) => newestFirst(a.collectedAt ?? a.resultedAt, b.collectedAt ?? b.resultedAt));
    const page = paginate(results, query.cursor, query.pageSize, RESULT_PAGE_SIZE);
    return copy({ ...page, items: page.items.map((r) => this.withHistory(r)) });
  }

  async getResultPreferences(): Promise<ResultPreferences> {
    await this.begin('resultPreferences');
    return copy(this.store.resultPreferences);
  }

  async saveResultPreferences(p: ResultPreferences): Promise<ResultPreferences> {
    await this.begin('resultPreferences');
    if (this.store.capabilities.resultPreferences !== 'read-write') {
      throw new PortalError('unsupported', 'This back end does not let patients change result preferences.');
    }
    const policy = this.store.resultPreferences.policy;
    for (const category of RESULT_CATEGORIES) {
      const pref = p.categories?.[category];
      if (!pref) throw new PortalError('invalid', `Preferences for "${category}" results are missing.`);
      if (pref.mode !== 'immediate' && pref.mode !== 'hold-abnormal') {
        throw new PortalError('invalid', `Unknown release mode "${String(pref.mode)}" for ${category}.`);
      }
      if (!Number.isInteger(pref.holdDays)) throw new PortalError('invalid', `holdDays for ${category} must be a whole number.`);
      if (policy && (pref.holdDays < policy.minHoldDays || pref.holdDays > policy.maxHoldDays)) {
        throw new PortalError(
          'invalid',
          `holdDays for ${category} is ${pref.holdDays}; the clinic allows ${policy.minHoldDays} to ${policy.maxHoldDays}.`,
        );
      }
    }
    const channels = policy?.channels ?? ['portal', 'email', 'sms'];
    const unknown = (p.notify ?? []).filter((c) => !channels.includes(c));
    if (!Array.isArray(p.notify) || unknown.length > 0) {
      throw new PortalError('invalid', `notify must list channels the clinic offers (${channels.join(', ')}); got ${unknown.join(', ') || 'nothing'}.`);
    }
    const stored: ResultPreferences = {
      categories: Object.fromEntries(
        RESULT_CATEGORIES.map((c) => [c, { mode: p.categories[c].mode, holdDays: p.categories[c].holdDays }]),
      ) as ResultPreferences['categories'],
      notify: [...new Set(p.notify)],
      updatedAt: this.nowIso(),
      policy,
    };
    this.store.resultPreferences = stored;
    return copy(stored);
  }

  // ------------------------------------------------------------ messaging

  async listRecipients(): Promise<Recipient[]> {
    await this.begin('messaging');
    return copy(this.store.recipients);
  }

  async listThreads(query: ThreadQuery = {}): Promise<Page<MessageThread>> {
    await this.begin('messaging');
    const threads = this.store.threads
      .filter((t) => !query.unreadOnly || t.unread)
      .sort((a, b) => newestFirst(a.updatedAt, b.updatedAt))
      .map((t) => ({ ...t, messageCount: t.messages.length }));
    return copy(paginate(threads, query.cursor, query.pageSize, THREAD_PAGE_SIZE));
  }

  async getThread(id: string): Promise<MessageThread> {
    await this.begin('messaging');
    return copy({ ...this.thread(id), messageCount: this.thread(id).messages.length });
  }

  async markThreadRead(id: string): Promise<void> {
    await this.begin('messaging');
    this.thread(id).unread = false;
  }

  async getMessagingPolicy(): Promise<MessagingPolicy> {
    await this.begin('messaging');
    return copy(this.store.messagingPolicy);
  }

  async sendMessage(draft: MessageDraft, o: { idempotencyKey: string }): Promise<Message> {
    await this.begin('messaging');
    const key = requireKey(o);
    const existing = this.messageKeys.get(key);
    if (existing !== undefined) return copy(this.findMessage(existing));

    const recipient = this.validateMessage(draft);
    const sentAt = this.nowIso();
    const thread = draft.threadId === undefined ? undefined : this.thread(draft.threadId);
    const threadId = thread?.id ?? this.nextId('thr');
    const message: Message = {
      id: this.nextId('msg'),
      threadId,
      author: { id: this.store.patient.id, name: this.store.patient.name, role: 'Patient' },
      fromPatient: true,
      sentAt,
      body: draft.body,
      attachments: (draft.attachments ?? []).map((a) => this.storeAttachment(a)),
    };
    if (thread) {
      thread.messages.push(message);
      thread.updatedAt = sentAt;
      thread.messageCount = thread.messages.length;
    } else {
      this.store.threads.push({
        id: threadId,
        subject: draft.subject.trim(),
        topic: draft.topic,
        recipient: copy(recipient),
        messages: [message],
        updatedAt: sentAt,
        unread: false,
        messageCount: 1,
      });
    }
    this.messageKeys.set(key, message.id);
    this.sent.push(copy(message));
    this.maybeLoseResponse();
    return copy(message);
  }

  // ------------------------------------------------------------ appointments

  async listAppointmentRequests(): Promise<Page<AppointmentRequest>> {
    await this.begin('appointments');
    const all = [...this.store.appointmentRequests].sort((a, b) => newestFirst(a.createdAt, b.createdAt));
    return copy({ items: all, total: all.length });
  }

  async getSchedulingOptions(): Promise<SchedulingOptions> {
    await this.begin('appointments');
    return copy(this.store.schedulingOptions);
  }

  async findSlots(query: SlotQuery): Promise<Slot[]> {
    await this.begin('appointments');
    if (!query || typeof query.from !== 'string' || typeof query.to !== 'string') {
      throw new PortalError('invalid', 'findSlots needs `from` and `to` dates.');
    }
    parseInstant(query.from, 'from');
    parseInstant(query.to, 'to');
    const nowMs = this.now().getTime();
    const slots = this.store.slots.filter(
      (s) =>
        Date.parse(s.start) > nowMs &&
        withinRange(s.start, query.from, query.to) &&
        (query.visitType === undefined || s.visitType === query.visitType) &&
        (query.appointmentTypeId === undefined || s.appointmentTypeId === query.appointmentTypeId) &&
        (query.clinicianId === undefined || s.clinician?.id === query.clinicianId) &&
        (query.locationId === undefined || s.location?.id === query.locationId),
    );
    return copy(slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)));
  }

  async requestAppointment(r: AppointmentRequestDraft, o: { idempotencyKey: string }): Promise<AppointmentRequest> {
    await this.begin('appointments');
    const key = requireKey(o);
    const existing = this.requestKeys.get(key);
    if (existing !== undefined) return copy(this.request(existing));

    this.validateRequest(r);
    const createdAt = this.nowIso();
    let request: AppointmentRequest;
    if (r.slotId !== undefined) {
      if (!this.store.capabilities.bookSlots) {
        throw new PortalError('unsupported', 'This back end cannot book slots; send a request without slotId.');
      }
      const index = this.store.slots.findIndex((s) => s.id === r.slotId);
      const slot = index >= 0 ? this.store.slots[index] : undefined;
      if (!slot || Date.parse(slot.start) <= this.now().getTime()) {
        throw new PortalError('conflict', `Slot "${r.slotId}" is no longer available.`, { status: 409 });
      }
      if (slot.visitType !== r.visitType) {
        throw new PortalError('invalid', `Slot "${slot.id}" is a ${slot.visitType} visit, not ${r.visitType}.`);
      }
      this.store.slots.splice(index, 1);
      request = {
        ...copy(r),
        id: this.nextId('apr'),
        status: 'booked',
        createdAt,
        slot: copy(slot),
        appointmentTypeId: r.appointmentTypeId ?? slot.appointmentTypeId,
        clinicianId: r.clinicianId ?? slot.clinician?.id,
        locationId: r.locationId ?? slot.location?.id,
      };
    } else {
      request = { ...copy(r), id: this.nextId('apr'), status: 'pending', createdAt, confirmBy: this.confirmBy() };
    }
    this.store.appointmentRequests.push(request);
    this.requestKeys.set(key, request.id);
    this.requested.push(copy(request));
    this.maybeLoseResponse();
    return copy(request);
  }

  async cancelAppointmentRequest(id: string): Promise<AppointmentRequest> {
    await this.begin('appointments');
    const request = this.request(id);
    if (request.status !== 'pending' && request.status !== 'booked' && request.status !== 'confirmed') {
      throw new PortalError('conflict', `Request "${id}" is ${request.status} and cannot be cancelled.`, { status: 409 });
    }
    request.status = 'cancelled';
    const slot = request.slot;
    if (slot && Date.parse(slot.start) > this.now().getTime() && !this.store.slots.some((s) => s.id === slot.id)) {
      this.store.slots.push(copy(slot));
    }
    return copy(request);
  }

  // ------------------------------------------------------------ audit

  async recordEvent(event: AuditEvent): Promise<void> {
    await this.begin('audit');
    if (!event || typeof event.type !== 'string' || typeof event.at !== 'string') {
      throw new PortalError('invalid', 'An audit event needs a `type` and an `at` date-time.');
    }
    this.audit.push(copy(event));
  }

  // ------------------------------------------------------------ internals

  /** Latency, then forced or random failures, then the capability check. Nothing is written before this. */
  private async begin(capability: 'notes' | 'results' | 'messaging' | 'appointments' | 'resultPreferences' | 'audit'): Promise<void> {
    this.calls++;
    if (this.latencyMs > 0) {
      await new Promise<void>((resolve) => setTimeout(resolve, this.latencyMs));
    } else {
      await Promise.resolve();
    }
    const forced = this.forcedFailures.shift();
    if (forced !== undefined) throw new PortalError(forced, `Simulated ${forced} failure (failNext).`);
    if (this.failureRate > 0 && this.random() < this.failureRate) {
      const kind = this.random() < 0.5 ? 'network' : 'server';
      throw new PortalError(kind, `Simulated ${kind} failure (failureRate ${this.failureRate}).`, kind === 'server' ? { status: 503 } : {});
    }
    const caps = this.store.capabilities;
    const supported =
      capability === 'resultPreferences' ? caps.resultPreferences !== 'none' : capability === 'audit' ? caps.audit : caps[capability];
    if (!supported) throw new PortalError('unsupported', `This back end does not offer ${capability}.`);
  }

  private maybeLoseResponse(): void {
    if (this.lostResponseRate > 0 && this.random() < this.lostResponseRate) {
      throw new PortalError('network', 'Simulated lost response: the write was stored, but the answer never arrived.');
    }
  }

  private nowIso(): string {
    return toZonedIso(this.now().getTime(), this.store.messagingPolicy.timeZone);
  }

  private nextId(prefix: string): string {
    this.sequence++;
    return `${prefix}-new-${this.sequence}`;
  }

  private supersededNoteIds(): Set<string> {
    return new Set(this.store.notes.flatMap((n) => n.history.map((h) => h.id)));
  }

  private summarise(n: Note): NoteSummary {
    const text = n.content.map(contentText).join('\n');
    const summary: NoteSummary = {
      id: n.id,
      title: n.title,
      type: n.type,
      typeLabel: n.typeLabel,
      author: n.author,
      date: n.date,
      encounter: n.encounter,
      location: n.location,
      status: n.status,
      snippet: text.trim() === '' ? undefined : snippetOf(text),
      versions: n.history.length,
      problem: n.problem,
    };
    for (const k of Object.keys(summary) as (keyof NoteSummary)[]) {
      if (summary[k] === undefined) delete summary[k];
    }
    return summary;
  }

  private withHistory(r: LabResult): LabResult {
    if (!r.code || r.value?.kind !== 'quantity') return r;
    const at = Date.parse(r.collectedAt ?? r.resultedAt ?? '');
    if (Number.isNaN(at)) return r;
    const history: ResultHistoryPoint[] = this.store.results
      .filter((o) => o.id !== r.id && o.code?.code === r.code?.code && o.code?.system === r.code?.system && o.value?.kind === 'quantity')
      .filter((o) => Date.parse(o.collectedAt ?? o.resultedAt ?? '') < at)
      .sort((a, b) => -newestFirst(a.collectedAt ?? a.resultedAt, b.collectedAt ?? b.resultedAt))
      .map((o) => {
        const value = o.value as { kind: 'quantity'; value: number; unit?: string };
        const point: ResultHistoryPoint = { id: o.id, date: (o.collectedAt ?? o.resultedAt) as string, value: value.value, flag: o.flag };
        if (value.unit !== undefined) point.unit = value.unit;
        return point;
      });
    return history.length > 0 ? { ...r, history } : r;
  }

  private thread(id: string): MessageThread {
    const thread = this.store.threads.find((t) => t.id === id);
    if (!thread) throw new PortalError('not-found', `No message thread with id "${id}".`, { status: 404 });
    return thread;
  }

  private findMessage(id: string): Message {
    for (const t of this.store.threads) {
      const m = t.messages.find((x) => x.id === id);
      if (m) return m;
    }
    throw new PortalError('not-found', `No message with id "${id}".`, { status: 404 });
  }

  private request(id: string): AppointmentRequest {
    const request = this.store.appointmentRequests.find((a) => a.id === id);
    if (!request) throw new PortalError('not-found', `No appointment request with id "${id}".`, { status: 404 });
    return request;
  }

  private validateMessage(draft: MessageDraft): Recipient {
    if (!draft || typeof draft.body !== 'string' || draft.body.trim() === '') {
      throw new PortalError('invalid', 'The message body is empty.');
    }
    const max = this.store.messagingPolicy.maxBodyLength;
    if (max !== undefined && draft.body.length > max) {
      throw new PortalError('invalid', `The message body has ${draft.body.length} characters; the limit is ${max}.`);
    }
    const recipient = this.store.recipients.find((r) => r.id === draft.recipientId);
    if (!recipient) throw new PortalError('invalid', `Unknown recipient "${String(draft.recipientId)}".`);
    if (draft.threadId === undefined && (typeof draft.subject !== 'string' || draft.subject.trim() === '')) {
      throw new PortalError('invalid', 'A new conversation needs a subject.');
    }
    const attachments = draft.attachments ?? [];
    if (attachments.length > 0) {
      const limits = this.store.capabilities.attachments;
      if (!limits) throw new PortalError('unsupported', 'This back end does not accept attachments.');
      if (attachments.length > limits.maxCount) {
        throw new PortalError('invalid', `${attachments.length} attachments; at most ${limits.maxCount} are allowed.`);
      }
      for (const a of attachments) {
        if (!limits.types.includes(a.contentType)) {
          throw new PortalError('invalid', `Attachment "${a.name}" is ${a.contentType}; allowed: ${limits.types.join(', ')}.`);
        }
        const size = a.data === undefined ? a.size : base64Size(a.data);
        if (!(size > 0)) throw new PortalError('invalid', `Attachment "${a.name}" is empty.`);
        if (size > limits.maxBytes || a.size > limits.maxBytes) {
          throw new PortalError('invalid', `Attachment "${a.name}" is ${size} bytes; the limit is ${limits.maxBytes}.`);
        }
      }
    }
    if (draft.threadId !== undefined) this.thread(draft.threadId);
    return recipient;
  }

  private storeAttachment(a: Attachment): Attachment {
    const stored: Attachment = {
      id: this.nextId('att'),
      name: a.name,
      contentType: a.contentType,
      size: a.data === undefined ? a.size : base64Size(a.data),
    };
    const url = a.data === undefined ? a.url : `data:${a.contentType};base64,${a.data}`;
    if (url !== undefined) stored.url = url;
    return stored;
  }

  private validateRequest(r: AppointmentRequestDraft): void {
    if (!r || typeof r.reason !== 'string' || r.reason.trim() === '') {
      throw new PortalError('invalid', 'The appointment request needs a reason.');
    }
    if (!VISIT_TYPES.includes(r.visitType)) {
      throw new PortalError('invalid', `Unknown visit type "${String(r.visitType)}"; use in-person, video or phone.`);
    }
    if (!Array.isArray(r.preferredPeriods)) throw new PortalError('invalid', 'preferredPeriods must be a list of { start, end }.');
    const timeZone = this.store.schedulingOptions.timeZone;
    const nowMs = this.now().getTime();
    const today = todayIn(nowMs, timeZone);
    r.preferredPeriods.forEach((p: { start?: unknown; end?: unknown } | null, i) => {
      if (typeof p?.start !== 'string' || typeof p.end !== 'string') {
        throw new PortalError('invalid', `preferredPeriods[${i}] needs a start and an end.`);
      }
      const start = parseInstant(p.start, `preferredPeriods[${i}].start`);
      const end = parseInstant(p.end, `preferredPeriods[${i}].end`);
      if (end < start) throw new PortalError('invalid', `preferredPeriods[${i}] ends before it starts.`);
      const past = DATE_ONLY.test(p.end) ? p.end < today : end < nowMs;
      if (past) throw new PortalError('invalid', `preferredPeriods[${i}] is in the past.`);
    });
    const options = this.store.schedulingOptions;
    if (r.appointmentTypeId !== undefined && !options.appointmentTypes.some((t) => t.id === r.appointmentTypeId)) {
      throw new PortalError('invalid', `Unknown appointment type "${r.appointmentTypeId}".`);
    }
    if (r.clinicianId !== undefined && !options.clinicians.some((c) => c.id === r.clinicianId)) {
      throw new PortalError('invalid', `Unknown clinician "${r.clinicianId}".`);
    }
    if (r.locationId !== undefined && !options.locations.some((l) => l.id === r.locationId)) {
      throw new PortalError('invalid', `Unknown location "${r.locationId}".`);
    }
  }

  /** End of the clinic day, `confirmBusinessDays` business days from now. */
  private confirmBy(): string {
    const { timeZone, confirmBusinessDays } = this.store.schedulingOptions;
    const holidays = this.store.messagingPolicy.holidays;
    const close = this.store.messagingPolicy.clinicHours.close;
    const today = calendarDateAt(this.now().getTime(), timeZone);
    return zonedIso(addBusinessDays(today, confirmBusinessDays, holidays), close, timeZone);
  }
}
