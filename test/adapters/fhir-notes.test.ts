import { expect } from '@open-wc/testing';
import { isPortalError, type PortalError } from '../../src/adapters/errors.js';
import { BASE, MockFhir, adapterFor, b64, bundle, fhirJson, type FhirResource } from './fhir-mock.js';

async function rejection(promise: Promise<unknown>): Promise<PortalError> {
  try {
    await promise;
  } catch (e) {
    expect(isPortalError(e)).to.equal(true);
    return e as PortalError;
  }
  throw new Error('expected the call to reject');
}

const LOINC = 'http://loinc.org';

function doc(id: string, extra: Partial<FhirResource> = {}, text = 'Patient seen for follow-up. Blood pressure better.'): FhirResource {
  return {
    resourceType: 'DocumentReference',
    id,
    status: 'current',
    docStatus: 'final',
    type: { coding: [{ system: LOINC, code: '11506-3', display: 'Progress note' }] },
    category: [{ coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category', code: 'clinical-note' }] }],
    subject: { reference: 'Patient/p1' },
    date: '2026-02-10T15:00:00Z',
    author: [{ reference: 'Practitioner/dr1' }],
    description: 'Office visit',
    content: [{ attachment: { contentType: 'text/plain', data: b64(text) } }],
    ...extra,
  };
}

const DR1: FhirResource = { resourceType: 'Practitioner', id: 'dr1', name: [{ given: ['Ana'], family: 'Ruiz', prefix: ['Dr.'] }] };

describe('FhirAdapter notes (DocumentReference)', () => {
  it('lists clinical notes with FHIR ids, types, authors, dates and a preview, newest first', async () => {
    const mock = new MockFhir(
      doc('d1', { date: '2026-01-05T10:00:00Z' }),
      doc('d2', {
        type: { coding: [{ system: LOINC, code: '18842-5', display: 'Discharge summary' }] },
        description: undefined,
        content: [{ attachment: { contentType: 'text/html', data: b64('<p>Discharged <b>home</b> &amp; well.</p><script>alert(1)</script>') } }],
      }),
      DR1,
    );
    const page = await adapterFor(mock).listNotes();
    expect(page.items.map((n) => n.id)).to.deep.equal(['d2', 'd1']);
    const [d2, d1] = page.items;
    expect(d1).to.include({ title: 'Office visit', type: 'progress', status: 'final', date: '2026-01-05T10:00:00Z' });
    expect(d1.author).to.deep.equal({ id: 'dr1', name: 'Dr. Ana Ruiz' });
    expect(d1.snippet).to.contain('Blood pressure better');
    expect(d2).to.include({ title: 'Discharge summary', type: 'discharge-summary' });
    expect(d2.snippet).to.equal('Discharged home & well.');
    const search = mock.callsTo('GET', 'DocumentReference')[0].url.searchParams;
    expect(search.get('patient')).to.equal('p1');
    expect(search.get('category')).to.equal('clinical-note');
  });

  it('never lists a note entered in error or one that was replaced', async () => {
    const mock = new MockFhir(
      doc('ok'),
      doc('mistake', { status: 'entered-in-error' }),
      doc('old-marked', { status: 'superseded' }),
      doc('old-unmarked', { date: '2026-01-01T00:00:00Z' }),
      doc('new', { docStatus: 'amended', relatesTo: [{ code: 'replaces', target: { reference: 'DocumentReference/old-unmarked' } }] }),
      DR1,
    );
    const page = await adapterFor(mock).listNotes();
    expect(page.items.map((n) => n.id).sort()).to.deep.equal(['new', 'ok']);
    expect(page.items.find((n) => n.id === 'new')).to.include({ status: 'amended', versions: 1 });
  });

  it('shows a replaced note only as the history of the note that replaced it', async () => {
    const mock = new MockFhir(
      doc('v1', { status: 'superseded', date: '2026-01-01T00:00:00Z', description: 'First version' }),
      doc('v2', { docStatus: 'amended', relatesTo: [{ code: 'replaces', target: { reference: 'DocumentReference/v1' } }], description: 'Corrected version' }),
      DR1,
    );
    mock.route((c) =>
      c.url.searchParams.get('relatesto') === 'DocumentReference/v1' ? fhirJson(bundle(mock.ofType('DocumentReference').filter((d) => d.id === 'v2'))) : undefined,
    );
    const adapter = adapterFor(mock);
    const note = await adapter.getNote('v2');
    expect(note.history.map((h) => h.id)).to.deep.equal(['v1']);
    expect(note.history[0]).to.include({ title: 'First version', date: '2026-01-01T00:00:00Z' });
    expect(note.versions).to.equal(1);
    // Asking for the old version leads to the current one.
    const viaOld = await adapter.getNote('v1');
    expect(viaOld.id).to.equal('v2');
    expect(viaOld.title).to.equal('Corrected version');
  });

  it('does not return a note entered in error', async () => {
    const mock = new MockFhir(doc('bad', { status: 'entered-in-error' }));
    const err = await rejection(adapterFor(mock).getNote('bad'));
    expect(err.kind).to.equal('not-found');
  });

  it('does not return another patient\'s note', async () => {
    const mock = new MockFhir(doc('other', { subject: { reference: 'Patient/p2' } }));
    const err = await rejection(adapterFor(mock).getNote('other'));
    expect(err.kind).to.equal('not-found');
  });

  it('explains invalid base64 instead of failing the list', async () => {
    const mock = new MockFhir(doc('broken', { content: [{ attachment: { contentType: 'text/plain', data: 'not base64 !!!' } }] }), doc('fine'), DR1);
    const adapter = adapterFor(mock);
    const page = await adapter.listNotes();
    expect(page.items).to.have.length(2);
    expect(page.items.find((n) => n.id === 'broken')?.problem).to.contain('damaged');
    expect(page.items.find((n) => n.id === 'fine')?.problem).to.equal(undefined);
    const note = await adapter.getNote('broken');
    expect(note.content[0].problem).to.contain('damaged');
    expect(note.content[0].text).to.equal(undefined);
  });

  it('explains a note with no content', async () => {
    const mock = new MockFhir(doc('empty', { content: [] }), doc('blank', { content: [{ attachment: { contentType: 'text/plain', data: b64('   ') } }] }), DR1);
    const page = await adapterFor(mock).listNotes();
    for (const n of page.items) expect(n.problem).to.contain('no text');
    const note = await adapterFor(mock).getNote('empty');
    expect(note.content).to.deep.equal([]);
    expect(note.problem).to.contain('no text');
  });

  it('keeps a note with no date and no author', async () => {
    const mock = new MockFhir(doc('bare', { date: undefined, author: undefined, description: undefined, type: undefined }));
    const page = await adapterFor(mock).listNotes();
    expect(page.items).to.have.length(1);
    const [n] = page.items;
    expect(n.date).to.equal(undefined);
    expect(n.author).to.equal(undefined);
    expect(n.title).to.equal('Clinical note');
    expect(n.type).to.equal('other');
  });

  it('keeps a note whose author reference points at nothing', async () => {
    const mock = new MockFhir(doc('orphan', { author: [{ reference: 'Practitioner/gone' }] }));
    const page = await adapterFor(mock).listNotes();
    expect(page.items[0].id).to.equal('orphan');
    expect(page.items[0].author).to.equal(undefined);
    const withDisplay = new MockFhir(doc('named', { author: [{ reference: 'Practitioner/gone', display: 'Dr. Who' }] }));
    expect((await adapterFor(withDisplay).listNotes()).items[0].author?.name).to.equal('Dr. Who');
  });

  it('explains an unknown content type', async () => {
    const mock = new MockFhir(doc('odd', { content: [{ attachment: { contentType: 'application/x-dicom', data: b64('DICM') } }] }), DR1);
    const note = await adapterFor(mock).getNote('odd');
    expect(note.content[0].problem).to.contain('format');
    expect(note.problem).to.contain('format');
  });

  it('cuts a huge title to a readable length', async () => {
    const mock = new MockFhir(doc('long', { description: `Follow up ${'very '.repeat(200)}long title` }), DR1);
    const [n] = (await adapterFor(mock).listNotes()).items;
    expect(n.title.length).to.be.at.most(160);
    expect(n.title.endsWith('…')).to.equal(true);
  });

  it('decodes the declared charset', async () => {
    const latin1 = btoa(String.fromCharCode(...[0x43, 0x61, 0x66, 0xe9])); // "Café" in ISO-8859-1
    const mock = new MockFhir(doc('latin', { content: [{ attachment: { contentType: 'text/plain; charset=ISO-8859-1', data: latin1 } }] }), DR1);
    const note = await adapterFor(mock).getNote('latin');
    expect(note.content[0].text).to.equal('Café');
  });

  it('returns RTF as text/rtf for the notes widget to convert, with a plain preview', async () => {
    const rtf = '{\\rtf1\\ansi{\\fonttbl\\f0 Arial;}\\f0 Take \\b one\\b0  tablet daily.\\par}';
    const mock = new MockFhir(doc('rtf', { content: [{ attachment: { contentType: 'text/rtf', data: b64(rtf) } }] }), DR1);
    const adapter = adapterFor(mock);
    const [summary] = (await adapter.listNotes()).items;
    expect(summary.snippet).to.contain('Take one tablet daily.');
    const note = await adapter.getNote('rtf');
    expect(note.content[0]).to.include({ contentType: 'text/rtf', text: rtf });
  });

  it('links a PDF (inline data becomes a data: URL, a Binary URL that cannot be read stays a link)', async () => {
    const mock = new MockFhir(
      doc('pdf', {
        content: [
          { attachment: { contentType: 'application/pdf', data: b64('%PDF-1.4 test'), title: 'Letter.pdf' } },
          { attachment: { contentType: 'application/pdf', url: 'Binary/b9' } },
          { attachment: { contentType: 'application/pdf', url: 'javascript:alert(1)' } },
        ],
      }),
      DR1,
    );
    const note = await adapterFor(mock).getNote('pdf');
    expect(note.content[0].url).to.match(/^data:application\/pdf;base64,/);
    expect(note.content[0].title).to.equal('Letter.pdf');
    expect(note.content[1].url).to.equal(`${BASE}/Binary/b9`);
    expect(note.content[2].url).to.equal(undefined);
    expect(note.content[2].problem).to.be.a('string');
  });

  it('reads a PDF stored as a Binary on the same server with the token, so it opens without one', async () => {
    const mock = new MockFhir(
      doc('pdfbin', {
        content: [
          { attachment: { contentType: 'application/pdf', url: 'Binary/b7', title: 'Summary.pdf' } },
          { attachment: { contentType: 'application/pdf', url: 'https://other.example/summary.pdf' } },
          { attachment: { contentType: 'application/pdf', url: 'Binary/huge', size: 50 * 1024 * 1024 } },
        ],
      }),
      { resourceType: 'Binary', id: 'b7', contentType: 'application/pdf', data: b64('%PDF-1.4 summary') },
      DR1,
    );
    const note = await adapterFor(mock, { accessToken: 'tok' }).getNote('pdfbin');
    expect(note.content[0].url).to.equal(`data:application/pdf;base64,${b64('%PDF-1.4 summary')}`);
    expect(note.content[0].title).to.equal('Summary.pdf');
    expect(mock.callsTo('GET', 'Binary/b7')[0].headers.authorization).to.equal('Bearer tok');
    expect(note.content[1].url).to.equal('https://other.example/summary.pdf');
    expect(mock.calls.some((c) => c.url.host === 'other.example')).to.equal(false);
    expect(note.content[2].url).to.equal(`${BASE}/Binary/huge`);
    expect(mock.callsTo('GET', 'Binary/huge')).to.have.length(0);
  });

  it('fetches text stored as a Binary on the same server with the token, but not from elsewhere', async () => {
    const mock = new MockFhir(
      doc('bin', {
        content: [
          { attachment: { contentType: 'text/html', url: `${BASE}/Binary/b1` } },
          { attachment: { contentType: 'text/plain', url: 'https://other.example/notes/1.txt' } },
        ],
      }),
      { resourceType: 'Binary', id: 'b1', contentType: 'text/html', data: b64('<p>From a Binary</p>') },
      DR1,
    );
    const note = await adapterFor(mock, { accessToken: 'tok' }).getNote('bin');
    expect(note.content[0].text).to.equal('<p>From a Binary</p>');
    expect(mock.callsTo('GET', 'Binary/b1')[0].headers.authorization).to.equal('Bearer tok');
    expect(note.content[1].url).to.equal('https://other.example/notes/1.txt');
    expect(note.content[1].problem).to.contain('another system');
    expect(mock.calls.some((c) => c.url.host === 'other.example')).to.equal(false);
  });

  it('explains a Binary that cannot be loaded', async () => {
    const mock = new MockFhir(doc('lost', { content: [{ attachment: { contentType: 'text/plain', url: 'Binary/missing' } }] }), DR1);
    const note = await adapterFor(mock).getNote('lost');
    expect(note.content[0].problem).to.contain('could not be loaded');
  });

  it('adds DiagnosticReport narratives and drops the ones a document already presents', async () => {
    const report = (id: string, text: string, extra: Partial<FhirResource> = {}): FhirResource => ({
      resourceType: 'DiagnosticReport',
      id,
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'RAD' }] }],
      code: { text: 'Chest X-ray' },
      subject: { reference: 'Patient/p1' },
      effectiveDateTime: '2026-02-12T08:00:00Z',
      presentedForm: [{ contentType: 'text/plain', data: b64(text) }],
      ...extra,
    });
    const mock = new MockFhir(
      doc('d1', { context: { related: [{ reference: 'DiagnosticReport/dup-related' }] } }),
      doc('d2', { content: [{ attachment: { contentType: 'text/plain', data: b64('Same words') } }] }),
      report('xr', 'Lungs are clear.'),
      report('dup-related', 'Presented by d1'),
      report('dup-content', 'Same words'),
      report('no-form', '', { presentedForm: undefined }),
      report('wrong', 'Oops', { status: 'entered-in-error' }),
      DR1,
    );
    const adapter = adapterFor(mock);
    const page = await adapter.listNotes();
    expect(page.items.map((n) => n.id).sort()).to.deep.equal(['d1', 'd2', 'xr']);
    expect(page.items.find((n) => n.id === 'xr')).to.include({ title: 'Chest X-ray', type: 'imaging', snippet: 'Lungs are clear.' });
    const xr = await adapter.getNote('xr');
    expect(xr.content[0].text).to.equal('Lungs are clear.');
    const onlyProgress = await adapter.listNotes({ type: 'progress' });
    expect(onlyProgress.items.every((n) => n.type === 'progress')).to.equal(true);
    expect(mock.callsTo('GET', 'DocumentReference').at(-1)!.url.searchParams.get('type')).to.equal(`${LOINC}|11506-3`);
  });

  it('still lists documents when reports cannot be read', async () => {
    const mock = new MockFhir(doc('d1'), DR1).route((c) =>
      c.url.pathname.endsWith('/DiagnosticReport') ? fhirJson({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden' }] }, 403) : undefined,
    );
    const page = await adapterFor(mock).listNotes();
    expect(page.items.map((n) => n.id)).to.deep.equal(['d1']);
    expect(page.warnings?.join(' ')).to.contain('reports could not be loaded');
  });

  it('filters by text, author and type on the page it read', async () => {
    const mock = new MockFhir(doc('a', {}, 'Knee pain after running'), doc('b', { author: [{ reference: 'Practitioner/x', display: 'Nurse Kim' }] }, 'Flu shot given'), DR1);
    const adapter = adapterFor(mock);
    expect((await adapter.listNotes({ text: 'knee' })).items.map((n) => n.id)).to.deep.equal(['a']);
    expect((await adapter.listNotes({ author: 'kim' })).items.map((n) => n.id)).to.deep.equal(['b']);
  });

  it('pages notes with a cursor that holds both next links when reports also have more', async () => {
    const docsNext = `${BASE}/DocumentReference?page=2`;
    const repNext = `${BASE}/DiagnosticReport?page=2`;
    const mock = new MockFhir(DR1).route((c) => {
      if (c.url.href === docsNext) return fhirJson(bundle([doc('d2')]));
      if (c.url.href === repNext) return fhirJson(bundle([]));
      if (c.url.pathname.endsWith('/DocumentReference')) return fhirJson(bundle([doc('d1')], { next: docsNext }));
      if (c.url.pathname.endsWith('/DiagnosticReport')) {
        const r = { resourceType: 'DiagnosticReport', id: 'r1', status: 'final', code: { text: 'Report' }, presentedForm: [{ contentType: 'text/plain', data: b64('x') }] };
        return fhirJson(bundle([r], { next: repNext }));
      }
      return undefined;
    });
    const adapter = adapterFor(mock);
    const first = await adapter.listNotes();
    expect(first.items.map((n) => n.id).sort()).to.deep.equal(['d1', 'r1']);
    expect(JSON.parse(first.next!)).to.deep.equal({ documents: docsNext, reports: repNext });
    const second = await adapter.listNotes({ cursor: first.next });
    expect(second.items.map((n) => n.id)).to.deep.equal(['d2']);
    expect(second.next).to.equal(undefined);
    const err = await rejection(adapter.listNotes({ cursor: '{"documents":"https://evil.example/x"}' }));
    expect(err.kind).to.equal('invalid');
  });
});
