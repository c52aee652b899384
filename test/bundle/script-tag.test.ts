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
