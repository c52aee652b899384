/**
 * Browser benchmarks for the notes widgets (printed, not asserted):
 * opening a 200 KB HTML note, a 1 MB plain-text note, and listing 1,000 notes.
 */
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { Note } from '../src/adapters/types.js';
import '../src/components/notes/notes.js';
import type { PortalNote } from '../src/components/notes/notes.js';
import { createTextAids, decorateHtml } from '../src/components/notes/note-content.js';
import { loadSanitizer, sanitizeToFragment } from '../src/components/shared/sanitize.js';
import { ABBREVIATIONS } from '../src/core/notes/abbreviations.data.js';
import { buildAbbreviationDictionary } from '../src/core/notes/abbreviation-match.js';

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

function report(name: string, samples: number[], budget: number): void {
  const { median, p95 } = stats(samples);
  console.log(`BENCH ${name}: ${median.toFixed(1)} ms median, ${p95.toFixed(1)} ms p95 (budget ${budget} ms)`);
}

function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

async function until(check: () => unknown): Promise<void> {
  for (let i = 0; i < 20_000 && !check(); i++) await new Promise((r) => setTimeout(r, 0));
}

/** About `bytes` of clinical-looking HTML: sections, paragraphs with abbreviations, tables and links. */
function clinicalHtml(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const section = `<h2>Section ${i}: Assessment and Plan</h2>
<p>Pt is a 56 yo F with DM2, HTN and HLD who presents for f/u. She reports SOB on exertion x2 weeks, no CP, no N/V. BP 136/84, HR 78, SpO2 97% on RA.</p>
<p>Continue metformin 1000 mg BID and lisinopril 20 mg QD. Check CBC, BMP and HbA1c before next visit. <a href="https://medlineplus.gov/diabetes.html">Diabetes information</a>.</p>
<table><caption>Vitals</caption><tr><th>Test</th><th>Result</th></tr><tr><td>BP</td><td>136/84</td></tr><tr><td>HR</td><td>78</td></tr></table>
<ul><li>RTC in 3 months</li><li>ED precautions reviewed</li></ul>\n`;
    parts.push(section);
    size += section.length;
  }
  return parts.join('');
}

function note(id: string, content: Note['content']): Note {
  return { id, title: `Benchmark note ${id}`, type: 'progress', status: 'final', date: '2026-03-04', history: [], content };
}

async function openNote(adapter: MemoryAdapter, id: string): Promise<{ ms: number; el: PortalNote }> {
  const el = document.createElement('portal-note');
  el.adapter = adapter;
  el.noteId = id;
  const start = performance.now();
  document.body.append(el);
  await until(() => el.shadowRoot?.querySelector('article'));
  await el.updateComplete;
  await nextFrame();
  return { ms: performance.now() - start, el };
}

const dictionary = buildAbbreviationDictionary(ABBREVIATIONS);

describe('notes benchmarks', () => {
  before(async () => {
    await loadSanitizer();
  });

  it('opens a 200 KB HTML note', async () => {
    const html = clinicalHtml(200 * 1024);
    const adapter = new MemoryAdapter({ notes: [note('html', [{ contentType: 'text/html', text: html }])] }, { latencyMs: 0 });
    const samples: number[] = [];
    const sanitizeOnly: number[] = [];
    for (let i = 0; i < 12; i++) {
      const { ms, el } = await openNote(adapter, 'html');
      if (i > 1) samples.push(ms);
      el.remove();
      const t = performance.now();
      decorateHtml(sanitizeToFragment(html), createTextAids(true, '', dictionary));
      if (i > 1) sanitizeOnly.push(performance.now() - t);
    }
    // The floor on this machine: parse and insert the same HTML with no sanitising, no reader.
    const baseline: number[] = [];
    for (let i = 0; i < 8; i++) {
      const host = document.createElement('div');
      const shadow = host.attachShadow({ mode: 'open' });
      document.body.append(host);
      const t = performance.now();
      shadow.append(...Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes));
      await nextFrame();
      if (i > 1) baseline.push(performance.now() - t);
      host.remove();
    }
    report('notes: baseline, parse + insert the same 200 KB HTML unsanitised (machine floor)', baseline, 50);
    report('notes: open 200 KB HTML note (render to first frame)', samples, 50);
    report('notes: sanitise + decorate 200 KB HTML', sanitizeOnly, 50);
  });

  it('opens a 1 MB plain-text note', async () => {
    const line = 'Pt reports SOB on exertion, no CP. BP stable on current meds; continue plan and f/u in clinic.\n';
    let text = '';
    for (let i = 0; text.length < 1024 * 1024; i++) text += (i % 40 === 0 ? `\nSection ${i}:\n` : '') + line;
    const adapter = new MemoryAdapter({ notes: [note('big', [{ contentType: 'text/plain', text }])] }, { latencyMs: 0 });
    const first: number[] = [];
    const all: number[] = [];
    const longestFrame: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const { ms, el } = await openNote(adapter, 'big');
      first.push(ms);
      let last = performance.now();
      let longest = 0;
      const body = () => el.shadowRoot!.querySelector('.body')!;
      while (body().getAttribute('aria-busy') === 'true') {
        await nextFrame();
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }
      all.push(performance.now() - start);
      longestFrame.push(longest);
      el.remove();
    }
    report('notes: 1 MB text note, first screen', first, 100);
    report('notes: 1 MB text note, longest frame while rendering the rest', longestFrame, 50);
    report('notes: 1 MB text note, all text rendered', all, 3000);
  });

  it('lists 1,000 notes', async () => {
    const notes = Array.from({ length: 1000 }, (_, i) =>
      note(`n${i}`, [{ contentType: 'text/plain', text: `Visit ${i}. Pt doing well. BP stable.` }]),
    ).map((n, i) => ({ ...n, date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString(), author: { name: 'Dr. Ana Rivera', role: 'Physician' } }));
    const adapter = new MemoryAdapter({ notes }, { latencyMs: 0 });
    const first: number[] = [];
    for (let i = 0; i < 6; i++) {
      const el = document.createElement('portal-notes');
      el.adapter = adapter;
      const start = performance.now();
      document.body.append(el);
      await until(() => el.shadowRoot?.querySelectorAll('li.item').length === 20);
      await nextFrame();
      if (i > 0) first.push(performance.now() - start);
      el.remove();
    }
    report('notes: list of 1,000 notes, first page of 20', first, 50);

    // The patient keeps pressing "Show more notes" until all 1,000 are on the page.
    const el = document.createElement('portal-notes');
    el.adapter = adapter;
    el.pageSize = 100;
    document.body.append(el);
    await until(() => el.shadowRoot?.querySelectorAll('li.item').length === 100);
    const perPage: number[] = [];
    for (let shown = 100; shown < 1000; shown += 100) {
      const more = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent?.includes('Show more notes'))!;
      const start = performance.now();
      more.click();
      await until(() => el.shadowRoot!.querySelectorAll('li.item').length === shown + 100);
      await nextFrame();
      perPage.push(performance.now() - start);
    }
    report('notes: list of 1,000 notes, each "Show more" of 100 (up to 1,000 shown)', perPage, 100);
    const start = performance.now();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.item-open')!.click();
    await until(() => el.shadowRoot!.querySelector('portal-note')?.shadowRoot?.querySelector('article'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.back')!.click();
    await until(() => el.shadowRoot!.activeElement?.classList.contains('item-open'));
    report('notes: open a note and go back with 1,000 notes listed', [performance.now() - start], 200);
    el.remove();
  });
});
