import { expect } from '@open-wc/testing';
import { isPortalError, type PortalError } from '../../src/adapters/errors.js';
import { FHIR_IDENTIFIER_SYSTEMS } from '../../src/adapters/fhir/index.js';
import { MockFhir, PATIENT, adapterFor, b64, bundle, fhirJson, type FhirResource } from './fhir-mock.js';

async function rejection(promise: Promise<unknown>): Promise<PortalError> {
  try {
    await promise;
  } catch (e) {
    expect(isPortalError(e)).to.equal(true);
    return e as PortalError;
  }
  throw new Error('expected the call to reject');
}

const KIND = 'https://portal-elements.dev/fhir/CodeSystem/recipient-kind';
const POLICY = 'https://portal-elements.dev/fhir/StructureDefinition/clinic-policy';

const ORG: FhirResource = {
  resourceType: 'Organization',
  id: 'org1',
  name: 'Lakeside Family Clinic',
  telecom: [{ system: 'phone', value: '555-0100' }],
  extension: [
    { url: 'http://hl7.org/fhir/StructureDefinition/timezone', valueCode: 'America/Chicago' },
    {
      url: POLICY,
      extension: [
        { url: 'replyBusinessDays', valueInteger: 3 },
        { url: 'openDay', valueCode: 'mon' },
        { url: 'openDay', valueCode: 'wed' },
        { url: 'opens', valueTime: '09:00:00' },
        { url: 'closes', valueTime: '16:30:00' },
        { url: 'answeringTime', valueTime: '12:00:00' },
        { url: 'holiday', valueDate: '2026-12-25' },
        { url: 'nurseLinePhone', valueString: '555-0199' },
      ],
    },
  ],
};
const BILLING: FhirResource = { resourceType: 'Organization', id: 'billing', name: 'Billing office', partOf: { reference: 'Organization/org1' }, type: [{ coding: [{ system: KIND, code: 'billing' }] }] };
const NURSE_ROLE: FhirResource = {
  resourceType: 'PractitionerRole',
  id: 'role-rn',
  practitioner: { reference: 'Practitioner/rn1' },
  code: [{ text: 'Registered nurse' }],
};
const RN: FhirResource = { resourceType: 'Practitioner', id: 'rn1', name: [{ given: ['Sam'], family: 'Lee' }] };
const DR: FhirResource = { resourceType: 'Practitioner', id: 'dr1', name: [{ given: ['Ana'], family: 'Ruiz', prefix: ['Dr.'] }] };
const TEAM: FhirResource = {
  resourceType: 'CareTeam',
  id: 'team1',
  status: 'active',
  name: 'Dr. Ruiz\'s care team',
  subject: { reference: 'Patient/p1' },
  participant: [{ member: { reference: 'Practitioner/dr1' } }, { member: { reference: 'PractitionerRole/role-rn' } }, { member: { reference: 'Practitioner/missing' } }],
  managingOrganization: [{ reference: 'Organization/org1' }],
};

function comm(id: string, extra: Partial<FhirResource> = {}): FhirResource {
  return {
    resourceType: 'Communication',
    id,
    status: 'completed',
    subject: { reference: 'Patient/p1' },
    sender: { reference: 'Patient/p1' },
    recipient: [{ reference: 'CareTeam/team1' }],
    sent: '2026-02-01T10:00:00Z',
    topic: { text: 'Question about my pills' },
    payload: [{ contentString: 'Can I take it with food?' }],
    ...extra,
  };
}

function world(...more: FhirResource[]): MockFhir {
  const mock = new MockFhir(PATIENT, ORG, BILLING, NURSE_ROLE, RN, DR, TEAM, ...more);
  // Only desks under org1 are returned for `partof`.
  mock.route((c) => (c.url.pathname.endsWith('/Organization') ? fhirJson(bundle([BILLING])) : undefined));
  return mock;
}

describe('FhirAdapter messaging (Communication)', () => {
  it('lists recipients from the CareTeam, its members, its organization and the clinic\'s desks', async () => {
    const recipients = await adapterFor(world()).listRecipients();
    const summary = recipients.map((r) => [r.id, r.name, r.kind]);
    expect(summary).to.deep.include.members([
      ['team1', 'Dr. Ruiz\'s care team', 'care-team'],
      ['dr1', 'Dr. Ana Ruiz', 'clinician'],
      ['role-rn', 'Sam Lee', 'nurse'],
      ['billing', 'Billing office', 'billing'],
    ]);
    expect(recipients.find((r) => r.id === 'billing')?.topics).to.deep.equal(['billing']);
    expect(recipients.some((r) => r.id === 'missing')).to.equal(false);
    // The clinic Organization is the desks' parent, not a recipient, unless typed as one.
    expect(recipients.some((r) => r.id === 'org1')).to.equal(false);
  });

  it('groups messages into threads by partOf/inResponseTo, newest thread first, with unread state', async () => {
    const mock = world(
      comm('c1'),
      comm('c2', {
        sender: { reference: 'Practitioner/dr1' },
        recipient: [{ reference: 'Patient/p1' }],
        sent: '2026-02-02T12:00:00Z',
        partOf: [{ reference: 'Communication/c1' }],
        inResponseTo: [{ reference: 'Communication/c1' }],
        payload: [{ contentString: 'Yes, with breakfast.' }],
        topic: undefined,
      }),
      comm('c3', { sent: '2026-01-10T10:00:00Z', topic: { text: 'Older question' }, payload: [{ contentString: 'Hello' }] }),
      comm('c4', { sent: '2026-01-11T10:00:00Z', inResponseTo: [{ reference: 'Communication/c3' }], received: '2026-01-11T11:00:00Z', sender: { reference: 'Practitioner/dr1' } }),
      comm('gone', { status: 'entered-in-error' }),
    );
    const page = await adapterFor(mock).listThreads();
    expect(page.items.map((t) => t.id)).to.deep.equal(['c1', 'c3']);
    const [t1, t3] = page.items;
    expect(t1).to.include({ subject: 'Question about my pills', unread: true, messageCount: 2, updatedAt: '2026-02-02T12:00:00Z' });
    expect(t1.recipient).to.include({ id: 'team1', kind: 'care-team' });
    expect(t1.messages.map((m) => [m.id, m.fromPatient, m.author.name])).to.deep.equal([
      ['c1', true, 'María José Hernández Peña'],
      ['c2', false, 'Dr. Ana Ruiz'],
    ]);
    expect(t3.unread).to.equal(false);
    expect((await adapterFor(mock).listThreads({ unreadOnly: true })).items.map((t) => t.id)).to.deep.equal(['c1']);
    const thread = await adapterFor(mock).getThread('c2');
    expect(thread.id).to.equal('c1');
  });

  it('explains a message with no text or a broken attachment and keeps the rest', async () => {
    const mock = world(
      comm('empty', { payload: [] }),
      comm('att', {
        sent: '2026-02-03T10:00:00Z',
        payload: [{ contentString: 'See photo' }, { contentAttachment: { contentType: 'image/png', data: '@@@', title: 'rash.png' } }, { contentAttachment: { contentType: 'application/pdf', data: b64('%PDF'), title: 'form.pdf' } }],
      }),
    );
    const page = await adapterFor(mock).listThreads();
    const empty = page.items.find((t) => t.id === 'empty')!.messages[0];
    expect(empty.problem).to.contain('no text');
    const att = page.items.find((t) => t.id === 'att')!.messages[0];
    expect(att.problem).to.contain('attachment');
    expect(att.attachments.map((a) => a.name)).to.deep.equal(['rash.png', 'form.pdf']);
    expect(att.attachments[1].url).to.match(/^data:application\/pdf;base64,/);
  });

  it('sends a message with the idempotency key as identifier and If-None-Exist', async () => {
    const mock = world();
    const adapter = adapterFor(mock);
    const sent = await adapter.sendMessage(
      { recipientId: 'role-rn', subject: 'Refill', body: 'I need a refill please.', topic: 'prescription', reference: { type: 'result', id: 'obs1', display: 'Potassium' } },
      { idempotencyKey: 'key-1' },
    );
    expect(sent).to.include({ fromPatient: true, body: 'I need a refill please.' });
    expect(sent.threadId).to.equal(sent.id);
    const post = mock.callsTo('POST', 'Communication')[0];
    expect(post.headers['if-none-exist']).to.equal(`identifier=${encodeURIComponent(`${FHIR_IDENTIFIER_SYSTEMS.idempotency}|key-1`)}`);
    expect(post.body).to.deep.include({ status: 'completed', priority: 'routine' });
    expect(post.body?.identifier).to.deep.equal([{ system: FHIR_IDENTIFIER_SYSTEMS.idempotency, value: 'key-1' }]);
    expect(post.body?.recipient).to.deep.equal([{ reference: 'PractitionerRole/role-rn' }]);
    expect(post.body?.about).to.deep.equal([{ reference: 'Observation/obs1', display: 'Potassium' }]);
    expect(post.body?.topic).to.deep.include({ text: 'Refill' });

    // The same key again returns the first message, never a second one.
    const again = await adapter.sendMessage({ recipientId: 'role-rn', subject: 'Refill', body: 'I need a refill please.' }, { idempotencyKey: 'key-1' });
    expect(again.id).to.equal(sent.id);
    expect(mock.ofType('Communication')).to.have.length(1);
  });

  it('retries a send whose response was lost and still leaves one message', async () => {
    const mock = world();
    let lost = false;
    const flaky: typeof fetch = async (input, init) => {
      const res = await mock.fetch(input, init);
      if (init?.method === 'POST' && !lost) {
        lost = true;
        throw new TypeError('Failed to fetch');
      }
      return res;
    };
    const adapter = adapterFor(mock, { fetch: flaky });
    const msg = await adapter.sendMessage({ recipientId: 'team1', subject: 'Hi', body: 'Hello' }, { idempotencyKey: 'lost-1' });
    expect(mock.callsTo('POST', 'Communication')).to.have.length(2);
    expect(mock.ofType('Communication')).to.have.length(1);
    expect(msg.id).to.equal(mock.ofType('Communication')[0].id);
  });

  it('replies inside a thread with partOf and inResponseTo the newest message', async () => {
    const mock = world(comm('c1'), comm('c2', { sender: { reference: 'Practitioner/dr1' }, recipient: [{ reference: 'Patient/p1' }], partOf: [{ reference: 'Communication/c1' }], sent: '2026-02-02T10:00:00Z' }));
    const reply = await adapterFor(mock).sendMessage({ recipientId: 'team1', subject: '', body: 'Thanks!', threadId: 'c1' }, { idempotencyKey: 'r1' });
    expect(reply.threadId).to.equal('c1');
    const post = mock.callsTo('POST', 'Communication')[0].body!;
    expect(post.partOf).to.deep.equal([{ reference: 'Communication/c1' }]);
    expect(post.inResponseTo).to.deep.equal([{ reference: 'Communication/c2' }]);
    expect(post.topic).to.deep.include({ text: 'Question about my pills' });
  });

  it('refuses a send with no key, no body, an unknown recipient or a disallowed attachment', async () => {
    const adapter = adapterFor(world());
    expect((await rejection(adapter.sendMessage({ recipientId: 'team1', subject: 's', body: 'b' }, { idempotencyKey: '' }))).kind).to.equal('invalid');
    expect((await rejection(adapter.sendMessage({ recipientId: 'team1', subject: 's', body: '  ' }, { idempotencyKey: 'k' }))).kind).to.equal('invalid');
    expect((await rejection(adapter.sendMessage({ recipientId: 'stranger', subject: 's', body: 'b' }, { idempotencyKey: 'k' }))).kind).to.equal('invalid');
    const exe = { name: 'x.exe', contentType: 'application/x-msdownload', size: 3, data: b64('MZ!') };
    expect((await rejection(adapter.sendMessage({ recipientId: 'team1', subject: 's', body: 'b', attachments: [exe] }, { idempotencyKey: 'k' }))).kind).to.equal('invalid');
  });

  it('sends an allowed attachment as contentAttachment', async () => {
    const mock = world();
    const photo = { name: 'rash.png', contentType: 'image/png', size: 4, data: b64('\x89PNG') };
    const msg = await adapterFor(mock).sendMessage({ recipientId: 'team1', subject: 'Rash', body: 'Photo attached', attachments: [photo] }, { idempotencyKey: 'att' });
    expect(mock.callsTo('POST', 'Communication')[0].body?.payload).to.deep.include({ contentAttachment: { contentType: 'image/png', data: photo.data, title: 'rash.png', size: 5 } });
    expect(msg.attachments[0].name).to.equal('rash.png');
  });

  it('marks a thread read by recording when the patient received the care team\'s messages', async () => {
    const mock = world(comm('c1'), comm('c2', { sender: { reference: 'Practitioner/dr1' }, recipient: [{ reference: 'Patient/p1' }], partOf: [{ reference: 'Communication/c1' }] }));
    const adapter = adapterFor(mock);
    await adapter.markThreadRead('c1');
    const put = mock.callsTo('PUT', 'Communication/c2')[0];
    expect(put.body?.received).to.be.a('string');
    expect(put.headers['if-match']).to.equal('W/"1"');
    expect((await adapter.listThreads()).items[0].unread).to.equal(false);
  });

  it('reads the messaging policy from the clinic\'s Organization and falls back to the options', async () => {
    const policy = await adapterFor(world(), { messagingPolicy: { numbers: { emergency: '112', crisis: '024' }, maxBodyLength: 2000 } }).getMessagingPolicy();
    expect(policy).to.deep.include({
      clinicName: 'Lakeside Family Clinic',
      clinicPhone: '555-0100',
      timeZone: 'America/Chicago',
      replyBusinessDays: 3,
      clinicHours: { days: [1, 3], open: '09:00', close: '16:30' },
      answeringTimes: ['12:00'],
      holidays: ['2026-12-25'],
      nurseLinePhone: '555-0199',
      maxBodyLength: 2000,
    });
    expect(policy.numbers).to.include({ emergency: '112', crisis: '024' });

    const bare = await adapterFor(new MockFhir(PATIENT)).getMessagingPolicy();
    expect(bare.replyBusinessDays).to.equal(2);
    expect(bare.numbers).to.include({ emergency: '911', crisis: '988' });
    expect(bare.clinicHours.days).to.deep.equal([1, 2, 3, 4, 5]);
  });
});
