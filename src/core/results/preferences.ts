/** Defaults and limits for the patient's result-release choices. DOM-free. */
import type { NotifyChannel, ResultCategory, ResultPreferences, ResultReleasePolicyInfo } from '../../adapters/types.js';
import { clampHoldDays } from './release.js';

export const RESULT_CATEGORIES: readonly ResultCategory[] = ['lab', 'imaging', 'pathology', 'genetic'];
const ALL_CHANNELS: readonly NotifyChannel[] = ['portal', 'email', 'sms'];

/** Limits used when the clinic states none. */
export const DEFAULT_RELEASE_POLICY: ResultReleasePolicyInfo = { minHoldDays: 1, maxHoldDays: 14, channels: [...ALL_CHANNELS] };

/** Everyone starts with results shown as soon as they are ready. */
export function defaultResultPreferences(policy: ResultReleasePolicyInfo = DEFAULT_RELEASE_POLICY): ResultPreferences {
  const holdDays = clampHoldDays(3, policy);
  const pref = { mode: 'immediate' as const, holdDays };
  return { categories: { lab: { ...pref }, imaging: { ...pref }, pathology: { ...pref }, genetic: { ...pref } }, notify: ['portal'], policy };
}

/** The clinic's limits from saved choices, made whole and consistent (defaults where missing). */
export function effectiveReleasePolicy(p?: ResultPreferences): ResultReleasePolicyInfo {
  const pol = p?.policy;
  if (!pol) return DEFAULT_RELEASE_POLICY;
  const min = Number.isFinite(pol.minHoldDays) ? Math.max(0, Math.round(pol.minHoldDays)) : DEFAULT_RELEASE_POLICY.minHoldDays;
  const max = Number.isFinite(pol.maxHoldDays) ? Math.max(min, Math.round(pol.maxHoldDays)) : Math.max(min, DEFAULT_RELEASE_POLICY.maxHoldDays);
  const channels = Array.isArray(pol.channels) && pol.channels.length ? pol.channels : [...ALL_CHANNELS];
  return { ...pol, minHoldDays: min, maxHoldDays: max, channels };
}
