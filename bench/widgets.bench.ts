/**
 * First render of each widget on the sample patient (printed, not asserted): from
 * adding the element to the page until it shows the patient's data, with no loading
 * state left. "cold" is the first element of its kind (its on-demand chunks load
 * then); "warm" is the median of the next ones.
 */
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import '../src/index.js';

const WIDGETS: { tag: string; setup?: (el: HTMLElement) => void }[] = [
  { tag: 'portal-notes' },
  { tag: 'portal-note', setup: (el) => el.setAttribute('note-id', 'note-dm-visit') },
  { tag: 'portal-results' },
  { tag: 'portal-result-preferences' },
  { tag: 'portal-messages' },
  { tag: 'portal-message-composer' },
  { tag: 'portal-appointment-request' },
];

function settled(el: HTMLElement): boolean {
  const root = el.shadowRoot;
  if (!root) return false;
  if (root.querySelector('[part~="loading"]')) return false;
  return (root.textContent ?? '').trim().length > 40;
}

async function firstRender(tag: string, setup?: (el: HTMLElement) => void): Promise<number> {
  const adapter = new MemoryAdapter(undefined, { latencyMs: 0 });
  await adapter.listNotes(); // the adapter's own set-up is not the widget's
  const el = document.createElement(tag) as HTMLElement & { adapter?: unknown };
  el.adapter = adapter;
  setup?.(el);
  const start = performance.now();
  document.body.append(el);
  for (let i = 0; i < 20_000 && !settled(el); i++) await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  const ms = performance.now() - start;
  el.remove();
  return ms;
}

describe('first render of each widget on the sample patient', () => {
  it('prints figures', async () => {
    for (const { tag, setup } of WIDGETS) {
      const cold = await firstRender(tag, setup);
      const warm: number[] = [];
      for (let i = 0; i < 7; i++) warm.push(await firstRender(tag, setup));
      warm.sort((a, b) => a - b);
      console.log(`BENCH first render <${tag}>: ${cold.toFixed(1)} ms cold (loads its chunks), ${warm[3].toFixed(1)} ms warm median`);
    }
  });
});
