import { expect } from '@open-wc/testing';
import { isPortalError, type PortalError } from '../../src/adapters/errors.js';
import type { ResultPreferences } from '../../src/adapters/types.js';
import { FHIR_IDENTIFIER_SYSTEMS } from '../../src/adapters/fhir/index.js';
import { MockFhir, PATIENT, adapterFor, type FhirResource } from './fhir-mock.js';

async function rejection(promise: Promise<unknown>): Promise<PortalError> {
  try {
    await promise;
  } catch (e) {
    expect(isPortalError(e)).to.equal(true);
    return e as PortalError;
  }
  throw new Error('expected the call to reject');
}

const VISIT = 'https://portal-elements.dev/fhir/StructureDefinition/visit-type';
const TYPE = 'https://portal-elements.dev/fhir/CodeSystem/appointment-type';
const future = (days: number, hour = 15) => new Date(Date.UTC(2030, 0, 1 + days, hour)).toISOString();

const DR: FhirResource = { resourceType: 'Practitioner', id: 'dr1', name: [{ given: ['Ana'], family: 'Ruiz', prefix: ['Dr.'] }] };
const LOC: FhirResource = { resourceType: 'Location', id: 'loc1', name: 'Lakeside Clinic', address: { line: ['1 Main St'], city: 'Springfield' } };
const SCHED: FhirResource = { resourceType: 'Schedule', id: 'sch1', active: true, actor: [{ reference: 'Practitioner/dr1' }, { reference: 'Location/loc1' }] };

function slot(id: string, days: number, extra: Partial<FhirResource> = {}): FhirResource {
  return {
    resourceType: 'Slot',
    id,
    schedule: { reference: 'Schedule/sch1' },
    status: 'free',
    start: future(days),
    end: future(days, 16),
    appointmentType: { coding: [{ system: TYPE, code: 'follow-up' }] },
    extension: [{ url: VISIT, valueCode: 'video' }],
    ...extra,
  };
}

function appt(id: string, extra: Partial<FhirResource> = {}): FhirResource {
  return {
    resourceType: 'Appointment',
    id,
    status: 'proposed',
    created: '2026-02-01T10:00:00Z',
    reasonCode: [{ text: 'Knee pain' }],
    requestedPeriod: [{ start: '2026-02-10', end: '2026-02-14' }],
    participant: [{ actor: { reference: 'Patient/p1' }, status: 'accepted' }],
    ...extra,
  };
}

describe('FhirAdapter appointments (Appointment, Slot)', () => {
  it('finds free future slots with clinician, location, visit type and appointment type', async () => {
    const mock = new MockFhir(DR, LOC, SCHED, slot('s2', 3), slot('s1', 2), slot('busy', 2, { status: 'busy' }), slot('past', -20000), slot('broken', 4, { start: undefined }));
    const slots = await adapterFor(mock).findSlots({ from: '2029-12-31', to: '2030-02-01' });
    expect(slots.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(slots[0]).to.deep.include({ visitType: 'video', appointmentTypeId: 'follow-up' });
    expect(slots[0].clinician).to.deep.include({ id: 'dr1', name: 'Dr. Ana Ruiz' });
    expect(slots[0].location).to.deep.include({ id: 'loc1', name: 'Lakeside Clinic', address: '1 Main St, Springfield' });
    const search = mock.callsTo('GET', 'Slot')[0].url.searchParams;
    expect(search.get('status')).to.equal('free');
    expect(search.getAll('start')).to.deep.equal(['ge2029-12-31', 'le2030-02-01']);
    expect((await adapterFor(mock).findSlots({ from: '2029-12-31', to: '2030-02-01', visitType: 'phone' })).length).to.equal(0);
  });

  it('sends a request as a proposed Appointment with requestedPeriod and the idempotency key', async () => {
    const mock = new MockFhir(PATIENT);
    const req = await adapterFor(mock).requestAppointment(
      {
        reason: 'Knee pain when climbing stairs',
        visitType: 'in-person',
        preferredPeriods: [{ start: '2030-01-10', end: '2030-01-12' }],
        timesOfDay: ['morning'],
        contact: { method: 'phone', value: '555-0123' },
        interpreterLanguage: 'es',
        note: 'Mornings are best',
      },
      { idempotencyKey: 'req-1' },
    );
    expect(req).to.deep.include({ status: 'pending', reason: 'Knee pain when climbing stairs', visitType: 'in-person', note: 'Mornings are best', interpreterLanguage: 'es' });
    expect(req.preferredPeriods).to.deep.equal([{ start: '2030-01-10', end: '2030-01-12' }]);
    expect(req.timesOfDay).to.deep.equal(['morning']);
    expect(req.contact).to.deep.equal({ method: 'phone', value: '555-0123' });
    expect(req.confirmBy).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const post = mock.callsTo('POST', 'Appointment')[0];
    expect(post.body).to.deep.include({ status: 'proposed' });
    expect(post.headers['if-none-exist']).to.contain(encodeURIComponent(`${FHIR_IDENTIFIER_SYSTEMS.idempotency}|req-1`));
    expect(post.body?.participant).to.deep.include({ actor: { reference: 'Patient/p1' }, status: 'accepted', required: 'required' });
  });

  it('books an open slot: a booked Appointment for the slot, and the slot becomes busy', async () => {
    const mock = new MockFhir(PATIENT, DR, LOC, SCHED, slot('s1', 2));
    const req = await adapterFor(mock).requestAppointment({ reason: 'Follow-up', visitType: 'video', preferredPeriods: [], slotId: 's1' }, { idempotencyKey: 'book-1' });
    expect(req).to.deep.include({ status: 'booked', slotId: 's1', visitType: 'video', appointmentTypeId: 'follow-up' });
    expect(req.slot).to.deep.include({ id: 's1', start: future(2), end: future(2, 16) });
    expect(req.slot?.clinician?.name).to.equal('Dr. Ana Ruiz');
    expect(mock.store.get('Slot/s1')?.status).to.equal('busy');
    const post = mock.callsTo('POST', 'Appointment')[0].body!;
    expect(post.slot).to.deep.equal([{ reference: 'Slot/s1' }]);
    expect(post.participant).to.deep.include({ actor: { reference: 'Practitioner/dr1' }, status: 'accepted', required: 'required' });
  });

  it('says a taken slot is taken, but a retry of our own booking returns it', async () => {
    const mock = new MockFhir(PATIENT, SCHED, slot('s1', 2));
    const adapter = adapterFor(mock);
    const first = await adapter.requestAppointment({ reason: 'Visit', visitType: 'video', preferredPeriods: [], slotId: 's1' }, { idempotencyKey: 'k1' });
    const retry = await adapter.requestAppointment({ reason: 'Visit', visitType: 'video', preferredPeriods: [], slotId: 's1' }, { idempotencyKey: 'k1' });
    expect(retry.id).to.equal(first.id);
    expect(mock.ofType('Appointment')).to.have.length(1);
    const err = await rejection(adapter.requestAppointment({ reason: 'Visit', visitType: 'video', preferredPeriods: [], slotId: 's1' }, { idempotencyKey: 'k2' }));
    expect(err.kind).to.equal('conflict');
  });

  it('rejects booking when the clinic cannot book, and bad drafts', async () => {
    const mock = new MockFhir(PATIENT, slot('s1', 2));
    const noBooking = adapterFor(mock, { capabilities: { bookSlots: false } });
    expect((await rejection(noBooking.requestAppointment({ reason: 'x', visitType: 'video', preferredPeriods: [], slotId: 's1' }, { idempotencyKey: 'k' }))).kind).to.equal('unsupported');
    expect((await rejection(noBooking.findSlots({ from: '2030-01-01', to: '2030-02-01' }))).kind).to.equal('unsupported');
    const adapter = adapterFor(mock);
    expect((await rejection(adapter.requestAppointment({ reason: ' ', visitType: 'video', preferredPeriods: [{ start: '2030-01-01', end: '2030-01-02' }] }, { idempotencyKey: 'k' }))).kind).to.equal('invalid');
    expect((await rejection(adapter.requestAppointment({ reason: 'x', visitType: 'video', preferredPeriods: [] }, { idempotencyKey: 'k' }))).kind).to.equal('invalid');
    expect((await rejection(adapter.requestAppointment({ reason: 'x', visitType: 'video', preferredPeriods: [{ start: '2030-01-05', end: '2030-01-01' }] }, { idempotencyKey: 'k' }))).kind).to.equal('invalid');
  });

  it('lists requests and maps FHIR statuses; entered-in-error never shows', async () => {
    const mock = new MockFhir(
      appt('a1'),
      appt('a2', { status: 'booked', start: '2026-02-11T15:00:00Z', end: '2026-02-11T15:30:00Z', created: '2026-02-02T10:00:00Z' }),
      appt('a3', { status: 'booked', requestedPeriod: undefined, start: '2026-02-12T15:00:00Z', end: '2026-02-12T15:30:00Z', slot: [{ reference: 'Slot/s9' }], created: '2026-02-03T10:00:00Z' }),
      appt('a4', { status: 'cancelled', cancelationReason: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason', code: 'prov' }], text: 'No openings that week' }, created: '2026-02-04T10:00:00Z' }),
      appt('a5', { status: 'entered-in-error' }),
      appt('a6', { reasonCode: undefined, created: undefined, meta: {} }),
    );
    const page = await adapterFor(mock).listAppointmentRequests();
    const by = Object.fromEntries(page.items.map((r) => [r.id, r]));
    expect(Object.keys(by).sort()).to.deep.equal(['a1', 'a2', 'a3', 'a4', 'a6']);
    expect(by.a1.status).to.equal('pending');
    expect(by.a2.status).to.equal('confirmed');
    expect(by.a3.status).to.equal('booked');
    expect(by.a3.slotId).to.equal('s9');
    expect(by.a4).to.deep.include({ status: 'declined', statusReason: 'No openings that week' });
    expect(by.a6.problem).to.be.a('string');
  });

  it('cancels a request and frees its slot', async () => {
    const mock = new MockFhir(PATIENT, slot('s1', 2, { status: 'busy' }), appt('a1', { status: 'booked', slot: [{ reference: 'Slot/s1' }], start: future(2), end: future(2, 16) }));
    const cancelled = await adapterFor(mock).cancelAppointmentRequest('a1');
    expect(cancelled.status).to.equal('cancelled');
    expect(mock.store.get('Appointment/a1')?.status).to.equal('cancelled');
    expect(mock.store.get('Slot/s1')?.status).to.equal('free');
    expect(mock.callsTo('PUT', 'Appointment/a1')[0].headers['if-match']).to.equal('W/"1"');
  });

  it('will not cancel another patient\'s appointment', async () => {
    const mock = new MockFhir(appt('x', { participant: [{ actor: { reference: 'Patient/p2' } }] }));
    expect((await rejection(adapterFor(mock).cancelAppointmentRequest('x'))).kind).to.equal('not-found');
  });
});

describe('FhirAdapter result preferences (Basic)', () => {
  it('returns the defaults and the clinic policy before the patient chooses', async () => {
    const prefs = await adapterFor(new MockFhir(PATIENT)).getResultPreferences();
    expect(prefs.categories.lab).to.deep.equal({ mode: 'immediate', holdDays: 3 });
    expect(prefs.notify).to.deep.equal(['portal']);
    // The core's default limits (a hold of at least one day, at most 14).
    expect(prefs.policy).to.deep.include({ minHoldDays: 1, maxHoldDays: 14 });
  });

  it('saves as one Basic resource, then updates it with If-Match, and reads it back', async () => {
    const mock = new MockFhir(PATIENT);
    const adapter = adapterFor(mock);
    const initial = await adapter.getResultPreferences();
    const wanted: ResultPreferences = { ...initial, categories: { ...initial.categories, lab: { mode: 'hold-abnormal', holdDays: 5 } }, notify: ['portal', 'email'] };
    const saved = await adapter.saveResultPreferences(wanted);
    expect(saved.categories.lab).to.deep.equal({ mode: 'hold-abnormal', holdDays: 5 });
    expect(saved.notify).to.deep.equal(['portal', 'email']);
    expect(saved.updatedAt).to.be.a('string');
    const [basic] = mock.ofType('Basic');
    expect(basic.subject).to.deep.equal({ reference: 'Patient/p1' });
    expect(mock.callsTo('POST', 'Basic')[0].headers['if-none-exist']).to.contain('subject=Patient%2Fp1');

    const changed = await adapter.saveResultPreferences({ ...saved, categories: { ...saved.categories, imaging: { mode: 'hold-abnormal', holdDays: 7 } } });
    expect(changed.categories.imaging).to.deep.equal({ mode: 'hold-abnormal', holdDays: 7 });
    expect(mock.ofType('Basic')).to.have.length(1);
    expect(mock.callsTo('PUT', `Basic/${basic.id}`)[0].headers['if-match']).to.equal('W/"1"');
    const reread = await adapterFor(mock).getResultPreferences();
    expect(reread.categories.lab).to.deep.equal({ mode: 'hold-abnormal', holdDays: 5 });
    expect(reread.categories.imaging).to.deep.equal({ mode: 'hold-abnormal', holdDays: 7 });
  });

  it('refuses hold days outside the clinic\'s limits and channels it cannot use', async () => {
    const adapter = adapterFor(new MockFhir(PATIENT), { resultPolicy: { maxHoldDays: 7, channels: ['portal'] } });
    const p = await adapter.getResultPreferences();
    expect((await rejection(adapter.saveResultPreferences({ ...p, categories: { ...p.categories, lab: { mode: 'hold-abnormal', holdDays: 30 } } }))).kind).to.equal('invalid');
    expect((await rejection(adapter.saveResultPreferences({ ...p, notify: ['sms'] }))).kind).to.equal('invalid');
  });

  it('is read-only or absent when the capabilities say so', async () => {
    const adapter = adapterFor(new MockFhir(PATIENT), { capabilities: { resultPreferences: 'read-only' } });
    const p = await adapter.getResultPreferences();
    expect((await rejection(adapter.saveResultPreferences(p))).kind).to.equal('unsupported');
  });
});
