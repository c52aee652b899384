/** Trend series of a lab result: its history and its own value, in one unit. Pure and DOM-free. */
import type { LabResult, ResultFlag } from '../../adapters/types.js';
import { resultDate, timeOf } from './group.js';
import { unitsMatch } from './range.js';

/** One point of a trend. */
export interface TrendPoint {
  id: string;
  date: string;
  value: number;
  flag: ResultFlag;
  /** This point is the result being shown. */
  current: boolean;
}

export interface TrendSeries {
  points: TrendPoint[];
  /** Earlier values left out because their unit differs from this result's unit. */
  leftOut: number;
}

/** The result's history plus its own value, oldest first, in one unit. */
export function trendSeries(result: LabResult): TrendSeries {
  const unit = result.value?.kind === 'quantity' ? result.value.unit : undefined;
  const byId = new Map<string, TrendPoint>();
  let leftOut = 0;
  for (const h of result.history ?? []) {
    if (!h || !Number.isFinite(h.value) || timeOf(h.date) === Number.NEGATIVE_INFINITY) continue;
    if (!unitsMatch(h.unit, unit)) {
      leftOut++;
      continue;
    }
    byId.set(h.id, { id: h.id, date: h.date, value: h.value, flag: h.flag, current: false });
  }
  const date = result.collectedAt ?? resultDate(result);
  if (result.value?.kind === 'quantity' && Number.isFinite(result.value.value) && date && result.status !== 'cancelled') {
    byId.set(result.id, { id: result.id, date, value: result.value.value, flag: result.flag, current: true });
  }
  const points = [...byId.values()].sort((a, b) => timeOf(a.date) - timeOf(b.date));
  return { points, leftOut };
}
