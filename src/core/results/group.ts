/**
 * Ordering, grouping, filtering and summarising lab results (trend series are in
 * trend.ts). Pure and DOM-free.
 */
import type { LabResult, ReportInfo } from '../../adapters/types.js';
import { resultIsCritical, resultIsOutsideRange } from './flags.js';

/** Results that belong to one report (panel), or one result without a report. */
export interface ResultGroup {
  /** The report id, or `result:<id>` for a result without a report. */
  id: string;
  name: string;
  report?: ReportInfo;
  /** Newest date among the group's results (ISO), used for ordering. */
  date?: string;
  results: LabResult[];
}

export interface ResultSummary {
  /** Results with something to judge (not cancelled). */
  total: number;
  /** Outside the standard range (includes critical). */
  outside: number;
  critical: number;
  cancelled: number;
}

export interface ResultFilter {
  /** Keep only results outside the standard range. */
  outsideOnly?: boolean;
  /** Earliest date, `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** Latest date, `YYYY-MM-DD`, inclusive. */
  to?: string;
  /** Keep only reports (panels) with this name, e.g. "Lipid panel" (all dates). */
  panel?: string;
  /** Words to find in the test's names, the report name or the code. */
  text?: string;
}

/** The date that orders a result: resulted, else report issued, else collected. */
export function resultDate(result: LabResult): string | undefined {
  return result.resultedAt ?? result.report?.issued ?? result.collectedAt;
}

/** Milliseconds of an ISO date, or -Infinity when missing or unreadable (sorts last). */
export function timeOf(value: string | undefined): number {
  if (!value) return Number.NEGATIVE_INFINITY;
  const t = Date.parse(value);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/**
 * Removes repeated ids (a back end may send a result twice across pages). When
 * two copies differ, the one resulted later wins (a correction replaces the original).
 */
export function dedupeResults(results: readonly LabResult[]): LabResult[] {
  const byId = new Map<string, LabResult>();
  for (const r of results) {
    if (!r || typeof r.id !== 'string') continue;
    const seen = byId.get(r.id);
    if (!seen || timeOf(resultDate(r)) > timeOf(resultDate(seen))) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/** Groups results by report, newest report first; results keep the lab's order inside a report. */
export function groupResultsByReport(results: readonly LabResult[]): ResultGroup[] {
  const groups = new Map<string, ResultGroup>();
  for (const r of results) {
    const id = r.report?.id ? r.report.id : `result:${r.id}`;
    let g = groups.get(id);
    if (!g) {
      g = { id, name: r.report?.name || r.name, report: r.report, results: [] };
      groups.set(id, g);
    }
    g.results.push(r);
    const d = resultDate(r);
    if (d && timeOf(d) > timeOf(g.date)) g.date = d;
  }
  return [...groups.values()].sort((a, b) => timeOf(b.date) - timeOf(a.date));
}

/** Counts for a summary line such as "2 of 14 outside the standard range". */
export function summarizeResults(results: readonly LabResult[]): ResultSummary {
  const summary: ResultSummary = { total: 0, outside: 0, critical: 0, cancelled: 0 };
  for (const r of results) {
    if (r.status === 'cancelled') {
      summary.cancelled++;
      continue;
    }
    summary.total++;
    if (resultIsOutsideRange(r)) summary.outside++;
    if (resultIsCritical(r)) summary.critical++;
  }
  return summary;
}

/** Folds case and accents so "glucosa" finds "Glucosa" and "hemoglobina" finds "Hemoglobína". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * Keeps the results that pass every filter. `names(result)` can add names to
 * search (for example the plain-language name in the patient's language).
 */
export function filterResults(
  results: readonly LabResult[],
  filter: ResultFilter,
  names: (result: LabResult) => readonly string[] = () => [],
): LabResult[] {
  const words = foldText(filter.text ?? '').split(/\s+/).filter(Boolean);
  return results.filter((r) => {
    if (filter.outsideOnly && !resultIsOutsideRange(r)) return false;
    if (filter.panel && (r.report?.name || r.name) !== filter.panel) return false;
    if (filter.from || filter.to) {
      const day = resultDate(r)?.slice(0, 10);
      if (!day) return false;
      if (filter.from && day < filter.from) return false;
      if (filter.to && day > filter.to) return false;
    }
    if (words.length) {
      const hay = foldText(
        [r.name, r.report?.name ?? '', r.code?.code ?? '', r.code?.display ?? '', ...(r.components ?? []).map((c) => c.name), ...names(r)].join(' '),
      );
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}
