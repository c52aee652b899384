import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, createSampleSeed } from '../../src/adapters/memory/index.js';
import type { MemorySeed } from '../../src/adapters/memory/index.js';
import type { LabResult, Page, PortalAdapter, ResultPreferences } from '../../src/adapters/types.js';
import '../../src/components/results/results.js';
import type { PortalResults } from '../../src/components/results/results.js';
import type { ComposeRequestDetail } from '../../src/components/shared/events.js';
import { setLocale } from '../../src/i18n/localization.js';

const NOW = new Date('2026-11-26T15:00:00Z');

/**
 * Some of the sample patient's reports (each test uses the few it needs, so the
 * DOM stays small and axe stays fast). `rep-bmp-d2` is the newest, unreviewed
 * metabolic panel: high glucose, critical potassium, low eGFR.
 */
function reports(...ids: string[]): Partial<MemorySeed> {
  return { results: createSampleSeed(NOW).results.filter((r) => ids.includes(r.report?.id ?? '')) };
}

/** Every A1c the sample patient had (for trends). */
function a1cHistory(): Partial<MemorySeed> {
  return { results: createSampleSeed(NOW).results.filter((r) => r.code?.code === '4548-4') };
}

function memory(seed: Partial<MemorySeed> = reports('rep-bmp-d2')): MemoryAdapter {
  return new MemoryAdapter(seed, { latencyMs: 0, now: () => NOW });
}

async function holdLab(adapter: MemoryAdapter, holdDays = 3): Promise<void> {
  const p = await adapter.getResultPreferences();
  await adapter.saveResultPreferences({ ...p, categories: { ...p.categories, lab: { mode: 'hold-abnormal', holdDays } } });
}

/** Waits until every result is rendered (long lists render in chunks, marked aria-busy). */
async function settled(el: PortalResults): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('.groups')?.getAttribute('aria-busy') !== 'true', 'results never finished rendering', { timeout: 4000 });
  await el.updateComplete;
}

async function render(adapter: PortalAdapter | undefined): Promise<PortalResults> {
  const el = await fixture<PortalResults>(html`<portal-results .adapter=${adapter} .now=${NOW}></portal-results>`);
  // updateComplete also waits for the parts loaded on demand (cards, explanation index).
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('.state-loading'), 'results never loaded', { timeout: 4000 });
  await settled(el);
  return el;
}

const root = (el: Element): ShadowRoot => el.shadowRoot!;
const text = (el: Element): string => root(el).textContent.replace(/\s+/g, ' ');

function card(el: PortalResults, name: string): HTMLElement {
  const cards = [...root(el).querySelectorAll<HTMLElement>('article')];
  const found = cards.find((c) => c.querySelector('h4')?.textContent?.trim() === name);
  if (!found) throw new Error(`no card named ${name}`);
  return found;
}

function button(scope: ParentNode, label: RegExp): HTMLButtonElement {
  const b = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((x) => label.test(x.textContent.replace(/\s+/g, ' ')));
  if (!b) throw new Error(`no button ${label}`);
  return b;
}

function baseResult(id: string, over: Partial<LabResult> = {}): LabResult {
  return {
    id,
    name: 'Glucose',
    category: 'lab',
    value: { kind: 'quantity', value: 90, unit: 'mg/dL' },
    range: { low: 70, high: 99, unit: 'mg/dL' },
    flag: 'normal',
    status: 'final',
    resultedAt: '2026-11-20T10:00:00Z',
    report: { id: 'rep-x', name: 'Odd results', reviewed: true },
    ...over,
  };
}

/** An adapter whose results come from a function (for malformed data and counting). */
function listing(items: LabResult[], prefs?: ResultPreferences): PortalAdapter {
  const m = memory(prefs ? { resultPreferences: prefs } : undefined);
  return Object.assign(Object.create(m) as PortalAdapter, {
    capabilities: m.capabilities,
    listResults: (): Promise<Page<LabResult>> => Promise.resolve({ items: structuredClone(items) }),
  });
}

describe('<portal-results>', function () {
  // axe over a full results list takes seconds on a busy 2-core CI machine; this is a guard, not a timing assertion.
  this.timeout(20000);

  afterEach(async () => {
    await setLocale('en');
  });

  it('groups results by report, newest first, with summary counts', async () => {
    const el = await render(memory(reports('rep-bmp-d2', 'rep-cbc-d2', 'rep-lipid-d2')));
    const headings = [...root(el).querySelectorAll('section.group h3')].map((h) => h.textContent.trim());
    expect(headings[0]).to.equal('Basic metabolic panel');
    expect(headings).to.include('Complete blood count (CBC)');
    const bmp = root(el).querySelector('section.group')!;
    expect(bmp.textContent).to.match(/4 of 9 outside the standard range/);
    expect(root(el).querySelector('[part=summary]')!.textContent).to.match(/\d+ of \d+ outside the standard range/);
    expect(bmp.textContent).to.include('Not yet reviewed by your care team');
    await expect(el).to.be.accessible();
  });

  it('shows value, unit, flag as text and icon, plain-language name and range sentence', async () => {
    const el = await render(memory());
    const glucose = card(el, 'Glucose');
    expect(glucose.textContent).to.include('182');
    expect(glucose.textContent).to.include('mg/dL');
    expect(glucose.querySelector('.flag')!.textContent.trim()).to.equal('High');
    expect(glucose.querySelector('.flag svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(glucose.querySelector('.plain')!.textContent).to.equal('Blood sugar (glucose)');
    expect(glucose.querySelector('.range-text')!.textContent).to.match(/Your result, 182 mg\/dL, is above the standard range of 70 to 99 mg\/dL/);
    const egfr = card(el, 'eGFR (kidney filtering rate)');
    expect(egfr.querySelector('.range-text')!.textContent).to.match(/below the standard range of 60 .* or more/);
  });

  it('offers a supportive message with a prefilled compose request next to an abnormal result', async () => {
    const el = await render(memory());
    const glucose = card(el, 'Glucose');
    const support = glucose.querySelector('[part=support]')!;
    expect(support.textContent).to.include('higher than the standard range');
    expect(support.textContent).to.include('Many results outside the standard range are not serious');
    expect(support.textContent).to.include('What usually happens next');
    const wait = oneEvent(el, 'portal-compose-request');
    button(support, /Message my care team about this result/).click();
    const ev = (await wait) as CustomEvent<ComposeRequestDetail>;
    expect(ev.detail.topic).to.equal('test-result');
    expect(ev.detail.reference).to.deep.include({ type: 'result', id: 'obs-glucose-d2' });
    expect(ev.detail.subject).to.include('Glucose');
    expect(ev.detail.body).to.include('Glucose');
  });

  it('tells the patient to contact the care team now for a critical value, with the clinic phone', async () => {
    const el = await render(memory());
    const k = card(el, 'Potassium');
    await waitUntil(() => k.querySelector('a[href^="tel:"]'), 'phone never shown');
    const box = k.querySelector('[part=critical]')!;
    expect(box.textContent).to.include('Contact your care team now');
    expect(box.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:5550102000');
    expect(box.textContent).to.include('hemolyzed');
    expect(k.querySelector('.flag')!.textContent.trim()).to.equal('Very high');
    await expect(el).to.be.accessible();
  });

  it('filters by outside-range, panel, search and dates, announcing the count once', async () => {
    const el = await render(memory(reports('rep-bmp-d2', 'rep-lipid-d2', 'rep-lipid-d150', 'rep-thyroid-d2')));
    const all = root(el).querySelectorAll('article.result').length;
    const outside = root(el).querySelector<HTMLInputElement>('#outside')!;
    outside.click();
    await settled(el);
    const flags = [...root(el).querySelectorAll('article.result .badges .flag')].map((f) => f.textContent.trim());
    expect(flags.length).to.be.below(all);
    expect(flags).not.to.include('In range');
    outside.click();
    await settled(el);

    const search = root(el).querySelector<HTMLInputElement>('#q')!;
    search.value = 'potassium';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const names = [...root(el).querySelectorAll('article.result h4')].map((h) => h.textContent.trim());
    expect(new Set(names)).to.deep.equal(new Set(['Potassium']));
    await waitUntil(() => root(el).querySelector('[role=status][aria-live]')!.textContent.includes('shown'), 'no announcement', { timeout: 3000 });

    button(root(el), /Clear filters/).click();
    await settled(el);
    const panel = root(el).querySelector<HTMLSelectElement>('#panel')!;
    panel.value = 'Lipid panel';
    panel.dispatchEvent(new Event('change'));
    await settled(el);
    const panels = [...root(el).querySelectorAll('section.group h3')].map((h) => h.textContent.trim());
    expect(panels).to.have.length(2);
    expect(new Set(panels)).to.deep.equal(new Set(['Lipid panel']));

    button(root(el), /Clear filters/).click();
    await el.updateComplete;
    const from = root(el).querySelector<HTMLInputElement>('#from')!;
    from.value = '2030-01-01';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el)).to.include('No results match your search.');
    await expect(el).to.be.accessible();
  });

  it('opens details with trend chart and table, and emits portal-result-opened', async () => {
    const el = await render(memory(a1cHistory()));
    const a1c = card(el, 'Hemoglobin A1c');
    const toggle = button(a1c, /More about this result/);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const opened = oneEvent(el, 'portal-result-opened');
    toggle.click();
    expect(((await opened) as CustomEvent<{ id: string }>).detail.id).to.equal('obs-a1c-d2');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const chart = a1c.querySelector('svg.trend-chart')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.match(/6 results/);
    button(a1c, /Show the numbers as a table/).click();
    await el.updateComplete;
    const rows = a1c.querySelectorAll('table.trend-table tbody tr');
    expect(rows.length).to.equal(6);
    expect(rows[0].textContent).to.include('8.1');
    expect(rows[0].textContent).to.include('this result');
    await expect(el).to.be.accessible();
  });

  it('explains the test in plain language on demand', async () => {
    const el = await render(memory(reports('rep-thyroid-d2')));
    const tsh = card(el, 'TSH (thyroid-stimulating hormone)');
    button(tsh, /More about this result/).click();
    await el.updateComplete;
    const details = tsh.querySelector('details.explanation') as HTMLDetailsElement;
    expect(details.querySelector('summary')!.textContent).to.equal('What is this test?');
    details.open = true;
    await waitUntil(() => details.textContent.includes('thyroid gland'), 'explanation never loaded');
    expect(details.textContent).to.include('Your care team knows your health');
    await expect(el).to.be.accessible();
  });

  it('holds abnormal results the patient asked to hear about first, and "Show it now" reveals with event and audit', async () => {
    const adapter = memory(reports('rep-bmp-d2', 'rep-lipid-d2'));
    await holdLab(adapter, 3);
    const el = await render(adapter);
    const held = [...root(el).querySelectorAll<HTMLElement>('[part=held]')];
    const glucoseHeld = held.find((h) => h.querySelector('h4')!.textContent === 'Glucose')!;
    expect(glucoseHeld).to.exist;
    expect(glucoseHeld.textContent).to.include('A result is ready.');
    expect(glucoseHeld.textContent).to.match(/They will contact you by [A-Z][a-z]+ \d{1,2}, 20\d\d\./);
    expect(glucoseHeld.textContent).not.to.include('182');
    expect(glucoseHeld.querySelector('.flag')).to.equal(null);
    expect(root(el).querySelector('[part=summary]')!.textContent).to.match(/results? (is|are) waiting for you/);
    await expect(el).to.be.accessible();

    const revealed = oneEvent(el, 'portal-held-result-revealed');
    button(glucoseHeld, /Show it now/).click();
    expect(((await revealed) as CustomEvent<{ id: string }>).detail.id).to.equal('obs-glucose-d2');
    await el.updateComplete;
    const shown = card(el, 'Glucose');
    expect(shown.textContent).to.include('182');
    expect(shown.textContent).to.include('You chose to see this result');
    expect(root(el).activeElement?.textContent).to.equal('Glucose');
    await waitUntil(() => adapter.auditLog.length > 0, 'no audit record');
    expect(adapter.auditLog[0]).to.deep.include({ type: 'held-result-revealed' });
    expect(adapter.auditLog[0].reference).to.deep.include({ type: 'result', id: 'obs-glucose-d2' });
    await expect(el).to.be.accessible();
  });

  it('"Message my care team" on a held card asks for a composer without revealing the value', async () => {
    const adapter = memory();
    await holdLab(adapter);
    const el = await render(adapter);
    const heldCard = root(el).querySelector<HTMLElement>('[part=held]')!;
    const wait = oneEvent(el, 'portal-compose-request');
    button(heldCard, /^Message my care team$/).click();
    const ev = (await wait) as CustomEvent<ComposeRequestDetail>;
    expect(ev.detail.topic).to.equal('test-result');
    expect(ev.detail.body).not.to.match(/\d{2,}\s*mg/);
    expect(heldCard.isConnected).to.equal(true);
  });

  it('holds an unreviewed critical value only briefly, and the held card gives the clinic phone', async () => {
    const adapter = memory();
    await holdLab(adapter, 7);
    const el = await fixture<PortalResults>(html`<portal-results .adapter=${adapter} .now=${NOW} critical-hold-hours="72"></portal-results>`);
    const find = (): HTMLElement | undefined =>
      [...root(el).querySelectorAll<HTMLElement>('[part=held]')].find((h) => h.querySelector('h4')!.textContent === 'Potassium');
    await waitUntil(find, 'potassium not held');
    const held = find()!;
    await waitUntil(() => held.querySelector('a[href="tel:5550102000"]'), 'no phone on the held critical card');
    expect(held.textContent).to.include('needs prompt attention');
    expect(held.textContent).not.to.include('6.4');
    await expect(el).to.be.accessible();
  });

  it('loads older pages on request and shows each result once', async () => {
    const first = baseResult('p1', { name: 'Sodium', resultedAt: '2026-11-20T10:00:00Z', report: { id: 'r1', name: 'Newer panel', reviewed: true } });
    const second = baseResult('p2', { name: 'Chloride', resultedAt: '2026-10-01T10:00:00Z', report: { id: 'r2', name: 'Older panel', reviewed: true } });
    const m = memory();
    const paged = Object.assign(Object.create(m) as PortalAdapter, {
      capabilities: m.capabilities,
      listResults: (q: { cursor?: string } = {}): Promise<Page<LabResult>> =>
        Promise.resolve(q.cursor === 'page-2' ? { items: [second, first] } : { items: [first], next: 'page-2' }),
    });
    const el = await render(paged);
    expect(root(el).querySelectorAll('article.result')).to.have.length(1);
    button(root(el), /Show older results/).click();
    await waitUntil(() => root(el).querySelectorAll('article.result').length === 2, 'older page never shown');
    expect([...root(el).querySelectorAll('section.group h3')].map((h) => h.textContent)).to.deep.equal(['Newer panel', 'Older panel']);
    expect([...root(el).querySelectorAll('button')].some((b) => /Show older results/.test(b.textContent))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows reviewed results held by preference with a calm notice, and never holds normal results', async () => {
    const adapter = memory(reports('rep-bmp-d2', 'rep-lipid-d2'));
    await holdLab(adapter);
    const el = await render(adapter);
    const ldl = card(el, 'LDL cholesterol (calculated)');
    expect(ldl.textContent).to.include('Your care team has reviewed this result');
    expect(card(el, 'Sodium').textContent).to.include('138');
  });

  it('holds abnormal results when preferences cannot be read, saying why', async () => {
    const adapter = memory();
    const original = adapter.getResultPreferences.bind(adapter);
    let calls = 0;
    adapter.getResultPreferences = () => {
      calls++;
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : original();
    };
    const el = await render(adapter);
    const held = root(el).querySelector('[part=held]')!;
    expect(held.textContent).to.include('We could not check your result choices');
    expect(card(el, 'Sodium').textContent).to.include('138');
  });

  it('handles malformed and unusual results without crashing', async () => {
    const items: LabResult[] = [
      baseResult('u1', { name: 'Glucose', value: { kind: 'quantity', value: 5.5, unit: 'mmol/L' }, flag: 'unknown' }),
      baseResult('u2', { name: 'Protein, urine', value: { kind: 'text', text: 'Positive' }, range: { text: 'Negative' }, flag: 'abnormal' }),
      baseResult('u3', { name: 'Sodium', status: 'cancelled', value: undefined, flag: 'unknown' }),
      baseResult('u4', { name: 'Cholesterol, total', value: { kind: 'quantity', value: 240, unit: 'mg/dL' }, range: { high: 199, unit: 'mg/dL' }, flag: 'high' }),
      baseResult('u5', { name: 'Mystery test', value: { kind: 'quantity', value: 3 }, range: undefined, flag: 'unknown' }),
      baseResult('u6', { name: 'Broken', value: undefined, range: undefined, flag: 'unknown', problem: 'This result could not be read.' }),
      baseResult('u7', { name: 'Culture', value: { kind: 'coded', text: 'No growth' }, range: undefined, flag: 'normal', status: 'preliminary' }),
      baseResult('u4', { name: 'Cholesterol, total', value: { kind: 'quantity', value: 240, unit: 'mg/dL' }, range: { high: 199, unit: 'mg/dL' }, flag: 'high' }),
      baseResult('u8', { name: 'Weird range', range: { low: 10, high: 2 }, flag: 'unknown' }),
      baseResult('u9', { name: 'Blood pressure', value: undefined, range: undefined, flag: 'high', components: [
        { name: 'Systolic', value: { kind: 'quantity', value: 148, unit: 'mm[Hg]' }, range: { high: 129, unit: 'mm[Hg]' }, flag: 'high' },
        { name: 'Diastolic', value: { kind: 'quantity', value: 78, unit: 'mm[Hg]' }, range: { high: 79, unit: 'mm[Hg]' }, flag: 'normal' },
      ] }),
    ];
    const el = await render(listing(items));
    expect(root(el).querySelectorAll('article.result').length).to.equal(9);
    expect(card(el, 'Glucose').textContent).to.include('use different units');
    expect(card(el, 'Glucose').querySelector('svg.range-bar')).to.equal(null);
    expect(card(el, 'Glucose').querySelector('.flag')!.textContent.trim()).to.equal('Not flagged');
    const protein = card(el, 'Protein, urine');
    expect(protein.textContent).to.include('Positive');
    expect(protein.textContent).to.include('Standard range: Negative');
    expect(protein.querySelector('.flag')!.textContent.trim()).to.equal('Outside the range');
    const cancelled = card(el, 'Sodium');
    expect(cancelled.textContent).to.include('Cancelled');
    expect(cancelled.textContent).to.include('This test was cancelled');
    expect(cancelled.querySelector('svg.range-bar')).to.equal(null);
    expect(card(el, 'Cholesterol, total').textContent).to.include('above the standard range of 199 mg/dL or less');
    expect(card(el, 'Mystery test').textContent).to.include('did not give a standard range');
    expect(card(el, 'Broken').textContent).to.include('This result could not be read.');
    expect(card(el, 'Culture').textContent).to.include('Preliminary');
    expect(card(el, 'Weird range').textContent).to.include('looks wrong');
    const bp = card(el, 'Blood pressure');
    expect(bp.querySelectorAll('tbody tr').length).to.equal(2);
    expect(bp.textContent).to.include('148');
    expect(bp.textContent).to.include('mmHg');
    expect(root(el).querySelector('section.group')!.textContent).to.match(/3 of 8 outside the standard range/);
    await expect(el).to.be.accessible();
  });

  it('shows an empty state when there are no results', async () => {
    const el = await render(memory({ results: [] }));
    expect(text(el)).to.include('You have no test results yet.');
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while results load', async () => {
    const m = memory();
    const never = Object.assign(Object.create(m) as PortalAdapter, { capabilities: m.capabilities, listResults: () => new Promise<Page<LabResult>>(() => undefined) });
    const el = await fixture<PortalResults>(html`<portal-results .adapter=${never}></portal-results>`);
    await aTimeout(0);
    expect(root(el).querySelector('[role=status]')!.textContent).to.include('Loading your results');
    await expect(el).to.be.accessible();
  });

  it('shows a plain error with retry, emits portal-error, and recovers', async () => {
    const adapter = memory();
    adapter.failNext('network');
    const errored = new Promise<CustomEvent>((resolve) => document.addEventListener('portal-error', (e) => resolve(e), { once: true }));
    const el = await fixture<PortalResults>(html`<portal-results .adapter=${adapter} .now=${NOW}></portal-results>`);
    const ev = await errored;
    expect(ev.detail).to.deep.include({ kind: 'network', operation: 'listResults' });
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'no error shown');
    expect(text(el)).to.include('We could not load your results');
    expect(text(el)).to.include('Check your connection');
    await expect(el).to.be.accessible();
    button(root(el), /Try again/).click();
    await waitUntil(() => root(el).querySelector('section.group'), 'did not recover');
  });

  it('says it is not connected when there is no adapter', async () => {
    const el = await fixture<PortalResults>(html`<portal-results></portal-results>`);
    expect(text(el)).to.include('not connected');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    await setLocale('es');
    const el = await render(memory());
    expect(root(el).querySelector('[part=summary]')!.textContent).to.match(/\d+ de \d+ fuera del rango normal/);
    const glucose = card(el, 'Glucose');
    expect(glucose.querySelector('.flag')!.textContent.trim()).to.equal('Alto');
    expect(glucose.querySelector('.plain')!.textContent).to.equal('Azúcar en la sangre (glucosa)');
    expect(glucose.textContent).to.include('Muchos resultados fuera del rango normal no son graves');
    expect(glucose.querySelector('.range-text')!.textContent).to.include('por encima del rango normal de 70 a 99 mg/dL');
    button(glucose, /Más sobre este resultado/).click();
    await el.updateComplete;
    const details = glucose.querySelector('details.explanation') as HTMLDetailsElement;
    details.open = true;
    await waitUntil(() => details.textContent.includes('azúcar'), 'Spanish explanation never loaded');
    await expect(el).to.be.accessible();
  });
});
