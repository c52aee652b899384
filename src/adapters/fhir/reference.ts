/**
 * Reading FHIR datatypes defensively (references, names, codings, extensions) and
 * resolving references to display names with a per-adapter cache.
 */
import type { PersonRef } from '../types.js';
import type { FhirClient } from './client.js';
import type {
  CodeableConcept,
  Coding,
  Extension,
  HumanName,
  Organization,
  Practitioner,
  PractitionerRole,
  Reference,
  Resource,
} from './fhir-types.js';
import { cleanText } from './text.js';

/** A JSON object (not null, not an array). Keeps the declared type when there is one. */
export function isObject<T extends object>(v: T | null | undefined | string | number | boolean): v is T;
export function isObject(v: unknown): v is Record<string, unknown>;
export function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An array field, or `[]` when the server sent something else. */
export function arr<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]).filter((x) => x !== null && x !== undefined) : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim().length > 0 ? v : undefined;
}

/** A date or date-time string that parses; undefined otherwise. */
export function date(v: unknown): string | undefined {
  const s = str(v);
  if (!s || !/^\d{4}(-\d{2}(-\d{2})?)?(T.*)?$/.test(s) || Number.isNaN(Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s))) {
    return undefined;
  }
  return s;
}

/** Milliseconds for sorting; NaN-free (missing dates sort last). */
export function time(v: string | undefined): number {
  if (!v) return -Infinity;
  const t = Date.parse(v);
  return Number.isNaN(t) ? -Infinity : t;
}

export interface ParsedReference {
  type: string;
  id: string;
  /** `Type/id`. */
  key: string;
}

/** `Type/id` from a relative or absolute reference (ignoring `_history`); undefined for contained or logical references. */
export function parseReference(ref: Reference | string | undefined): ParsedReference | undefined {
  const raw = typeof ref === 'string' ? ref : isObject(ref) ? str(ref.reference) : undefined;
  if (!raw || raw.startsWith('#')) return undefined;
  const m = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?\/?$/.exec(raw.split('?')[0]);
  if (!m) return undefined;
  return { type: m[1], id: m[2], key: `${m[1]}/${m[2]}` };
}

export function codings(concept: CodeableConcept | undefined): Coding[] {
  return isObject(concept) ? arr<Coding>(concept.coding).filter((x) => isObject(x)) : [];
}

/** The first coding in `system`. */
export function codingIn(concept: CodeableConcept | CodeableConcept[] | undefined, system: string): Coding | undefined {
  const list = Array.isArray(concept) ? concept : [concept];
  for (const c of list) {
    const found = codings(c).find((x) => x.system === system && str(x.code));
    if (found) return found;
  }
  return undefined;
}

/** True when any coding has one of `codes` (in `system`, when given). */
export function hasCode(concepts: CodeableConcept | CodeableConcept[] | undefined, codes: string[], system?: string): boolean {
  const list = Array.isArray(concepts) ? concepts : [concepts];
  return list.some((c) => codings(c).some((x) => typeof x.code === 'string' && codes.includes(x.code) && (!system || x.system === system)));
}

/** Human text of a CodeableConcept: its text, else the first display, else the first code. */
export function conceptText(concept: CodeableConcept | undefined): string | undefined {
  if (!isObject(concept)) return undefined;
  return cleanText(concept.text) ?? codings(concept).map((c) => cleanText(c.display)).find(Boolean) ?? codings(concept).map((c) => cleanText(c.code)).find(Boolean);
}

export function extensions(resource: { extension?: Extension[] } | undefined, url: string): Extension[] {
  return isObject(resource) ? arr<Extension>(resource.extension).filter((e) => isObject(e) && e.url === url) : [];
}

export function extension(resource: { extension?: Extension[] } | undefined, url: string): Extension | undefined {
  return extensions(resource, url)[0];
}

/** Formats a HumanName list: `text`, else "given family" of the official/usual name. */
export function humanName(names: HumanName[] | undefined): string | undefined {
  const list = arr<HumanName>(names).filter((x) => isObject(x));
  const name = list.find((n) => n.use === 'official') ?? list.find((n) => n.use === 'usual') ?? list[0];
  if (!name) return undefined;
  const text = cleanText(name.text);
  if (text) return text;
  const parts = [...arr<string>(name.prefix), ...arr<string>(name.given), name.family, ...arr<string>(name.suffix)].filter((p): p is string => typeof p === 'string');
  return cleanText(parts.join(' '));
}

/** A display name for a resource (Practitioner, Patient, Organization, CareTeam, Location…). */
export function resourceName(r: Resource | undefined): string | undefined {
  if (!isObject(r)) return undefined;
  const rec = r as Resource & { name?: unknown };
  if (Array.isArray(rec.name)) return humanName(rec.name as HumanName[]);
  return cleanText(rec.name);
}

const ROLE_LABELS: [RegExp, string][] = [
  [/nurse practitioner/i, 'Nurse practitioner'],
  [/physician assistant/i, 'Physician assistant'],
  [/nurse|RN\b|LPN\b/i, 'Nurse'],
  [/physician|doctor|MD\b|DO\b/i, 'Physician'],
];

/** Resolves references to resources, with `_include`d resources first and single reads as a fallback. */
export class ReferenceResolver {
  private readonly cache = new Map<string, Resource | null>();
  private readonly inflight = new Map<string, Promise<void>>();

  constructor(
    private readonly client: FhirClient,
    /** Most references read one by one per `resolve` call (the rest use their `display`). */
    private readonly maxReads = 12,
  ) {}

  /** Adds resources a search returned (`_include`). */
  add(resources: Iterable<Resource> | Map<string, Resource>): void {
    const values = resources instanceof Map ? resources.values() : resources;
    for (const r of values) if (isObject(r) && typeof r.id === 'string') this.cache.set(`${r.resourceType}/${r.id}`, r);
  }

  get(ref: Reference | string | undefined): Resource | undefined {
    const p = parseReference(ref);
    return p ? (this.cache.get(p.key) ?? undefined) : undefined;
  }

  /**
   * Reads the references not yet known, in parallel, at most `maxReads`; a reference
   * that cannot be read is remembered as missing (never fails the caller).
   * PractitionerRole → Practitioner is followed one level.
   */
  async resolve(refs: (Reference | string | undefined)[], onlyWithoutDisplay = true): Promise<void> {
    const wanted = new Set<string>();
    for (const ref of refs) {
      if (onlyWithoutDisplay && isObject(ref) && str(ref.display)) continue;
      const p = parseReference(ref);
      if (p && !this.cache.has(p.key)) wanted.add(p.key);
    }
    await Promise.all([...wanted].slice(0, this.maxReads).map((key) => this.load(key)));
    const practitioners = [...wanted]
      .map((k) => this.cache.get(k))
      .filter((r): r is PractitionerRole => r?.resourceType === 'PractitionerRole')
      .map((r) => r.practitioner)
      .filter((p) => !(isObject(p) && str(p.display)));
    if (practitioners.length) await this.resolve(practitioners);
  }

  private load(key: string): Promise<void> {
    let p = this.inflight.get(key);
    if (!p) {
      p = this.client.readReference(key).then((r) => {
        this.cache.set(key, r && `${r.resourceType}/${r.id}` === key ? r : null);
        this.inflight.delete(key);
      });
      this.inflight.set(key, p);
    }
    return p;
  }

  /** A PersonRef for an author/sender/performer reference; undefined when nothing names them. */
  person(ref: Reference | undefined): PersonRef | undefined {
    if (!isObject(ref)) return undefined;
    const p = parseReference(ref);
    const r = this.get(ref);
    const display = cleanText(ref.display);
    let name = display;
    let role: string | undefined;
    if (r?.resourceType === 'PractitionerRole') {
      const pr = r as PractitionerRole;
      name ??= cleanText(pr.practitioner?.display) ?? resourceName(this.get(pr.practitioner));
      role = arr<CodeableConcept>(pr.code).map(conceptText).find(Boolean);
    } else if (r?.resourceType === 'Practitioner') {
      name ??= resourceName(r);
      role = arr<{ code?: CodeableConcept }>((r as Practitioner).qualification).map((x) => conceptText(x?.code)).find(Boolean);
    } else if (r?.resourceType === 'Organization') {
      name ??= cleanText((r as Organization).name);
      role = 'Clinic';
    } else if (r) {
      name ??= resourceName(r);
      if (r.resourceType === 'CareTeam') role = 'Care team';
    }
    if (!name) return undefined;
    return { id: p?.id, name, ...(role ? { role } : {}) };
  }
}

/** A plain role label from a coded role text ("Registered nurse" → "Nurse"), or the text itself. */
export function roleLabel(text: string | undefined): string | undefined {
  if (!text) return undefined;
  for (const [re, label] of ROLE_LABELS) if (re.test(text)) return label;
  return text;
}
