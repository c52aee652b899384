/**
 * The HTTP side of the FHIR adapter: URLs, bearer tokens (refreshed once after a
 * 401), timeouts with AbortSignal, retries with backoff for reads and idempotent
 * writes only, OperationOutcome → PortalError, HTML error pages, and Bundle paging.
 * DOM-free: uses the global `fetch` unless one is injected.
 */
import { PortalError, type PortalErrorKind } from '../errors.js';
import type { Bundle, OperationOutcome, Resource } from './fhir-types.js';

export type AccessToken = string | (() => string | Promise<string>);

export interface FhirClientOptions {
  /** FHIR base URL, absolute (`https://ehr.example/fhir/R4`) or relative to the page (`/fhir`). */
  baseUrl: string;
  fetch?: typeof fetch;
  /** A bearer token, or a function that returns one. A function is called again once after a 401. */
  accessToken?: AccessToken;
  /** Longest wait for one HTTP exchange, body included. Default 20 000 ms. */
  timeoutMs?: number;
  /** Extra attempts for reads and idempotent writes after a network error, timeout, 408, 429 or 5xx. Default 2. */
  retries?: number;
  /** First backoff delay; it doubles on each retry. Default 300 ms. */
  retryDelayMs?: number;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * Whether sending the request twice is harmless. Defaults to true for GET, PUT
   * and DELETE; set it for a conditional create (`If-None-Exist`).
   */
  idempotent?: boolean;
}

export interface FhirResponse<T> {
  status: number;
  body: T | undefined;
  /** The `Location` or `Content-Location` header, when the server sent one. */
  location?: string;
  etag?: string;
}

/** Search parameters as pairs, so a name may repeat (`date=ge…&date=le…`). */
export type SearchParams = [string, string][];

/** The parts of a search-set Bundle the mappers need. */
export interface BundlePage<T extends Resource = Resource> {
  /** Resources the search matched (`search.mode` match or absent). */
  matches: T[];
  /** Resources added by `_include`/`_revinclude`, by `Type/id`. */
  included: Map<string, Resource>;
  /** The next page's URL, already checked to be on this server. */
  next?: string;
  total?: number;
  /** Plain-language notes about entries that could not be read. */
  warnings: string[];
}

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 10_000;

/** OperationOutcome issue codes that say clearly what went wrong. */
const ISSUE_KINDS: Record<string, PortalErrorKind> = {
  'not-supported': 'unsupported',
  'not-found': 'not-found',
  deleted: 'not-found',
  conflict: 'conflict',
  duplicate: 'conflict',
  'multiple-matches': 'conflict',
  login: 'auth',
  expired: 'auth',
  unknown: 'auth',
  forbidden: 'forbidden',
  suppressed: 'forbidden',
  security: 'forbidden',
  invalid: 'invalid',
  structure: 'invalid',
  required: 'invalid',
  value: 'invalid',
  invariant: 'invalid',
  'business-rule': 'invalid',
  'code-invalid': 'invalid',
  extension: 'invalid',
  'too-long': 'invalid',
  timeout: 'timeout',
  throttled: 'server',
  transient: 'server',
  'lock-error': 'server',
  exception: 'server',
};

function kindForStatus(status: number): PortalErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 405 || status === 501) return 'unsupported';
  if (status === 408) return 'timeout';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 400 || status === 422) return 'invalid';
  return 'server';
}

/** Chooses the patient-facing error kind from the HTTP status and the OperationOutcome. */
export function errorKindFor(status: number, outcome?: OperationOutcome): PortalErrorKind {
  const byStatus = kindForStatus(status);
  if (status === 401 || status === 403) return byStatus;
  const codes = (Array.isArray(outcome?.issue) ? outcome.issue : [])
    .filter((i) => i && (i.severity === 'error' || i.severity === 'fatal' || i.severity === undefined))
    .map((i) => (typeof i.code === 'string' ? ISSUE_KINDS[i.code] : undefined))
    .filter((k): k is PortalErrorKind => k !== undefined);
  if (codes.includes('unsupported')) return 'unsupported';
  // The status is the stronger signal, except for a vague 400/500 that the issue explains.
  if ((status === 400 || status === 422 || status === 500) && codes.length > 0) {
    const k = codes[0];
    if (k !== 'auth' || status !== 500) return k;
  }
  return byStatus;
}

/** Developer-facing text from an OperationOutcome (diagnostics and details). */
export function outcomeText(outcome: OperationOutcome | undefined): string | undefined {
  if (!outcome || !Array.isArray(outcome.issue)) return undefined;
  const parts = outcome.issue
    .map((i) => [i?.details?.text, i?.diagnostics].filter((s): s is string => typeof s === 'string' && s.length > 0).join(' — '))
    .filter((s) => s.length > 0);
  return parts.length ? parts.join('; ').slice(0, 1000) : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isResource(v: unknown): v is Resource {
  return isObject(v) && typeof v.resourceType === 'string';
}

function looksLikeHtml(contentType: string, text: string): boolean {
  return /html/i.test(contentType) || /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  location?: string;
  etag?: string;
  retryAfterMs?: number;
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function isOffline(): boolean {
  const nav = (globalThis as { navigator?: { onLine?: boolean } }).navigator;
  return nav?.onLine === false;
}

/** Page URL for resolving a relative base URL; a placeholder outside a browser. */
function pageHref(): string {
  const loc = (globalThis as { location?: { href?: unknown } }).location;
  return typeof loc?.href === 'string' && /^https?:/.test(loc.href) ? loc.href : 'http://localhost/';
}

export class FhirClient {
  /** The base URL as given, without a trailing slash. */
  readonly baseUrl: string;
  private readonly base: URL;
  private readonly relativeBase: boolean;
  private readonly fetchFn: typeof fetch;
  private readonly tokenSource?: AccessToken;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private tokenPromise?: Promise<string | undefined>;

  constructor(options: FhirClientOptions) {
    if (typeof options.baseUrl !== 'string' || options.baseUrl.trim() === '') {
      throw new PortalError('invalid', 'FhirAdapter needs a baseUrl, e.g. "https://ehr.example/fhir/R4" or "/fhir".');
    }
    this.baseUrl = options.baseUrl.trim().replace(/\/+$/, '');
    this.relativeBase = !/^[a-z][a-z0-9+.-]*:/i.test(this.baseUrl);
    this.base = new URL(`${this.baseUrl}/`, pageHref());
    // Look the global up per call, so a page or a test can replace it later.
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.tokenSource = options.accessToken;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.retries = Math.max(0, options.retries ?? 2);
    this.retryDelayMs = Math.max(0, options.retryDelayMs ?? 300);
  }

  /** The URL to call for a path relative to the base (`Observation?…`) or for a URL on this server. */
  url(target: string): string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/')) return target;
    return `${this.baseUrl}/${target}`;
  }

  /** True when `url` (absolute, or relative to the base) is on this FHIR server: same origin, under the base path. */
  isOnServer(url: string): boolean {
    let u: URL;
    try {
      u = new URL(url, this.base);
    } catch {
      return false;
    }
    return u.origin === this.base.origin && (u.pathname + '/').startsWith(this.base.pathname);
  }

  /**
   * Checks that a cursor is a URL on this server, and returns the URL to fetch.
   * A cursor from elsewhere is refused: it would send the patient's token to another host.
   */
  cursorUrl(cursor: string): string {
    if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > 8192 || !this.isOnServer(cursor)) {
      throw new PortalError('invalid', 'The paging cursor is not a next-page link of this FHIR server.');
    }
    const u = new URL(cursor, this.base);
    return this.relativeBase && u.origin === new URL(pageHref()).origin ? u.pathname + u.search : u.href;
  }

  /** An absolute URL for a link the server gave (for links the patient can open). */
  absolute(url: string): string {
    try {
      return new URL(url, this.base).href;
    } catch {
      return url;
    }
  }

  private async token(): Promise<string | undefined> {
    const source = this.tokenSource;
    if (source === undefined || typeof source === 'string') return source || undefined;
    this.tokenPromise ??= Promise.resolve()
      .then(source)
      .then((t) => (typeof t === 'string' && t.length > 0 ? t : undefined));
    try {
      const token = await this.tokenPromise;
      // No token yet (the host sets one later): ask again on the next request.
      if (token === undefined) this.tokenPromise = undefined;
      return token;
    } catch (e) {
      this.tokenPromise = undefined;
      throw new PortalError('auth', 'The accessToken function failed.', { cause: e });
    }
  }

  /** Forget the token that was refused, unless a concurrent request already refreshed it. */
  private async dropToken(refused: string | undefined): Promise<void> {
    const current = this.tokenPromise;
    if (!current) return;
    const value = await current.catch(() => undefined);
    if (value === refused && this.tokenPromise === current) this.tokenPromise = undefined;
  }

  async request<T extends Resource = Resource>(method: HttpMethod, target: string, options: RequestOptions = {}): Promise<FhirResponse<T>> {
    const url = this.url(target);
    const idempotent = options.idempotent ?? (method === 'GET' || method === 'PUT' || method === 'DELETE');
    const canRefresh = typeof this.tokenSource === 'function';
    let refreshed = false;
    let attempt = 0;
    for (;;) {
      const token = await this.token();
      let raw: RawResponse;
      try {
        raw = await this.exchange(method, url, options, token);
      } catch (e) {
        const err = e instanceof PortalError ? e : new PortalError('network', `FHIR ${method} ${url} failed.`, { cause: e });
        if (idempotent && err.retryable && attempt < this.retries) {
          await sleep(this.backoff(attempt++));
          continue;
        }
        throw err;
      }
      if (raw.status === 401 && canRefresh && !refreshed) {
        refreshed = true;
        await this.dropToken(token);
        continue;
      }
      if (idempotent && RETRY_STATUSES.has(raw.status) && attempt < this.retries) {
        await sleep(Math.min(raw.retryAfterMs ?? this.backoff(attempt), MAX_RETRY_AFTER_MS));
        attempt++;
        continue;
      }
      return this.interpret<T>(method, url, raw);
    }
  }

  private backoff(attempt: number): number {
    const delay = this.retryDelayMs * 2 ** attempt;
    return delay + Math.floor(Math.random() * delay * 0.25);
  }

  private async exchange(method: HttpMethod, url: string, options: RequestOptions, token: string | undefined): Promise<RawResponse> {
    const headers: Record<string, string> = { Accept: 'application/fhir+json, application/json;q=0.9', ...options.headers };
    if (token) headers.Authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/fhir+json';
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      const res = await this.fetchFn(url, { method, headers, body, signal: controller.signal });
      const text = await res.text();
      return {
        status: res.status,
        contentType: res.headers.get('content-type') ?? '',
        text,
        location: res.headers.get('location') ?? res.headers.get('content-location') ?? undefined,
        etag: res.headers.get('etag') ?? undefined,
        retryAfterMs: parseRetryAfter(res.headers.get('retry-after')),
      };
    } catch (e) {
      if (timedOut) {
        throw new PortalError('timeout', `FHIR ${method} ${url} did not answer within ${this.timeoutMs} ms.`, { cause: e });
      }
      if (e instanceof PortalError) throw e;
      if (isOffline()) throw new PortalError('offline', `FHIR ${method} ${url}: the device is offline.`, { cause: e });
      if (e instanceof DOMException && e.name === 'AbortError') {
        throw new PortalError('network', `FHIR ${method} ${url} was aborted.`, { cause: e });
      }
      throw new PortalError('network', `FHIR ${method} ${url} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    } finally {
      clearTimeout(timer);
    }
  }

  private interpret<T extends Resource>(method: HttpMethod, url: string, raw: RawResponse): FhirResponse<T> {
    const { status, text, contentType } = raw;
    const where = `FHIR ${method} ${url}`;
    const html = looksLikeHtml(contentType, text);
    let json: unknown;
    let jsonError = false;
    if (!html && text.trim().length > 0) {
      try {
        json = JSON.parse(text);
      } catch {
        jsonError = true;
      }
    }
    const outcome = isResource(json) && json.resourceType === 'OperationOutcome' ? (json as OperationOutcome) : undefined;

    if (status < 200 || status >= 300) {
      if (html && status !== 401 && status !== 403) {
        throw new PortalError(
          'server',
          `${where} returned an HTML page (HTTP ${status}${contentType ? `, ${contentType}` : ''}) instead of FHIR JSON. ` +
            'Check that baseUrl points at the FHIR endpoint and that no proxy, firewall or sign-in page answers in its place.',
          { status, details: text.slice(0, 300) },
        );
      }
      const kind = errorKindFor(status, outcome);
      const details = outcomeText(outcome) ?? (jsonError || html ? text.slice(0, 300) : undefined);
      throw new PortalError(kind, `${where} failed with HTTP ${status}${details ? `: ${details}` : ''}`, {
        status,
        details,
        retryable: RETRY_STATUSES.has(status) ? true : undefined,
      });
    }

    if (html) {
      throw new PortalError(
        'server',
        `${where} returned an HTML page (HTTP ${status}${contentType ? `, ${contentType}` : ''}) instead of FHIR JSON. ` +
          'baseUrl probably points at a web page (for example a single-page app that answers every path) instead of the FHIR endpoint.',
        { status, details: text.slice(0, 300), retryable: false },
      );
    }
    if (jsonError) {
      throw new PortalError('server', `${where} returned a body that is not valid JSON (HTTP ${status}).`, {
        status,
        details: text.slice(0, 300),
        retryable: false,
      });
    }
    if (json !== undefined && !isResource(json)) {
      throw new PortalError('server', `${where} returned JSON that is not a FHIR resource (no resourceType).`, { status, retryable: false });
    }
    return { status, body: json as T | undefined, location: raw.location, etag: raw.etag };
  }

  // ---------------------------------------------------------------- conveniences

  async read<T extends Resource>(type: T['resourceType'], id: string): Promise<T> {
    if (typeof id !== 'string' || !/^[A-Za-z0-9\-.]{1,64}$/.test(id)) {
      throw new PortalError('not-found', `"${String(id).slice(0, 80)}" is not a valid FHIR id.`);
    }
    const res = await this.request<T>('GET', `${type}/${id}`);
    if (!res.body || res.body.resourceType !== type) {
      throw new PortalError('server', `FHIR GET ${type}/${id} did not return a ${type}.`, { retryable: false });
    }
    return res.body;
  }

  /** Reads a referenced resource by `Type/id` or by a URL on this server; undefined when it cannot be read. */
  async readReference(reference: string): Promise<Resource | undefined> {
    const target = this.referenceTarget(reference);
    if (!target) return undefined;
    try {
      const res = await this.request('GET', target);
      return res.body;
    } catch {
      return undefined;
    }
  }

  /** `Type/id` (or an absolute URL on this server) to fetch for a reference, or undefined. */
  referenceTarget(reference: string): string | undefined {
    if (/^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/.test(reference)) return reference;
    if (/^https?:/i.test(reference) && this.isOnServer(reference)) return this.cursorUrl(reference);
    return undefined;
  }

  async search<T extends Resource>(type: T['resourceType'], params: SearchParams): Promise<BundlePage<T>> {
    const query = params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`.replace(/%3A/g, ':').replace(/%7C/g, '|').replace(/%2C/g, ',')).join('&');
    return this.searchUrl<T>(`${type}${query ? `?${query}` : ''}`, type);
  }

  /** Reads a page by a cursor (a next link this client handed out). */
  async page<T extends Resource>(cursor: string, type: T['resourceType']): Promise<BundlePage<T>> {
    return this.searchUrl<T>(this.cursorUrl(cursor), type);
  }

  private async searchUrl<T extends Resource>(target: string, type: string): Promise<BundlePage<T>> {
    const res = await this.request<Bundle>('GET', target);
    return this.readBundle<T>(res.body, type, target);
  }

  /** Splits a search-set Bundle into matches and included resources; drops what is not readable. */
  readBundle<T extends Resource>(bundle: Bundle | Resource | undefined, type: string, from = 'search'): BundlePage<T> {
    if (!bundle || bundle.resourceType !== 'Bundle') {
      throw new PortalError('server', `FHIR ${from} did not return a Bundle.`, { retryable: false });
    }
    const b = bundle as Bundle;
    const matches: T[] = [];
    const included = new Map<string, Resource>();
    const warnings: string[] = [];
    let unreadable = 0;
    for (const entry of Array.isArray(b.entry) ? b.entry : []) {
      const r = isObject(entry) ? entry.resource : undefined;
      if (!isResource(r)) {
        unreadable++;
        continue;
      }
      const mode = isObject(entry.search) ? entry.search.mode : undefined;
      if (mode === 'include' || (mode !== 'match' && r.resourceType !== type)) {
        if (r.resourceType !== 'OperationOutcome' && typeof r.id === 'string') included.set(`${r.resourceType}/${r.id}`, r);
        continue;
      }
      if (r.resourceType !== type || typeof r.id !== 'string' || r.id.length === 0) {
        unreadable++;
        continue;
      }
      matches.push(r as T);
    }
    if (unreadable > 0) {
      warnings.push(unreadable === 1 ? 'One record could not be read and is not shown.' : `${unreadable} records could not be read and are not shown.`);
    }
    let next: string | undefined;
    const link = Array.isArray(b.link) ? b.link.find((l) => isObject(l) && l.relation === 'next' && typeof l.url === 'string') : undefined;
    if (link?.url) {
      if (this.isOnServer(link.url)) next = this.absolute(link.url);
      else warnings.push('More records exist, but the server pointed to another address for them, so they are not shown.');
    }
    return { matches, included, next, total: typeof b.total === 'number' ? b.total : undefined, warnings };
  }

  /**
   * Follows next links while a page has nothing to `keep` (some servers send empty
   * pages with a next link), at most `maxHops` times, and stops on a link that repeats.
   */
  async skipEmptyPages<T extends Resource>(
    page: BundlePage<T>,
    type: T['resourceType'],
    keep: (r: T) => boolean = () => true,
    maxHops = 5,
  ): Promise<BundlePage<T>> {
    let current = page;
    const seen = new Set<string>();
    for (let hop = 0; hop < maxHops && !current.matches.some(keep) && current.next; hop++) {
      if (seen.has(current.next)) return { ...current, next: undefined };
      seen.add(current.next);
      const following = await this.page<T>(current.next, type);
      current = { ...following, warnings: [...current.warnings, ...following.warnings] };
    }
    return current;
  }

  /** Reads every page of a search, up to `maxPages`; says so in `warnings` when it stopped early. */
  async searchAll<T extends Resource>(type: T['resourceType'], params: SearchParams, maxPages = 10): Promise<BundlePage<T>> {
    const first = await this.search<T>(type, params);
    const all: BundlePage<T> = { ...first, matches: [...first.matches], included: new Map(first.included), warnings: [...first.warnings] };
    const seen = new Set<string>();
    let next = first.next;
    for (let n = 1; next && n < maxPages; n++) {
      if (seen.has(next)) break;
      seen.add(next);
      const page = await this.page<T>(next, type);
      all.matches.push(...page.matches);
      for (const [k, v] of page.included) all.included.set(k, v);
      all.warnings.push(...page.warnings);
      next = page.next;
    }
    all.next = undefined;
    if (next && !seen.has(next)) all.warnings.push('Only the most recent records are shown.');
    return all;
  }
}
