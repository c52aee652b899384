/**
 * A scripted FHIR server behind a `fetch` function, for FhirAdapter unit tests.
 * Searches return every stored resource of the type (tests store only what they
 * need) unless a route answers first; reads, creates (with If-None-Exist) and
 * updates work on the store.
 */
import { FhirAdapter, type FhirAdapterOptions } from '../../src/adapters/fhir/index.js';

export const BASE = 'https://ehr.example/fhir/R4';

export interface FhirResource {
  resourceType: string;
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string };
  [key: string]: unknown;
}

export interface MockCall {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: FhirResource;
}

export type Route = (call: MockCall) => Response | Promise<Response> | undefined;

export function fhirJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/fhir+json', ...headers } });
}

export function outcome(status: number, code: string, diagnostics = 'Something happened'): Response {
  return fhirJson({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics }] }, status);
}

export function html(status: number, text = '<!DOCTYPE html><html><body><h1>Bad Gateway</h1></body></html>'): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

export function bundle(resources: FhirResource[], options: { next?: string; included?: FhirResource[]; total?: number } = {}): Record<string, unknown> {
  const entry = [
    ...resources.map((resource) => ({ fullUrl: `${BASE}/${resource.resourceType}/${resource.id}`, resource, search: { mode: 'match' } })),
    ...(options.included ?? []).map((resource) => ({ fullUrl: `${BASE}/${resource.resourceType}/${resource.id}`, resource, search: { mode: 'include' } })),
  ];
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(options.total !== undefined ? { total: options.total } : {}),
    link: options.next ? [{ relation: 'self', url: `${BASE}/self` }, { relation: 'next', url: options.next }] : [{ relation: 'self', url: `${BASE}/self` }],
    ...(entry.length ? { entry } : {}),
  };
}

/** UTF-8 text to base64, the way a server would send it. */
export function b64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export class MockFhir {
  readonly calls: MockCall[] = [];
  readonly store = new Map<string, FhirResource>();
  readonly routes: Route[] = [];
  private seq = 0;

  constructor(...resources: FhirResource[]) {
    this.add(...resources);
  }

  add(...resources: FhirResource[]): this {
    for (const r of resources) this.store.set(`${r.resourceType}/${r.id}`, { meta: { versionId: '1', lastUpdated: '2026-01-01T00:00:00Z' }, ...r });
    return this;
  }

  route(r: Route): this {
    this.routes.push(r);
    return this;
  }

  ofType(type: string): FhirResource[] {
    return [...this.store.values()].filter((r) => r.resourceType === type);
  }

  callsTo(method: string, pathStart: string): MockCall[] {
    return this.calls.filter((c) => c.method === method && c.url.pathname.startsWith(new URL(`${BASE}/${pathStart}`).pathname));
  }

  readonly fetch: typeof fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    const call: MockCall = { method: init?.method ?? 'GET', url, headers, body: typeof init?.body === 'string' ? (JSON.parse(init.body) as FhirResource) : undefined };
    this.calls.push(call);
    for (const r of this.routes) {
      const res = await r(call);
      if (res) return res;
    }
    return this.handle(call);
  };

  private handle(call: MockCall): Response {
    const path = call.url.pathname.replace(new URL(BASE).pathname, '').replace(/^\//, '');
    const [type, id] = path.split('/');
    if (call.method === 'GET' && id) {
      const r = this.store.get(`${type}/${id}`);
      return r ? fhirJson(r) : outcome(404, 'not-found', `${type}/${id} not found`);
    }
    if (call.method === 'GET') return fhirJson(bundle(this.ofType(type)));
    if (call.method === 'POST' && call.body) {
      const cond = call.headers['if-none-exist'];
      if (cond) {
        const params = new URLSearchParams(cond);
        const ident = params.get('identifier');
        const existing = this.ofType(type).find((r) => {
          if (ident) return ((r.identifier as { system?: string; value?: string }[] | undefined) ?? []).some((i) => `${i.system}|${i.value}` === ident);
          return [...params.entries()].every(([k, v]) => JSON.stringify(r).includes(v.split('|').pop()!) && k.length > 0);
        });
        if (existing) return fhirJson(existing, 200);
      }
      const created = { ...call.body, id: `new-${++this.seq}`, meta: { versionId: '1', lastUpdated: new Date().toISOString() } };
      this.store.set(`${type}/${created.id}`, created);
      return fhirJson(created, 201, { location: `${BASE}/${type}/${created.id}/_history/1` });
    }
    if (call.method === 'PUT' && id && call.body) {
      const current = this.store.get(`${type}/${id}`);
      const match = call.headers['if-match'];
      if (current && match && match !== `W/"${current.meta?.versionId}"`) return outcome(412, 'conflict', 'Version mismatch');
      const version = String(Number(current?.meta?.versionId ?? '0') + 1);
      const updated = { ...call.body, id, meta: { versionId: version, lastUpdated: new Date().toISOString() } };
      this.store.set(`${type}/${id}`, updated);
      return fhirJson(updated, current ? 200 : 201);
    }
    return outcome(405, 'not-supported', `${call.method} ${path} is not supported`);
  }
}

export function adapterFor(mock: MockFhir, options: Partial<FhirAdapterOptions> = {}): FhirAdapter {
  return new FhirAdapter({ baseUrl: BASE, patient: 'p1', fetch: mock.fetch, retryDelayMs: 0, ...options });
}

export const PATIENT: FhirResource = {
  resourceType: 'Patient',
  id: 'p1',
  name: [{ given: ['María José'], family: 'Hernández Peña' }],
  gender: 'female',
  birthDate: '1968-04-12',
  managingOrganization: { reference: 'Organization/org1' },
};
