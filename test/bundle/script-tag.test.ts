import { expect, waitUntil } from '@open-wc/testing';

const TAGS = [
  'portal-provider',
  'portal-notes',
  'portal-note',
  'portal-results',
  'portal-result-preferences',
  'portal-message-composer',
  'portal-messages',
  'portal-appointment-request',
  'portal-urgency-notice',
];

interface FixtureWindow extends Window {
  __errors: string[];
  __second?: Record<string, unknown>;
  PortalElements?: Record<string, unknown>;
}

async function load(src: string): Promise<FixtureWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  document.body.appendChild(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = src;
  });
  return frame.contentWindow as FixtureWindow;
}

describe('script-tag bundle (dist/portal-elements.iife.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('registers every element and exposes the PortalElements global from a classic script', async () => {
    const win = await load('/test/fixtures/script-tag.html');
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.exist;
    expect(win.PortalElements).to.exist;
    expect(win.PortalElements!.classifyUrgency).to.be.a('function');
    expect(win.PortalElements!.MemoryAdapter).to.be.a('function');
    expect(win.PortalElements!.FhirAdapter).to.be.a('function');
    expect(win.__errors).to.deep.equal([]);
  });

  it('renders the sample patient with only attributes (demo provider)', async () => {
    const win = await load('/test/fixtures/script-tag.html');
    const results = win.document.querySelector('portal-results')!;
    await waitUntil(
      () => (results.shadowRoot?.textContent ?? '').includes('Hemoglobin') || (results.shadowRoot?.textContent ?? '').includes('A1c'),
      'results never rendered from the bundle',
      { timeout: 5000 },
    );
    expect(win.__errors).to.deep.equal([]);
  });

  it('loads both bundles on one page without throwing', async () => {
    const win = await load('/test/fixtures/two-bundles.html');
    await waitUntil(() => win.__second !== undefined, 'the ES bundle never loaded');
    expect(win.__errors).to.deep.equal([]);
    expect(win.customElements.get('portal-results')).to.exist;
  });
});

describe('script-tag bundle: chunks and the JavaScript API', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('exposes exactly the exports of the npm entry', async () => {
    const win = await load('/test/fixtures/script-tag/api.html');
    const npm = await import('../../src/index.js');
    expect(Object.keys(win.PortalElements!).sort()).to.deep.equal(Object.keys(npm).sort());
  });

  it('gives a working MemoryAdapter at once, its code arriving on the first call', async () => {
    const win = await load('/test/fixtures/script-tag/api.html');
    const lib = win.PortalElements as unknown as typeof import('../../src/index.js');
    const adapter = new lib.MemoryAdapter(undefined, { latencyMs: 0 });
    expect(adapter.capabilities.notes).to.equal(true);
    const page = await adapter.listNotes();
    expect(page.items.length).to.be.greaterThan(0);
    expect(win.__errors).to.deep.equal([]);
  });

  it('fails a FhirAdapter call with a PortalError the element code recognises', async () => {
    const win = await load('/test/fixtures/script-tag/api.html');
    const lib = win.PortalElements as unknown as typeof import('../../src/index.js');
    const adapter = new lib.FhirAdapter({ baseUrl: '/no-such-fhir-server', patient: 'p1', fetch: () => Promise.resolve(new Response('nope', { status: 404 })) });
    const error = await adapter.getNote('n1').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(lib.isPortalError(error)).to.equal(true);
    expect(error instanceof lib.PortalError).to.equal(true);
  });

  it('explains which chunk to preload before a synchronous function has its code, then works', async () => {
    const win = await load('/test/fixtures/script-tag/api.html');
    const lib = win.PortalElements as unknown as typeof import('../../src/index.js');
    expect(() => lib.createSampleSeed()).to.throw(/preloadModules\(\['memory'\]\)/);
    await lib.preloadModules(['memory', 'urgency']);
    expect(lib.createSampleSeed().notes.length).to.be.greaterThan(0);
    expect(lib.classifyUrgency('crushing chest pain and I am sweating').level).to.equal('emergency');
  });

  it('fetches the urgency rules in the background as soon as the script runs', async () => {
    const win = await load('/test/fixtures/script-tag/api.html');
    const lib = win.PortalElements as unknown as typeof import('../../src/index.js');
    await waitUntil(() => {
      try {
        return lib.classifyUrgency('I want to kill myself').level === 'emergency';
      } catch {
        return false;
      }
    }, 'the urgency chunk never arrived');
  });

  it('loads its chunks from the folder data-chunks names', async () => {
    const win = await load('/test/fixtures/script-tag/moved-chunks.html');
    const results = win.document.querySelector('portal-results')!;
    await waitUntil(() => (results.shadowRoot?.textContent ?? '').includes('A1c'), 'results never rendered', { timeout: 5000 });
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('ES bundle (dist/portal-elements.bundle.js)', () => {
  it('shares the chunks of the classic script, and its synchronous core works once they are loaded', async () => {
    const bundleUrl = '/dist/portal-elements.bundle.js';
    const lib = (await import(/* @vite-ignore */ bundleUrl)) as typeof import('../../src/index.js');
    await lib.preloadModules();
    expect(lib.classifyUrgency('my face is drooping and I cannot lift my arm').level).to.equal('emergency');
    const found = lib.findAbbreviations('BP 120/80, HR 70');
    expect(found.map((m) => m.entry.abbr)).to.include('BP');
    expect(lib.createSampleSeed().notes.length).to.be.greaterThan(0);
    expect(lib.ABBREVIATIONS.length).to.be.greaterThan(100);
    const adapter = new lib.MemoryAdapter(undefined, { latencyMs: 0 });
    expect((await adapter.listResults()).items.length).to.be.greaterThan(0);
  });
});
