/**
 * The result release policy: for one result, the patient's delivery preferences
 * and the clock, decide whether the result is shown, held (until when, and why) or
 * shown with a notice. Pure and DOM-free.
 *
 * Principles (21st Century Cures Act: release without delay unless the patient
 * asks for the delay):
 * - With no preferences, or `immediate` for the category, every result is shown.
 * - Results the flag says are in range are never held.
 * - `hold-abnormal` holds results outside the range, and results nothing says are
 *   in range (`unknown`: the patient asked to hear first, and we cannot tell), until
 *   a clinician has reviewed the report or `holdDays` have passed since the result
 *   was released by the lab. After that the result is shown with a notice (a
 *   reviewed result only while the hold would still have applied).
 * - Critical values are held for at most `criticalHoldHours` (default 24): the
 *   care team is expected to call sooner, and a critical value must not wait days.
 * - The patient can always reveal a held result ("Show it now"); that is the
 *   element's job, not this function's.
 */
import type { LabResult, ResultPreferences } from '../../adapters/types.js';
import { resultFlagUnknown, resultIsCritical, resultIsOutsideRange } from './flags.js';

export type ReleaseState = 'shown' | 'held' | 'shown-with-notice';

/**
 * Why the decision was made.
 * - `immediate`: the patient (or the default) wants results as soon as ready.
 * - `in-range`: the result is in range, so it is never held.
 * - `no-value`: cancelled: nothing to hold.
 * - `held-abnormal` / `held-unknown` / `held-critical`: held by the patient's choice.
 * - `preferences-unavailable`: held because the patient's choices could not be read.
 * - `reviewed`: a clinician reviewed it, so the hold ended (`shown-with-notice` while
 *   the hold would otherwise still apply, `shown` after that).
 * - `hold-elapsed`: the days the patient chose have passed.
 */
export type ReleaseReason =
  | 'immediate'
  | 'in-range'
  | 'no-value'
  | 'held-abnormal'
  | 'held-unknown'
  | 'held-critical'
  | 'preferences-unavailable'
  | 'reviewed'
  | 'hold-elapsed';

export interface ReleaseDecision {
  state: ReleaseState;
  reason: ReleaseReason;
  /** When a held result will be shown even without review (ISO date-time); absent when not known. */
  heldUntil?: string;
  /** The result (or a component) is a critical value. */
  critical: boolean;
  /** The hold days actually applied, after clinic limits. */
  holdDays?: number;
}

export interface ReleaseOptions {
  /** Longest hold for a critical value, in hours. Default 24. */
  criticalHoldHours?: number;
  /**
   * The patient's preferences could not be read. Results outside the range (or
   * unknown) are then held with reason `preferences-unavailable` (no `heldUntil`),
   * so a patient who asked for a hold is never surprised; "Show it now" still works.
   */
  preferencesUnavailable?: boolean;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

function parseTime(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(t) ? undefined : t;
}

/** When the result became available: resulted, else report issued, else collected. */
export function releaseStart(result: LabResult): number | undefined {
  return parseTime(result.resultedAt) ?? parseTime(result.report?.issued) ?? parseTime(result.collectedAt);
}

/** Hold days within the clinic's limits; whole days, never negative. */
export function clampHoldDays(days: number, policy?: { minHoldDays: number; maxHoldDays: number }): number {
  let d = Number.isFinite(days) ? Math.round(days) : 0;
  if (policy) d = Math.min(Math.max(d, policy.minHoldDays), policy.maxHoldDays);
  return Math.max(0, d);
}

/** Decides whether `result` is shown, held or shown with a notice at `now`. */
export function decideResultRelease(
  result: LabResult,
  preferences: ResultPreferences | undefined,
  now: Date,
  options: ReleaseOptions = {},
): ReleaseDecision {
  const critical = resultIsCritical(result);
  if (result.status === 'cancelled') return { state: 'shown', reason: 'no-value', critical: false };

  const outside = resultIsOutsideRange(result);
  const unknown = !outside && resultFlagUnknown(result);
  if (!outside && !unknown) return { state: 'shown', reason: 'in-range', critical };

  if (!preferences) {
    return options.preferencesUnavailable
      ? { state: 'held', reason: 'preferences-unavailable', critical }
      : { state: 'shown', reason: 'immediate', critical };
  }
  const pref = preferences.categories?.[result.category];
  if (!pref || pref.mode !== 'hold-abnormal') return { state: 'shown', reason: 'immediate', critical };

  const holdDays = clampHoldDays(pref.holdDays, preferences.policy);
  const start = releaseStart(result);
  const nowMs = now.getTime();
  let until = start === undefined ? undefined : start + holdDays * DAY_MS;
  if (critical && start !== undefined) {
    const hours = Math.max(0, options.criticalHoldHours ?? 24);
    until = Math.min(until ?? Infinity, start + hours * HOUR_MS);
  }
  const holdOver = until !== undefined && nowMs >= until;

  if (result.report?.reviewed) {
    // The notice matters only while the hold would still have applied; older reviewed results are simply shown.
    return { state: holdOver ? 'shown' : 'shown-with-notice', reason: 'reviewed', critical, holdDays };
  }
  if (holdOver) return { state: 'shown-with-notice', reason: 'hold-elapsed', critical, holdDays };

  return {
    state: 'held',
    reason: critical ? 'held-critical' : unknown ? 'held-unknown' : 'held-abnormal',
    heldUntil: until === undefined ? undefined : new Date(until).toISOString(),
    critical,
    holdDays,
  };
}
