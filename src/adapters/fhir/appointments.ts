/**
 * Appointment requests and bookings as FHIR `Appointment`; open times as `Slot`
 * (status free) of a `Schedule` whose actors are the clinician and location.
 * - request: Appointment status `proposed` with `requestedPeriod`, participants,
 *   `appointmentType`, `reasonCode`, `comment` and our `appointment-preferences` extension;
 * - booking: Appointment status `booked` (or `pending`) with `slot`, start/end from
 *   the Slot, then the Slot is set to `busy` where the server allows;
 * - cancel: status `cancelled` with cancelationReason `pat`, and the Slot freed.
 * Writes carry the idempotency key as an `identifier` and use `If-None-Exist`.
 * See docs/fhir-mapping.md.
 */
import { PortalError, isPortalError } from '../errors.js';
import type {
  AppointmentRequest,
  AppointmentRequestDraft,
  AppointmentRequestStatus,
  AppointmentType,
  ContactMethod,
  Location,
  Page,
  PersonRef,
  SchedulingOptions,
  Slot,
  SlotQuery,
  TimeOfDay,
  VisitType,
} from '../types.js';
import { APPOINTMENT_CANCEL_REASON, CS, EXT, IDENTIFIER } from './codes.js';
import { mapEach, pageSize, type FhirContext } from './context.js';
import type {
  Address,
  Appointment,
  AppointmentParticipant,
  CodeableConcept,
  Extension,
  HealthcareService,
  Location as FhirLocation,
  Reference,
  Resource,
  Schedule,
  Slot as FhirSlot,
} from './fhir-types.js';
import { arr, codingIn, conceptText, date, extension, extensions, isObject, parseReference, str, time } from './reference.js';
import { cleanText } from './text.js';

const VISIT_TYPES: VisitType[] = ['in-person', 'video', 'phone'];
const TIMES: TimeOfDay[] = ['morning', 'afternoon', 'evening'];
const CONTACTS: ContactMethod[] = ['portal', 'phone', 'email', 'sms'];

export const APPOINTMENT_PROBLEMS = {
  noReason: 'This request has no reason recorded.',
  noDate: 'This request has no date recorded.',
} as const;

function visitTypeOf(r: { extension?: Extension[] } | undefined): VisitType | undefined {
  const code = extension(r, EXT.visitType)?.valueCode as VisitType | undefined;
  return code && VISIT_TYPES.includes(code) ? code : undefined;
}

function addressText(a: Address | undefined): string | undefined {
  if (!isObject(a)) return undefined;
  return cleanText(a.text) ?? cleanText([...arr<string>(a.line), a.city, a.state, a.postalCode].filter((s) => typeof s === 'string').join(', '));
}

function locationOf(ctx: FhirContext, ref: Reference | undefined): Location | undefined {
  const p = parseReference(ref);
  if (p?.type !== 'Location') return undefined;
  const r = ctx.resolver.get(ref) as FhirLocation | undefined;
  const name = cleanText(r?.name) ?? cleanText(ref?.display);
  if (!name) return undefined;
  const loc: Location = { id: p.id, name };
  const address = addressText(r?.address);
  if (address) loc.address = address;
  const tz = str(extension(r, 'http://hl7.org/fhir/StructureDefinition/timezone')?.valueCode);
  if (tz) loc.timeZone = tz;
  return loc;
}

function clinicianOf(ctx: FhirContext, refs: (Reference | undefined)[]): PersonRef | undefined {
  for (const ref of refs) {
    const p = parseReference(ref);
    if (p && (p.type === 'Practitioner' || p.type === 'PractitionerRole')) {
      const person = ctx.resolver.person(ref);
      if (person) return person;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- slots

export function mapSlot(ctx: FhirContext, s: FhirSlot, schedule: Schedule | undefined): Slot | undefined {
  const start = date(s.start);
  const end = date(s.end);
  if (!s.id || !start || !end) return undefined;
  const actors = arr<Reference>(schedule?.actor);
  const slot: Slot = { id: s.id, start, end, visitType: visitTypeOf(s) ?? visitTypeOf(schedule) ?? 'in-person' };
  const type = codingIn(s.appointmentType, CS.appointmentType)?.code ?? codingIn(arr<CodeableConcept>(s.serviceType), CS.appointmentType)?.code;
  if (type) slot.appointmentTypeId = type;
  const clinician = clinicianOf(ctx, actors);
  if (clinician) slot.clinician = clinician;
  const location = actors.map((a) => locationOf(ctx, a)).find(Boolean);
  if (location) slot.location = location;
  return slot;
}

export async function findSlots(ctx: FhirContext, query: SlotQuery): Promise<Slot[]> {
  if (!isObject(query) || !date(query.from) || !date(query.to)) throw new PortalError('invalid', 'findSlots needs `from` and `to` dates.');
  const page = await ctx.client.searchAll<FhirSlot>(
    'Slot',
    [
      ['status', 'free'],
      ['start', `ge${query.from}`],
      ['start', `le${query.to}`],
      ['_include', 'Slot:schedule'],
      ['_sort', 'start'],
      ['_count', '100'],
    ],
    5,
  );
  ctx.resolver.add(page.included);
  const schedules = page.matches.map((s) => s.schedule);
  await ctx.resolver.resolve(schedules);
  await ctx.resolver.resolve(
    schedules.flatMap((r) => arr<Reference>((ctx.resolver.get(r) as Schedule | undefined)?.actor)),
    false,
  );
  const now = Date.now();
  const slots = page.matches
    .filter((s) => s.status === 'free' && time(date(s.start)) > now)
    .map((s) => {
      const schedule = ctx.resolver.get(s.schedule) as Schedule | undefined;
      try {
        return schedule && schedule.active === false ? undefined : mapSlot(ctx, s, schedule);
      } catch {
        return undefined;
      }
    })
    .filter((s): s is Slot => s !== undefined)
    .filter((s) => !query.visitType || s.visitType === query.visitType)
    .filter((s) => !query.appointmentTypeId || !s.appointmentTypeId || s.appointmentTypeId === query.appointmentTypeId)
    .filter((s) => !query.clinicianId || s.clinician?.id === query.clinicianId)
    .filter((s) => !query.locationId || s.location?.id === query.locationId);
  return slots.sort((a, b) => time(a.start) - time(b.start));
}

// ---------------------------------------------------------------- requests

function preferencesExtension(d: AppointmentRequestDraft): Extension | undefined {
  const parts: Extension[] = [];
  for (const t of arr<TimeOfDay>(d.timesOfDay)) if (TIMES.includes(t)) parts.push({ url: 'timeOfDay', valueCode: t });
  for (const day of arr<number>(d.daysOfWeek)) if (Number.isInteger(day) && day >= 0 && day <= 6) parts.push({ url: 'dayOfWeek', valueInteger: day });
  if (d.earliestDate && date(d.earliestDate)) parts.push({ url: 'earliestDate', valueDate: d.earliestDate.slice(0, 10) });
  if (d.contact && CONTACTS.includes(d.contact.method)) {
    const contact: Extension = { url: 'contact', extension: [{ url: 'method', valueCode: d.contact.method }] };
    const value = cleanText(d.contact.value, 200);
    if (value) contact.extension!.push({ url: 'value', valueString: value });
    parts.push(contact);
  }
  const interpreter = cleanText(d.interpreterLanguage, 60);
  if (interpreter) parts.push({ url: 'interpreterLanguage', valueCode: interpreter });
  const access = cleanText(d.accessibilityNeeds, 1000);
  if (access) parts.push({ url: 'accessibilityNeeds', valueString: access });
  if (typeof d.newPatient === 'boolean') parts.push({ url: 'newPatient', valueBoolean: d.newPatient });
  if (d.urgency) {
    parts.push({ url: 'urgency', valueCode: d.urgency.level });
    if (typeof d.urgency.acknowledged === 'boolean') parts.push({ url: 'urgencyAcknowledged', valueBoolean: d.urgency.acknowledged });
  }
  return parts.length ? { url: EXT.appointmentPreferences, extension: parts } : undefined;
}

function readPreferences(a: Appointment, out: AppointmentRequest): void {
  const ext = extension(a, EXT.appointmentPreferences);
  if (!ext) return;
  const subs = arr<Extension>(ext.extension).filter((e) => isObject(e));
  const times = subs.filter((e) => e.url === 'timeOfDay').map((e) => e.valueCode as TimeOfDay).filter((t) => TIMES.includes(t));
  if (times.length) out.timesOfDay = times;
  const days = subs.filter((e) => e.url === 'dayOfWeek').map((e) => e.valueInteger).filter((d): d is number => Number.isInteger(d) && d! >= 0 && d! <= 6);
  if (days.length) out.daysOfWeek = days;
  const earliest = date(subs.find((e) => e.url === 'earliestDate')?.valueDate);
  if (earliest) out.earliestDate = earliest;
  const contact = subs.find((e) => e.url === 'contact');
  const method = arr<Extension>(contact?.extension).find((e) => e.url === 'method')?.valueCode as ContactMethod | undefined;
  if (method && CONTACTS.includes(method)) {
    const value = cleanText(arr<Extension>(contact?.extension).find((e) => e.url === 'value')?.valueString, 200);
    out.contact = value ? { method, value } : { method };
  }
  const interpreter = cleanText(subs.find((e) => e.url === 'interpreterLanguage')?.valueCode, 60);
  if (interpreter) out.interpreterLanguage = interpreter;
  const access = cleanText(subs.find((e) => e.url === 'accessibilityNeeds')?.valueString, 1000);
  if (access) out.accessibilityNeeds = access;
  const np = subs.find((e) => e.url === 'newPatient')?.valueBoolean;
  if (typeof np === 'boolean') out.newPatient = np;
  const level = subs.find((e) => e.url === 'urgency')?.valueCode;
  if (level === 'emergency' || level === 'urgent' || level === 'routine') {
    const ack = subs.find((e) => e.url === 'urgencyAcknowledged')?.valueBoolean;
    out.urgency = typeof ack === 'boolean' ? { level, acknowledged: ack } : { level };
  }
}

function statusOf(a: Appointment): { status: AppointmentRequestStatus; reason?: string } {
  switch (a.status) {
    case 'proposed':
    case 'pending':
    case 'waitlist':
      return { status: 'pending' };
    case 'booked':
      // A request the clinic turned into a booking is "confirmed"; a slot the patient booked is "booked".
      return { status: arr(a.requestedPeriod).length > 0 ? 'confirmed' : 'booked' };
    case 'arrived':
    case 'checked-in':
    case 'fulfilled':
      return { status: 'confirmed' };
    case 'noshow':
      return { status: 'cancelled', reason: 'Marked as missed.' };
    case 'cancelled': {
      const reason = conceptText(a.cancelationReason);
      const byPatient = codingIn(a.cancelationReason, APPOINTMENT_CANCEL_REASON)?.code?.startsWith('pat') ?? false;
      const declined = !byPatient && a.cancelationReason !== undefined;
      return { status: declined ? 'declined' : 'cancelled', ...(reason && !byPatient ? { reason } : {}) };
    }
    default:
      return { status: 'pending' };
  }
}

export function mapAppointment(ctx: FhirContext, a: Appointment): AppointmentRequest {
  const participants = arr<AppointmentParticipant>(a.participant).filter((p) => isObject(p));
  const actors = participants.map((p) => p.actor);
  const { status, reason: statusReason } = statusOf(a);
  const reason = arr<CodeableConcept>(a.reasonCode).map(conceptText).find(Boolean) ?? cleanText(a.description, 500);
  const periods = arr<{ start?: string; end?: string }>(a.requestedPeriod)
    .filter((p) => isObject(p))
    .map((p) => ({ start: date(p.start), end: date(p.end) ?? date(p.start) }))
    .filter((p): p is { start: string; end: string } => !!p.start && !!p.end);
  const createdAt = date(a.created) ?? date(a.meta?.lastUpdated) ?? date(a.start) ?? '';
  const out: AppointmentRequest = {
    id: a.id!,
    status,
    createdAt,
    reason: reason ?? '',
    visitType: visitTypeOf(a) ?? 'in-person',
    preferredPeriods: periods,
  };
  const type = codingIn(a.appointmentType, CS.appointmentType)?.code;
  if (type) out.appointmentTypeId = type;
  const clinician = clinicianOf(ctx, actors);
  const clinicianRef = actors.find((r) => ['Practitioner', 'PractitionerRole'].includes(parseReference(r)?.type ?? ''));
  if (clinicianRef) out.clinicianId = parseReference(clinicianRef)!.id;
  const locationRef = actors.find((r) => parseReference(r)?.type === 'Location');
  if (locationRef) out.locationId = parseReference(locationRef)!.id;
  const note = typeof a.comment === 'string' ? a.comment.trim().slice(0, 2000) : '';
  if (note) out.note = note;
  const slotRef = arr<Reference>(a.slot)[0];
  const slotId = parseReference(slotRef)?.id;
  if (slotId) out.slotId = slotId;
  const start = date(a.start);
  const end = date(a.end);
  if (start && end) {
    out.slot = { id: slotId ?? a.id!, start, end, visitType: out.visitType };
    if (out.appointmentTypeId) out.slot.appointmentTypeId = out.appointmentTypeId;
    if (clinician) out.slot.clinician = clinician;
    const loc = locationOf(ctx, locationRef);
    if (loc) out.slot.location = loc;
  }
  const confirmBy = date(extension(a, EXT.confirmBy)?.valueDateTime);
  if (confirmBy && status === 'pending') out.confirmBy = confirmBy;
  if (statusReason) out.statusReason = statusReason;
  readPreferences(a, out);
  const problems: string[] = [];
  if (!reason && !start) problems.push(APPOINTMENT_PROBLEMS.noReason);
  if (!createdAt) problems.push(APPOINTMENT_PROBLEMS.noDate);
  if (problems.length) out.problem = problems.join(' ');
  return out;
}

function isPatients(ctx: FhirContext, a: Appointment): boolean {
  return arr<AppointmentParticipant>(a.participant).some((p) => isObject(p) && parseReference(p.actor)?.key === ctx.patientRef);
}

export async function listAppointmentRequests(ctx: FhirContext, cursor?: string, size?: number): Promise<Page<AppointmentRequest>> {
  let page = cursor
    ? await ctx.client.page<Appointment>(cursor, 'Appointment')
    : await ctx.client.search<Appointment>('Appointment', [
        ['patient', ctx.patientId],
        ['_sort', '-_lastUpdated'],
        ['_count', String(pageSize(size, 50))],
        ['_include', 'Appointment:actor'],
      ]);
  page = await ctx.client.skipEmptyPages(page, 'Appointment', (a) => a.status !== 'entered-in-error');
  ctx.resolver.add(page.included);
  const visible = page.matches.filter((a) => a.status !== 'entered-in-error' && isPatients(ctx, a));
  await ctx.resolver.resolve(visible.flatMap((a) => arr<AppointmentParticipant>(a.participant).map((p) => p?.actor)));
  const warnings = [...page.warnings];
  const items = (await mapEach(visible, (a) => mapAppointment(ctx, a), warnings, 'appointment')).sort((x, y) => time(y.createdAt) - time(x.createdAt));
  const out: Page<AppointmentRequest> = { items };
  if (page.next) out.next = page.next;
  if (warnings.length) out.warnings = warnings;
  return out;
}

export interface RequestOptions {
  idempotencyKey: string;
  canBook: boolean;
  /** Status of a booked slot: `booked`, or `pending` when the clinic confirms bookings. */
  bookingStatus: 'booked' | 'pending';
  /** Business days in which the clinic confirms a request, for `confirmBy`. */
  confirmBy?: (now: Date) => string | undefined;
}

function validateDraft(d: AppointmentRequestDraft): void {
  if (!isObject(d)) throw new PortalError('invalid', 'requestAppointment needs a request.');
  if (!cleanText(d.reason)) throw new PortalError('invalid', 'Enter the reason for the visit.');
  if (!VISIT_TYPES.includes(d.visitType)) throw new PortalError('invalid', 'Choose in-person, video or phone.');
  const periods = arr<{ start: string; end: string }>(d.preferredPeriods);
  if (!d.slotId && periods.length === 0) throw new PortalError('invalid', 'Choose at least one time that suits you.');
  for (const p of periods) {
    if (!date(p?.start) || !date(p?.end) || time(p.end) < time(p.start)) throw new PortalError('invalid', 'Each preferred time needs a start and an end, in order.');
  }
}

function idOk(id: string | undefined): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9\-.]{1,64}$/.test(id);
}

export async function requestAppointment(ctx: FhirContext, d: AppointmentRequestDraft, o: RequestOptions): Promise<AppointmentRequest> {
  const key = typeof o.idempotencyKey === 'string' ? o.idempotencyKey.trim() : '';
  if (!key || key.length > 200) throw new PortalError('invalid', 'requestAppointment needs an idempotencyKey (at most 200 characters).');
  validateDraft(d);
  let slot: FhirSlot | undefined;
  if (d.slotId !== undefined) {
    if (!o.canBook) throw new PortalError('unsupported', 'This clinic does not offer online booking. Send a request instead.');
    if (!idOk(d.slotId)) throw new PortalError('invalid', 'That time is not one of the open times.');
    slot = await ctx.client.read<FhirSlot>('Slot', d.slotId);
  }

  const participant: AppointmentParticipant[] = [{ actor: { reference: ctx.patientRef }, status: 'accepted', required: 'required' }];
  if (idOk(d.clinicianId)) {
    // Clinician ids come from CareTeam members, which may be PractitionerRoles.
    const type = ctx.resolver.get(`PractitionerRole/${d.clinicianId}`) ? 'PractitionerRole' : 'Practitioner';
    participant.push({ actor: { reference: `${type}/${d.clinicianId}` }, status: 'needs-action', required: 'required' });
  }
  if (idOk(d.locationId)) participant.push({ actor: { reference: `Location/${d.locationId}` }, status: 'needs-action', required: 'required' });
  const extensionList: Extension[] = [{ url: EXT.visitType, valueCode: d.visitType }];
  const prefs = preferencesExtension(d);
  if (prefs) extensionList.push(prefs);
  const now = new Date();
  const appointment: Appointment = {
    resourceType: 'Appointment',
    identifier: [{ system: IDENTIFIER.idempotency, value: key }],
    status: 'proposed',
    reasonCode: [{ text: cleanText(d.reason, 1000) }],
    created: now.toISOString(),
    participant,
    extension: extensionList,
  };
  if (idOk(d.appointmentTypeId)) appointment.appointmentType = { coding: [{ system: CS.appointmentType, code: d.appointmentTypeId }] };
  const note = typeof d.note === 'string' ? d.note.trim().slice(0, 2000) : '';
  if (note) appointment.comment = note;
  const periods = arr<{ start: string; end: string }>(d.preferredPeriods).map((p) => ({ start: p.start, end: p.end }));
  if (periods.length) appointment.requestedPeriod = periods;

  if (slot) {
    // Retrying after a lost response finds our own booking, not a "taken" slot.
    if (slot.status !== 'free') {
      const existing = await findByKey(ctx, key);
      if (existing) return mapAppointment(ctx, existing);
      throw new PortalError('conflict', 'That time was just taken. Please choose another time.');
    }
    appointment.status = o.bookingStatus;
    appointment.slot = [{ reference: `Slot/${slot.id}` }];
    appointment.start = slot.start;
    appointment.end = slot.end;
    delete appointment.requestedPeriod;
    const schedule = await ctx.client.readReference(slot.schedule?.reference ?? '').catch(() => undefined);
    for (const actor of arr<Reference>((schedule as Schedule | undefined)?.actor)) {
      const p = parseReference(actor);
      if (p && p.type !== 'Patient' && !participant.some((x) => parseReference(x.actor)?.key === p.key)) {
        participant.push({ actor: { reference: p.key }, status: 'accepted', required: 'required' });
      }
    }
    const visit = visitTypeOf(slot);
    if (visit) appointment.extension = [{ url: EXT.visitType, valueCode: visit }, ...extensionList.slice(1)];
    const type = codingIn(slot.appointmentType, CS.appointmentType);
    if (type) appointment.appointmentType = { coding: [type] };
  } else {
    const confirmBy = o.confirmBy?.(now);
    if (confirmBy) appointment.extension!.push({ url: EXT.confirmBy, valueDateTime: confirmBy });
  }

  const res = await ctx.client.request<Appointment>('POST', 'Appointment', {
    body: appointment,
    headers: { 'If-None-Exist': `identifier=${encodeURIComponent(`${IDENTIFIER.idempotency}|${key}`)}`, Prefer: 'return=representation' },
    idempotent: true,
  });
  let saved = res.body?.resourceType === 'Appointment' ? res.body : undefined;
  if (!saved && res.location && ctx.client.isOnServer(res.location)) {
    saved = (await ctx.client.request<Appointment>('GET', ctx.client.cursorUrl(res.location.replace(/\/_history\/[^/]+$/, '')))).body;
  }
  if (!saved?.id) throw new PortalError('server', 'The server accepted the request but did not return it.');
  if (slot) await setSlotStatus(ctx, slot, 'busy');
  await ctx.resolver.resolve(arr<AppointmentParticipant>(saved.participant).map((p) => p?.actor));
  return mapAppointment(ctx, saved);
}

async function findByKey(ctx: FhirContext, key: string): Promise<Appointment | undefined> {
  const page = await ctx.client
    .search<Appointment>('Appointment', [['identifier', `${IDENTIFIER.idempotency}|${key}`], ['patient', ctx.patientId]])
    .catch(() => undefined);
  // A server that ignores the identifier parameter returns everything: check it ourselves.
  return page?.matches.find((a) => arr<{ system?: string; value?: string }>(a.identifier).some((i) => i?.system === IDENTIFIER.idempotency && i.value === key));
}

/** Marks a Slot busy/free; a server that manages slots itself may refuse, which is fine. */
async function setSlotStatus(ctx: FhirContext, slot: FhirSlot, status: 'busy' | 'free'): Promise<void> {
  if (!slot.id || slot.status === status) return;
  const headers: Record<string, string> = {};
  if (slot.meta?.versionId) headers['If-Match'] = `W/"${slot.meta.versionId}"`;
  try {
    await ctx.client.request('PUT', `Slot/${slot.id}`, { body: { ...slot, status }, headers });
  } catch (e) {
    if (isPortalError(e) && (e.kind === 'auth' || e.kind === 'offline')) throw e;
  }
}

export async function cancelAppointmentRequest(ctx: FhirContext, id: string): Promise<AppointmentRequest> {
  if (!idOk(id)) throw new PortalError('not-found', 'This appointment is not available.');
  for (let attempt = 0; ; attempt++) {
    const current = await ctx.client.read<Appointment>('Appointment', id);
    if (current.status === 'entered-in-error' || !isPatients(ctx, current)) throw new PortalError('not-found', 'This appointment is not available.');
    await ctx.resolver.resolve(arr<AppointmentParticipant>(current.participant).map((p) => p?.actor));
    if (current.status === 'cancelled') return mapAppointment(ctx, current);
    if (current.status === 'fulfilled' || current.status === 'arrived' || current.status === 'checked-in' || current.status === 'noshow') {
      throw new PortalError('conflict', 'This appointment has already taken place, so it cannot be cancelled.');
    }
    const updated: Appointment = {
      ...current,
      status: 'cancelled',
      cancelationReason: { coding: [{ system: APPOINTMENT_CANCEL_REASON, code: 'pat', display: 'Patient' }], text: 'Cancelled by the patient' },
    };
    const headers: Record<string, string> = {};
    if (current.meta?.versionId) headers['If-Match'] = `W/"${current.meta.versionId}"`;
    try {
      const res = await ctx.client.request<Appointment>('PUT', `Appointment/${id}`, { body: updated, headers });
      const saved = res.body?.resourceType === 'Appointment' ? res.body : updated;
      const slotRef = arr<Reference>(current.slot)[0];
      const slotId = parseReference(slotRef)?.id;
      if (slotId) {
        const slot = await ctx.client.read<FhirSlot>('Slot', slotId).catch(() => undefined);
        if (slot) await setSlotStatus(ctx, slot, 'free');
      }
      return mapAppointment(ctx, saved);
    } catch (e) {
      // Someone changed it meanwhile: read it again and retry once.
      if (isPortalError(e) && e.kind === 'conflict' && attempt === 0) continue;
      throw e;
    }
  }
}

// ---------------------------------------------------------------- scheduling options

export async function getSchedulingOptions(ctx: FhirContext, organizationId: string | undefined, base: Partial<SchedulingOptions>): Promise<SchedulingOptions> {
  const services = organizationId
    ? await ctx.client.search<HealthcareService>('HealthcareService', [['organization', `Organization/${organizationId}`], ['_count', '100']]).then(
        (p) => p.matches.filter((s) => s.active !== false),
        () => [] as HealthcareService[],
      )
    : [];
  const types: AppointmentType[] = services
    .map((s) => {
      const id = codingIn(arr<CodeableConcept>(s.type), CS.appointmentType)?.code ?? s.id!;
      const visitTypes = extensions(s, EXT.visitType)
        .map((e) => e.valueCode as VisitType)
        .filter((v) => VISIT_TYPES.includes(v));
      const t: AppointmentType = { id, name: cleanText(s.name) ?? conceptText(arr<CodeableConcept>(s.type)[0]) ?? 'Appointment', visitTypes: visitTypes.length ? visitTypes : ['in-person'] };
      const minutes = extension(s, EXT.durationMinutes)?.valueInteger;
      if (typeof minutes === 'number' && minutes > 0) t.durationMinutes = minutes;
      const np = extension(s, EXT.newPatients)?.valueBoolean;
      if (typeof np === 'boolean') t.forNewPatients = np;
      return t;
    });
  const locations = organizationId
    ? await ctx.client.search<FhirLocation>('Location', [['organization', `Organization/${organizationId}`], ['_count', '100']]).then(
        (p) => p.matches,
        () => [] as FhirLocation[],
      )
    : [];
  ctx.resolver.add(locations);
  const teams = await ctx.client
    .search<Resource>('CareTeam', [['patient', ctx.patientId], ['status', 'active'], ['_include', 'CareTeam:participant']])
    .catch(() => undefined);
  if (teams) ctx.resolver.add(teams.included);
  const members = (teams?.matches ?? []).flatMap((t) => arr<{ member?: Reference }>((t as { participant?: { member?: Reference }[] }).participant).map((p) => p?.member));
  await ctx.resolver.resolve(members, false);
  const clinicians: PersonRef[] = [];
  for (const m of members) {
    const p = parseReference(m);
    if (!p || (p.type !== 'Practitioner' && p.type !== 'PractitionerRole')) continue;
    const person = ctx.resolver.person(m);
    if (person && !clinicians.some((c) => c.id === person.id)) clinicians.push(person);
  }
  return {
    appointmentTypes: types.length ? types : (base.appointmentTypes ?? []),
    clinicians: clinicians.length ? clinicians : (base.clinicians ?? []),
    locations: locations.map((l) => locationOf(ctx, { reference: `Location/${l.id}` })).filter((l): l is Location => !!l).concat(locations.length ? [] : (base.locations ?? [])),
    timeZone: base.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    confirmBusinessDays: base.confirmBusinessDays ?? 2,
    ...(base.commonReasons ? { commonReasons: base.commonReasons } : {}),
    ...(base.interpreterLanguages ? { interpreterLanguages: base.interpreterLanguages } : {}),
  };
}
