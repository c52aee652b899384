/**
 * Server JSON is hostile: fields of the wrong type, nulls, arrays where objects belong.
 * Each list must still load, keep the good records, and never throw.
 */
import { expect } from '@open-wc/testing';
import { MockFhir, PATIENT, adapterFor, b64, type FhirResource } from './fhir-mock.js';

const NOTE_OK: FhirResource = {
  resourceType: 'DocumentReference',
  id: 'good-note',
  status: 'current',
  subject: { reference: 'Patient/p1' },
  description: 'Good note',
  content: [{ attachment: { contentType: 'text/plain', data: b64('Fine') } }],
};

describe('FhirAdapter with malformed resources', () => {
  it('notes: wrong types everywhere still give a list with the good note', async () => {
    const mock = new MockFhir(
      NOTE_OK,
      {
        resourceType: 'DocumentReference',
        id: 'weird',
        status: 'current',
        date: 12345,
        description: { text: 'not a string' },
        type: 'progress',
        author: 'Dr. Nobody',
        relatesTo: { code: 'replaces' },
        context: { period: 'yesterday', encounter: 'visit', related: [null, 3] },
        content: [null, 'text', { attachment: null }, { attachment: { contentType: 42, data: 7 } }],
      },
      { resourceType: 'DocumentReference', id: 'nulls', status: null, content: null, author: [null], subject: null },
    );
    const page = await adapterFor(mock).listNotes();
    expect(page.items.map((n) => n.id).sort()).to.deep.equal(['good-note', 'nulls', 'weird']);
    const weird = page.items.find((n) => n.id === 'weird')!;
    expect(weird.title).to.equal('Clinical note');
    expect(weird.date).to.equal(undefined);
    expect(weird.problem).to.be.a('string');
    const note = await adapterFor(mock).getNote('weird');
    expect(note.content.every((c) => c.problem || c.text)).to.equal(true);
  });

  it('results: a string value, ranges of the wrong shape and odd components do not break the list', async () => {
    const mock = new MockFhir(
      PATIENT,
      { resourceType: 'Observation', id: 'fine', status: 'final', code: { text: 'Sodium' }, valueQuantity: { value: 140, unit: 'mmol/L' } },
      {
        resourceType: 'Observation',
        id: 'odd',
        status: 'final',
        code: 'glucose',
        valueQuantity: '5',
        referenceRange: { low: 1 },
        interpretation: 'H',
        component: [null, 5, { code: 'x', valueQuantity: { value: 'high' } }],
        effectiveDateTime: 'last week',
        note: 'see me',
      },
      {
        resourceType: 'Observation',
        id: 'ranges',
        status: 'final',
        code: { text: 'Calcium' },
        valueQuantity: { value: 9.5, unit: 'mg/dL' },
        referenceRange: [null, { low: { value: 'low' }, high: { value: 10.5, unit: 'mg/dL' } }, { type: 'normal' }],
      },
    );
    const page = await adapterFor(mock).listResults();
    expect(page.items.map((r) => r.id).sort()).to.deep.equal(['fine', 'odd', 'ranges']);
    const odd = page.items.find((r) => r.id === 'odd')!;
    expect(odd.flag).to.equal('unknown');
    expect(odd.collectedAt).to.equal(undefined);
    expect(page.items.find((r) => r.id === 'fine')!.flag).to.equal('unknown');
  });

  it('messages: payloads and references of the wrong shape keep the thread readable', async () => {
    const mock = new MockFhir(PATIENT, {
      resourceType: 'Communication',
      id: 'm1',
      status: 'completed',
      subject: { reference: 'Patient/p1' },
      sender: 7,
      recipient: 'team',
      topic: ['x'],
      payload: ['hi', null, { contentAttachment: 'file' }, { contentString: 'Real text' }],
      partOf: 'Communication/zzz',
      sent: 'Tuesday',
      meta: { lastUpdated: '2026-02-01T00:00:00Z' },
    });
    const page = await adapterFor(mock).listThreads();
    expect(page.items).to.have.length(1);
    expect(page.items[0].messages[0]).to.include({ body: 'Real text', sentAt: '2026-02-01T00:00:00Z', fromPatient: false });
    expect(page.items[0].subject).to.equal('Message');
  });

  it('appointments: wrong shapes give an item that explains itself', async () => {
    const mock = new MockFhir({
      resourceType: 'Appointment',
      id: 'a1',
      status: 'proposed',
      participant: [{ actor: { reference: 'Patient/p1' } }, null, 'clinic'],
      requestedPeriod: 'soon',
      reasonCode: 'pain',
      extension: 'nope',
    });
    const page = await adapterFor(mock).listAppointmentRequests();
    expect(page.items).to.have.length(1);
    expect(page.items[0]).to.include({ id: 'a1', status: 'pending', reason: '' });
    expect(page.items[0].preferredPeriods).to.deep.equal([]);
    expect(page.items[0].problem).to.be.a('string');
  });
});
