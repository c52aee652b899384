/**
 * Secure messages as FHIR `Communication`. A thread is a first Communication and
 * the replies that point at it (`partOf`, else a chain of `inResponseTo`); the
 * thread id is the first Communication's logical id. Recipients come from the
 * patient's CareTeam (the team, its participants, its managing Organization) and
 * the desks under that Organization (billing, scheduling…). Every send carries the
 * idempotency key as an `identifier` and uses `If-None-Exist`. See docs/fhir-mapping.md.
 */
import { PortalError, isPortalError } from '../errors.js';
import type {
  Attachment,
  AttachmentLimits,
  ItemReference,
  Message,
  MessageDraft,
  MessageThread,
  MessageTopic,
  Page,
  Recipient,
  RecipientKind,
  ThreadQuery,
} from '../types.js';
import { base64Size, isLinkType, mediaTypeOf } from './attachment.js';
import { CS, EXT, IDENTIFIER } from './codes.js';
import { isAboutPatient, type FhirContext } from './context.js';
import type {
  Attachment as FhirAttachment,
  CareTeam,
  CodeableConcept,
  Communication,
  CommunicationPayload,
  Organization,
  PractitionerRole,
  Reference,
  Resource,
} from './fhir-types.js';
import { decodeBase64 } from '../../core/notes/text.js';
import { arr, codingIn, conceptText, date, extensions, isObject, parseReference, roleLabel, str, time } from './reference.js';
import { cleanText } from './text.js';

const KINDS: RecipientKind[] = ['care-team', 'clinician', 'nurse', 'billing', 'scheduling', 'pharmacy', 'records', 'other'];
const TOPICS: MessageTopic[] = ['medical-question', 'prescription', 'test-result', 'paperwork', 'billing', 'scheduling', 'other'];
const DESK_TOPICS: Partial<Record<RecipientKind, MessageTopic[]>> = {
  billing: ['billing'],
  scheduling: ['scheduling'],
  pharmacy: ['prescription'],
  records: ['paperwork'],
};

export const MESSAGE_PROBLEMS = {
  noText: 'This message has no text.',
  noDate: 'This message has no date.',
  badAttachment: 'An attachment to this message could not be read.',
} as const;

/** Most Communications read to build the inbox (newest first). */
const MAX_MESSAGE_PAGES = 5;

// ---------------------------------------------------------------- recipients

function explicitKind(concepts: CodeableConcept | CodeableConcept[] | undefined): RecipientKind | undefined {
  const code = codingIn(concepts, CS.recipientKind)?.code as RecipientKind | undefined;
  return code && KINDS.includes(code) ? code : undefined;
}

function topicsOf(r: Resource): MessageTopic[] | undefined {
  const topics = extensions(r, EXT.recipientTopic)
    .map((e) => e.valueCode as MessageTopic)
    .filter((t) => TOPICS.includes(t));
  return topics.length ? topics : undefined;
}

function describe(r: Resource, base: Omit<Recipient, 'description' | 'topics'>): Recipient {
  const out: Recipient = { ...base };
  const description = cleanText(extensions(r, EXT.recipientDescription)[0]?.valueString, 300);
  if (description) out.description = description;
  const topics = topicsOf(r) ?? DESK_TOPICS[out.kind];
  if (topics) out.topics = topics;
  return out;
}

/** A recipient for a CareTeam, PractitionerRole, Practitioner or Organization. */
export function recipientFor(ctx: FhirContext, r: Resource, ref?: Reference): Recipient | undefined {
  if (typeof r.id !== 'string') return undefined;
  switch (r.resourceType) {
    case 'CareTeam': {
      const t = r as CareTeam;
      return describe(r, { id: r.id, name: cleanText(t.name) ?? 'Your care team', kind: explicitKind(t.category) ?? 'care-team' });
    }
    case 'PractitionerRole': {
      const pr = r as PractitionerRole;
      const person = ctx.resolver.person({ reference: `PractitionerRole/${r.id}`, display: ref?.display });
      const role = roleLabel(arr<CodeableConcept>(pr.code).map(conceptText).find(Boolean));
      const kind = explicitKind(pr.code) ?? (role === 'Nurse' ? 'nurse' : 'clinician');
      if (!person) return undefined;
      return describe(r, { id: r.id, name: person.name, kind });
    }
    case 'Practitioner': {
      const person = ctx.resolver.person({ reference: `Practitioner/${r.id}`, display: ref?.display });
      if (!person) return undefined;
      return describe(r, { id: r.id, name: person.name, kind: roleLabel(person.role) === 'Nurse' ? 'nurse' : 'clinician' });
    }
    case 'Organization': {
      const o = r as Organization;
      const name = cleanText(o.name) ?? cleanText(ref?.display);
      return name ? describe(r, { id: r.id, name, kind: explicitKind(o.type) ?? 'other' }) : undefined;
    }
    default:
      return undefined;
  }
}

export interface RecipientDirectory {
  recipients: Recipient[];
  /** Recipient id → `Type/id`, for `Communication.recipient`. */
  references: Map<string, string>;
}

export async function loadRecipients(ctx: FhirContext): Promise<RecipientDirectory> {
  const teams = await ctx.client.searchAll<CareTeam>('CareTeam', [
    ['patient', ctx.patientId],
    ['status', 'active'],
    ['_include', 'CareTeam:participant'],
  ], 3);
  ctx.resolver.add(teams.included);
  const active = teams.matches.filter((t) => t.status !== 'entered-in-error' && t.status !== 'inactive' && isAboutPatient(ctx, t.subject));
  const memberRefs = active.flatMap((t) => arr<{ member?: Reference }>(t.participant).map((p) => (isObject(p) ? p.member : undefined)));
  const orgRefs = active.flatMap((t) => arr<Reference>(t.managingOrganization));
  await ctx.resolver.resolve([...memberRefs, ...orgRefs], false);

  const recipients: Recipient[] = [];
  const references = new Map<string, string>();
  const add = (r: Resource | undefined, ref?: Reference) => {
    if (!r || typeof r.id !== 'string' || references.has(r.id)) return;
    const rec = recipientFor(ctx, r, ref);
    if (!rec) return;
    recipients.push(rec);
    references.set(rec.id, `${r.resourceType}/${r.id}`);
  };
  for (const t of active) add(t);
  for (const ref of memberRefs) {
    const p = parseReference(ref);
    if (p && ['PractitionerRole', 'Practitioner', 'Organization', 'CareTeam'].includes(p.type)) add(ctx.resolver.get(ref), ref);
  }
  const orgs = orgRefs.map((r) => ctx.resolver.get(r)).filter((r): r is Organization => r?.resourceType === 'Organization');
  // The clinic itself is a recipient only when it is typed as one (otherwise it is just the desks' parent).
  orgs.filter((o) => explicitKind(o.type)).forEach((o) => add(o));
  // Desks (billing, scheduling, pharmacy, records) are Organizations that are part of the clinic.
  for (const org of orgs) {
    const desks = await ctx.client
      .search<Organization>('Organization', [['partof', `Organization/${org.id}`], ['_count', '50']])
      .then((p) => p.matches, () => [] as Organization[]);
    for (const d of desks) if (d.active !== false && explicitKind(d.type)) add(d);
  }
  return { recipients, references };
}

// ---------------------------------------------------------------- threads

function isHidden(c: Communication): boolean {
  return c.status === 'entered-in-error';
}

async function loadCommunications(ctx: FhirContext): Promise<{ all: Communication[]; warnings: string[] }> {
  const base: [string, string][] = [['_sort', '-sent'], ['_count', '100']];
  const [bySubject, byRecipient] = await Promise.all([
    ctx.client.searchAll<Communication>('Communication', [['subject', ctx.patientRef], ...base], MAX_MESSAGE_PAGES),
    ctx.client.searchAll<Communication>('Communication', [['recipient', ctx.patientRef], ...base], MAX_MESSAGE_PAGES).catch((e: unknown) => {
      if (isPortalError(e) && (e.kind === 'auth' || e.kind === 'offline' || e.kind === 'timeout')) throw e;
      return undefined;
    }),
  ]);
  const byId = new Map<string, Communication>();
  const mine = (c: Communication) =>
    [c.subject, c.sender, ...arr<Reference>(c.recipient)].some((r) => parseReference(r)?.key === ctx.patientRef) && isAboutPatient(ctx, c.subject);
  for (const c of [...bySubject.matches, ...(byRecipient?.matches ?? [])]) if (!isHidden(c) && mine(c)) byId.set(c.id!, c);
  ctx.resolver.add(bySubject.included);
  return { all: [...byId.values()], warnings: [...new Set([...bySubject.warnings, ...(byRecipient?.warnings ?? [])])] };
}

function communicationRef(refs: Reference[] | undefined): string | undefined {
  for (const r of arr<Reference>(refs)) {
    const p = parseReference(r);
    if (p?.type === 'Communication') return p.id;
  }
  return undefined;
}

/** The thread a Communication belongs to: its `partOf`, else the top of its `inResponseTo` chain. */
export function threadIdOf(c: Communication, byId: Map<string, Communication>): string {
  const part = communicationRef(c.partOf);
  if (part) return part;
  let current = c;
  const seen = new Set<string>([c.id!]);
  for (;;) {
    const parent = communicationRef(current.inResponseTo);
    if (!parent || seen.has(parent)) return current.id!;
    const next = byId.get(parent);
    if (!next) return parent;
    const nextPart = communicationRef(next.partOf);
    if (nextPart) return nextPart;
    seen.add(parent);
    current = next;
  }
}

function isFromPatient(ctx: FhirContext, c: Communication): boolean {
  return parseReference(c.sender)?.key === ctx.patientRef;
}

function mapAttachment(a: FhirAttachment, ctx: FhirContext): { attachment: Attachment; broken: boolean } {
  const contentType = str(a.contentType) ?? 'application/octet-stream';
  const media = mediaTypeOf(contentType);
  const data = str(a.data);
  const out: Attachment = { name: cleanText(a.title, 120) ?? 'Attachment', contentType, size: typeof a.size === 'number' && a.size >= 0 ? a.size : data ? base64Size(data) : 0 };
  let broken = false;
  if (data) {
    if (!decodeBase64(data)) broken = true;
    else if (isLinkType(media) || media === 'text/plain') out.url = `data:${media};base64,${data.replace(/\s+/g, '')}`;
  } else if (str(a.url)) {
    const abs = ctx.client.absolute(a.url!);
    if (/^https?:\/\//i.test(abs)) out.url = abs;
  } else {
    broken = true;
  }
  return { attachment: out, broken };
}

export function mapMessage(ctx: FhirContext, c: Communication, threadId: string, patientName?: string): Message {
  const fromPatient = isFromPatient(ctx, c);
  const author = fromPatient ? { id: ctx.patientId, name: patientName ?? 'You' } : (ctx.resolver.person(c.sender) ?? { name: 'Your care team' });
  const payloads = arr<CommunicationPayload>(c.payload).filter((x) => isObject(x));
  const body = payloads
    .map((p) => (typeof p.contentString === 'string' ? p.contentString.replace(/\r\n?/g, '\n').trim() : ''))
    .filter(Boolean)
    .join('\n\n');
  const mapped = payloads.filter((p) => isObject(p.contentAttachment)).map((p) => mapAttachment(p.contentAttachment!, ctx));
  const sentAt = date(c.sent) ?? date(c.received) ?? date(c.meta?.lastUpdated);
  const msg: Message = {
    id: c.id!,
    threadId,
    author,
    fromPatient,
    sentAt: sentAt ?? '',
    body,
    attachments: mapped.map((m) => m.attachment),
  };
  const problems: string[] = [];
  if (!body && mapped.length === 0) problems.push(MESSAGE_PROBLEMS.noText);
  if (!sentAt) problems.push(MESSAGE_PROBLEMS.noDate);
  if (mapped.some((m) => m.broken)) problems.push(MESSAGE_PROBLEMS.badAttachment);
  if (problems.length) msg.problem = problems.join(' ');
  return msg;
}

function topicOf(c: Communication | undefined): MessageTopic | undefined {
  const code = codingIn(c?.topic, CS.messageTopic)?.code as MessageTopic | undefined;
  return code && TOPICS.includes(code) ? code : undefined;
}

function counterpart(ctx: FhirContext, c: Communication, directory: RecipientDirectory | undefined): Recipient {
  const ref = isFromPatient(ctx, c) ? arr<Reference>(c.recipient).find((r) => parseReference(r)?.key !== ctx.patientRef) : c.sender;
  const p = parseReference(ref);
  const known = p ? directory?.recipients.find((r) => r.id === p.id) : undefined;
  if (known) return known;
  const resource = ctx.resolver.get(ref);
  const fromResource = resource ? recipientFor(ctx, resource, ref) : undefined;
  if (fromResource) return fromResource;
  const person = ctx.resolver.person(ref);
  return { id: p?.id ?? 'care-team', name: person?.name ?? 'Your care team', kind: p?.type === 'Organization' ? 'other' : p?.type === 'CareTeam' || !p ? 'care-team' : 'clinician' };
}

/** Unread: a message to the patient that the patient has not received (no `Communication.received`). */
function isUnread(ctx: FhirContext, c: Communication): boolean {
  return !isFromPatient(ctx, c) && !date(c.received);
}

function buildThreads(ctx: FhirContext, comms: Communication[], directory: RecipientDirectory | undefined, patientName?: string): MessageThread[] {
  const byId = new Map(comms.map((c) => [c.id!, c]));
  const groups = new Map<string, Communication[]>();
  for (const c of comms) {
    const id = threadIdOf(c, byId);
    const list = groups.get(id) ?? [];
    list.push(c);
    groups.set(id, list);
  }
  const threads: MessageThread[] = [];
  for (const [id, list] of groups) {
    const messages = list
      .flatMap((c) => {
        try {
          return [mapMessage(ctx, c, id, patientName)];
        } catch {
          return [];
        }
      })
      .sort((a, b) => time(a.sentAt) - time(b.sentAt));
    if (messages.length === 0) continue;
    const first = byId.get(id) ?? list.slice().sort((a, b) => time(date(a.sent)) - time(date(b.sent)))[0];
    const subject = conceptText(first.topic) ?? list.map((c) => conceptText(c.topic)).find(Boolean) ?? 'Message';
    const thread: MessageThread = {
      id,
      subject: cleanText(subject, 150) ?? 'Message',
      recipient: counterpart(ctx, first, directory),
      messages,
      updatedAt: messages[messages.length - 1]?.sentAt ?? '',
      unread: list.some((c) => isUnread(ctx, c)),
      messageCount: messages.length,
    };
    const topic = topicOf(first) ?? list.map(topicOf).find(Boolean);
    if (topic) thread.topic = topic;
    threads.push(thread);
  }
  return threads.sort((a, b) => time(b.updatedAt) - time(a.updatedAt));
}

async function resolveSenders(ctx: FhirContext, comms: Communication[]): Promise<void> {
  await ctx.resolver.resolve(comms.flatMap((c) => [c.sender, ...arr<Reference>(c.recipient)]), false);
}

export async function listThreads(ctx: FhirContext, query: ThreadQuery, directory: () => Promise<RecipientDirectory | undefined>, patientName?: string): Promise<Page<MessageThread>> {
  const { all, warnings } = await loadCommunications(ctx);
  await resolveSenders(ctx, all);
  let threads = buildThreads(ctx, all, await directory(), patientName);
  if (query.unreadOnly) threads = threads.filter((t) => t.unread);
  const page: Page<MessageThread> = { items: threads, total: threads.length };
  if (warnings.length) page.warnings = warnings;
  return page;
}

export async function getThread(ctx: FhirContext, id: string, directory: () => Promise<RecipientDirectory | undefined>, patientName?: string): Promise<MessageThread> {
  const { all } = await loadCommunications(ctx);
  await resolveSenders(ctx, all);
  const threads = buildThreads(ctx, all, await directory(), patientName);
  const thread = threads.find((t) => t.id === id) ?? threads.find((t) => t.messages.some((m) => m.id === id));
  if (!thread) throw new PortalError('not-found', 'This conversation is not available.');
  return thread;
}

/** Marks the care team's messages in a thread as received by the patient. */
export async function markThreadRead(ctx: FhirContext, id: string): Promise<void> {
  const { all } = await loadCommunications(ctx);
  const byId = new Map(all.map((c) => [c.id!, c]));
  const unread = all.filter((c) => threadIdOf(c, byId) === id && isUnread(ctx, c));
  const now = new Date().toISOString();
  const results = await Promise.allSettled(
    unread.map((c) => {
      const headers: Record<string, string> = {};
      if (c.meta?.versionId) headers['If-Match'] = `W/"${c.meta.versionId}"`;
      return ctx.client.request('PUT', `Communication/${c.id}`, { body: { ...c, received: now }, headers });
    }),
  );
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure && isPortalError(failure.reason) && failure.reason.kind !== 'conflict') throw failure.reason;
}

// ---------------------------------------------------------------- sending

const ABOUT_TYPES: Record<ItemReference['type'], string> = {
  note: 'DocumentReference',
  result: 'Observation',
  'appointment-request': 'Appointment',
  'message-thread': 'Communication',
};

const PRIORITY = { emergency: 'stat', urgent: 'asap', routine: 'routine' } as const;

function checkAttachments(list: Attachment[] | undefined, limits: AttachmentLimits | false): CommunicationPayload[] {
  const files = arr<Attachment>(list);
  if (files.length === 0) return [];
  if (!limits) throw new PortalError('unsupported', 'This clinic does not accept attachments.');
  if (files.length > limits.maxCount) throw new PortalError('invalid', `At most ${limits.maxCount} attachments can be sent.`);
  return files.map((f) => {
    const type = mediaTypeOf(f.contentType);
    if (!limits.types.map((t) => t.toLowerCase()).includes(type)) throw new PortalError('invalid', `Attachments of type ${type || 'unknown'} are not accepted.`);
    if (typeof f.data !== 'string' || !decodeBase64(f.data)) throw new PortalError('invalid', `The attachment "${f.name}" has no readable content.`);
    const size = base64Size(f.data);
    if (size > limits.maxBytes) throw new PortalError('invalid', `The attachment "${f.name}" is larger than ${limits.maxBytes} bytes.`);
    return { contentAttachment: { contentType: type, data: f.data.replace(/\s+/g, ''), title: cleanText(f.name, 120) ?? 'Attachment', size } };
  });
}

export interface SendOptions {
  idempotencyKey: string;
  attachments: AttachmentLimits | false;
  maxBodyLength?: number;
  patientName?: string;
}

export async function sendMessage(ctx: FhirContext, draft: MessageDraft, directory: () => Promise<RecipientDirectory | undefined>, o: SendOptions): Promise<Message> {
  const key = typeof o.idempotencyKey === 'string' ? o.idempotencyKey.trim() : '';
  if (!key || key.length > 200) throw new PortalError('invalid', 'sendMessage needs an idempotencyKey (at most 200 characters).');
  if (!isObject(draft)) throw new PortalError('invalid', 'sendMessage needs a draft.');
  const body = typeof draft.body === 'string' ? draft.body.trim() : '';
  if (!body) throw new PortalError('invalid', 'Enter a message.');
  if (o.maxBodyLength && body.length > o.maxBodyLength) throw new PortalError('invalid', `The message is longer than ${o.maxBodyLength} characters.`);
  const payload: CommunicationPayload[] = [{ contentString: body }, ...checkAttachments(draft.attachments, o.attachments)];

  let thread: MessageThread | undefined;
  if (draft.threadId) thread = await getThread(ctx, draft.threadId, directory, o.patientName);
  const subject = cleanText(draft.subject, 150) ?? thread?.subject;
  if (!subject) throw new PortalError('invalid', 'Enter a subject.');

  const dir = await directory();
  let recipient = dir?.references.get(draft.recipientId);
  if (!recipient && thread) {
    const root = thread.messages.find((m) => m.id === thread.id);
    const counterpartId = thread.recipient.id;
    if (counterpartId === draft.recipientId) {
      const all = await loadCommunications(ctx);
      const first = all.all.find((c) => c.id === (root?.id ?? thread.id));
      const ref = first && (isFromPatient(ctx, first) ? arr<Reference>(first.recipient)[0] : first.sender);
      recipient = parseReference(ref)?.key;
    }
  }
  if (!recipient) throw new PortalError('invalid', `"${String(draft.recipientId)}" is not one of this patient's message recipients.`);

  const communication: Communication = {
    resourceType: 'Communication',
    identifier: [{ system: IDENTIFIER.idempotency, value: key }],
    status: 'completed',
    subject: { reference: ctx.patientRef },
    sender: { reference: ctx.patientRef },
    recipient: [{ reference: recipient }],
    sent: new Date().toISOString(),
    topic: { text: subject, ...(draft.topic && TOPICS.includes(draft.topic) ? { coding: [{ system: CS.messageTopic, code: draft.topic }] } : {}) },
    payload,
    priority: PRIORITY[draft.urgency?.level ?? 'routine'] ?? 'routine',
  };
  if (thread) {
    communication.partOf = [{ reference: `Communication/${thread.id}` }];
    const last = thread.messages[thread.messages.length - 1];
    communication.inResponseTo = [{ reference: `Communication/${last?.id ?? thread.id}` }];
  }
  if (draft.reference && ABOUT_TYPES[draft.reference.type] && /^[A-Za-z0-9\-.]{1,64}$/.test(draft.reference.id)) {
    const about: Reference = { reference: `${ABOUT_TYPES[draft.reference.type]}/${draft.reference.id}` };
    const display = cleanText(draft.reference.display);
    if (display) about.display = display;
    communication.about = [about];
  }
  if (draft.urgency && draft.urgency.level !== 'routine') {
    communication.extension = [
      {
        url: EXT.urgency,
        extension: [
          { url: 'level', valueCode: draft.urgency.level },
          { url: 'acknowledged', valueBoolean: draft.urgency.acknowledged === true },
        ],
      },
    ];
  }

  const res = await ctx.client.request<Communication>('POST', 'Communication', {
    body: communication,
    headers: { 'If-None-Exist': `identifier=${encodeURIComponent(`${IDENTIFIER.idempotency}|${key}`)}`, Prefer: 'return=representation' },
    idempotent: true,
  });
  let saved = res.body?.resourceType === 'Communication' ? res.body : undefined;
  if (!saved && res.location && ctx.client.isOnServer(res.location)) {
    saved = (await ctx.client.request<Communication>('GET', ctx.client.cursorUrl(res.location.replace(/\/_history\/[^/]+$/, '')))).body;
  }
  if (!saved?.id) throw new PortalError('server', 'The server accepted the message but did not return it.');
  return mapMessage(ctx, saved, thread?.id ?? communicationRef(saved.partOf) ?? saved.id, o.patientName);
}
