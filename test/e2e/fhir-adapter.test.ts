/**
 * End to end: FhirAdapter against the embedded FHIR server (Medplum FhirRouter +
 * MemoryRepository) that web-test-runner mounts at /fhir. The server is shared by
 * every test file and keeps writes, so each test uses its own idempotency keys and
 * does not depend on what other tests wrote.
 */
import { expect } from '@open-wc/testing';
import { SAMPLE_PATIENT } from '../../src/adapters/memory/index.js';
import { FhirAdapter, FHIR_IDENTIFIER_SYSTEMS } from '../../src/adapters/fhir/index.js';
import type { Slot } from '../../src/adapters/types.js';

const run = Math.random().toString(36).slice(2, 8);
const key = (name: string) => `e2e-${run}-${name}`;

function adapter(fetchFn?: typeof fetch): FhirAdapter {
  return new FhirAdapter({ baseUrl: '/fhir', patient: SAMPLE_PATIENT.id, ...(fetchFn ? { fetch: fetchFn } : {}), retryDelayMs: 10 });
}

async function countByIdentifier(type: string, value: string): Promise<number> {
  const res = await fetch(`/fhir/${type}?identifier=${encodeURIComponent(`${FHIR_IDENTIFIER_SYSTEMS.idempotency}|${value}`)}`, { headers: { accept: 'application/fhir+json' } });
  const bundle = (await res.json()) as { entry?: unknown[] };
  return bundle.entry?.length ?? 0;
}

/** A fetch that lets the first POST reach the server, then loses its response. */
function losingFirstPost(): { fetch: typeof fetch; lost: () => boolean } {
  let lost = false;
  return {
    fetch: async (input, init) => {
      const res = await fetch(input, init);
      if (init?.method === 'POST' && !lost) {
        lost = true;
        throw new TypeError('Failed to fetch (response lost)');
      }
      return res;
    },
    lost: () => lost,
  };
}

async function freeSlots(a: FhirAdapter): Promise<Slot[]> {
  const from = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return a.findSlots({ from, to });
}

describe('FhirAdapter ↔ embedded FHIR server', function () {
  this.timeout(30_000);

  before(async function () {
    this.timeout(120_000);
    // The first request builds the server (FHIR definitions + sample patient).
    const res = await fetch('/fhir/metadata');
    expect(res.headers.get('content-type')).to.contain('application/fhir+json');
  });

  it('serves a CapabilityStatement that keeps every capability on', async () => {
    const caps = await adapter().refreshCapabilities();
    expect(caps).to.include({ notes: true, results: true, messaging: true, appointments: true, bookSlots: true, resultPreferences: 'read-write', audit: true });
  });

  it('lists notes, hides the one entered in error and the replaced version, and reads a note with its history', async () => {
    const a = adapter();
    const page = await a.listNotes({ pageSize: 50 });
    const ids = page.items.map((n) => n.id);
    expect(ids).to.include.members(['note-dm-visit', 'note-annual', 'note-podiatry', 'note-avs']);
    expect(ids).to.not.include('note-entered-in-error');
    expect(ids).to.not.include('note-annual-2');
    expect(page.items.every((n) => !n.problem)).to.equal(true);

    const annual = await a.getNote('note-annual');
    expect(annual.status).to.equal('amended');
    expect(annual.history.map((h) => h.id)).to.deep.equal(['note-annual-2']);
    expect(annual.content[0].text).to.be.a('string').and.not.be.empty;
    // The replaced version leads to the note that replaced it.
    expect((await a.getNote('note-annual-2')).id).to.equal('note-annual');

    const avs = await a.getNote('note-avs');
    expect(avs.content[0].contentType).to.equal('application/pdf');
    expect(avs.content[0].url).to.match(/^data:application\/pdf;base64,/);
    const rtf = await a.getNote('note-podiatry');
    expect(rtf.content[0].contentType).to.match(/^text\/rtf/);
    expect(rtf.content[0].text).to.match(/^\{\\rtf/);
    expect((await a.listNotes({ type: 'discharge-summary' })).items.map((n) => n.id)).to.deep.equal(['note-discharge']);
  });

  it('pages notes through Bundle.link[next]', async () => {
    const a = adapter();
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await a.listNotes({ pageSize: 4, cursor });
      seen.push(...page.items.map((n) => n.id));
      cursor = page.next;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).to.be.greaterThan(2);
    expect(new Set(seen).size).to.equal(seen.length);
    expect(seen).to.include('note-discharge');
  });

  it('lists results grouped by report with flags, review state and the trend of one test', async () => {
    const a = adapter();
    const page = await a.listResults();
    expect(page.items.length).to.be.greaterThan(10);
    expect(page.items.map((r) => r.id)).to.not.include('obs-entered-in-error');
    const bp = page.items.find((r) => r.components?.length);
    expect(bp?.components?.map((c) => c.flag)).to.not.include(undefined);
    const a1c = page.items.find((r) => r.code?.code === '4548-4');
    expect(a1c?.report).to.include({ name: 'Hemoglobin A1c', reviewed: true });
    expect(a1c?.flag).to.equal('high');

    const trend = await a.listResults({ code: '4548-4' });
    const newest = trend.items[0];
    expect(trend.items.every((r) => r.code?.code === '4548-4')).to.equal(true);
    expect(newest.history?.length).to.equal(trend.items.length - 1);
    expect(newest.history?.map((h) => h.date)).to.deep.equal([...(newest.history ?? [])].map((h) => h.date).sort((x, y) => Date.parse(x) - Date.parse(y)));
  });

  it('round-trips result preferences through a Basic resource', async () => {
    const a = adapter();
    const before = await a.getResultPreferences();
    expect(before.policy?.maxHoldDays).to.be.a('number');
    const holdDays = before.categories.pathology.holdDays === 5 ? 6 : 5;
    const saved = await a.saveResultPreferences({ ...before, categories: { ...before.categories, pathology: { mode: 'hold-abnormal', holdDays } } });
    expect(saved.categories.pathology).to.deep.equal({ mode: 'hold-abnormal', holdDays });
    const reread = await adapter().getResultPreferences();
    expect(reread.categories.pathology).to.deep.equal({ mode: 'hold-abnormal', holdDays });
    await a.saveResultPreferences(before);
  });

  it('lists recipients, threads and the messaging policy from CareTeam, Communication and Organization', async () => {
    const a = adapter();
    const recipients = await a.listRecipients();
    expect(recipients.map((r) => r.id)).to.include.members(['rcp-rivera-team', 'rcp-billing', 'rcp-nurse-line']);
    const threads = await a.listThreads();
    const sugar = threads.items.find((t) => t.id === 'thr-sugar-log');
    expect(sugar?.subject).to.equal('My blood sugar readings');
    expect(sugar?.messages.length).to.be.at.least(3);
    expect(sugar?.messages[0].attachments[0]?.name).to.equal('blood-sugar-log.png');
    const policy = await a.getMessagingPolicy();
    expect(policy).to.include({ clinicName: 'Riverside Family Clinic', timeZone: 'America/Chicago' });
    expect(policy.answeringTimes).to.deep.equal(['12:00', '16:30']);
  });

  it('sends a message and an idempotent retry returns the same message', async () => {
    const a = adapter();
    const draft = { recipientId: 'rcp-rivera-team', subject: `Question ${run}`, body: 'Can I take my pills with food?', topic: 'medical-question' as const };
    const first = await a.sendMessage(draft, { idempotencyKey: key('send') });
    const again = await a.sendMessage(draft, { idempotencyKey: key('send') });
    expect(again.id).to.equal(first.id);
    expect(await countByIdentifier('Communication', key('send'))).to.equal(1);
    const thread = await a.getThread(first.threadId);
    expect(thread.subject).to.equal(`Question ${run}`);
    const reply = await a.sendMessage({ ...draft, subject: '', body: 'Also, what time of day?', threadId: first.threadId }, { idempotencyKey: key('reply') });
    expect(reply.threadId).to.equal(first.threadId);
    expect((await a.getThread(first.threadId)).messages.map((m) => m.id)).to.deep.equal([first.id, reply.id]);
  });

  it('leaves exactly one Communication when the response to a send is lost and the adapter retries', async () => {
    const faulty = losingFirstPost();
    const msg = await adapter(faulty.fetch).sendMessage({ recipientId: 'rcp-billing', subject: 'Bill', body: 'Question about my bill' }, { idempotencyKey: key('lost-msg') });
    expect(faulty.lost()).to.equal(true);
    expect(msg.id).to.be.a('string');
    expect(await countByIdentifier('Communication', key('lost-msg'))).to.equal(1);
  });

  it('finds open slots, books one, lists it, and cancels it (the slot opens again)', async () => {
    const a = adapter();
    const slots = await freeSlots(a);
    expect(slots.length).to.be.greaterThan(0);
    const slot = slots[slots.length - 1];
    const booked = await a.requestAppointment({ reason: 'Diabetes check', visitType: slot.visitType, preferredPeriods: [], slotId: slot.id }, { idempotencyKey: key('book') });
    expect(booked).to.include({ status: 'booked', slotId: slot.id });
    expect((await freeSlots(a)).some((s) => s.id === slot.id)).to.equal(false);
    expect((await a.listAppointmentRequests()).items.map((r) => r.id)).to.include(booked.id);

    const cancelled = await a.cancelAppointmentRequest(booked.id);
    expect(cancelled.status).to.equal('cancelled');
    expect((await freeSlots(a)).some((s) => s.id === slot.id)).to.equal(true);
  });

  it('sends an appointment request and lists it as pending with a confirm-by date', async () => {
    const a = adapter();
    const from = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const req = await a.requestAppointment({ reason: `Knee pain ${run}`, visitType: 'in-person', preferredPeriods: [{ start: from, end: to }], timesOfDay: ['afternoon'] }, { idempotencyKey: key('request') });
    expect(req).to.include({ status: 'pending' });
    expect(req.confirmBy).to.be.a('string');
    const listed = (await a.listAppointmentRequests()).items.find((r) => r.id === req.id);
    expect(listed?.reason).to.equal(`Knee pain ${run}`);
    expect(listed?.timesOfDay).to.deep.equal(['afternoon']);
    const options = await a.getSchedulingOptions();
    expect(options.appointmentTypes.map((t) => t.id)).to.include('appt-follow-up');
    expect(options.locations.map((l) => l.id)).to.include('loc-main');
  });

  it('leaves exactly one Appointment when the response to a booking is lost and the adapter retries', async () => {
    const faulty = losingFirstPost();
    const a = adapter(faulty.fetch);
    const slots = await freeSlots(adapter());
    const slot = slots[Math.floor(slots.length / 2)];
    const booked = await a.requestAppointment({ reason: 'Follow-up', visitType: slot.visitType, preferredPeriods: [], slotId: slot.id }, { idempotencyKey: key('lost-appt') });
    expect(faulty.lost()).to.equal(true);
    expect(booked.status).to.equal('booked');
    expect(await countByIdentifier('Appointment', key('lost-appt'))).to.equal(1);
    // Asking again with the same key returns the same booking, not "that time was taken".
    const again = await adapter().requestAppointment({ reason: 'Follow-up', visitType: slot.visitType, preferredPeriods: [], slotId: slot.id }, { idempotencyKey: key('lost-appt') });
    expect(again.id).to.equal(booked.id);
    await adapter().cancelAppointmentRequest(booked.id);
  });

  it('answers errors as FHIR: 404 OperationOutcome becomes "not-found"', async () => {
    try {
      await adapter().getNote('does-not-exist');
      expect.fail('expected not-found');
    } catch (e) {
      expect((e as { kind?: string }).kind).to.equal('not-found');
    }
    const res = await fetch('/fhir/Observation/nope');
    expect(res.status).to.equal(404);
    expect(((await res.json()) as { resourceType: string }).resourceType).to.equal('OperationOutcome');
  });
});
