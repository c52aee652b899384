import { expect } from '@open-wc/testing';
import type { AttachmentLimits, Recipient } from '../../src/adapters/types.js';
import {
  acceptAttribute,
  characterCount,
  checkAttachments,
  classifyFile,
  createIdempotencyKey,
  draftKey,
  extensionOf,
  lengthBand,
  suggestRouting,
  validateDraft,
} from '../../src/core/messages/index.js';

const recipients: Recipient[] = [
  { id: 'team-rivera', name: "Dr. Rivera's team", kind: 'care-team' },
  { id: 'nurse', name: 'Nurse line', kind: 'nurse' },
  { id: 'refills', name: 'Prescription refills', kind: 'pharmacy', topics: ['prescription'] },
  { id: 'billing', name: 'Billing', kind: 'billing', topics: ['billing'] },
  { id: 'scheduling', name: 'Scheduling', kind: 'scheduling', topics: ['scheduling'] },
  { id: 'records', name: 'Medical records', kind: 'records', topics: ['paperwork'] },
];

describe('suggestRouting', () => {
  const rows: [string, string | undefined, string | undefined][] = [
    ['no chest pain, just a refill', 'refill', 'refills'],
    ['Can I get a refill of my lisinopril?', 'refill', 'refills'],
    ['I ran out of my inhaler', 'refill', 'refills'],
    ['I was charged twice on my last bill', 'billing', 'billing'],
    ['What is my copay for the visit?', 'billing', 'billing'],
    ['I need to reschedule my appointment next week', 'scheduling', 'scheduling'],
    ['Se me acabaron las pastillas de la presión', 'refill', 'refills'],
    ['Necesito resurtir mi receta', 'refill', 'refills'],
    ['¿Por qué me cobraron dos veces? La factura está mal', 'billing', 'billing'],
    ['Quiero cambiar mi cita del martes', 'scheduling', 'scheduling'],
    ["I don't need a refill, my rash is worse", undefined, undefined],
    ['No necesito cita, tengo una pregunta', undefined, undefined],
    ['My knee hurts when I walk', undefined, undefined],
    ['My bill is wrong and I need to reschedule', undefined, undefined],
    ['', undefined, undefined],
    ['Billboard near the clinic is lovely', undefined, undefined],
  ];
  for (const [text, reason, recipientId] of rows) {
    it(`"${text}" → ${reason ?? 'no suggestion'}`, () => {
      const s = suggestRouting(text, recipients);
      expect(s?.reason).to.equal(reason);
      expect(s?.recipient?.id).to.equal(recipientId);
    });
  }

  it('suggests nothing once the patient already chose that desk', () => {
    expect(suggestRouting('I need a refill', recipients, { recipientId: 'refills', topic: 'other' })).to.equal(undefined);
    expect(suggestRouting('I need a refill', recipients, { recipientId: 'nurse', topic: 'prescription' })?.recipient?.id).to.equal('refills');
  });

  it('still suggests the topic when the clinic lists no matching desk', () => {
    const s = suggestRouting('question about my bill', recipients.filter((r) => r.kind !== 'billing' && !r.topics?.includes('billing')));
    expect(s?.topic).to.equal('billing');
    expect(s?.recipient).to.equal(undefined);
  });
});

describe('validateDraft', () => {
  const rows: [string, { recipientId: string; subject: string; body: string }, boolean, string[]][] = [
    ['complete draft', { recipientId: 'nurse', subject: 'Rash', body: 'Itchy rash on my arm' }, false, []],
    ['nothing filled in', { recipientId: '', subject: '', body: '' }, false, ['recipient-missing', 'subject-missing', 'body-empty']],
    ['whitespace-only body and subject', { recipientId: 'nurse', subject: '   ', body: ' \n\t ' }, false, ['subject-missing', 'body-empty']],
    ['reply needs only a body', { recipientId: '', subject: '', body: 'Thanks!' }, true, []],
    ['reply with empty body', { recipientId: '', subject: '', body: '  ' }, true, ['body-empty']],
    ['body one over the limit', { recipientId: 'nurse', subject: 'x', body: 'a'.repeat(101) }, false, ['body-too-long']],
    ['body exactly at the limit', { recipientId: 'nurse', subject: 'x', body: 'a'.repeat(100) }, false, []],
    ['subject too long', { recipientId: 'nurse', subject: 's'.repeat(151), body: 'ok' }, false, ['subject-too-long']],
  ];
  for (const [name, fields, reply, codes] of rows) {
    it(name, () => {
      expect(validateDraft(fields, { maxLength: 100, reply }).map((i) => i.code)).to.deep.equal(codes);
    });
  }

  it('says how far over the limit the body is', () => {
    expect(validateDraft({ recipientId: 'n', subject: 's', body: 'a'.repeat(112) }, { maxLength: 100 })[0]?.over).to.equal(12);
  });

  it('counts the way the server does (UTF-16 units), so the counter never accepts what sending refuses', () => {
    expect(characterCount('héllo')).to.equal(5);
    expect(characterCount('😀')).to.equal('😀'.length);
  });
});

describe('lengthBand', () => {
  const rows: [number, number, string][] = [
    [0, 4000, 'ok'],
    [3599, 4000, 'ok'],
    [3600, 4000, 'near'],
    [4000, 4000, 'near'],
    [4001, 4000, 'over'],
    [50, 100, 'near'],
    [49, 100, 'ok'],
    [10, 100, 'ok'],
  ];
  for (const [length, max, band] of rows) {
    it(`${length}/${max} → ${band}`, () => expect(lengthBand(length, max)).to.equal(band));
  }
});

describe('attachment checks', () => {
  const limits: AttachmentLimits = { types: ['image/jpeg', 'image/png', 'application/pdf'], maxBytes: 5 * 1024 * 1024, maxCount: 3 };
  const rows: [string, string, number, string][] = [
    ['rash.jpg', 'image/jpeg', 200_000, 'image/jpeg'],
    ['RASH.JPEG', 'image/jpeg', 200_000, 'image/jpeg'],
    ['scan.pdf', 'application/pdf', 1_000_000, 'application/pdf'],
    ['photo.png', '', 1000, 'image/png'],
    ['setup.exe', 'application/x-msdownload', 1000, 'blocked'],
    ['holiday.png.exe', 'image/png', 1000, 'blocked'],
    ['invoice.exe', '', 1000, 'blocked'],
    ['page.html', 'text/html', 1000, 'blocked'],
    ['page.htm', 'image/png', 1000, 'blocked'],
    ['renamed.pdf', 'text/html', 1000, 'blocked'],
    ['drawing.svg', 'image/svg+xml', 1000, 'blocked'],
    ['notes.txt', 'text/plain', 1000, 'type'],
    ['movie.mp4', 'video/mp4', 1000, 'type'],
    ['fake.pdf', 'image/png', 1000, 'type'],
    ['mystery.xyz', 'image/png', 1000, 'type'],
    ['huge.pdf', 'application/pdf', 6 * 1024 * 1024, 'size'],
    ['empty.png', 'image/png', 0, 'empty'],
  ];
  for (const [name, type, size, outcome] of rows) {
    it(`${name} (${type || 'no type'}, ${size} B) → ${outcome}`, () => {
      const v = classifyFile({ name, type, size }, limits);
      expect('problem' in v ? v.problem : v.contentType).to.equal(outcome);
    });
  }

  it('refuses files past the count limit and duplicates of ones already attached', () => {
    const existing = [{ name: 'a.jpg', type: 'image/jpeg', size: 10 }];
    const incoming = [
      { name: 'a.jpg', type: 'image/jpeg', size: 10 },
      { name: 'b.jpg', type: 'image/jpeg', size: 10 },
      { name: 'c.jpg', type: 'image/jpeg', size: 10 },
      { name: 'd.jpg', type: 'image/jpeg', size: 10 },
    ];
    const r = checkAttachments(existing, incoming, limits);
    expect(r.accepted.map((a) => a.file.name)).to.deep.equal(['b.jpg', 'c.jpg']);
    expect(r.rejected.map((x) => `${x.file.name}:${x.problem}`)).to.deep.equal(['a.jpg:duplicate', 'd.jpg:count']);
  });

  it('builds an accept attribute of types and extensions', () => {
    const accept = acceptAttribute(limits).split(',');
    expect(accept).to.include.members(['image/jpeg', '.jpg', '.jpeg', '.png', '.pdf', 'application/pdf']);
    expect(accept).not.to.include('.exe');
  });

  it('reads extensions', () => {
    expect(extensionOf('a.b.PDF')).to.equal('pdf');
    expect(extensionOf('.bashrc')).to.equal('');
    expect(extensionOf('noext')).to.equal('');
  });
});

describe('keys', () => {
  it('creates a different idempotency key each time', () => {
    const a = createIdempotencyKey();
    const b = createIdempotencyKey();
    expect(a).to.match(/^msg-[0-9a-f-]{36}$/);
    expect(a).not.to.equal(b);
  });

  it('creates a well-formed key from a given random source', () => {
    let n = 0;
    expect(createIdempotencyKey(() => ((n++ % 16) / 16))).to.match(/^msg-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('keys drafts by thread, then by preset recipient', () => {
    expect(draftKey({ threadId: 't1', recipientId: 'nurse' })).to.equal('thread:t1');
    expect(draftKey({ recipientId: 'nurse' })).to.equal('new:nurse');
    expect(draftKey({})).to.equal('new');
    expect(draftKey({ scope: 'patient-7', threadId: 't1' })).to.equal('patient-7:thread:t1');
  });
});
