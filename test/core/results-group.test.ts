import { expect } from '@open-wc/testing';
import type { LabResult } from '../../src/adapters/types.js';
import { dedupeResults, filterResults, groupResultsByReport, summarizeResults } from '../../src/core/results/group.js';
import { trendSeries } from '../../src/core/results/trend.js';

function r(id: string, over: Partial<LabResult> = {}): LabResult {
  return {
    id,
    name: 'Glucose',
    category: 'lab',
    value: { kind: 'quantity', value: 90, unit: 'mg/dL' },
    flag: 'normal',
    status: 'final',
    resultedAt: '2026-03-01T10:00:00Z',
    report: { id: 'bmp1', name: 'Basic metabolic panel', reviewed: true },
    ...over,
  };
}

describe('results grouping, filtering and summary', () => {
  const results = [
    r('a'),
    r('b', { name: 'Potassium', flag: 'high' }),
    r('c', { name: 'Hemoglobin', resultedAt: '2026-03-05T10:00:00Z', report: { id: 'cbc1', name: 'Complete blood count', reviewed: false }, flag: 'critical-low' }),
    r('d', { name: 'Vitamin D', resultedAt: '2026-02-01T10:00:00Z', report: undefined, flag: 'low' }),
    r('e', { name: 'Sodium', status: 'cancelled', value: undefined, flag: 'unknown' }),
  ];

  it('groups by report, newest first, keeping the lab order inside', () => {
    const groups = groupResultsByReport(results);
    expect(groups.map((g) => g.id)).to.deep.equal(['cbc1', 'bmp1', 'result:d']);
    expect(groups[1].results.map((x) => x.id)).to.deep.equal(['a', 'b', 'e']);
    expect(groups[2].name).to.equal('Vitamin D');
  });

  it('summarises outside-range and critical counts, leaving cancelled out of the total', () => {
    expect(summarizeResults(results)).to.deep.equal({ total: 4, outside: 3, critical: 1, cancelled: 1 });
  });

  it('dedupes by id, keeping the later version', () => {
    const corrected = r('a', { resultedAt: '2026-03-02T10:00:00Z', status: 'corrected', value: { kind: 'quantity', value: 95 } });
    const out = dedupeResults([r('a'), corrected, r('a')]);
    expect(out).to.have.length(1);
    expect(out[0].status).to.equal('corrected');
  });

  it('filters by outside-range, dates, report and words (accent- and case-insensitive)', () => {
    expect(filterResults(results, { outsideOnly: true }).map((x) => x.id)).to.deep.equal(['b', 'c', 'd']);
    expect(filterResults(results, { from: '2026-03-02' }).map((x) => x.id)).to.deep.equal(['c']);
    expect(filterResults(results, { to: '2026-02-28' }).map((x) => x.id)).to.deep.equal(['d']);
    expect(filterResults(results, { panel: 'Complete blood count' }).map((x) => x.id)).to.deep.equal(['c']);
    expect(filterResults(results, { text: 'POTASS' }).map((x) => x.id)).to.deep.equal(['b']);
    expect(filterResults(results, { text: 'hemoglobina' }, (x) => (x.id === 'c' ? ['Hemoglobína'] : [])).map((x) => x.id)).to.deep.equal(['c']);
    expect(filterResults(results, { text: 'metabolic glucose' }).map((x) => x.id)).to.deep.equal(['a']);
  });
});

describe('trendSeries', () => {
  it('merges history with the current value, oldest first, in one unit', () => {
    const s = trendSeries(
      r('now', {
        collectedAt: '2026-03-01T08:00:00Z',
        history: [
          { id: 'h2', date: '2025-09-01', value: 100, unit: 'mg/dL', flag: 'high' },
          { id: 'h1', date: '2025-03-01', value: 92, unit: 'mg/dL', flag: 'normal' },
          { id: 'h3', date: '2025-10-01', value: 5.1, unit: 'mmol/L', flag: 'normal' },
          { id: 'bad', date: 'not a date', value: 1, flag: 'normal' },
        ],
      }),
    );
    expect(s.points.map((p) => p.id)).to.deep.equal(['h1', 'h2', 'now']);
    expect(s.points.at(-1)!.current).to.equal(true);
    expect(s.leftOut).to.equal(1);
  });
});
