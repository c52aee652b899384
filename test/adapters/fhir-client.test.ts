import { expect } from '@open-wc/testing';
import { isPortalError, type PortalError, type PortalErrorKind } from '../../src/adapters/errors.js';
import { FhirAdapter, errorKindFor } from '../../src/adapters/fhir/index.js';
import { BASE, MockFhir, adapterFor, bundle, fhirJson, html, outcome, type FhirResource } from './fhir-mock.js';

async function rejection(promise: Promise<unknown>): Promise<PortalError> {
  try {
    await promise;
  } catch (e) {
    expect(isPortalError(e), `expected a PortalError, got ${String(e)}`).to.equal(true);
    return e as PortalError;
  }
  throw new Error('expected the call to reject');
}

const obs = (id: string, extra: Partial<FhirResource> = {}): FhirResource => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
  code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }], text: 'Glucose' },
  subject: { reference: 'Patient/p1' },
  effectiveDateTime: '2026-02-01T09:00:00Z',
  valueQuantity: { value: 90, unit: 'mg/dL' },
  ...extra,
});

describe('FhirAdapter HTTP client', () => {
  it('sends the bearer token and asks for FHIR JSON', async () => {
    const mock = new MockFhir(obs('o1'));
    await adapterFor(mock, { accessToken: 'abc' }).listResults();
    const call = mock.callsTo('GET', 'Observation')[0];
    expect(call.headers.authorization).to.equal('Bearer abc');
    expect(call.headers.accept).to.contain('application/fhir+json');
    expect(call.url.searchParams.get('patient')).to.equal('p1');
    expect(call.url.searchParams.get('category')).to.equal('laboratory');
  });

  it('after a 401 asks the token function again once and retries the request with the new token', async () => {
    const mock = new MockFhir(obs('o1'));
    mock.route((c) => (c.headers.authorization === 'Bearer old' ? outcome(401, 'login', 'expired') : undefined));
    let calls = 0;
    const adapter = adapterFor(mock, { accessToken: () => (++calls === 1 ? 'old' : 'new') });
    const page = await adapter.listResults();
    expect(page.items.map((r) => r.id)).to.deep.equal(['o1']);
    expect(calls).to.equal(2);
    const gets = mock.callsTo('GET', 'Observation');
    expect(gets.map((c) => c.headers.authorization)).to.deep.equal(['Bearer old', 'Bearer new']);
  });

  it('gives up with "auth" when the refreshed token is refused too', async () => {
    const mock = new MockFhir().route(() => outcome(401, 'login'));
    let calls = 0;
    const err = await rejection(adapterFor(mock, { accessToken: () => Promise.resolve(`t${++calls}`) }).listNotes());
    expect(err.kind).to.equal('auth');
    expect(calls).to.equal(2);
    expect(mock.callsTo('GET', 'DocumentReference')).to.have.length(2);
  });

  it('does not retry a 401 when the token is a fixed string', async () => {
    const mock = new MockFhir().route(() => outcome(401, 'login'));
    const err = await rejection(adapterFor(mock, { accessToken: 'fixed' }).listResults());
    expect(err.kind).to.equal('auth');
    expect(mock.calls).to.have.length(1);
  });

  it('times out with kind "timeout" when the server does not answer', async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const adapter = new FhirAdapter({ baseUrl: BASE, patient: 'p1', fetch: hanging, timeoutMs: 30, retries: 0 });
    const err = await rejection(adapter.listResults());
    expect(err.kind).to.equal('timeout');
    expect(err.retryable).to.equal(true);
  });

  it('retries reads after a 503 and a network error, with backoff, and then succeeds', async () => {
    const mock = new MockFhir(obs('o1'));
    let n = 0;
    mock.route(() => {
      n++;
      if (n === 1) return fhirJson({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient' }] }, 503);
      if (n === 2) throw new TypeError('Failed to fetch');
      return undefined;
    });
    const page = await adapterFor(mock).listResults();
    expect(page.items).to.have.length(1);
    expect(mock.callsTo('GET', 'Observation')).to.have.length(3);
  });

  it('does not retry a write that is not idempotent', async () => {
    const mock = new MockFhir().route((c) => (c.method === 'POST' ? outcome(503, 'transient') : undefined));
    const adapter = adapterFor(mock);
    const err = await rejection(adapter.recordEvent({ type: 'note-opened', at: '2026-02-01T10:00:00Z', reference: { type: 'note', id: 'd1' } }));
    expect(err.kind).to.equal('server');
    expect(mock.callsTo('POST', 'AuditEvent')).to.have.length(1);
  });

  const outcomes: [number, string, PortalErrorKind][] = [
    [404, 'not-found', 'not-found'],
    [410, 'deleted', 'not-found'],
    [400, 'not-supported', 'unsupported'],
    [400, 'required', 'invalid'],
    [422, 'business-rule', 'invalid'],
    [403, 'forbidden', 'forbidden'],
    [409, 'conflict', 'conflict'],
    [412, 'conflict', 'conflict'],
    [405, 'not-supported', 'unsupported'],
    [500, 'exception', 'server'],
  ];
  for (const [status, code, kind] of outcomes) {
    it(`maps an OperationOutcome (${status} ${code}) to "${kind}" and keeps the diagnostics for developers`, async () => {
      const mock = new MockFhir().route(() => outcome(status, code, 'diagnostic detail'));
      const err = await rejection(adapterFor(mock, { retries: 0 }).listResults());
      expect(err.kind).to.equal(kind);
      expect(err.status).to.equal(status);
      expect(err.details).to.contain('diagnostic detail');
      expect(err.patientMessage).to.not.contain(String(status));
    });
  }

  it('errorKindFor prefers a clear issue code over a vague status', () => {
    expect(errorKindFor(400, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] })).to.equal('not-found');
    expect(errorKindFor(401, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid' }] })).to.equal('auth');
    expect(errorKindFor(502)).to.equal('server');
  });

  it('reports an HTML error page instead of JSON as a "server" error with a clear developer message', async () => {
    const mock = new MockFhir().route(() => html(502));
    const err = await rejection(adapterFor(mock).listResults());
    expect(err.kind).to.equal('server');
    expect(err.message).to.contain('HTML page');
    expect(err.message).to.contain('baseUrl');
    expect(mock.calls).to.have.length(3); // a 502 is retried
  });

  it('reports a 200 HTML page (a web app answering every path) as a misconfigured base URL', async () => {
    const mock = new MockFhir().route(() => html(200, '<!doctype html><html><head><title>App</title></head></html>'));
    const err = await rejection(adapterFor(mock).listResults());
    expect(err.kind).to.equal('server');
    expect(err.message).to.match(/HTML page.*baseUrl/);
    expect(mock.calls).to.have.length(1);
  });

  it('reports a body that is not JSON as a "server" error', async () => {
    const mock = new MockFhir().route(() => new Response('{"resourceType": "Bundle", ', { status: 200, headers: { 'content-type': 'application/fhir+json' } }));
    const err = await rejection(adapterFor(mock).listResults());
    expect(err.kind).to.equal('server');
    expect(err.message).to.contain('not valid JSON');
  });

  it('pages through three pages with Bundle.link[next] as the cursor', async () => {
    const page2 = `${BASE}/Observation?_getpages=abc&_offset=2`;
    const page3 = `${BASE}/Observation?_getpages=abc&_offset=4`;
    const mock = new MockFhir().route((c) => {
      if (c.url.pathname.endsWith('/Observation') && !c.url.searchParams.has('_getpages')) return fhirJson(bundle([obs('a'), obs('b')], { next: page2 }));
      if (c.url.href === page2) return fhirJson(bundle([obs('c'), obs('d')], { next: page3 }));
      if (c.url.href === page3) return fhirJson(bundle([obs('e')]));
      return undefined;
    });
    const adapter = adapterFor(mock);
    const first = await adapter.listResults({ pageSize: 2 });
    expect(first.items.map((r) => r.id)).to.deep.equal(['a', 'b']);
    expect(first.next).to.equal(page2);
    const second = await adapter.listResults({ cursor: first.next });
    expect(second.items.map((r) => r.id)).to.deep.equal(['c', 'd']);
    const third = await adapter.listResults({ cursor: second.next });
    expect(third.items.map((r) => r.id)).to.deep.equal(['e']);
    expect(third.next).to.equal(undefined);
  });

  it('refuses a cursor that points at another host, so the token never leaves the server', async () => {
    const mock = new MockFhir();
    const err = await rejection(adapterFor(mock, { accessToken: 'secret' }).listResults({ cursor: 'https://evil.example/fhir/Observation?page=2' }));
    expect(err.kind).to.equal('invalid');
    expect(mock.calls).to.have.length(0);
  });

  it('drops a next link to another host and says more records exist', async () => {
    const mock = new MockFhir().route((c) => (c.url.pathname.endsWith('/Observation') ? fhirJson(bundle([obs('a')], { next: 'https://evil.example/Observation?p=2' })) : undefined));
    const page = await adapterFor(mock).listResults();
    expect(page.next).to.equal(undefined);
    expect(page.warnings?.join(' ')).to.contain('More records exist');
  });

  it('follows an empty Bundle that still has a next link instead of showing an empty list', async () => {
    const next = `${BASE}/Observation?page=2`;
    const mock = new MockFhir().route((c) => {
      if (c.url.href === next) return fhirJson(bundle([obs('late')]));
      if (c.url.pathname.endsWith('/Observation')) return fhirJson(bundle([], { next }));
      return undefined;
    });
    const page = await adapterFor(mock).listResults();
    expect(page.items.map((r) => r.id)).to.deep.equal(['late']);
  });

  it('stops when an empty page links to itself', async () => {
    const self = `${BASE}/Observation?page=1`;
    const mock = new MockFhir().route((c) => (c.url.pathname.endsWith('/Observation') ? fhirJson(bundle([], { next: self })) : undefined));
    const page = await adapterFor(mock).listResults();
    expect(page.items).to.deep.equal([]);
    expect(mock.calls.length).to.be.lessThan(4);
  });

  it('skips Bundle entries that are not resources and says so', async () => {
    const mock = new MockFhir().route((c) =>
      c.url.pathname.endsWith('/Observation')
        ? fhirJson({ resourceType: 'Bundle', type: 'searchset', entry: [{ resource: obs('ok') }, { fullUrl: 'x' }, { resource: { id: 'no-type' } }] })
        : undefined,
    );
    const page = await adapterFor(mock).listResults();
    expect(page.items.map((r) => r.id)).to.deep.equal(['ok']);
    expect(page.warnings?.[0]).to.contain('2 records could not be read');
  });

  it('works with a relative base URL against the page origin', async () => {
    const seen: string[] = [];
    const adapter = new FhirAdapter({
      baseUrl: '/fhir/',
      patient: 'Patient/p1',
      fetch: (input) => {
        seen.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        return Promise.resolve(fhirJson(bundle([])));
      },
    });
    await adapter.listResults();
    expect(seen[0]).to.match(/^\/fhir\/Observation\?/);
    expect(adapter.patientId).to.equal('p1');
  });

  it('rejects bad constructor options with a developer message', () => {
    expect(() => new FhirAdapter({ baseUrl: '', patient: 'p1' })).to.throw(/baseUrl/);
    expect(() => new FhirAdapter({ baseUrl: BASE, patient: '../etc' })).to.throw(/patient/);
  });

  it('narrows capabilities from the CapabilityStatement', async () => {
    const mock = new MockFhir().route((c) =>
      c.url.pathname.endsWith('/metadata')
        ? fhirJson({
            resourceType: 'CapabilityStatement',
            rest: [
              {
                mode: 'server',
                resource: [
                  { type: 'DocumentReference', interaction: [{ code: 'read' }, { code: 'search-type' }] },
                  { type: 'Observation', interaction: [{ code: 'search-type' }] },
                  { type: 'Basic', interaction: [{ code: 'search-type' }] },
                ],
              },
            ],
          })
        : undefined,
    );
    const adapter = adapterFor(mock);
    expect(adapter.capabilities.bookSlots).to.equal(true);
    const caps = await adapter.refreshCapabilities();
    expect(caps).to.include({ notes: true, results: true, messaging: false, appointments: false, bookSlots: false, resultPreferences: 'read-only' });
    expect(adapter.capabilities.messaging).to.equal(false);
    const err = await rejection(adapter.listThreads());
    expect(err.kind).to.equal('unsupported');
  });
});
