/**
 * The parts of <portal-results> and <portal-result-preferences> that load on demand:
 * what the patient sees while a part loads and when it cannot load, and that
 * "Try again" recovers. Loaders are swapped in `lazyModules` (this file runs in its
 * own page, so each module's first load here is a cold one). Order matters: a
 * module that loaded once stays loaded, so each failure test runs before that
 * module's first successful load.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, createSampleSeed } from '../../src/adapters/memory/index.js';
import type { MemorySeed } from '../../src/adapters/memory/index.js';
import '../../src/components/results/results.js';
import type { PortalResultPreferences, PortalResults } from '../../src/components/results/results.js';
import { lazyModules, loadedModule, type LazyModuleName } from '../../src/lazy/modules.js';

const NOW = new Date('2026-11-26T15:00:00Z');

function memory(...reportIds: string[]): MemoryAdapter {
  const seed: Partial<MemorySeed> = { results: createSampleSeed(NOW).results.filter((r) => reportIds.includes(r.report?.id ?? '')) };
  return new MemoryAdapter(seed, { latencyMs: 0, now: () => NOW });
}

type Loader = () => Promise<unknown>;
const loaders = lazyModules as unknown as Record<LazyModuleName, Loader>;
const originals = { ...loaders };

/** The module's loads fail (as when the network drops) until `restore()`. */
function failLoads(name: LazyModuleName): void {
  loaders[name] = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
}

/** The module's next load waits until `release()` is called. */
function holdLoads(name: LazyModuleName): { release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  loaders[name] = () => gate.then(() => originals[name]());
  return { release };
}

function restore(): void {
  Object.assign(loaders, originals);
}

const root = (el: Element): ShadowRoot => el.shadowRoot!;

function button(scope: ParentNode, label: RegExp): HTMLButtonElement {
  const b = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((x) => label.test(x.textContent.replace(/\s+/g, ' ')));
  if (!b) throw new Error(`no button ${label}`);
  return b;
}

async function results(adapter: MemoryAdapter): Promise<PortalResults> {
  const el = await fixture<PortalResults>(html`<portal-results .adapter=${adapter} .now=${NOW}></portal-results>`);
  await el.updateComplete;
  await waitUntil(() => !root(el).querySelector('.state-loading'), 'results never loaded', { timeout: 4000 });
  return el;
}

describe('parts loaded on demand', function () {
  this.timeout(20000);

  afterEach(restore);

  it('<portal-results>: when the cards cannot load, says so with "Try again", keeps the filters, and recovers (plain names are optional)', async () => {
    failLoads('resultCard');
    failLoads('explanationIndex');
    // The sample patient holds pathology results, so the held cards' module would load here too; keep it cold for the next test.
    failLoads('heldResult');
    const el = await results(memory('rep-bmp-d2'));
    expect(root(el).querySelector('article')).to.equal(null);
    expect(root(el).querySelector('[role=search]')).to.exist;
    const alert = root(el).querySelector('[role=alert]')!;
    expect(alert.textContent).to.include('We could not load this information');
    expect(alert.textContent).to.include('Check your connection');
    await expect(el).to.be.accessible();

    restore();
    button(alert, /Try again/).click();
    await el.updateComplete;
    const glucose = [...root(el).querySelectorAll('article.result')].find((a) => a.querySelector('h4')!.textContent === 'Glucose')!;
    expect(glucose.textContent).to.include('182');
    expect(glucose.querySelector('.flag')!.textContent.trim()).to.equal('High');
    // The explanation index failed: the card simply has no plain-language name.
    expect(glucose.querySelector('.plain')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('<portal-results>: a held result never shows its value while its card loads or cannot load', async () => {
    const adapter = memory('rep-bmp-d2');
    const p = await adapter.getResultPreferences();
    await adapter.saveResultPreferences({ ...p, categories: { ...p.categories, lab: { mode: 'hold-abnormal', holdDays: 3 } } });
    failLoads('heldResult');
    const el = await results(adapter);
    const held = (): HTMLElement => [...root(el).querySelectorAll<HTMLElement>('[part=held]')].find((h) => h.querySelector('h4')!.textContent === 'Glucose')!;
    expect(held().textContent).not.to.include('182');
    expect(held().querySelector('[role=alert]')!.textContent).to.include('We could not load this information');
    await expect(el).to.be.accessible();

    const gate = holdLoads('heldResult');
    button(held(), /Try again/).click();
    await waitUntil(() => held().querySelector('[role=status]'), 'no loading state');
    expect(held().querySelector('[role=status]')!.textContent).to.include('Loading');
    expect(held().textContent).not.to.include('182');
    await expect(el).to.be.accessible();

    gate.release();
    await el.updateComplete;
    expect(held().textContent).to.include('A result is ready.');
    expect(button(held(), /Show it now/)).to.exist;
    expect(held().textContent).not.to.include('182');
  });

  it('<portal-results>: "More about this result" shows loading, then the details; an error offers "Try again"', async () => {
    const el = await results(memory('rep-bmp-d2'));
    const card = [...root(el).querySelectorAll<HTMLElement>('article.result')].find((a) => a.querySelector('h4')!.textContent === 'Glucose')!;
    const detail = (): HTMLElement => card.querySelector<HTMLElement>('.detail')!;
    failLoads('resultDetail');
    button(card, /More about this result/).click();
    await el.updateComplete;
    expect(detail().hidden).to.equal(false);
    expect(detail().querySelector('[role=alert]')!.textContent).to.include('We could not load this information');
    await expect(el).to.be.accessible();

    const gate = holdLoads('resultDetail');
    button(detail(), /Try again/).click();
    await waitUntil(() => detail().querySelector('[role=status]'), 'no loading state');
    expect(detail().querySelector('[role=status]')!.textContent).to.include('Loading');
    await expect(el).to.be.accessible();

    gate.release();
    await el.updateComplete;
    expect(detail().textContent).to.include('Result ready');
    expect(detail().querySelector('details.explanation summary')!.textContent).to.equal('What is this test?');
    expect(loadedModule('resultDetail')).to.exist;
  });

  it('<portal-result-preferences>: shows loading while the form loads, an error with "Try again" if it cannot, then the form', async () => {
    const adapter = new MemoryAdapter({ capabilities: createSampleSeed(NOW).capabilities }, { latencyMs: 0, now: () => NOW });
    failLoads('resultPreferencesForm');
    const el = await fixture<PortalResultPreferences>(html`<portal-result-preferences .adapter=${adapter}></portal-result-preferences>`);
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'no error shown');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.include('We could not load your result choices');
    expect(root(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();

    const gate = holdLoads('resultPreferencesForm');
    button(root(el), /Try again/).click();
    await aTimeout(0);
    await waitUntil(() => root(el).querySelector('[role=status]'), 'no loading state');
    expect(root(el).querySelector('[role=status]')!.textContent).to.include('Loading your result choices');
    await expect(el).to.be.accessible();

    gate.release();
    await el.updateComplete;
    expect(root(el).querySelector('form')).to.exist;
    expect(root(el).querySelector<HTMLInputElement>('#now-lab')).to.exist;
    await expect(el).to.be.accessible();
  });
});
