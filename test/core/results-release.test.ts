import { expect } from '@open-wc/testing';
import type { LabResult, ResultCategory, ResultFlag, ResultPreferences } from '../../src/adapters/types.js';
import { clampHoldDays, decideResultRelease, type ReleaseReason, type ReleaseState } from '../../src/core/results/release.js';

const NOW = new Date('2026-03-10T12:00:00Z');

function result(over: Partial<LabResult> & { reviewed?: boolean } = {}): LabResult {
  const { reviewed = false, ...rest } = over;
  return {
    id: 'r1',
    name: 'Potassium',
    category: 'lab',
    value: { kind: 'quantity', value: 5.8, unit: 'mmol/L' },
    range: { low: 3.5, high: 5.1, unit: 'mmol/L' },
    flag: 'high',
    status: 'final',
    resultedAt: '2026-03-09T12:00:00Z',
    report: { id: 'rep1', name: 'Basic metabolic panel', issued: '2026-03-09T12:00:00Z', reviewed },
    ...rest,
  };
}

function prefs(mode: 'immediate' | 'hold-abnormal', holdDays = 3, category: ResultCategory = 'lab'): ResultPreferences {
  const base = { mode: 'immediate' as const, holdDays: 3 };
  return {
    categories: { lab: base, imaging: base, pathology: base, genetic: base, [category]: { mode, holdDays } },
    notify: ['portal'],
    policy: { minHoldDays: 1, maxHoldDays: 14, channels: ['portal', 'email', 'sms'] },
  };
}

interface Row {
  name: string;
  result: LabResult;
  prefs: ResultPreferences | undefined;
  now?: Date;
  state: ReleaseState;
  reason: ReleaseReason;
  heldUntil?: string;
  critical?: boolean;
  options?: Parameters<typeof decideResultRelease>[3];
}

const rows: Row[] = [
  { name: 'no preferences: abnormal shown at once', result: result(), prefs: undefined, state: 'shown', reason: 'immediate' },
  { name: 'immediate: abnormal shown at once', result: result(), prefs: prefs('immediate'), state: 'shown', reason: 'immediate' },
  { name: 'immediate: critical shown at once, marked critical', result: result({ flag: 'critical-high' }), prefs: prefs('immediate'), state: 'shown', reason: 'immediate', critical: true },
  { name: 'hold-abnormal: normal result never held', result: result({ flag: 'normal' }), prefs: prefs('hold-abnormal'), state: 'shown', reason: 'in-range' },
  { name: 'hold-abnormal: unreviewed high result held for the chosen days', result: result(), prefs: prefs('hold-abnormal', 3), state: 'held', reason: 'held-abnormal', heldUntil: '2026-03-12T12:00:00.000Z' },
  { name: 'hold-abnormal: low result held', result: result({ flag: 'low' }), prefs: prefs('hold-abnormal', 3), state: 'held', reason: 'held-abnormal' },
  { name: 'hold-abnormal: "abnormal" (text) result held', result: result({ flag: 'abnormal', value: { kind: 'text', text: 'Positive' } }), prefs: prefs('hold-abnormal'), state: 'held', reason: 'held-abnormal' },
  { name: 'hold-abnormal: reviewed report released with notice', result: result({ reviewed: true }), prefs: prefs('hold-abnormal'), state: 'shown-with-notice', reason: 'reviewed' },
  { name: 'hold-abnormal: days elapsed released with notice', result: result(), prefs: prefs('hold-abnormal', 1), state: 'shown-with-notice', reason: 'hold-elapsed' },
  { name: 'hold-abnormal: exactly at the end of the hold is released', result: result(), prefs: prefs('hold-abnormal', 2), now: new Date('2026-03-11T12:00:00Z'), state: 'shown-with-notice', reason: 'hold-elapsed' },
  { name: 'hold-abnormal: one second before the end is held', result: result(), prefs: prefs('hold-abnormal', 2), now: new Date('2026-03-11T11:59:59Z'), state: 'held', reason: 'held-abnormal' },
  { name: 'hold-abnormal: critical value held at most 24 hours', result: result({ flag: 'critical-high' }), prefs: prefs('hold-abnormal', 7), now: new Date('2026-03-09T20:00:00Z'), state: 'held', reason: 'held-critical', heldUntil: '2026-03-10T12:00:00.000Z', critical: true },
  { name: 'hold-abnormal: critical value released after 24 hours', result: result({ flag: 'critical-low' }), prefs: prefs('hold-abnormal', 7), state: 'shown-with-notice', reason: 'hold-elapsed', critical: true },
  { name: 'hold-abnormal: critical value with a custom hold of 48 hours', result: result({ flag: 'critical' }), prefs: prefs('hold-abnormal', 7), options: { criticalHoldHours: 48 }, state: 'held', reason: 'held-critical', heldUntil: '2026-03-11T12:00:00.000Z', critical: true },
  { name: 'hold-abnormal: reviewed critical released with notice', result: result({ flag: 'critical-high', reviewed: true }), prefs: prefs('hold-abnormal'), now: new Date('2026-03-09T20:00:00Z'), state: 'shown-with-notice', reason: 'reviewed', critical: true },
  { name: 'hold-abnormal: long-reviewed result shown without a notice', result: result({ reviewed: true }), prefs: prefs('hold-abnormal', 3), now: new Date('2026-06-01T12:00:00Z'), state: 'shown', reason: 'reviewed' },
  { name: 'hold-abnormal: unknown flag held (nothing says it is in range)', result: result({ flag: 'unknown', range: undefined }), prefs: prefs('hold-abnormal'), state: 'held', reason: 'held-unknown' },
  { name: 'immediate: unknown flag shown', result: result({ flag: 'unknown' }), prefs: prefs('immediate'), state: 'shown', reason: 'immediate' },
  { name: 'hold-abnormal: cancelled result is shown (no value to hold)', result: result({ status: 'cancelled', value: undefined }), prefs: prefs('hold-abnormal'), state: 'shown', reason: 'no-value' },
  { name: 'hold-abnormal on imaging only: lab result shown', result: result(), prefs: prefs('hold-abnormal', 3, 'imaging'), state: 'shown', reason: 'immediate' },
  { name: 'hold-abnormal on pathology: pathology result held', result: result({ category: 'pathology' }), prefs: prefs('hold-abnormal', 3, 'pathology'), state: 'held', reason: 'held-abnormal' },
  { name: 'hold-abnormal on genetic: genetic result held', result: result({ category: 'genetic', flag: 'abnormal' }), prefs: prefs('hold-abnormal', 3, 'genetic'), state: 'held', reason: 'held-abnormal' },
  { name: 'hold days clamped to the clinic maximum', result: result(), prefs: prefs('hold-abnormal', 99), now: new Date('2026-03-22T12:00:00Z'), state: 'held', reason: 'held-abnormal', heldUntil: '2026-03-23T12:00:00.000Z' },
  { name: 'hold days clamped to the clinic minimum (0 → 1)', result: result(), prefs: prefs('hold-abnormal', 0), now: new Date('2026-03-09T18:00:00Z'), state: 'held', reason: 'held-abnormal', heldUntil: '2026-03-10T12:00:00.000Z' },
  { name: 'no release date: held until reviewed, no date promised', result: result({ resultedAt: undefined, collectedAt: undefined, report: { id: 'x', name: 'BMP', reviewed: false } }), prefs: prefs('hold-abnormal'), state: 'held', reason: 'held-abnormal', heldUntil: undefined },
  { name: 'hold counts from the report date when the result has none', result: result({ resultedAt: undefined }), prefs: prefs('hold-abnormal', 3), state: 'held', reason: 'held-abnormal', heldUntil: '2026-03-12T12:00:00.000Z' },
  { name: 'component outside the range holds the whole result', result: result({ flag: 'unknown', value: undefined, components: [{ name: 'Systolic', flag: 'high' }, { name: 'Diastolic', flag: 'normal' }] }), prefs: prefs('hold-abnormal'), state: 'held', reason: 'held-abnormal' },
  { name: 'preferences unavailable: abnormal held without a date', result: result(), prefs: undefined, options: { preferencesUnavailable: true }, state: 'held', reason: 'preferences-unavailable' },
  { name: 'preferences unavailable: normal still shown', result: result({ flag: 'normal' }), prefs: undefined, options: { preferencesUnavailable: true }, state: 'shown', reason: 'in-range' },
];

describe('decideResultRelease', () => {
  for (const row of rows) {
    it(row.name, () => {
      const d = decideResultRelease(row.result, row.prefs, row.now ?? NOW, row.options);
      expect(d.state, 'state').to.equal(row.state);
      expect(d.reason, 'reason').to.equal(row.reason);
      if ('heldUntil' in row) expect(d.heldUntil, 'heldUntil').to.equal(row.heldUntil);
      expect(d.critical, 'critical').to.equal(row.critical ?? false);
    });
  }

  it('never holds an in-range result, whatever the flag spelling of the rest', () => {
    const flags: ResultFlag[] = ['normal'];
    for (const flag of flags) {
      expect(decideResultRelease(result({ flag }), prefs('hold-abnormal', 14), NOW).state).to.equal('shown');
    }
  });

  it('is pure: the same inputs give the same decision and inputs are not changed', () => {
    const r = result();
    const p = prefs('hold-abnormal');
    const before = JSON.stringify([r, p]);
    expect(decideResultRelease(r, p, NOW)).to.deep.equal(decideResultRelease(r, p, NOW));
    expect(JSON.stringify([r, p])).to.equal(before);
  });
});

describe('clampHoldDays', () => {
  const policy = { minHoldDays: 1, maxHoldDays: 14 };
  const cases: [number, number][] = [[3, 3], [0, 1], [30, 14], [2.6, 3], [Number.NaN, 1], [-5, 1]];
  for (const [input, out] of cases) it(`${input} → ${out}`, () => expect(clampHoldDays(input, policy)).to.equal(out));
  it('never negative without a policy', () => expect(clampHoldDays(-2)).to.equal(0));
});
