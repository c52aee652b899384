/**
 * Turns the MemoryAdapter's sample patient into US Core / FHIR R4 resources (LOINC
 * codes, UCUM units) so the embedded FHIR server tells the same story. The
 * representation follows docs/fhir-mapping.md exactly, so FhirAdapter reads back
 * what MemoryAdapter shows. Two deliberately hidden records (a note and a result
 * entered in error) let end-to-end tests check they never appear.
 */
import type {
  AppointmentRequest,
  LabResult,
  MessageThread,
  Note,
  PersonRef,
  Recipient,
  ReferenceRange,
  ResultFlag,
  ResultValue,
  Slot,
} from '../src/adapters/types.js';
import type { MemorySeed } from '../src/adapters/memory/seed.js';
import { CS, EXT, IDENTIFIER, RESULT_PREFERENCE_CODE } from '../src/adapters/fhir/codes.js';

export interface SeedResource {
  resourceType: string;
  id: string;
  [key: string]: unknown;
}

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const V3 = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const OBS_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const V2_0074 = 'http://terminology.hl7.org/CodeSystem/v2-0074';
const DOC_CATEGORY = 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category';
const TIMEZONE = 'http://hl7.org/fhir/StructureDefinition/timezone';
const CANCEL = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';

export const CLINIC_ID = 'org-riverside';

const NOTE_LOINC: Record<Note['type'], [string, string] | undefined> = {
  progress: ['11506-3', 'Progress note'],
  'discharge-summary': ['18842-5', 'Discharge summary'],
  'history-and-physical': ['34117-2', 'History and physical note'],
  consult: ['11488-4', 'Consult note'],
  procedure: ['28570-0', 'Procedure note'],
  imaging: ['18748-4', 'Diagnostic imaging study'],
  lab: ['11502-2', 'Laboratory report'],
  emergency: ['34111-5', 'Emergency department note'],
  nursing: ['34746-8', 'Nurse note'],
  other: undefined,
};

const INTERPRETATION: Partial<Record<ResultFlag, [string, string]>> = {
  normal: ['N', 'Normal'],
  low: ['L', 'Low'],
  high: ['H', 'High'],
  'critical-low': ['LL', 'Critical low'],
  'critical-high': ['HH', 'Critical high'],
  abnormal: ['A', 'Abnormal'],
  critical: ['AA', 'Critical abnormal'],
};

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** UTF-8 text to base64 without Buffer (runs anywhere). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function dataUrlParts(url: string): { contentType: string; data: string } | undefined {
  const m = /^data:([^;,]+)(?:;[^,]*)?;base64,(.*)$/s.exec(url);
  return m ? { contentType: m[1], data: m[2] } : undefined;
}

const ref = (type: string, id: string, display?: string) => ({ reference: `${type}/${id}`, ...(display ? { display } : {}) });

function quantity(value: number, unit?: string) {
  return { value, ...(unit ? { unit, system: UCUM, code: unit } : {}) };
}

function referenceRange(r: ReferenceRange | undefined) {
  if (!r) return undefined;
  const range: Record<string, unknown> = {};
  if (r.low !== undefined) range.low = quantity(r.low, r.unit);
  if (r.high !== undefined) range.high = quantity(r.high, r.unit);
  if (r.text) range.text = r.text;
  if (r.appliesTo) range.appliesTo = [{ text: r.appliesTo }];
  return [range];
}

function valueFields(v: ResultValue | undefined): Record<string, unknown> {
  if (!v) return {};
  if (v.kind === 'quantity') return { valueQuantity: { ...quantity(v.value, v.unit), ...(v.comparator ? { comparator: v.comparator } : {}) } };
  if (v.kind === 'text') return { valueString: v.text };
  return { valueCodeableConcept: { ...(v.coding ? { coding: [v.coding] } : {}), text: v.text } };
}

function interpretation(flag: ResultFlag) {
  const i = INTERPRETATION[flag];
  return i ? { interpretation: [{ coding: [{ system: V3, code: i[0], display: i[1] }], text: i[1] }] } : {};
}

class Builder {
  readonly resources = new Map<string, SeedResource>();

  add(r: SeedResource): void {
    this.resources.set(`${r.resourceType}/${r.id}`, r);
  }

  has(type: string, id: string): boolean {
    return this.resources.has(`${type}/${id}`);
  }

  /** A Practitioner for every person the sample names. */
  practitioner(p: PersonRef | undefined, patientId: string): { reference: string; display?: string } | undefined {
    if (!p?.id) return undefined;
    if (p.id === patientId) return ref('Patient', patientId, p.name);
    if (!this.has('Practitioner', p.id)) {
      this.add({
        resourceType: 'Practitioner',
        id: p.id,
        active: true,
        name: [{ text: p.name }],
        ...(p.role ? { qualification: [{ code: { text: p.role } }] } : {}),
      });
    }
    return ref('Practitioner', p.id, p.name);
  }
}

/** Converts the sample seed to FHIR resources (ids kept, so links and tests match MemoryAdapter). */
export function seedToFhir(seed: MemorySeed): SeedResource[] {
  const b = new Builder();
  const pid = seed.patient.id;
  const patientRef = ref('Patient', pid, seed.patient.name);
  const policy = seed.messagingPolicy;
  const resultPolicy = seed.resultPreferences.policy;

  // ---------------------------------------------------------------- people and places
  const policyExt: Record<string, unknown>[] = [
    { url: 'replyBusinessDays', valueInteger: policy.replyBusinessDays },
    ...policy.clinicHours.days.map((d) => ({ url: 'openDay', valueCode: DAYS[d] })),
    { url: 'opens', valueTime: `${policy.clinicHours.open}:00` },
    { url: 'closes', valueTime: `${policy.clinicHours.close}:00` },
    ...(policy.answeringTimes ?? []).map((t) => ({ url: 'answeringTime', valueTime: `${t}:00` })),
    ...policy.holidays.map((h) => ({ url: 'holiday', valueDate: h })),
    ...(policy.nurseLinePhone ? [{ url: 'nurseLinePhone', valueString: policy.nurseLinePhone }] : []),
    ...(policy.maxBodyLength ? [{ url: 'maxBodyLength', valueInteger: policy.maxBodyLength }] : []),
    ...(policy.appointmentConfirmBusinessDays !== undefined ? [{ url: 'appointmentConfirmBusinessDays', valueInteger: policy.appointmentConfirmBusinessDays }] : []),
    { url: 'emergencyNumber', valueString: policy.numbers.emergency },
    { url: 'crisisNumber', valueString: policy.numbers.crisis },
    ...(policy.numbers.crisisText ? [{ url: 'crisisTextNumber', valueString: policy.numbers.crisisText }] : []),
    ...(policy.numbers.crisisName ? [{ url: 'crisisName', valueString: policy.numbers.crisisName }] : []),
    ...(policy.numbers.advice ? [{ url: 'adviceNumber', valueString: policy.numbers.advice }] : []),
    ...(policy.numbers.poison ? [{ url: 'poisonNumber', valueString: policy.numbers.poison }] : []),
  ];
  if (resultPolicy) {
    policyExt.push(
      { url: 'resultMinHoldDays', valueInteger: resultPolicy.minHoldDays },
      { url: 'resultMaxHoldDays', valueInteger: resultPolicy.maxHoldDays },
      ...resultPolicy.channels.map((c) => ({ url: 'resultChannel', valueCode: c })),
      ...(resultPolicy.description ? [{ url: 'resultPolicyDescription', valueString: resultPolicy.description }] : []),
    );
  }
  b.add({
    resourceType: 'Organization',
    id: CLINIC_ID,
    active: true,
    name: policy.clinicName ?? 'Clinic',
    telecom: [{ system: 'phone', value: policy.clinicPhone, use: 'work', rank: 1 }],
    extension: [{ url: TIMEZONE, valueCode: policy.timeZone }, { url: EXT.clinicPolicy, extension: policyExt }],
  });

  b.add({
    resourceType: 'Patient',
    id: pid,
    active: true,
    name: [{ use: 'official', text: seed.patient.name, given: seed.patient.given, family: seed.patient.family }],
    gender: seed.patient.sex,
    birthDate: seed.patient.birthDate,
    telecom: [
      ...(seed.patient.phone ? [{ system: 'phone', value: seed.patient.phone, use: 'mobile' }] : []),
      ...(seed.patient.email ? [{ system: 'email', value: seed.patient.email }] : []),
    ],
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: seed.patient.preferredLanguage }] }, preferred: true }],
    managingOrganization: ref('Organization', CLINIC_ID, policy.clinicName),
  });

  for (const loc of seed.schedulingOptions.locations) {
    b.add({
      resourceType: 'Location',
      id: loc.id,
      status: 'active',
      name: loc.name,
      ...(loc.address ? { address: { text: loc.address } } : {}),
      managingOrganization: ref('Organization', CLINIC_ID),
      ...(loc.timeZone ? { extension: [{ url: TIMEZONE, valueCode: loc.timeZone }] } : {}),
    });
  }
  for (const c of seed.schedulingOptions.clinicians) b.practitioner(c, pid);
  for (const t of seed.schedulingOptions.appointmentTypes) {
    b.add({
      resourceType: 'HealthcareService',
      id: t.id,
      active: true,
      name: t.name,
      providedBy: ref('Organization', CLINIC_ID),
      type: [{ coding: [{ system: CS.appointmentType, code: t.id, display: t.name }], text: t.name }],
      extension: [
        ...t.visitTypes.map((v) => ({ url: EXT.visitType, valueCode: v })),
        ...(t.durationMinutes ? [{ url: EXT.durationMinutes, valueInteger: t.durationMinutes }] : []),
        ...(t.forNewPatients !== undefined ? [{ url: EXT.newPatients, valueBoolean: t.forNewPatients }] : []),
      ],
    });
  }

  // ---------------------------------------------------------------- recipients
  const recipientRefs = new Map<string, { reference: string; display?: string }>();
  const recipientExtensions = (r: Recipient) => [
    ...(r.description ? [{ url: EXT.recipientDescription, valueString: r.description }] : []),
    ...(r.topics ?? []).map((t) => ({ url: EXT.recipientTopic, valueCode: t })),
  ];
  const team = seed.recipients.find((r) => r.kind === 'care-team');
  for (const r of seed.recipients) {
    if (r === team) continue;
    b.add({
      resourceType: 'Organization',
      id: r.id,
      active: true,
      name: r.name,
      partOf: ref('Organization', CLINIC_ID),
      type: [{ coding: [{ system: CS.recipientKind, code: r.kind }], text: r.name }],
      extension: recipientExtensions(r),
    });
    recipientRefs.set(r.id, ref('Organization', r.id, r.name));
  }
  if (team) {
    const members = new Map<string, PersonRef>();
    const lead = seed.schedulingOptions.clinicians[0];
    if (lead) members.set(lead.id!, lead);
    for (const t of seed.threads) for (const m of t.messages) if (!m.fromPatient && m.author.id) members.set(m.author.id, m.author);
    b.add({
      resourceType: 'CareTeam',
      id: team.id,
      status: 'active',
      name: team.name,
      category: [{ coding: [{ system: 'http://loinc.org', code: 'LA28865-6', display: 'Longitudinal care-coordination focused care team' }] }],
      subject: patientRef,
      participant: [...members.values()].map((m) => ({ role: [{ text: m.role ?? 'Care team member' }], member: b.practitioner(m, pid) })),
      managingOrganization: [ref('Organization', CLINIC_ID, policy.clinicName)],
      extension: recipientExtensions(team),
    });
    recipientRefs.set(team.id, ref('CareTeam', team.id, team.name));
  }

  // ---------------------------------------------------------------- notes
  const replaced = new Set(seed.notes.flatMap((n) => n.history.map((h) => h.id)));
  const known = new Set(seed.notes.map((n) => n.id));
  for (const note of seed.notes) addNote(b, note, patientRef, pid, replaced, known);
  b.add({
    resourceType: 'DocumentReference',
    id: 'note-entered-in-error',
    status: 'entered-in-error',
    docStatus: 'final',
    type: { coding: [{ system: LOINC, code: '11506-3', display: 'Progress note' }] },
    category: [{ coding: [{ system: DOC_CATEGORY, code: 'clinical-note', display: 'Clinical Note' }] }],
    subject: patientRef,
    date: seed.notes[0]?.date,
    description: 'Note filed in the wrong chart',
    content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: base64('This note was filed in the wrong chart.') } }],
  });

  // ---------------------------------------------------------------- results
  addResults(b, seed.results, patientRef, pid);

  // ---------------------------------------------------------------- preferences
  const prefs = seed.resultPreferences;
  b.add({
    resourceType: 'Basic',
    id: `pref-${pid}`,
    ...(prefs.updatedAt ? { meta: { lastUpdated: new Date(prefs.updatedAt).toISOString() } } : {}),
    code: { coding: [{ system: CS.resourceKind, code: RESULT_PREFERENCE_CODE, display: 'Result delivery preference' }], text: 'Result delivery preference' },
    subject: patientRef,
    author: patientRef,
    created: (prefs.updatedAt ?? '').slice(0, 10) || undefined,
    extension: [
      ...Object.entries(prefs.categories).map(([category, p]) => ({
        url: EXT.resultRelease,
        extension: [
          { url: 'category', valueCode: category },
          { url: 'mode', valueCode: p.mode },
          { url: 'holdDays', valueInteger: p.holdDays },
        ],
      })),
      ...prefs.notify.map((c) => ({ url: EXT.resultNotify, valueCode: c })),
    ],
  });

  // ---------------------------------------------------------------- messages
  for (const thread of seed.threads) addThread(b, thread, patientRef, pid, recipientRefs);

  // ---------------------------------------------------------------- scheduling
  for (const slot of seed.slots) addSlot(b, slot, 'free');
  for (const a of seed.appointmentRequests) addAppointment(b, a, patientRef, pid);

  return [...b.resources.values()].map((r) => JSON.parse(JSON.stringify(r)) as SeedResource);
}

function addNote(b: Builder, note: Note, patientRef: { reference: string }, pid: string, replaced: Set<string>, known: Set<string>): void {
  const loinc = NOTE_LOINC[note.type];
  const type = { ...(loinc ? { coding: [{ system: LOINC, code: loinc[0], display: loinc[1] }] } : {}), text: note.typeLabel ?? loinc?.[1] ?? 'Clinical note' };
  const content = note.content.map((c) => {
    const inline = c.url ? dataUrlParts(c.url) : undefined;
    const attachment: Record<string, unknown> = { contentType: c.text !== undefined && !/charset/i.test(c.contentType) ? `${c.contentType}; charset=utf-8` : c.contentType };
    if (c.title) attachment.title = c.title;
    if (c.text !== undefined) attachment.data = base64(c.text);
    else if (inline) attachment.data = inline.data;
    else if (c.url) attachment.url = c.url;
    if (c.size) attachment.size = c.size;
    return { attachment };
  });
  const author = b.practitioner(note.author, pid);
  const base = {
    resourceType: 'DocumentReference',
    type,
    category: [{ coding: [{ system: DOC_CATEGORY, code: 'clinical-note', display: 'Clinical Note' }] }],
    subject: patientRef,
    ...(author ? { author: [author] } : {}),
  };
  const history = note.history;
  b.add({
    ...base,
    id: note.id,
    // A version another note replaces is kept, marked superseded, as that note's history.
    status: replaced.has(note.id) ? 'superseded' : 'current',
    docStatus: note.status === 'preliminary' ? 'preliminary' : note.status === 'amended' || note.status === 'corrected' ? 'amended' : 'final',
    ...(note.date ? { date: new Date(note.date).toISOString() } : {}),
    description: note.title,
    content,
    context: {
      ...(note.encounter ? { encounter: [{ display: note.encounter }] } : {}),
      ...(note.date ? { period: { start: note.date } } : {}),
      ...(note.location ? { facilityType: { text: note.location } } : {}),
    },
    ...(history.length ? { relatesTo: history.map((h) => ({ code: 'replaces', target: ref('DocumentReference', h.id) })) } : {}),
  });
  for (const h of history) {
    if (known.has(h.id)) continue;
    const oldAuthor = b.practitioner(h.author ?? note.author, pid);
    b.add({
      ...base,
      id: h.id,
      status: 'superseded',
      docStatus: h.status === 'preliminary' ? 'preliminary' : 'final',
      ...(h.date ? { date: new Date(h.date).toISOString() } : {}),
      description: h.title ?? note.title,
      ...(oldAuthor ? { author: [oldAuthor] } : {}),
      content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: base64('This version was replaced by a corrected note.') } }],
    });
  }
}

function addResults(b: Builder, results: LabResult[], patientRef: { reference: string }, pid: string): void {
  const reports = new Map<string, { info: NonNullable<LabResult['report']>; category: LabResult['category']; ids: string[]; collectedAt?: string }>();
  for (const r of results) {
    const vitals = r.report?.code?.code === '85353-1' || r.code?.code === '85354-9';
    const category = [
      { coding: [{ system: OBS_CATEGORY, code: r.category === 'imaging' ? 'imaging' : 'laboratory', display: r.category === 'imaging' ? 'Imaging' : 'Laboratory' }] },
      ...(vitals ? [{ coding: [{ system: OBS_CATEGORY, code: 'vital-signs', display: 'Vital Signs' }] }] : []),
    ];
    const performer = b.practitioner(r.report?.reviewer, pid);
    b.add({
      resourceType: 'Observation',
      id: r.id,
      status: r.status,
      category,
      code: { ...(r.code ? { coding: [r.code] } : {}), text: r.name },
      subject: patientRef,
      ...(r.collectedAt ? { effectiveDateTime: r.collectedAt } : {}),
      ...(r.resultedAt ? { issued: new Date(r.resultedAt).toISOString() } : {}),
      ...(performer && r.category !== 'lab' ? { performer: [performer] } : {}),
      ...valueFields(r.value),
      ...interpretation(r.flag),
      ...(referenceRange(r.range) ? { referenceRange: referenceRange(r.range) } : {}),
      ...(r.comment ? { note: [{ text: r.comment }] } : {}),
      ...(r.components?.length
        ? {
            component: r.components.map((c) => ({
              code: { ...(c.code ? { coding: [c.code] } : {}), text: c.name },
              ...valueFields(c.value),
              ...interpretation(c.flag),
              ...(referenceRange(c.range) ? { referenceRange: referenceRange(c.range) } : {}),
            })),
          }
        : {}),
    });
    if (r.report) {
      const entry = reports.get(r.report.id) ?? { info: r.report, category: r.category, ids: [], collectedAt: r.collectedAt };
      entry.ids.push(r.id);
      reports.set(r.report.id, entry);
    }
  }
  for (const [id, { info, category, ids, collectedAt }] of reports) {
    const section = category === 'imaging' ? ['RAD', 'Radiology'] : category === 'pathology' ? ['PAT', 'Pathology'] : category === 'genetic' ? ['GE', 'Genetics'] : ['LAB', 'Laboratory'];
    const interpreter = info.reviewed ? b.practitioner(info.reviewer, pid) : undefined;
    b.add({
      resourceType: 'DiagnosticReport',
      id,
      status: 'final',
      category: [{ coding: [{ system: V2_0074, code: section[0], display: section[1] }] }],
      code: { ...(info.code ? { coding: [info.code] } : {}), text: info.name },
      subject: patientRef,
      ...(collectedAt ? { effectiveDateTime: collectedAt } : {}),
      ...(info.issued ? { issued: new Date(info.issued).toISOString() } : {}),
      result: ids.map((o) => ref('Observation', o)),
      ...(interpreter ? { resultsInterpreter: [interpreter] } : {}),
      ...(info.conclusion ? { conclusion: info.conclusion } : {}),
      ...(info.reviewed && info.reviewedAt ? { extension: [{ url: EXT.reviewedAt, valueDateTime: info.reviewedAt }] } : {}),
    });
  }
  const first = results.find((r) => r.value?.kind === 'quantity');
  if (first) {
    b.add({
      resourceType: 'Observation',
      id: 'obs-entered-in-error',
      status: 'entered-in-error',
      category: [{ coding: [{ system: OBS_CATEGORY, code: 'laboratory' }] }],
      code: { ...(first.code ? { coding: [first.code] } : {}), text: first.name },
      subject: patientRef,
      ...(first.collectedAt ? { effectiveDateTime: first.collectedAt } : {}),
      valueQuantity: quantity(999, first.value?.kind === 'quantity' ? first.value.unit : undefined),
    });
  }
}

function addThread(b: Builder, thread: MessageThread, patientRef: { reference: string; display?: string }, pid: string, recipients: Map<string, { reference: string; display?: string }>): void {
  const counterpart = recipients.get(thread.recipient.id) ?? { reference: `CareTeam/${thread.recipient.id}`, display: thread.recipient.name };
  const lastFromClinic = [...thread.messages].reverse().find((m) => !m.fromPatient);
  thread.messages.forEach((m, i) => {
    const id = i === 0 ? thread.id : m.id;
    const sender = m.fromPatient ? patientRef : b.practitioner(m.author, pid);
    const unread = thread.unread && m === lastFromClinic;
    b.add({
      resourceType: 'Communication',
      id,
      identifier: [{ system: IDENTIFIER.idempotency, value: `seed-${m.id}` }],
      status: 'completed',
      subject: patientRef,
      ...(i > 0 ? { partOf: [ref('Communication', thread.id)], inResponseTo: [ref('Communication', i === 1 ? thread.id : thread.messages[i - 1].id)] } : {}),
      topic: { text: thread.subject, ...(thread.topic ? { coding: [{ system: CS.messageTopic, code: thread.topic }] } : {}) },
      sent: new Date(m.sentAt).toISOString(),
      ...(m.fromPatient ? {} : unread ? {} : { received: new Date(m.sentAt).toISOString() }),
      sender,
      recipient: [m.fromPatient ? counterpart : patientRef],
      priority: 'routine',
      payload: [
        { contentString: m.body },
        ...m.attachments.map((a) => {
          const inline = a.url ? dataUrlParts(a.url) : undefined;
          return { contentAttachment: { contentType: a.contentType, title: a.name, size: a.size, ...(inline ? { data: inline.data } : a.url ? { url: a.url } : {}) } };
        }),
      ],
    });
  });
}

function scheduleFor(b: Builder, slot: Slot): string {
  const id = `sched-${slot.clinician?.id ?? 'clinic'}-${slot.location?.id ?? 'virtual'}`;
  if (!b.has('Schedule', id)) {
    b.add({
      resourceType: 'Schedule',
      id,
      active: true,
      actor: [
        ...(slot.clinician?.id ? [ref('Practitioner', slot.clinician.id, slot.clinician.name)] : []),
        ...(slot.location ? [ref('Location', slot.location.id, slot.location.name)] : []),
        ...(slot.clinician?.id || slot.location ? [] : [ref('Organization', CLINIC_ID)]),
      ],
    });
  }
  return id;
}

function addSlot(b: Builder, slot: Slot, status: 'free' | 'busy'): void {
  b.add({
    resourceType: 'Slot',
    id: slot.id,
    schedule: ref('Schedule', scheduleFor(b, slot)),
    status,
    start: new Date(slot.start).toISOString(),
    end: new Date(slot.end).toISOString(),
    ...(slot.appointmentTypeId ? { appointmentType: { coding: [{ system: CS.appointmentType, code: slot.appointmentTypeId }] } } : {}),
    extension: [{ url: EXT.visitType, valueCode: slot.visitType }],
  });
}

function addAppointment(b: Builder, a: AppointmentRequest, patientRef: { reference: string }, pid: string): void {
  if (a.slot && !b.has('Slot', a.slot.id)) addSlot(b, a.slot, a.status === 'cancelled' || a.status === 'declined' ? 'free' : 'busy');
  const status = a.status === 'pending' ? (a.slot ? 'pending' : 'proposed') : a.status === 'booked' || a.status === 'confirmed' ? 'booked' : 'cancelled';
  const clinician = a.clinicianId ? b.practitioner(a.slot?.clinician ?? { id: a.clinicianId, name: a.clinicianId }, pid) : undefined;
  const prefs: Record<string, unknown>[] = [
    ...(a.timesOfDay ?? []).map((t) => ({ url: 'timeOfDay', valueCode: t })),
    ...(a.daysOfWeek ?? []).map((d) => ({ url: 'dayOfWeek', valueInteger: d })),
    ...(a.earliestDate ? [{ url: 'earliestDate', valueDate: a.earliestDate.slice(0, 10) }] : []),
    ...(a.contact ? [{ url: 'contact', extension: [{ url: 'method', valueCode: a.contact.method }, ...(a.contact.value ? [{ url: 'value', valueString: a.contact.value }] : [])] }] : []),
    ...(a.interpreterLanguage ? [{ url: 'interpreterLanguage', valueCode: a.interpreterLanguage }] : []),
    ...(a.accessibilityNeeds ? [{ url: 'accessibilityNeeds', valueString: a.accessibilityNeeds }] : []),
    ...(a.newPatient !== undefined ? [{ url: 'newPatient', valueBoolean: a.newPatient }] : []),
  ];
  const start = a.slot?.start;
  const end = a.slot?.end;
  b.add({
    resourceType: 'Appointment',
    id: a.id,
    identifier: [{ system: IDENTIFIER.idempotency, value: `seed-${a.id}` }],
    status,
    ...(a.status === 'declined' || a.status === 'cancelled'
      ? { cancelationReason: { coding: [{ system: CANCEL, code: a.status === 'declined' ? 'prov' : 'pat' }], ...(a.statusReason ? { text: a.statusReason } : {}) } }
      : {}),
    ...(a.appointmentTypeId ? { appointmentType: { coding: [{ system: CS.appointmentType, code: a.appointmentTypeId }] } } : {}),
    reasonCode: [{ text: a.reason }],
    ...(start && end && status !== 'proposed' ? { start: new Date(start).toISOString(), end: new Date(end).toISOString() } : {}),
    ...(a.slot ? { slot: [ref('Slot', a.slot.id)] } : {}),
    created: new Date(a.createdAt).toISOString(),
    ...(a.note ? { comment: a.note } : {}),
    participant: [
      { actor: patientRef, status: 'accepted', required: 'required' },
      ...(clinician ? [{ actor: clinician, status: status === 'proposed' ? 'needs-action' : 'accepted', required: 'required' }] : []),
      ...(a.locationId ? [{ actor: ref('Location', a.locationId), status: status === 'proposed' ? 'needs-action' : 'accepted', required: 'required' }] : []),
    ],
    ...(a.slot && a.status !== 'confirmed' ? {} : { requestedPeriod: a.preferredPeriods }),
    extension: [
      { url: EXT.visitType, valueCode: a.visitType },
      ...(prefs.length ? [{ url: EXT.appointmentPreferences, extension: prefs }] : []),
      ...(a.confirmBy ? [{ url: EXT.confirmBy, valueDateTime: a.confirmBy }] : []),
    ],
  });
}
