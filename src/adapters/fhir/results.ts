/**
 * Lab results from `Observation` (category laboratory), grouped by the
 * `DiagnosticReport` that lists them. Flags come from `interpretation` first
 * (v3 ObservationInterpretation / v2 0078 codes, or legacy text), else from the
 * reference range (core `computeFlag`), else `unknown`. See docs/fhir-mapping.md.
 */
import { combineFlags, computeFlag } from '../../core/results/flag.js';
import { PortalError, isPortalError } from '../errors.js';
import type {
  Coding as DomainCoding,
  Comparator,
  LabResult,
  Page,
  ReferenceRange,
  ReportInfo,
  ResultCategory,
  ResultComponent,
  ResultFlag,
  ResultHistoryPoint,
  ResultQuery,
  ResultStatus,
  ResultValue,
} from '../types.js';
import type { BundlePage, SearchParams } from './client.js';
import { EXT, INTERPRETATION_V2, INTERPRETATION_V3, LOINC, REFERENCE_RANGE_MEANING } from './codes.js';
import { isAboutPatient, mapEach, pageSize, type FhirContext } from './context.js';
import type {
  Annotation,
  CodeableConcept,
  DiagnosticReport,
  Observation,
  ObservationComponent,
  ObservationReferenceRange,
  ObservationValue,
  Patient,
  Quantity,
  Reference,
  Resource,
} from './fhir-types.js';
import { arr, codings, conceptText, date, extension, hasCode, isObject, parseReference, str, time } from './reference.js';
import { cleanText } from './text.js';

export const RESULT_PROBLEMS = {
  noName: 'The lab did not name this test.',
  noValue: 'No value was reported for this test.',
  notANumber: 'The value of this test could not be read.',
} as const;

/** What range selection needs to know about the patient. */
export interface PatientFacts {
  sex?: 'female' | 'male';
  /** Age in years on the day of the result is approximated by today's age. */
  birthDate?: string;
}

export function patientFacts(p: Patient | undefined): PatientFacts {
  const facts: PatientFacts = {};
  if (p?.gender === 'female' || p?.gender === 'male') facts.sex = p.gender;
  const bd = date(p?.birthDate);
  if (bd) facts.birthDate = bd;
  return facts;
}

// ---------------------------------------------------------------- interpretation

const INTERPRETATION_CODES: Record<string, ResultFlag> = {
  N: 'normal',
  L: 'low',
  H: 'high',
  LL: 'critical-low',
  HH: 'critical-high',
  LU: 'low',
  HU: 'high',
  A: 'abnormal',
  AA: 'critical',
};

/** Off-scale codes: the value is beyond what the lab can measure, which says nothing about the reference range by itself. */
const OFF_SCALE: Record<string, Comparator> = { '<': '<', '>': '>' };

const LEGACY_TEXT: [RegExp, ResultFlag][] = [
  [/\b(critical|crit|panic|alert)\b.*\b(high|hi|h)\b|\b(high|hi)\b.*\b(critical|panic)\b|^h\*$|^hh$/i, 'critical-high'],
  [/\b(critical|crit|panic|alert)\b.*\b(low|lo|l)\b|\b(low|lo)\b.*\b(critical|panic)\b|^l\*$|^ll$/i, 'critical-low'],
  [/\b(critical|crit|panic)\b|^aa$/i, 'critical'],
  [/^(h|hi|high|above (the )?(normal|reference)( range)?|elevated|alto)$/i, 'high'],
  [/^(l|lo|low|below (the )?(normal|reference)( range)?|bajo)$/i, 'low'],
  [/^(a|abn|abnormal|anormal|out of range)$/i, 'abnormal'],
  [/^(n|nl|wnl|normal|within (the )?(normal|reference)( range| limits)?)$/i, 'normal'],
];

export interface Interpretation {
  flag?: ResultFlag;
  /** `<` / `>` off-scale codes, applied as the value's comparator. */
  offScale?: Comparator;
}

/** Maps FHIR `interpretation` to a flag (codes first, then legacy text); `{}` when it says nothing usable. */
export function interpretationFlag(concepts: CodeableConcept[] | undefined): Interpretation {
  const list = arr<CodeableConcept>(concepts).filter((x) => isObject(x));
  let offScale: Comparator | undefined;
  for (const c of list) {
    for (const coding of codings(c)) {
      const code = typeof coding.code === 'string' ? coding.code.trim() : '';
      const known = !coding.system || coding.system === INTERPRETATION_V3 || coding.system === INTERPRETATION_V2;
      if (!known) continue;
      if (INTERPRETATION_CODES[code]) return { flag: INTERPRETATION_CODES[code] };
      if (OFF_SCALE[code]) offScale = OFF_SCALE[code];
    }
  }
  for (const c of list) {
    const texts = [c.text, ...codings(c).map((x) => x.display), ...codings(c).map((x) => x.code)];
    for (const t of texts) {
      if (typeof t !== 'string') continue;
      const s = t.trim().replace(/\s+/g, ' ');
      for (const [re, flag] of LEGACY_TEXT) if (re.test(s)) return { flag };
    }
  }
  return offScale ? { offScale } : {};
}

// ---------------------------------------------------------------- values and ranges

const COMPARATORS = new Set<string>(['<', '<=', '>=', '>']);

function quantityUnit(q: Quantity | undefined): string | undefined {
  return isObject(q) ? (cleanText(q.unit, 40) ?? cleanText(q.code, 40)) : undefined;
}

function finite(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

function formatQuantity(q: Quantity | undefined): string | undefined {
  const v = finite(q?.value);
  if (v === undefined) return undefined;
  const u = quantityUnit(q);
  return u ? `${v} ${u}` : String(v);
}

function domainCoding(concept: CodeableConcept | undefined): DomainCoding | undefined {
  const list = codings(concept).filter((c) => typeof c.code === 'string' && c.code.length > 0);
  const c = list.find((x) => x.system === LOINC) ?? list[0];
  if (!c) return undefined;
  const out: DomainCoding = { code: c.code! };
  if (c.system) out.system = c.system;
  const display = cleanText(c.display);
  if (display) out.display = display;
  return out;
}

interface MappedValue {
  value?: ResultValue;
  problem?: string;
}

export function mapValue(v: ObservationValue): MappedValue {
  if (isObject(v.valueQuantity)) {
    const q = v.valueQuantity;
    const n = finite(q.value);
    if (n === undefined) return { problem: RESULT_PROBLEMS.notANumber };
    const value: ResultValue = { kind: 'quantity', value: n };
    const unit = quantityUnit(q);
    if (unit) value.unit = unit;
    if (typeof q.comparator === 'string' && COMPARATORS.has(q.comparator)) value.comparator = q.comparator as Comparator;
    return { value };
  }
  if (isObject(v.valueCodeableConcept)) {
    const text = conceptText(v.valueCodeableConcept);
    if (!text) return { problem: RESULT_PROBLEMS.notANumber };
    const coding = domainCoding(v.valueCodeableConcept);
    return { value: coding ? { kind: 'coded', text, coding } : { kind: 'coded', text } };
  }
  if (typeof v.valueString === 'string') {
    const text = v.valueString.replace(/\r\n?/g, '\n').trim().slice(0, 5000);
    return text ? { value: { kind: 'text', text } } : { problem: RESULT_PROBLEMS.noValue };
  }
  if (typeof v.valueInteger === 'number' && Number.isFinite(v.valueInteger)) return { value: { kind: 'quantity', value: v.valueInteger } };
  if (typeof v.valueBoolean === 'boolean') return { value: { kind: 'text', text: v.valueBoolean ? 'Yes' : 'No' } };
  if (isObject(v.valueRange)) {
    const low = formatQuantity(v.valueRange.low);
    const high = formatQuantity(v.valueRange.high);
    const text = low && high ? `${low} – ${high}` : low ? `≥ ${low}` : high ? `≤ ${high}` : undefined;
    return text ? { value: { kind: 'text', text } } : { problem: RESULT_PROBLEMS.notANumber };
  }
  if (isObject(v.valueRatio)) {
    const n = formatQuantity(v.valueRatio.numerator);
    const d = formatQuantity(v.valueRatio.denominator);
    return n && d ? { value: { kind: 'text', text: `${n}:${d}` } } : { problem: RESULT_PROBLEMS.notANumber };
  }
  const when = date(v.valueDateTime) ?? str(v.valueTime);
  if (when) return { value: { kind: 'text', text: when } };
  if (isObject(v.valuePeriod)) {
    const text = [date(v.valuePeriod.start), date(v.valuePeriod.end)].filter(Boolean).join(' – ');
    if (text) return { value: { kind: 'text', text } };
  }
  const absent = conceptText(v.dataAbsentReason);
  return { problem: absent ? `${RESULT_PROBLEMS.noValue} (${absent})` : RESULT_PROBLEMS.noValue };
}

const FEMALE = ['248152002', 'female', 'F'];
const MALE = ['248153007', 'male', 'M'];

function rangeSex(r: ObservationReferenceRange): 'female' | 'male' | undefined {
  const concepts = arr<CodeableConcept>(r.appliesTo).filter((x) => isObject(x));
  if (hasCode(concepts, FEMALE)) return 'female';
  if (hasCode(concepts, MALE)) return 'male';
  const text = concepts.map((c) => c.text ?? '').join(' ');
  if (/\b(female|women|woman|mujer)\b/i.test(text)) return 'female';
  if (/\b(male|men|man|hombre)\b/i.test(text)) return 'male';
  return undefined;
}

function ageInYears(q: Quantity | undefined): number | undefined {
  const v = finite(q?.value);
  if (v === undefined) return undefined;
  const unit = (q?.code ?? q?.unit ?? 'a').toLowerCase();
  if (unit.startsWith('mo')) return v / 12;
  if (unit === 'wk' || unit.startsWith('week')) return v / 52.18;
  if (unit === 'd' || unit.startsWith('day')) return v / 365.25;
  return v;
}

function patientAge(facts: PatientFacts, at: string | undefined): number | undefined {
  if (!facts.birthDate) return undefined;
  const born = Date.parse(facts.birthDate);
  const when = at ? Date.parse(at) : Date.now();
  if (Number.isNaN(born) || Number.isNaN(when)) return undefined;
  return (when - born) / (365.25 * 24 * 3600 * 1000);
}

function isNormalRange(r: ObservationReferenceRange): boolean {
  if (!isObject(r.type)) return true;
  return hasCode(r.type, ['normal'], REFERENCE_RANGE_MEANING) || /normal|reference/i.test(conceptText(r.type) ?? '');
}

function toDomainRange(r: ObservationReferenceRange): ReferenceRange {
  const out: ReferenceRange = {};
  const low = finite(r.low?.value);
  const high = finite(r.high?.value);
  if (low !== undefined) out.low = low;
  if (high !== undefined) out.high = high;
  const unit = quantityUnit(r.low) ?? quantityUnit(r.high);
  if (unit && (low !== undefined || high !== undefined)) out.unit = unit;
  const text = cleanText(r.text, 200);
  if (text) out.text = text;
  const applies = [
    ...arr<CodeableConcept>(r.appliesTo).map(conceptText),
    ageText(r),
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
  if (applies.length) out.appliesTo = applies.join(', ');
  return out;
}

function ageText(r: ObservationReferenceRange): string | undefined {
  if (!isObject(r.age)) return undefined;
  const low = ageInYears(r.age.low);
  const high = ageInYears(r.age.high);
  if (low !== undefined && high !== undefined) return `Age ${round(low)}–${round(high)}`;
  if (low !== undefined) return `Age ${round(low)} and over`;
  if (high !== undefined) return `Age under ${round(high)}`;
  return undefined;
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function rangeLabel(r: ReferenceRange): string {
  const bounds = r.low !== undefined && r.high !== undefined ? `${r.low}–${r.high}` : r.low !== undefined ? `≥ ${r.low}` : r.high !== undefined ? `≤ ${r.high}` : (r.text ?? '');
  const withUnit = r.unit && (r.low !== undefined || r.high !== undefined) ? `${bounds} ${r.unit}` : bounds;
  return r.appliesTo ? `${r.appliesTo}: ${withUnit}` : withUnit;
}

export interface ChosenRange {
  range?: ReferenceRange;
  /** False when the range shown must not be used to compute a flag. */
  usable: boolean;
}

/**
 * Picks the reference range that applies to this patient: normal ranges only,
 * filtered by sex and age when the range says whom it applies to. When several
 * still apply and differ, all are shown as text and none is used for a flag.
 */
export function chooseRange(ranges: ObservationReferenceRange[] | undefined, facts: PatientFacts, at: string | undefined): ChosenRange {
  const all = arr<ObservationReferenceRange>(ranges).filter((x) => isObject(x));
  if (all.length === 0) return { usable: false };
  const normal = all.filter(isNormalRange);
  if (normal.length === 0) return { range: toDomainRange(all[0]), usable: false };
  if (normal.length === 1) return { range: toDomainRange(normal[0]), usable: true };
  const age = patientAge(facts, at);
  const fits = normal.filter((r) => {
    const sex = rangeSex(r);
    if (sex && facts.sex && sex !== facts.sex) return false;
    if (sex && !facts.sex) return false;
    if (isObject(r.age)) {
      if (age === undefined) return false;
      const lo = ageInYears(r.age.low);
      const hi = ageInYears(r.age.high);
      if (lo !== undefined && age < lo) return false;
      if (hi !== undefined && age > hi) return false;
    }
    return true;
  });
  const specific = fits.filter((r) => rangeSex(r) || isObject(r.age));
  const pick = specific.length > 0 ? specific : fits;
  const distinct = new Map(pick.map((r) => [JSON.stringify([finite(r.low?.value), finite(r.high?.value), quantityUnit(r.low) ?? quantityUnit(r.high), r.text]), r]));
  if (distinct.size === 1) return { range: toDomainRange(pick[0]), usable: true };
  // Cannot tell which range applies: show them all, flag nothing from them.
  return { range: { text: normal.map((r) => rangeLabel(toDomainRange(r))).join('; ') }, usable: false };
}

function flagOf(v: ObservationValue, value: ResultValue | undefined, chosen: ChosenRange): ResultFlag {
  const interp = interpretationFlag(v.interpretation);
  if (interp.flag) return interp.flag;
  if (!chosen.usable || !chosen.range || !value) return 'unknown';
  if (value.kind === 'quantity' && interp.offScale && !value.comparator) {
    return computeFlag({ ...value, comparator: interp.offScale }, chosen.range);
  }
  return computeFlag(value, chosen.range);
}

// ---------------------------------------------------------------- mapping

const STATUSES: Record<string, ResultStatus> = {
  registered: 'registered',
  preliminary: 'preliminary',
  final: 'final',
  amended: 'amended',
  corrected: 'corrected',
  cancelled: 'cancelled',
};

function resultStatus(s: string | undefined): ResultStatus {
  return (s && STATUSES[s]) || 'preliminary';
}

function categoryOf(obs: Observation, report: DiagnosticReport | undefined): ResultCategory {
  if (report) {
    if (hasCode(report.category, ['GE'])) return 'genetic';
    if (hasCode(report.category, ['PAT', 'SP', 'CP', 'LP7839-6'])) return 'pathology';
    if (hasCode(report.category, ['RAD', 'LP29684-5'])) return 'imaging';
  }
  if (hasCode(obs.category, ['imaging'])) return 'imaging';
  return 'lab';
}

const REVIEWED_STATUSES = new Set(['final', 'amended', 'corrected', 'appended']);

/**
 * "Clinician reviewed" = the DiagnosticReport names a `resultsInterpreter` and is
 * final (or amended/corrected/appended). `reviewedAt` comes from our `reviewed-at`
 * extension when present.
 */
export function reportInfo(ctx: FhirContext, r: DiagnosticReport): ReportInfo {
  const interpreters = arr<Reference>(r.resultsInterpreter).filter((x) => isObject(x));
  const reviewed = interpreters.length > 0 && REVIEWED_STATUSES.has(r.status ?? '');
  const info: ReportInfo = { id: r.id!, name: conceptText(r.code) ?? 'Test report', reviewed };
  const code = domainCoding(r.code);
  if (code) info.code = code;
  const issued = date(r.issued);
  if (issued) info.issued = issued;
  const conclusion = typeof r.conclusion === 'string' ? r.conclusion.trim().slice(0, 5000) : '';
  if (conclusion) info.conclusion = conclusion;
  if (reviewed) {
    const at = date(extension(r, EXT.reviewedAt)?.valueDateTime);
    if (at) info.reviewedAt = at;
    const reviewer = ctx.resolver.person(interpreters[0]);
    if (reviewer) info.reviewer = reviewer;
  }
  return info;
}

function panelInfo(panel: Observation): ReportInfo {
  return { id: panel.id!, name: conceptText(panel.code) ?? 'Test panel', reviewed: false, ...(date(panel.issued) ? { issued: date(panel.issued) } : {}) };
}

export function mapObservation(
  ctx: FhirContext,
  obs: Observation,
  report: DiagnosticReport | undefined,
  panel: Observation | undefined,
  facts: PatientFacts,
): LabResult {
  const collectedAt = date(obs.effectiveDateTime) ?? date(obs.effectivePeriod?.start) ?? date(obs.effectiveInstant);
  const name = conceptText(obs.code);
  const result: LabResult = {
    id: obs.id!,
    name: name ?? 'Test result',
    category: categoryOf(obs, report),
    flag: 'unknown',
    status: resultStatus(obs.status),
  };
  const problems: string[] = [];
  if (!name) problems.push(RESULT_PROBLEMS.noName);
  const code = domainCoding(obs.code);
  if (code) result.code = code;

  const components: ResultComponent[] = arr<ObservationComponent>(obs.component)
    .filter((x) => isObject(x))
    .map((c) => {
      const mapped = mapValue(c);
      const chosen = chooseRange(c.referenceRange, facts, collectedAt);
      const component: ResultComponent = { name: conceptText(c.code) ?? 'Part of this result', flag: flagOf(c, mapped.value, chosen) };
      const cc = domainCoding(c.code);
      if (cc) component.code = cc;
      if (mapped.value) component.value = mapped.value;
      if (chosen.range) component.range = chosen.range;
      return component;
    });

  const hasOwnValue = Object.keys(obs).some((k) => k.startsWith('value'));
  const mapped = hasOwnValue || components.length === 0 ? mapValue(obs) : {};
  const chosen = chooseRange(obs.referenceRange, facts, collectedAt);
  if (mapped.value) result.value = mapped.value;
  if (chosen.range) result.range = chosen.range;
  if (components.length) result.components = components;

  if (mapped.value || !components.length) {
    result.flag = flagOf(obs, mapped.value, chosen);
  } else {
    const interp = interpretationFlag(obs.interpretation);
    result.flag = interp.flag ?? (combineFlags(components.map((c) => c.flag)));
  }
  if (mapped.problem && result.status !== 'cancelled') problems.push(mapped.problem);

  if (collectedAt) result.collectedAt = collectedAt;
  const resultedAt = date(obs.issued) ?? date(report?.issued);
  if (resultedAt) result.resultedAt = resultedAt;
  if (report) result.report = reportInfo(ctx, report);
  else if (panel) result.report = panelInfo(panel);
  const comment = arr<Annotation>(obs.note)
    .map((n) => (isObject(n) && typeof n.text === 'string' ? n.text.trim() : ''))
    .filter(Boolean)
    .join('\n\n')
    .slice(0, 5000);
  if (comment) result.comment = comment;
  if (problems.length) result.problem = problems.join(' ');
  return result;
}

/** A key grouping results of the same test: the LOINC code, else the first coding, else the name. */
function testKey(r: LabResult): string {
  return r.code ? `${r.code.system ?? ''}|${r.code.code}` : `name:${r.name.toLowerCase()}`;
}

/** Fills `history` from the other results of the same test in this set (oldest first). */
export function attachHistory(results: LabResult[]): void {
  const groups = new Map<string, LabResult[]>();
  for (const r of results) {
    if (r.value?.kind !== 'quantity' || r.status === 'cancelled') continue;
    const list = groups.get(testKey(r)) ?? [];
    list.push(r);
    groups.set(testKey(r), list);
  }
  for (const r of results) {
    const when = r.collectedAt ?? r.resultedAt;
    const same = groups.get(testKey(r));
    if (!when || !same || same.length < 2) continue;
    const points: ResultHistoryPoint[] = same
      .filter((o) => o.id !== r.id && time(o.collectedAt ?? o.resultedAt) < time(when))
      .map((o) => {
        const v = o.value as Extract<ResultValue, { kind: 'quantity' }>;
        const p: ResultHistoryPoint = { id: o.id, date: (o.collectedAt ?? o.resultedAt)!, value: v.value, flag: o.flag };
        if (v.unit) p.unit = v.unit;
        return p;
      })
      .sort((a, b) => time(a.date) - time(b.date));
    if (points.length) r.history = points;
  }
}

// ---------------------------------------------------------------- listing

function categoryParam(c: ResultCategory | undefined): string {
  return c === 'imaging' ? 'imaging' : 'laboratory';
}

function isHiddenObservation(o: Observation): boolean {
  return o.status === 'entered-in-error';
}

function isPanelOnly(o: Observation): boolean {
  return arr(o.hasMember).length > 0 && !Object.keys(o).some((k) => k.startsWith('value')) && arr(o.component).length === 0;
}

/** Reports listing these observations, from `_revinclude` or, failing that, one search. */
async function reportsFor(ctx: FhirContext, observations: Observation[], included: Map<string, Resource>): Promise<Map<string, DiagnosticReport>> {
  const byObservation = new Map<string, DiagnosticReport>();
  const index = (r: DiagnosticReport) => {
    if (r.status === 'entered-in-error' || typeof r.id !== 'string') return;
    for (const ref of arr<Reference>(r.result)) {
      const p = parseReference(ref);
      if (p?.type === 'Observation' && !byObservation.has(p.id)) byObservation.set(p.id, r);
    }
  };
  for (const r of included.values()) if (r.resourceType === 'DiagnosticReport') index(r as DiagnosticReport);
  const missing = observations.filter((o) => !byObservation.has(o.id!)).map((o) => `Observation/${o.id}`);
  const revincluded = [...included.values()].some((r) => r.resourceType === 'DiagnosticReport');
  if (missing.length > 0 && !revincluded) {
    try {
      const page = await ctx.client.search<DiagnosticReport>('DiagnosticReport', [
        ['patient', ctx.patientId],
        ['result', missing.slice(0, 50).join(',')],
        ['_count', '50'],
      ]);
      page.matches.forEach(index);
    } catch (e) {
      if (isPortalError(e) && (e.kind === 'auth' || e.kind === 'offline')) throw e;
      // Results are still useful without their report.
    }
  }
  return byObservation;
}

export async function listResults(ctx: FhirContext, query: ResultQuery, facts: () => Promise<PatientFacts>): Promise<Page<LabResult>> {
  const count = pageSize(query.pageSize, 50);
  const { client } = ctx;
  let page: BundlePage<Observation>;
  let pinnedReport: DiagnosticReport | undefined;
  if (query.reportId) {
    pinnedReport = await client.read<DiagnosticReport>('DiagnosticReport', query.reportId).catch((e: unknown) => {
      throw isPortalError(e) ? e : new PortalError('server', undefined, { cause: e });
    });
    const subject = parseReference(pinnedReport.subject);
    if (pinnedReport.status === 'entered-in-error' || (subject && subject.key !== ctx.patientRef)) {
      throw new PortalError('not-found', 'This report is not available.');
    }
    const ids = arr<Reference>(pinnedReport.result)
      .map((r) => parseReference(r))
      .filter((p) => p?.type === 'Observation')
      .map((p) => p!.id);
    page = ids.length
      ? await client.search<Observation>('Observation', [['_id', ids.slice(0, 100).join(',')], ['patient', ctx.patientId], ['_count', '100']])
      : { matches: [], included: new Map(), warnings: [] };
    page.next = undefined;
  } else if (query.cursor) {
    page = await client.page<Observation>(query.cursor, 'Observation');
  } else {
    const params: SearchParams = [
      ['patient', ctx.patientId],
      ['category', categoryParam(query.category)],
      ['_count', String(count)],
      ['_sort', '-date'],
      ['_revinclude', 'DiagnosticReport:result'],
    ];
    if (query.from) params.push(['date', `ge${query.from}`]);
    if (query.to) params.push(['date', `le${query.to}`]);
    if (query.code) params.push(['code', query.code]);
    page = await client.search<Observation>('Observation', params);
  }
  page = await client.skipEmptyPages(page, 'Observation', (o) => !isHiddenObservation(o));

  const visible = page.matches.filter((o) => !isHiddenObservation(o) && isAboutPatient(ctx, o.subject));
  const byObservation = pinnedReport ? new Map(visible.map((o) => [o.id!, pinnedReport])) : await reportsFor(ctx, visible, page.included);
  const panels = new Map<string, Observation>();
  for (const o of visible) {
    for (const m of arr<Reference>(o.hasMember)) {
      const p = parseReference(m);
      if (p?.type === 'Observation') panels.set(p.id, o);
    }
  }
  const interpreters = [...new Set(byObservation.values())].flatMap((r) => arr<Reference>(r.resultsInterpreter).slice(0, 1));
  await ctx.resolver.resolve(interpreters);
  const needsFacts = visible.some((o) => arr(o.referenceRange).length > 1 || arr<{ referenceRange?: unknown[] }>(o.component).some((c) => arr(c?.referenceRange).length > 1));
  const patient = needsFacts ? await facts().catch(() => ({})) : {};

  const warnings = [...page.warnings];
  const items = await mapEach(
    visible.filter((o) => !isPanelOnly(o)),
    (o) => mapObservation(ctx, o, byObservation.get(o.id!), panels.get(o.id!), patient),
    warnings,
    'result',
  );
  const filtered = query.category === 'pathology' || query.category === 'genetic' ? items.filter((r) => r.category === query.category) : items;
  attachHistory(filtered);

  const out: Page<LabResult> = { items: filtered };
  if (page.next) out.next = page.next;
  if (page.total !== undefined && !query.reportId) out.total = page.total;
  if (warnings.length) out.warnings = [...new Set(warnings)];
  return out;
}

