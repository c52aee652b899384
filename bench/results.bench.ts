/**
 * First render of `<portal-results>` with 500 results over 60 reports: from
 * attaching the element (data already in memory) to results on screen with
 * style and layout computed (the first chunk; the rest follow frame by frame),
 * then all 500 in the DOM. Also one filter change on the same list.
 * Printed, not asserted (budget 100 ms).
 */
import { fixture, html } from '@open-wc/testing';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { LabResult, Page, PortalAdapter, ResultFlag } from '../src/adapters/types.js';
import '../src/components/results/results.js';

const RESULTS = 500;
const REPORTS = 60;
const RUNS = 9;
const BUDGET_MS = 100;
const NOW = new Date('2026-11-26T15:00:00Z');

const TESTS = [
  { name: 'Glucose', code: '2345-7', unit: 'mg/dL', low: 70, high: 99 },
  { name: 'Potassium', code: '2823-3', unit: 'mmol/L', low: 3.5, high: 5.1 },
  { name: 'Sodium', code: '2951-2', unit: 'mmol/L', low: 136, high: 145 },
  { name: 'Creatinine', code: '2160-0', unit: 'mg/dL', low: 0.57, high: 1 },
  { name: 'Hemoglobin', code: '718-7', unit: 'g/dL', low: 12, high: 15.5 },
  { name: 'LDL cholesterol', code: '13457-7', unit: 'mg/dL', high: 99 },
  { name: 'eGFR', code: '33914-3', unit: 'mL/min/{1.73_m2}', low: 60 },
  { name: 'TSH', code: '3016-3', unit: 'm[IU]/L', low: 0.45, high: 4.5 },
];

function makeResults(): LabResult[] {
  const out: LabResult[] = [];
  for (let i = 0; i < RESULTS; i++) {
    const r = i % REPORTS;
    const t = TESTS[i % TESTS.length];
    const base = t.low !== undefined && t.high !== undefined ? (t.low + t.high) / 2 : (t.low ?? t.high ?? 1);
    const factor = i % 5 === 0 ? 1.6 : i % 7 === 0 ? 0.5 : 1;
    const value = Math.round(base * factor * 100) / 100;
    const flag: ResultFlag =
      t.high !== undefined && value > t.high ? 'high' : t.low !== undefined && value < t.low ? 'low' : 'normal';
    const day = new Date(NOW.getTime() - r * 86_400_000 * 6).toISOString();
    out.push({
      id: `b-${i}`,
      name: t.name,
      code: { system: 'http://loinc.org', code: t.code },
      category: 'lab',
      value: { kind: 'quantity', value, unit: t.unit },
      range: { low: t.low, high: t.high, unit: t.unit },
      flag,
      status: 'final',
      collectedAt: day,
      resultedAt: day,
      report: { id: `rep-${r}`, name: `Panel ${r % 12}`, issued: day, reviewed: r % 3 !== 0 },
      comment: i % 11 === 0 ? 'Repeat in three months.' : undefined,
      history: [1, 2, 3, 4].map((k) => ({ id: `b-${i}-h${k}`, date: new Date(NOW.getTime() - (r + k * 30) * 86_400_000).toISOString(), value: value * (1 + k / 20), unit: t.unit, flag: 'normal' as const })),
    });
  }
  return out;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const median = (values: number[]): number => percentile(values, 50);

describe('results bench', () => {
  it('renders 500 results over 60 reports', async () => {
    const items = makeResults();
    const memory = new MemoryAdapter(undefined, { latencyMs: 0, now: () => NOW });
    const adapter: PortalAdapter = Object.assign(Object.create(memory) as PortalAdapter, {
      capabilities: memory.capabilities,
      listResults: (): Promise<Page<LabResult>> => Promise.resolve({ items }),
    });
    const first: number[] = [];
    const full: number[] = [];
    const filter: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('portal-results');
      el.now = NOW;
      el.adapter = adapter;
      const t0 = performance.now();
      host.append(el);
      while (!el.shadowRoot?.querySelector('article')) {
        await el.updateComplete;
        await Promise.resolve();
      }
      void el.shadowRoot.querySelector('.groups')!.getBoundingClientRect();
      first.push(performance.now() - t0);
      while (el.shadowRoot.querySelectorAll('article').length !== RESULTS) await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      void el.shadowRoot.querySelector('.groups')!.getBoundingClientRect();
      full.push(performance.now() - t0);

      const box = el.shadowRoot.querySelector<HTMLInputElement>('#outside')!;
      const t1 = performance.now();
      box.click();
      await el.updateComplete;
      void el.shadowRoot.querySelector('.groups')?.getBoundingClientRect();
      filter.push(performance.now() - t1);
      host.remove();
    }
    console.log(`BENCH results first render (500 results, 60 reports; first screen): ${median(first).toFixed(1)} ms median, ${percentile(first, 95).toFixed(1)} ms p95 (budget ${BUDGET_MS} ms)`);
    console.log(`BENCH results all 500 in the DOM (chunked over frames): ${median(full).toFixed(1)} ms median, ${percentile(full, 95).toFixed(1)} ms p95 (no budget; page stays responsive between chunks)`);
    console.log(`BENCH results filter change (500 results): ${median(filter).toFixed(1)} ms median, ${percentile(filter, 95).toFixed(1)} ms p95 (budget ${BUDGET_MS} ms)`);
  });
});
