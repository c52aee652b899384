/**
 * Keystroke-to-paint in a 4,000-character message: after each simulated
 * keystroke, the time until the composer has re-rendered and the browser has
 * computed style and layout — the main-thread work that must fit in one 16 ms
 * frame for the keystroke to paint in the next one. Also: the Lit render alone,
 * and the debounced urgency and routing check that runs after a pause in typing.
 * (Time to the next animation frame is not reported: it is set by vsync, not by
 * the composer.) Printed, not asserted.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import '../src/components/messages/messages.js';
import type { PortalMessageComposer } from '../src/components/messages/messages.js';
import { LOCAL_DRAFT_PREFIX, suggestRouting } from '../src/core/messages/index.js';
import { classifyUrgency } from '../src/core/urgency/index.js';

const KEYSTROKES = 120;
const BUDGET_MS = 16;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

describe('composer bench', () => {
  it('keystroke-to-paint with a 4,000-character message', async () => {
    const el = await fixture<PortalMessageComposer>(
      html`<portal-message-composer .adapter=${new MemoryAdapter(undefined, { latencyMs: 0 })} recipient-id="rcp-nurse-line" draft-scope="bench"></portal-message-composer>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('textarea'));
    const box = el.shadowRoot!.querySelector('textarea')!;
    const words = 'My knee has been sore since I fell on the stairs last week and it is a little swollen in the evening. ';
    let text = words.repeat(Math.ceil(3880 / words.length)).slice(0, 3880);
    box.value = text;
    box.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;

    const work: number[] = [];
    const render: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      await nextFrame();
      text += 'abcdefghij'[i % 10];
      const t0 = performance.now();
      box.value = text;
      box.dispatchEvent(new InputEvent('input', { data: text.at(-1), inputType: 'insertText' }));
      await el.updateComplete;
      render.push(performance.now() - t0);
      void box.getBoundingClientRect();
      void el.shadowRoot!.querySelector('#body-counter')!.getBoundingClientRect();
      work.push(performance.now() - t0);
    }
    const checks: number[] = [];
    // The urgency engine builds its lexicon on first use (the composer pays it on the first pause in typing).
    const c0 = performance.now();
    classifyUrgency('warm up', { locale: 'en' });
    const firstCheck = performance.now() - c0;
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      classifyUrgency(`${text} ${i}`, { locale: 'en' });
      suggestRouting(`${text} ${i}`, []);
      checks.push(performance.now() - t0);
    }
    const fmt = (n: number): string => n.toFixed(2);
    console.log(`BENCH composer-keystroke-to-paint: ${fmt(percentile(work, 50))} ms median, ${fmt(percentile(work, 95))} ms p95 (budget ${BUDGET_MS} ms)`);
    console.log(`BENCH composer-keystroke-render: ${fmt(percentile(render, 50))} ms median, ${fmt(percentile(render, 95))} ms p95 (budget ${BUDGET_MS} ms)`);
    console.log(`BENCH composer-live-check-first-call: ${fmt(firstCheck)} ms (one-time engine set-up, unless already warmed by an earlier check)`);
    console.log(`BENCH composer-live-check-4000: ${fmt(percentile(checks, 50))} ms median, ${fmt(percentile(checks, 95))} ms p95 (budget ${BUDGET_MS} ms)`);
    localStorage.removeItem(`${LOCAL_DRAFT_PREFIX}bench:new:rcp-nurse-line`);
  });
});
