/**
 * Flags a lab value against its reference range. Pure, DOM-free, and cautious:
 * it answers `unknown` whenever the value and the range cannot be compared with
 * certainty (no range, different units, a bound the value straddles). It never
 * guesses `normal`.
 */
import type { Comparator, ResultFlag } from '../../adapters/types.js';
import { unitsMatch } from './range.js';

export type RangeFlag = 'normal' | 'low' | 'high' | 'abnormal' | 'unknown';

/** Every flag a result can carry (the domain's `ResultFlag`). */
export type FlagSeverity = ResultFlag;

export type FlagComparator = Comparator;

/** Structurally the same as the adapter's `ResultValue`. */
export type FlaggableValue =
  | { kind: 'quantity'; value: number; unit?: string; comparator?: FlagComparator }
  | { kind: 'text'; text: string }
  | { kind: 'coded'; text: string };

/** Structurally the same as the adapter's `ReferenceRange`. */
export interface FlaggableRange {
  low?: number;
  high?: number;
  unit?: string;
  text?: string;
}

/** Numeric bounds read from a range's text, e.g. "3.5-5.0 mmol/L", "<200", ">= 60 mL/min". */
export interface ParsedRange {
  low?: number;
  high?: number;
  /** False when the bound itself is out of range ("<200": 200 is high). */
  lowInclusive: boolean;
  highInclusive: boolean;
  unit?: string;
}

const NUM = '(-?\\d+(?:[.,]\\d+)?)';
const UNIT = '(?:\\s*([^\\d\\s(][^()]*?))?';
const BETWEEN = new RegExp(`^${NUM}\\s*(?:-|–|—|to|a)\\s*${NUM}${UNIT}\\s*$`, 'i');
const ONE_SIDED = new RegExp(`^(<=|>=|≤|≥|<|>|=<|=>)\\s*${NUM}${UNIT}\\s*$`);
const WORDS_LT = new RegExp(`^(?:less than|under|below|up to|menos de|hasta)\\s+${NUM}${UNIT}\\s*$`, 'i');
const WORDS_GT = new RegExp(`^(?:greater than|more than|over|above|at least|mayor de|más de)\\s+${NUM}${UNIT}\\s*$`, 'i');

function num(s: string): number {
  // "1,000" is a thousands separator; "3,5" is a decimal comma.
  return Number(/,\d{3}$/.test(s) ? s.replace(',', '') : s.replace(',', '.'));
}

function unitOf(s: string | undefined): string | undefined {
  const u = s?.trim();
  return u ? u : undefined;
}

/** Reads numeric bounds from a reference range's text; undefined when the text is not numeric. */
export function parseRangeText(text: string | undefined): ParsedRange | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length === 0 || t.length > 80) return undefined;
  let m = BETWEEN.exec(t);
  if (m) {
    const low = num(m[1]);
    const high = num(m[2]);
    if (!(low <= high)) return undefined;
    return { low, high, lowInclusive: true, highInclusive: true, unit: unitOf(m[3]) };
  }
  m = ONE_SIDED.exec(t);
  if (m) {
    const op = m[1];
    const v = num(m[2]);
    const unit = unitOf(m[3]);
    if (op === '<') return { high: v, highInclusive: false, lowInclusive: true, unit };
    if (op === '<=' || op === '≤' || op === '=<') return { high: v, highInclusive: true, lowInclusive: true, unit };
    if (op === '>') return { low: v, lowInclusive: false, highInclusive: true, unit };
    return { low: v, lowInclusive: true, highInclusive: true, unit };
  }
  m = WORDS_LT.exec(t);
  if (m) return { high: num(m[1]), highInclusive: !/less than|under|below|menos de/i.test(t), lowInclusive: true, unit: unitOf(m[2]) };
  m = WORDS_GT.exec(t);
  if (m) return { low: num(m[1]), lowInclusive: /at least/i.test(t), highInclusive: true, unit: unitOf(m[2]) };
  return undefined;
}

const NEGATIVE = new Set(['negative', 'neg', 'not detected', 'none detected', 'nondetected', 'non-reactive', 'nonreactive', 'absent', 'normal', 'negativo', 'no detectado', 'no reactivo']);
const POSITIVE = new Set(['positive', 'pos', 'detected', 'reactive', 'present', 'positivo', 'detectado', 'reactivo']);

function qualitative(s: string): string {
  return s.trim().toLowerCase().replace(/[.\s]+$/, '').replace(/\s+/g, ' ');
}

interface Bounds {
  low?: number;
  high?: number;
  lowInclusive: boolean;
  highInclusive: boolean;
  unit?: string;
}

function boundsOf(range: FlaggableRange): Bounds | undefined {
  const low = typeof range.low === 'number' && Number.isFinite(range.low) ? range.low : undefined;
  const high = typeof range.high === 'number' && Number.isFinite(range.high) ? range.high : undefined;
  if (low !== undefined || high !== undefined) {
    if (low !== undefined && high !== undefined && low > high) return undefined;
    return { low, high, lowInclusive: true, highInclusive: true, unit: range.unit };
  }
  const parsed = parseRangeText(range.text);
  return parsed ? { ...parsed, unit: range.unit ?? parsed.unit } : undefined;
}

/**
 * Flags a value against a reference range.
 * - quantity: `low`/`high` when the value (with its comparator, e.g. "<5") lies wholly
 *   below/above the range, `normal` when wholly inside, else `unknown`. Units must match;
 *   a range with a unit and a value without one cannot be compared (`unknown`).
 * - text/coded: `normal` when the value says what the range says ("Negative"),
 *   `abnormal` for a positive finding against a negative range, else `unknown`.
 */
export function computeFlag(value: FlaggableValue | undefined, range: FlaggableRange | undefined): RangeFlag {
  if (!value || !range) return 'unknown';
  if (value.kind !== 'quantity') {
    const text = typeof range.text === 'string' ? qualitative(range.text) : '';
    const v = typeof value.text === 'string' ? qualitative(value.text) : '';
    if (!text || !v || parseRangeText(range.text)) return 'unknown';
    if (v === text) return 'normal';
    if (NEGATIVE.has(text) && POSITIVE.has(v)) return 'abnormal';
    if (NEGATIVE.has(text) && NEGATIVE.has(v)) return 'normal';
    return 'unknown';
  }
  if (typeof value.value !== 'number' || !Number.isFinite(value.value)) return 'unknown';
  const b = boundsOf(range);
  if (!b || (b.low === undefined && b.high === undefined)) return 'unknown';
  if (b.unit !== undefined && b.unit.trim() !== '') {
    if (!value.unit?.trim() || !unitsMatch(value.unit, b.unit)) return 'unknown';
  }

  // The value as an interval: "<5" is (-∞, 5).
  const v = value.value;
  const c = value.comparator;
  const lo = c === '<' || c === '<=' ? -Infinity : v;
  const loOpen = c === '>';
  const hi = c === '>' || c === '>=' ? Infinity : v;
  const hiOpen = c === '<';

  // A concentration cannot be negative, so "<5" against a range starting at 0 is not "straddling" it.
  let low = b.low;
  if (low !== undefined && low <= 0 && (c === '<' || c === '<=')) low = undefined;

  const belowLow = low !== undefined && (hi < low || (hi === low && (hiOpen || !b.lowInclusive)));
  if (belowLow) return 'low';
  const aboveHigh = b.high !== undefined && (lo > b.high || (lo === b.high && (loOpen || !b.highInclusive)));
  if (aboveHigh) return 'high';
  const aboveLow = low === undefined || lo > low || (lo === low && (b.lowInclusive || loOpen));
  const belowHigh = b.high === undefined || hi < b.high || (hi === b.high && (b.highInclusive || hiOpen));
  return aboveLow && belowHigh ? 'normal' : 'unknown';
}

const RANK: Record<FlagSeverity, number> = {
  unknown: -1,
  normal: 0,
  abnormal: 1,
  low: 2,
  high: 2,
  critical: 3,
  'critical-low': 3,
  'critical-high': 3,
};

/**
 * The flag for a whole result from its parts (e.g. blood pressure components):
 * the most serious flag; `unknown` when nothing is out of range but some part is
 * unknown; `normal` only when every part is normal.
 */
export function combineFlags(flags: FlagSeverity[]): FlagSeverity {
  if (flags.length === 0) return 'unknown';
  const worst = Math.max(...flags.map((f) => RANK[f]));
  if (worst <= 0) return flags.includes('unknown') ? 'unknown' : 'normal';
  const top = [...new Set(flags.filter((f) => RANK[f] === worst))];
  if (top.length === 1) return top[0];
  return worst === 3 ? 'critical' : 'abnormal';
}
