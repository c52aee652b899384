/** Meaning of a result's flag, shared by the release policy, summaries and elements. DOM-free. */
import type { LabResult, ResultFlag } from '../../adapters/types.js';

const OUTSIDE: ReadonlySet<ResultFlag> = new Set<ResultFlag>(['low', 'high', 'critical-low', 'critical-high', 'abnormal', 'critical']);
const CRITICAL: ReadonlySet<ResultFlag> = new Set<ResultFlag>(['critical-low', 'critical-high', 'critical']);

/** The flag says the result is outside the standard range (including critical values). */
export function isOutsideRange(flag: ResultFlag): boolean {
  return OUTSIDE.has(flag);
}

/** The flag marks a critical value: the care team should contact the patient promptly. */
export function isCritical(flag: ResultFlag): boolean {
  return CRITICAL.has(flag);
}

/** A result or any of its components is outside the range. */
export function resultIsOutsideRange(result: LabResult): boolean {
  return isOutsideRange(result.flag) || (result.components ?? []).some((c) => isOutsideRange(c.flag));
}

/** A result or any of its components is critical. */
export function resultIsCritical(result: LabResult): boolean {
  return isCritical(result.flag) || (result.components ?? []).some((c) => isCritical(c.flag));
}

/**
 * Nothing says whether the result is in range: its flag (and every component's) is
 * `unknown`. A cancelled result is never "unknown": it has no value to judge.
 */
export function resultFlagUnknown(result: LabResult): boolean {
  if (result.status === 'cancelled') return false;
  return result.flag === 'unknown' && (result.components ?? []).every((c) => c.flag === 'unknown');
}
