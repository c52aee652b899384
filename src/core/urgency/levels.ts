import type { UrgencyLevel } from './types.js';

/*
 * The order of urgency levels, in a module of its own: elements that only compare
 * levels (`<portal-urgency-notice>`) import it without pulling in the rules.
 */
const LEVEL_RANK: Readonly<Record<UrgencyLevel, number>> = { routine: 0, urgent: 1, emergency: 2 };

/** Orders levels: negative when `a` is less urgent than `b`. */
export function compareUrgency(a: UrgencyLevel, b: UrgencyLevel): number {
  return LEVEL_RANK[a] - LEVEL_RANK[b];
}

/** The most urgent of the given levels (`routine` when none). */
export function maxUrgency(...levels: UrgencyLevel[]): UrgencyLevel {
  let best: UrgencyLevel = 'routine';
  for (const l of levels) if (compareUrgency(l, best) > 0) best = l;
  return best;
}
