/**
 * Where a numeric value sits against a reference range, for range bars and their
 * text equivalents. DOM-free. Deliberately refuses to place a value when the range
 * cannot be trusted (text-only, units that differ, low above high), so no bar ever
 * suggests more than the data says.
 */
import type { Comparator, ReferenceRange, ResultValue } from '../../adapters/types.js';

/** Where the value lies relative to the range. `unknown` when a comparator makes it undecidable. */
export type RangeRelation = 'below' | 'within' | 'above' | 'unknown';

/** Which bounds the range has. */
export type RangeShape = 'between' | 'low-only' | 'high-only';

/** A value placed on a scale; every position is a fraction 0…1 of the bar's width. */
export interface RangeScale {
  kind: 'scale';
  shape: RangeShape;
  /** Value at the left end of the bar. */
  min: number;
  /** Value at the right end of the bar. */
  max: number;
  /** Where the reference band starts and ends (fractions). */
  bandStart: number;
  bandEnd: number;
  /** Where the value's marker goes (fraction). */
  marker: number;
  relation: RangeRelation;
  value: number;
  comparator?: Comparator;
  low?: number;
  high?: number;
  unit?: string;
}

/** Why no bar can be drawn (each has a plain-language explanation in the element). */
export type RangeNoScale =
  | { kind: 'no-range' }
  | { kind: 'text-only'; text: string }
  | { kind: 'not-numeric' }
  | { kind: 'unit-mismatch'; valueUnit: string; rangeUnit: string }
  | { kind: 'invalid-range' };

export type RangePlacement = RangeScale | RangeNoScale;

/** Unit spellings that mean the same thing (after `normalizeUnit`). */
const UNIT_SYNONYMS: readonly (readonly string[])[] = [
  ['10*3/ul', '10^3/ul', 'x10e3/ul', 'x10^3/ul', 'k/ul', 'thou/ul', '10*3/mm3', '10*9/l', '10^9/l', 'x10^9/l', 'x10e9/l', '/nl'],
  ['10*6/ul', '10^6/ul', 'x10e6/ul', 'x10^6/ul', 'm/ul', 'mill/ul', '10*12/l', '10^12/l', 'x10^12/l', 'x10e12/l', '/pl'],
  ['%', 'percent', 'pct'],
  ['ml/min/1.73m2', 'ml/min/1.73m^2', 'ml/min/{1.73_m2}', 'ml/min/1.73_m2'],
  ['g/dl', 'gm/dl'],
  ['u/l', 'iu/l', '[iu]/l'],
  ['miu/l', 'uiu/ml', 'u[iu]/ml', 'm[iu]/l', 'mu/l'],
  ['fl', 'um3'],
  ['ratio', '1', '', '{ratio}'],
];

/** Lower-cases and strips spacing, UCUM braces and micro-sign variants so spellings compare. */
export function normalizeUnit(unit: string): string {
  return unit
    .trim()
    .toLowerCase()
    .replace(/[µμ]/g, 'u')
    .replace(/\s+/g, '')
    .replace(/^\{(.*)\}$/, '$1');
}

/**
 * True when a value's unit and a range's unit are the same unit. A missing unit on
 * either side is taken as "same" (labs usually state it once).
 */
export function unitsMatch(valueUnit: string | undefined, rangeUnit: string | undefined): boolean {
  if (!valueUnit?.trim() || !rangeUnit?.trim()) return true;
  const a = normalizeUnit(valueUnit);
  const b = normalizeUnit(rangeUnit);
  if (a === b) return true;
  return UNIT_SYNONYMS.some((group) => group.includes(a) && group.includes(b));
}

const isNum = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Where a (possibly comparator-qualified) value lies relative to low/high. */
export function relationToRange(value: number, low: number | undefined, high: number | undefined, comparator?: Comparator): RangeRelation {
  const hasLow = isNum(low);
  const hasHigh = isNum(high);
  if (!comparator) {
    if (hasLow && value < low) return 'below';
    if (hasHigh && value > high) return 'above';
    return 'within';
  }
  if (comparator === '<' || comparator === '<=') {
    // The true value is at most `value`.
    const strict = comparator === '<';
    if (hasLow && (strict ? value <= low : value < low)) return 'below';
    const underHigh = !hasHigh || value <= high;
    if (underHigh && (!hasLow || low <= 0)) return 'within';
    return 'unknown';
  }
  // '>' or '>=': the true value is at least `value`.
  const strict = comparator === '>';
  if (hasHigh && (strict ? value >= high : value > high)) return 'above';
  const overLow = !hasLow || value >= low;
  if (overLow && !hasHigh) return 'within';
  return 'unknown';
}

const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));

/**
 * Places a result value on its reference range.
 *
 * Scales: between low and high, the band takes the middle half of the bar; with
 * one bound, the band runs from that bound to the open end. The scale widens so
 * the value's marker is always on the bar.
 */
export function placeOnRange(value: ResultValue | undefined, range: ReferenceRange | undefined): RangePlacement {
  if (!value || value.kind !== 'quantity' || !isNum(value.value)) return { kind: 'not-numeric' };
  const low = isNum(range?.low) ? range?.low : undefined;
  const high = isNum(range?.high) ? range?.high : undefined;
  if (low === undefined && high === undefined) {
    const text = range?.text?.trim();
    return text ? { kind: 'text-only', text } : { kind: 'no-range' };
  }
  if (low !== undefined && high !== undefined && low > high) return { kind: 'invalid-range' };
  if (!unitsMatch(value.unit, range?.unit)) {
    return { kind: 'unit-mismatch', valueUnit: value.unit ?? '', rangeUnit: range?.unit ?? '' };
  }

  const v = value.value;
  const nonNegative = v >= 0 && (low ?? 0) >= 0 && (high ?? 0) >= 0;
  let min: number;
  let max: number;
  let shape: RangeShape;
  if (low !== undefined && high !== undefined) {
    shape = 'between';
    const span = high - low || Math.abs(high) || 1;
    min = low - span / 2;
    max = high + span / 2;
  } else if (low !== undefined) {
    shape = 'low-only';
    const pad = Math.abs(low) / 2 || 1;
    min = low - pad;
    max = low + pad * 2;
  } else {
    shape = 'high-only';
    const pad = Math.abs(high as number) / 2 || 1;
    min = (high as number) - pad * 2;
    max = (high as number) + pad;
  }
  if (nonNegative) min = Math.max(0, min);
  // Widen so the marker stays on the bar, with a little room at the edge.
  if (v < min) min = v - (max - v) * 0.05;
  if (v > max) max = v + (v - min) * 0.05;
  if (nonNegative) min = Math.max(0, min);
  const width = max - min || 1;
  const at = (n: number): number => clamp01((n - min) / width);

  return {
    kind: 'scale',
    shape,
    min,
    max,
    bandStart: low !== undefined ? at(low) : 0,
    bandEnd: high !== undefined ? at(high) : 1,
    marker: at(v),
    relation: relationToRange(v, low, high, value.comparator),
    value: v,
    comparator: value.comparator,
    low,
    high,
    unit: value.unit ?? range?.unit,
  };
}
