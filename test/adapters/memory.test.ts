import { expect } from '@open-wc/testing';
import { isPortalError, PortalError } from '../../src/adapters/errors.js';
import { createSampleSeed, MemoryAdapter, seededRandom } from '../../src/adapters/memory/index.js';
import type { LabResult, MessageDraft, NoteSummary, Page, PageQuery } from '../../src/adapters/types.js';

/** Thursday 5 March 2026, 09:00 in Chicago (the clocks change on Sunday 8 March). */
const NOW = new Date('2026-03-05T15:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const TZ = 'America/Chicago';

function adapter(options: ConstructorParameters<typeof MemoryAdapter>[1] = {}, seed?: ConstructorParameters<typeof MemoryAdapter>[0]) {
  return new MemoryAdapter(seed, { latencyMs: 0, now: () => NOW, ...options });
}

async function rejection(promise: Promise<unknown>): Promise<PortalError> {
  try {
    await promise;
  } catch (e) {
    expect(isPortalError(e), `expected a PortalError, got ${String(e)}`).to.equal(true);
    return e as PortalError;
  }
  throw new Error('expected the call to reject');
}

async function readAll<T>(list: (q: PageQuery) => Promise<Page<T>>, pageSize: number): Promise<{ items: T[]; pages: number; total?: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  let total: number | undefined;
  do {
    const page = await list({ cursor, pageSize });
    expect(page.items.length).to.be.at.most(pageSize);
    items.push(...page.items);
    total = page.total;
    cursor = page.next;
    pages++;
  } while (cursor !== undefined && pages < 100);
  return { items, pages, total };
}

/** Wall-clock `HH:MM` and weekday of an instant in the clinic's zone. */
function chicago(iso: string): { time: string; weekday: string; date: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TZ,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { time: `${get('hour')}:${get('minute')}`, weekday: get('weekday'), date: `${get('year')}-${get('month')}-${get('day')}` };
}

const draft = (over: Partial<MessageDraft> = {}): MessageDraft => ({
  recipientId: 'rcp-rivera-team',
  subject: 'Question about metformin',
  body: 'Can I take metformin with dinner instead of breakfast?',
  ...over,
});

describe('MemoryAdapter sample patient', () => {
  it('tells one patient story with a dozen notes of many kinds', async () => {
    const a = adapter();
    const { items } = await readAll((q) => a.listNotes(q), 50);
    expect(items.length).to.be.at.least(12);
    expect(new Set(items.map((n) => n.type)).size).to.be.at.least(8);
    for (const n of items) {
      expect(n.author?.name, n.id).to.be.a('string');
      expect(n.date, n.id).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(Date.parse(n.date!), n.id).to.be.below(NOW.getTime());
    }
    const notes = await Promise.all(items.map((n) => a.getNote(n.id)));
    const types = notes.flatMap((n) => n.content.map((c) => c.contentType));
    expect(types).to.include.members(['text/plain', 'text/html', 'application/pdf', 'text/rtf']);
    const pdf = notes.flatMap((n) => n.content).find((c) => c.contentType === 'application/pdf')!;
    expect(pdf.url).to.match(/^data:application\/pdf;base64,JVBERi0/); // "%PDF-"
    const rtf = notes.flatMap((n) => n.content).find((c) => c.contentType === 'text/rtf')!;
    expect(rtf.text).to.match(/^\{\\rtf1/);
    const html = notes.flatMap((n) => n.content).find((c) => c.contentType === 'text/html')!;
    expect(html.text).to.contain('<table').and.to.contain('<a href="https://');
    expect(notes.some((n) => n.status === 'preliminary')).to.equal(true);
    expect(notes.map((n) => n.content.map((c) => c.text ?? '').join(' ')).join(' ')).to.match(/\bBID\b/).and.to.match(/\bf\/u\b/i);
    expect(a.capabilities.withheldNoteTypes?.length).to.be.greaterThan(0);
  });

  it('shows an amended note with its earlier version reachable only as history', async () => {
    const a = adapter();
    const { items } = await readAll((q) => a.listNotes(q), 50);
    const amendedSummary = items.find((n) => n.status === 'amended')!;
    expect(amendedSummary.versions).to.equal(1);
    const amended = await a.getNote(amendedSummary.id);
    expect(amended.history).to.have.length(1);
    const earlierId = amended.history[0].id;
    expect(items.map((n) => n.id)).not.to.include(earlierId);
    const earlier = await a.getNote(earlierId);
    expect(earlier.title).to.equal('Annual physical');
    expect((await a.listNotes({ text: 'annual physical', pageSize: 50 })).items.map((n) => n.id)).to.deep.equal([amended.id]);
  });

  it('has 40+ lab results over 8+ panels with ranges, flags and two years of history', async () => {
    const a = adapter();
    const { items } = await readAll((q) => a.listResults(q), 100);
    expect(items.length).to.be.at.least(40);
    const reports = new Set(items.map((r) => r.report?.name));
    expect(reports.size).to.be.at.least(8);
    for (const r of items) {
      expect(r.report?.id, r.id).to.be.a('string');
      expect(r.flag, r.id).to.be.oneOf(['normal', 'low', 'high', 'critical-low', 'critical-high', 'abnormal', 'critical', 'unknown']);
      if (r.code) expect(r.code.system, r.id).to.equal('http://loinc.org');
      expect(Date.parse(r.collectedAt!), r.id).to.be.at.most(Date.parse(r.resultedAt!));
      expect(Date.parse(r.resultedAt!), r.id).to.be.below(NOW.getTime());
    }
    const flags = new Set(items.flatMap((r) => [r.flag, ...(r.components ?? []).map((c) => c.flag)]));
    expect([...flags]).to.include.members(['normal', 'low', 'high', 'critical-high', 'abnormal']);
    expect(items.find((r) => r.code?.code === '2823-3' && r.flag === 'critical-high')?.value).to.deep.include({ value: 6.4 });
    expect(items.some((r) => r.value?.kind === 'quantity' && r.value.comparator === '<' && r.value.value === 0.5)).to.equal(true);
    expect(items.some((r) => r.value?.kind === 'coded' && r.value.text === 'Positive' && r.flag === 'abnormal')).to.equal(true);
    expect(items.some((r) => r.range?.low !== undefined && r.range.high === undefined)).to.equal(true);
    expect(items.some((r) => r.range?.high !== undefined && r.range.low === undefined)).to.equal(true);
    expect(items.some((r) => r.range?.text !== undefined && r.range.low === undefined && r.range.high === undefined)).to.equal(true);
    expect(items.filter((r) => r.status === 'preliminary')).to.have.length(1);
    expect(items.filter((r) => r.status === 'corrected')).to.have.length(1);
    expect(items.filter((r) => r.category === 'imaging').map((r) => r.value?.kind)).to.deep.equal(['text']);
    const bp = items.find((r) => r.code?.code === '85354-9')!;
    expect(bp.components?.map((c) => c.code?.code)).to.deep.equal(['8480-6', '8462-4']);
    expect(items.some((r) => r.report?.conclusion)).to.equal(true);
  });

  it('derives history for the chronic tests: earlier values of the same code, oldest first', async () => {
    const a = adapter();
    for (const code of ['4548-4', '13457-7', '2160-0', '2823-3', '3016-3', '2345-7']) {
      const { items } = await a.listResults({ code });
      expect(new Set(items.map((r) => r.collectedAt)).size, code).to.be.at.least(6);
      const [newest] = items;
      expect(newest.history, code).to.have.length(items.length - 1);
      const dates = newest.history!.map((h) => Date.parse(h.date));
      expect(dates, code).to.deep.equal([...dates].sort((x, y) => x - y));
      expect(dates[dates.length - 1], code).to.be.below(Date.parse(newest.collectedAt!));
      expect(Date.parse(newest.collectedAt!) - dates[0], code).to.be.greaterThan(600 * DAY);
      const oldest = items[items.length - 1];
      expect(oldest.history, code).to.equal(undefined);
    }
  });

  it('leaves the newest abnormal panel unreviewed while most reports are reviewed', async () => {
    const { items } = await adapter().listResults();
    const byReport = new Map<string, LabResult[]>();
    for (const r of items) byReport.set(r.report!.id, [...(byReport.get(r.report!.id) ?? []), r]);
    const reviewed = [...byReport.values()].filter((rs) => rs[0].report!.reviewed);
    expect(reviewed.length / byReport.size).to.be.greaterThan(0.8);
    const abnormal = [...byReport.values()].filter((rs) => rs.some((r) => r.flag !== 'normal'));
    abnormal.sort((x, y) => Date.parse(y[0].report!.issued!) - Date.parse(x[0].report!.issued!));
    expect(abnormal[0][0].report!.reviewed).to.equal(false);
    expect(abnormal[0].some((r) => r.flag === 'critical-high')).to.equal(true);
  });

  it('has three message threads: one unread, one with an attachment, one about a prescription', async () => {
    const a = adapter();
    const { items } = await a.listThreads();
    expect(items).to.have.length(3);
    expect(items.filter((t) => t.unread)).to.have.length(1);
    expect(items.some((t) => t.messages.some((m) => m.attachments.length > 0))).to.equal(true);
    expect(items.some((t) => t.topic === 'prescription')).to.equal(true);
    for (const t of items) {
      expect(t.messages.some((m) => m.fromPatient), t.id).to.equal(true);
      expect(t.messages.some((m) => !m.fromPatient), t.id).to.equal(true);
      const sent = t.messages.map((m) => Date.parse(m.sentAt));
      expect(sent, t.id).to.deep.equal([...sent].sort((x, y) => x - y));
      expect(Date.parse(t.updatedAt)).to.equal(sent[sent.length - 1]);
    }
    const recipients = await a.listRecipients();
    expect(recipients.map((r) => r.kind)).to.include.members(['care-team', 'pharmacy', 'billing', 'scheduling', 'records']);
  });

  it('offers open slots on weekdays, in clinic hours, over the next 14 days (offsets right across DST)', async () => {
    const a = adapter();
    const slots = await a.findSlots({ from: '2026-03-05', to: '2026-03-31' });
    expect(slots.length).to.be.at.least(20);
    const days = new Set<string>();
    for (const s of slots) {
      const start = Date.parse(s.start);
      expect(start, s.id).to.be.above(NOW.getTime());
      expect(start, s.id).to.be.below(NOW.getTime() + 14 * DAY);
      const local = chicago(s.start);
      expect(s.start.slice(11, 16), `${s.id}: offset must match the zone`).to.equal(local.time);
      expect(local.weekday, s.id).to.be.oneOf(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']);
      expect(local.time >= '08:00' && chicago(s.end).time <= '17:00', s.id).to.equal(true);
      days.add(local.date);
    }
    expect(slots.some((s) => s.start.endsWith('-06:00'))).to.equal(true);
    expect(slots.some((s) => s.start.endsWith('-05:00'))).to.equal(true);
    expect(slots.length / days.size).to.be.at.least(3);
    expect(new Set(slots.map((s) => s.clinician?.id)).size).to.equal(3);
  });

  it('keeps slots in the next two weeks whatever today is', async () => {
    const now = new Date();
    const slots = await new MemoryAdapter(undefined, { latencyMs: 0 }).findSlots({
      from: new Date(now.getTime() - DAY).toISOString(),
      to: new Date(now.getTime() + 30 * DAY).toISOString(),
    });
    expect(slots.length).to.be.greaterThan(10);
    expect(slots.every((s) => Date.parse(s.start) > now.getTime() && Date.parse(s.start) < now.getTime() + 14 * DAY)).to.equal(true);
  });

  it('lists the clinic policy with holidays for this year and next', async () => {
    const policy = await adapter().getMessagingPolicy();
    expect(policy.holidays).to.include.members(['2026-01-01', '2026-11-26', '2026-12-25', '2027-07-05', '2027-12-24']);
    expect(policy.numbers.crisis).to.equal('988');
    expect(policy.timeZone).to.equal(TZ);
  });

  it('returns the same sample for the same date', () => {
    expect(JSON.stringify(createSampleSeed(NOW))).to.equal(JSON.stringify(createSampleSeed(new Date(NOW))));
  });
});

describe('MemoryAdapter lists', () => {
  it('pages through notes, results and threads, returning every item once', async () => {
    const a = adapter();
    const notes = await readAll((q) => a.listNotes(q), 4);
    expect(notes.pages).to.be.greaterThan(3);
    expect(new Set(notes.items.map((n) => n.id)).size).to.equal(notes.items.length);
    expect(notes.total).to.equal(notes.items.length);
    const results = await readAll((q) => a.listResults(q), 7);
    expect(new Set(results.items.map((r) => r.id)).size).to.equal(results.items.length);
    expect(results.total).to.equal(results.items.length);
    expect(results.items.length).to.equal((await a.listResults({ pageSize: 500 })).items.length);
    const threads = await readAll((q) => a.listThreads(q), 1);
    expect(threads.items).to.have.length(3);
  });

  it('rejects a cursor it did not make', async () => {
    expect((await rejection(adapter().listNotes({ cursor: 'not-a-cursor' }))).kind).to.equal('invalid');
  });

  it('filters notes by type, author, dates and accent-insensitive text, newest first by default', async () => {
    const a = adapter();
    const all = (await a.listNotes({ pageSize: 50 })).items;
    const dates = all.map((n) => Date.parse(n.date!));
    expect(dates).to.deep.equal([...dates].sort((x, y) => y - x));
    const oldest = (await a.listNotes({ pageSize: 50, sort: 'oldest' })).items;
    expect(oldest.map((n) => n.id)).to.deep.equal([...all].reverse().map((n) => n.id));

    const consults = (await a.listNotes({ type: 'consult' })).items;
    expect(consults.length).to.be.at.least(2);
    expect(consults.every((n) => n.type === 'consult')).to.equal(true);

    const campos = (await a.listNotes({ author: 'lucia campos' })).items;
    expect(campos.map((n) => n.author?.name)).to.deep.equal(['Lucía Campos, NP']);
    expect((await a.listNotes({ author: 'clin-campos' })).items.map((n) => n.id)).to.deep.equal(campos.map((n) => n.id));

    const found = (await a.listNotes({ text: 'NITROFURANTOÍN' })).items;
    expect(found.length).to.be.at.least(1);
    const hernandez = (await a.listNotes({ text: 'hernandez' })).items.map((n) => n.id);
    expect(hernandez).to.include('note-podiatry'); // inside RTF: Hern\'e1ndez

    const lastMonth = (await a.listNotes({ from: '2026-02-05', to: '2026-03-05', pageSize: 50 })).items;
    expect(lastMonth.length).to.be.greaterThan(0);
    expect(lastMonth.every((n: NoteSummary) => n.date!.slice(0, 10) >= '2026-02-05')).to.equal(true);
    expect(lastMonth.length).to.be.below(all.length);
  });

  it('gives each note summary a short plain-text snippet', async () => {
    const { items } = await adapter().listNotes({ pageSize: 50 });
    for (const n of items.filter((x) => x.snippet !== undefined)) {
      expect(n.snippet!.length, n.id).to.be.at.most(161);
      expect(n.snippet, n.id).not.to.match(/<[a-z]|\\rtf|\\par/);
    }
    expect(items.find((n) => n.id === 'note-care-plan')?.snippet).to.match(/^My diabetes care plan/);
  });

  it('filters results by category, report, code and dates', async () => {
    const a = adapter();
    expect((await a.listResults({ category: 'imaging' })).items.map((r) => r.id)).to.deep.equal(['obs-cxr-d241']);
    const ua = (await a.listResults({ reportId: 'rep-ua-d40' })).items;
    expect(ua.length).to.equal(9);
    expect(ua.every((r) => r.report?.id === 'rep-ua-d40')).to.equal(true);
    const recent = (await a.listResults({ from: '2026-03-01' })).items;
    expect(recent.length).to.be.greaterThan(10);
    expect(recent.every((r) => r.collectedAt!.slice(0, 10) >= '2026-03-01')).to.equal(true);
    const dates = recent.map((r) => Date.parse(r.collectedAt!));
    expect(dates).to.deep.equal([...dates].sort((x, y) => y - x));
  });

  it('answers not-found for unknown notes, threads and requests', async () => {
    const a = adapter();
    expect((await rejection(a.getNote('nope'))).kind).to.equal('not-found');
    expect((await rejection(a.getThread('nope'))).kind).to.equal('not-found');
    expect((await rejection(a.cancelAppointmentRequest('nope'))).kind).to.equal('not-found');
  });

  it('returns copies: changing a returned record does not change the store', async () => {
    const a = adapter();
    const note = await a.getNote('note-dm-visit');
    note.title = 'changed';
    note.content[0].text = 'changed';
    const again = await a.getNote('note-dm-visit');
    expect(again.title).not.to.equal('changed');
    expect(again.content[0].text).not.to.equal('changed');
  });

  it('rejects a whole area the seed says is unsupported', async () => {
    const base = createSampleSeed(NOW);
    const a = adapter({}, { capabilities: { ...base.capabilities, notes: false } });
    expect((await rejection(a.listNotes())).kind).to.equal('unsupported');
  });
});

describe('MemoryAdapter fault injection', () => {
  async function outcomes(seed: number): Promise<string[]> {
    const a = adapter({ failureRate: 0.4, random: seededRandom(seed) });
    const out: string[] = [];
    for (let i = 0; i < 30; i++) {
      try {
        await a.listRecipients();
        out.push('ok');
      } catch (e) {
        expect(e).to.be.instanceOf(PortalError);
        const kind = (e as PortalError).kind;
        expect(kind).to.be.oneOf(['network', 'server']);
        expect((e as PortalError).retryable).to.equal(true);
        out.push(kind);
      }
    }
    return out;
  }

  it('fails the same calls the same way for the same seed', async () => {
    const first = await outcomes(42);
    expect(await outcomes(42)).to.deep.equal(first);
    expect(first).to.include('ok');
    expect(first.some((o) => o !== 'ok')).to.equal(true);
    expect(await outcomes(7)).not.to.deep.equal(first);
  });

  it('stores nothing when a write fails', async () => {
    const a = adapter();
    a.failNext('server');
    expect((await rejection(a.sendMessage(draft(), { idempotencyKey: 'k1' }))).kind).to.equal('server');
    expect(a.sentMessages).to.have.length(0);
    expect((await a.listThreads()).items).to.have.length(3);
    await a.sendMessage(draft(), { idempotencyKey: 'k1' });
    expect(a.sentMessages).to.have.length(1);
  });

  it('keeps one message when the response was lost and the client retries with the same key', async () => {
    const a = adapter({ lostResponseRate: 1, random: seededRandom(1) });
    expect((await rejection(a.sendMessage(draft(), { idempotencyKey: 'lost-1' }))).kind).to.equal('network');
    const retried = await a.sendMessage(draft(), { idempotencyKey: 'lost-1' });
    expect(a.sentMessages.map((m) => m.id)).to.deep.equal([retried.id]);
    expect((await a.listThreads()).items).to.have.length(4);
  });
});

describe('MemoryAdapter writes', () => {
  it('starts a thread, replies in it, and never stores a retried message twice', async () => {
    const a = adapter();
    const first = await a.sendMessage(draft(), { idempotencyKey: 'msg-1' });
    const again = await a.sendMessage(draft(), { idempotencyKey: 'msg-1' });
    expect(again).to.deep.equal(first);
    expect(a.sentMessages).to.have.length(1);
    expect(first.fromPatient).to.equal(true);
    const thread = await a.getThread(first.threadId);
    expect(thread.subject).to.equal('Question about metformin');
    expect(thread.messages).to.have.length(1);

    const reply = await a.sendMessage(draft({ threadId: first.threadId, body: 'Also, is it OK with my thyroid pill?' }), { idempotencyKey: 'msg-2' });
    expect(reply.threadId).to.equal(first.threadId);
    const after = await a.getThread(first.threadId);
    expect(after.messages.map((m) => m.id)).to.deep.equal([first.id, reply.id]);
    expect((await a.listThreads()).items[0].id).to.equal(first.threadId);
  });

  it('stores attachments and refuses ones over the limits', async () => {
    const a = adapter();
    const photo = { name: 'rash.png', contentType: 'image/png', size: 4, data: 'iVBORw==' };
    const m = await a.sendMessage(draft({ attachments: [photo] }), { idempotencyKey: 'att-1' });
    expect(m.attachments[0]).to.include({ name: 'rash.png', contentType: 'image/png' });
    expect(m.attachments[0].url).to.match(/^data:image\/png;base64,/);
    const cases: Partial<MessageDraft>[] = [
      { attachments: [{ ...photo, contentType: 'application/x-msdownload', name: 'run.exe' }] },
      { attachments: [photo, photo, photo, photo] },
      { attachments: [{ name: 'scan.pdf', contentType: 'application/pdf', size: 11 * 1024 * 1024 }] },
    ];
    for (const [i, c] of cases.entries()) {
      expect((await rejection(a.sendMessage(draft(c), { idempotencyKey: `bad-att-${i}` }))).kind).to.equal('invalid');
    }
  });

  it('refuses an empty, unknown-recipient or too-long message with a developer message', async () => {
    const a = adapter();
    const cases: Partial<MessageDraft>[] = [
      { body: '' },
      { body: '   \n\t ' },
      { recipientId: 'rcp-nobody' },
      { body: 'x'.repeat(4001) },
      { subject: '  ' },
    ];
    for (const [i, c] of cases.entries()) {
      const e = await rejection(a.sendMessage(draft(c), { idempotencyKey: `bad-${i}` }));
      expect(e.kind, JSON.stringify(c).slice(0, 60)).to.equal('invalid');
      expect(e.message).not.to.equal(e.patientMessage);
    }
    expect((await rejection(a.sendMessage(draft(), { idempotencyKey: '' }))).kind).to.equal('invalid');
    expect((await rejection(a.sendMessage(draft({ threadId: 'thr-none' }), { idempotencyKey: 'x' }))).kind).to.equal('not-found');
    expect(a.sentMessages).to.have.length(0);
  });

  it('marks a thread read', async () => {
    const a = adapter();
    const [unread] = (await a.listThreads({ unreadOnly: true })).items;
    await a.markThreadRead(unread.id);
    expect((await a.getThread(unread.id)).unread).to.equal(false);
    expect((await a.listThreads({ unreadOnly: true })).items).to.have.length(0);
  });

  it('takes a pending appointment request once per key, to be confirmed by the next business day', async () => {
    const friday = new Date('2026-03-06T20:00:00Z');
    const a = new MemoryAdapter(undefined, { latencyMs: 0, now: () => friday });
    const request = {
      reason: 'Blood pressure check',
      visitType: 'in-person' as const,
      preferredPeriods: [{ start: '2026-03-10', end: '2026-03-13' }],
    };
    const first = await a.requestAppointment(request, { idempotencyKey: 'apr-1' });
    const again = await a.requestAppointment(request, { idempotencyKey: 'apr-1' });
    expect(again.id).to.equal(first.id);
    expect(first.status).to.equal('pending');
    expect(first.confirmBy).to.equal('2026-03-09T17:00:00-05:00');
    expect(a.submittedRequests).to.have.length(1);
    const listed = (await a.listAppointmentRequests()).items;
    expect(listed.filter((r) => r.id === first.id)).to.have.length(1);
    expect(listed.map((r) => r.status)).to.include.members(['pending', 'booked']);
  });

  it('refuses a request without a reason or with impossible dates', async () => {
    const a = adapter();
    const base = { reason: 'Check-up', visitType: 'video' as const, preferredPeriods: [{ start: '2026-03-10', end: '2026-03-12' }] };
    const cases = [
      { ...base, reason: '  ' },
      { ...base, preferredPeriods: [{ start: '2026-03-12', end: '2026-03-10' }] },
      { ...base, preferredPeriods: [{ start: '2026-02-01', end: '2026-02-03' }] },
      { ...base, preferredPeriods: [{ start: 'soon', end: 'later' }] },
    ];
    for (const [i, c] of cases.entries()) {
      expect((await rejection(a.requestAppointment(c, { idempotencyKey: `bad-${i}` }))).kind).to.equal('invalid');
    }
    expect(a.submittedRequests).to.have.length(0);
  });

  it('books an open slot, hides it from others, gives it back on cancel', async () => {
    const a = adapter();
    const range = { from: '2026-03-06', to: '2026-03-19' };
    const [slot] = await a.findSlots({ ...range, visitType: 'in-person' });
    const booked = await a.requestAppointment(
      { reason: 'Diabetes check', visitType: 'in-person', preferredPeriods: [], slotId: slot.id },
      { idempotencyKey: 'book-1' },
    );
    expect(booked.status).to.equal('booked');
    expect(booked.slot?.id).to.equal(slot.id);
    expect((await a.findSlots(range)).map((s) => s.id)).not.to.include(slot.id);
    const retry = await a.requestAppointment(
      { reason: 'Diabetes check', visitType: 'in-person', preferredPeriods: [], slotId: slot.id },
      { idempotencyKey: 'book-1' },
    );
    expect(retry.id).to.equal(booked.id);

    const taken = await rejection(
      a.requestAppointment({ reason: 'Other', visitType: 'in-person', preferredPeriods: [], slotId: slot.id }, { idempotencyKey: 'book-2' }),
    );
    expect(taken.kind).to.equal('conflict');

    const cancelled = await a.cancelAppointmentRequest(booked.id);
    expect(cancelled.status).to.equal('cancelled');
    expect((await a.findSlots(range)).map((s) => s.id)).to.include(slot.id);
    expect((await rejection(a.cancelAppointmentRequest(booked.id))).kind).to.equal('conflict');
  });

  it('filters slots by clinician, location, visit type and appointment type', async () => {
    const a = adapter();
    const range = { from: '2026-03-05', to: '2026-03-20' };
    const rivera = await a.findSlots({ ...range, clinicianId: 'clin-rivera' });
    expect(rivera.length).to.be.greaterThan(0);
    expect(rivera.every((s) => s.clinician?.id === 'clin-rivera')).to.equal(true);
    const east = await a.findSlots({ ...range, locationId: 'loc-east' });
    expect(east.length).to.be.greaterThan(0);
    expect(east.every((s) => s.location?.id === 'loc-east' && s.visitType === 'in-person')).to.equal(true);
    const video = await a.findSlots({ ...range, visitType: 'video' });
    expect(video.every((s) => s.visitType === 'video' && s.location === undefined)).to.equal(true);
    const diabetes = await a.findSlots({ ...range, appointmentTypeId: 'appt-diabetes' });
    expect(diabetes.every((s) => s.appointmentTypeId === 'appt-diabetes')).to.equal(true);
    const oneDay = await a.findSlots({ from: '2026-03-09', to: '2026-03-09' });
    expect(oneDay.every((s) => s.start.startsWith('2026-03-09'))).to.equal(true);
  });

  it('saves result preferences within the clinic limits', async () => {
    const a = adapter();
    const prefs = await a.getResultPreferences();
    expect(prefs.categories.pathology.mode).to.equal('hold-abnormal');
    prefs.categories.lab = { mode: 'hold-abnormal', holdDays: 5 };
    prefs.notify = ['portal', 'sms'];
    const saved = await a.saveResultPreferences(prefs);
    expect(Date.parse(saved.updatedAt!)).to.equal(NOW.getTime());
    expect((await a.getResultPreferences()).categories.lab).to.deep.equal({ mode: 'hold-abnormal', holdDays: 5 });
    expect((await a.getResultPreferences()).policy?.maxHoldDays).to.equal(14);

    prefs.categories.lab = { mode: 'hold-abnormal', holdDays: 30 };
    expect((await rejection(a.saveResultPreferences(prefs))).kind).to.equal('invalid');
    prefs.categories.lab = { mode: 'hold-abnormal', holdDays: 5 };
    prefs.notify = ['pigeon' as 'sms'];
    expect((await rejection(a.saveResultPreferences(prefs))).kind).to.equal('invalid');
    expect((await a.getResultPreferences()).notify).to.deep.equal(['portal', 'sms']);
  });

  it('records audit events in order', async () => {
    const a = adapter();
    await a.recordEvent({ type: 'note-opened', at: NOW.toISOString(), reference: { type: 'note', id: 'note-dm-visit' } });
    await a.recordEvent({ type: 'held-result-revealed', at: NOW.toISOString(), reference: { type: 'result', id: 'obs-potassium-d2' } });
    expect(a.auditLog.map((e) => e.type)).to.deep.equal(['note-opened', 'held-result-revealed']);
  });
});
