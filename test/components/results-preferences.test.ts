import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, createSampleSeed } from '../../src/adapters/memory/index.js';
import type { AdapterCapabilities, ResultPreferences } from '../../src/adapters/types.js';
import '../../src/components/results/results.js';
import type { PortalResultPreferences, PreferencesChangedDetail } from '../../src/components/results/results.js';
import { setLocale } from '../../src/i18n/localization.js';

const NOW = new Date('2026-11-26T15:00:00Z');

function memory(caps: Partial<AdapterCapabilities> = {}): MemoryAdapter {
  const seed = createSampleSeed(NOW);
  return new MemoryAdapter({ capabilities: { ...seed.capabilities, ...caps } }, { latencyMs: 0, now: () => NOW });
}

async function render(adapter: MemoryAdapter | undefined, value?: ResultPreferences, noSave = false): Promise<PortalResultPreferences> {
  const el = await fixture<PortalResultPreferences>(
    html`<portal-result-preferences .adapter=${adapter} .value=${value} ?no-save=${noSave}></portal-result-preferences>`,
  );
  // updateComplete also waits for the form's module (loaded on demand).
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot!.querySelector('.state-loading'), 'never loaded', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const root = (el: Element): ShadowRoot => el.shadowRoot!;
const q = <T extends Element>(el: Element, sel: string): T => {
  const found = root(el).querySelector<T>(sel);
  if (!found) throw new Error(`missing ${sel}`);
  return found;
};

async function typeDays(el: PortalResultPreferences, category: string, value: string): Promise<void> {
  const input = q<HTMLInputElement>(el, `#days-${category}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function choose(el: PortalResultPreferences, id: string): Promise<void> {
  q<HTMLInputElement>(el, `#${id}`).click();
  await el.updateComplete;
}

function submit(el: PortalResultPreferences): void {
  q<HTMLButtonElement>(el, 'button[type=submit]').click();
}

const samplePrefs = (): ResultPreferences => structuredClone(createSampleSeed(NOW).resultPreferences);

describe('<portal-result-preferences>', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('shows the saved choices per category, with the clinic channels', async () => {
    const el = await render(memory());
    const legends = [...root(el).querySelectorAll('legend')].map((l) => l.textContent.trim());
    expect(legends.slice(0, 4)).to.deep.equal(['Lab tests', 'Imaging (X-rays and scans)', 'Pathology (biopsy and tissue tests)', 'Genetic tests']);
    expect(q<HTMLInputElement>(el, '#now-lab').checked).to.equal(true);
    expect(q<HTMLInputElement>(el, '#hold-pathology').checked).to.equal(true);
    expect(q<HTMLInputElement>(el, '#days-pathology').value).to.equal('3');
    expect(q<HTMLInputElement>(el, '#ch-portal').checked).to.equal(true);
    expect(q<HTMLInputElement>(el, '#ch-sms').checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('saves through the adapter, confirms, emits portal-preferences-changed and records an audit event', async () => {
    const adapter = memory();
    const el = await render(adapter);
    await choose(el, 'hold-lab');
    await typeDays(el, 'lab', '5');
    await choose(el, 'ch-sms');
    const changed = oneEvent(el, 'portal-preferences-changed');
    submit(el);
    const ev = (await changed) as CustomEvent<PreferencesChangedDetail>;
    expect(ev.detail.preferences.categories.lab).to.deep.equal({ mode: 'hold-abnormal', holdDays: 5 });
    const stored = await adapter.getResultPreferences();
    expect(stored.categories.lab).to.deep.equal({ mode: 'hold-abnormal', holdDays: 5 });
    expect(stored.notify).to.include('sms');
    await waitUntil(() => root(el).querySelector('[role=status]')!.textContent.includes('Your choices are saved.'));
    await waitUntil(() => adapter.auditLog.some((a) => a.type === 'preferences-changed'), 'no audit record');
    await expect(el).to.be.accessible();
  });

  it('validates the number of days within the clinic limits and does not save', async () => {
    const adapter = memory();
    const el = await render(adapter);
    await choose(el, 'hold-lab');
    const input = q<HTMLInputElement>(el, '#days-lab');
    expect(input.min).to.equal('1');
    expect(input.max).to.equal('14');
    expect(q(el, '#days-lab-hint').textContent).to.include('From 1 to 14 days');
    await typeDays(el, 'lab', '30');
    submit(el);
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement?.id === 'error-summary', 'error summary not focused');
    expect(q(el, '#error-summary').textContent).to.include('Enter a number from 1 to 14');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.include('days-lab-error');
    expect((await adapter.getResultPreferences()).categories.lab.mode).to.equal('immediate');
    await expect(el).to.be.accessible();

    await typeDays(el, 'lab', '2.5');
    expect(q(el, '#days-lab-error').textContent).to.include('whole number');
    await typeDays(el, 'lab', '');
    expect(q(el, '#days-lab-error').textContent).to.include('Enter how many days');
    await typeDays(el, 'lab', '7');
    expect(root(el).querySelector('#days-lab-error')).to.equal(null);
  });

  it('keeps the choices and explains when saving fails', async () => {
    const adapter = memory();
    const el = await render(adapter);
    await choose(el, 'hold-imaging');
    await typeDays(el, 'imaging', '4');
    adapter.failNext('server');
    const errored = oneEvent(el, 'portal-error');
    submit(el);
    expect(((await errored) as CustomEvent<{ operation: string }>).detail.operation).to.equal('saveResultPreferences');
    await el.updateComplete;
    const alert = q(el, '[role=alert]');
    expect(alert.textContent).to.include('Your choices were not saved');
    expect(alert.textContent).to.include('still here');
    expect(q<HTMLInputElement>(el, '#hold-imaging').checked).to.equal(true);
    expect(q<HTMLInputElement>(el, '#days-imaging').value).to.equal('4');
    await expect(el).to.be.accessible();
    submit(el);
    await waitUntil(() => root(el).querySelector('[role=status]')!.textContent.includes('saved'));
    expect((await adapter.getResultPreferences()).categories.imaging.holdDays).to.equal(4);
  });

  it("shows the clinic's policy read-only when the adapter cannot store preferences", async () => {
    const el = await render(memory({ resultPreferences: 'read-only' }));
    expect(root(el).querySelector('input')).to.equal(null);
    const text = root(el).textContent;
    expect(text).to.include('How your clinic shares test results');
    expect(text).to.include('for up to 14 days');
    expect(text).to.include('abnormal results wait up to 3 days');
    expect(text).to.include('contact your clinic');
    await expect(el).to.be.accessible();
  });

  it('explains the default when the back end has no preferences at all', async () => {
    const el = await render(memory({ resultPreferences: 'none' }));
    expect(root(el).querySelector('input')).to.equal(null);
    expect(root(el).textContent).to.include('as soon as they are ready');
    await expect(el).to.be.accessible();
  });

  it('works before a test is ordered: value + no-save only emits, never saves', async () => {
    const adapter = memory();
    const before = adapter.callCount;
    const el = await render(adapter, samplePrefs(), true);
    expect(root(el).querySelector('button[type=submit]')).to.equal(null);
    const changed = oneEvent(el, 'portal-preferences-changed');
    await choose(el, 'now-genetic');
    const ev = (await changed) as CustomEvent<PreferencesChangedDetail>;
    expect(ev.detail.preferences.categories.genetic.mode).to.equal('immediate');
    let count = 0;
    el.addEventListener('portal-preferences-changed', () => count++);
    await choose(el, 'hold-lab');
    await typeDays(el, 'lab', '99');
    expect(count).to.equal(1);
    expect(q(el, '#days-lab-error').textContent).to.include('1 to 14');
    expect(adapter.callCount).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('works with a value and no adapter at all', async () => {
    const el = await render(undefined, samplePrefs(), true);
    expect(q<HTMLInputElement>(el, '#hold-pathology').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows a load error with retry', async () => {
    const adapter = memory();
    adapter.failNext('network');
    const el = await fixture<PortalResultPreferences>(html`<portal-result-preferences .adapter=${adapter}></portal-result-preferences>`);
    await waitUntil(() => root(el).querySelector('[role=alert]'), 'no error');
    expect(root(el).textContent).to.include('We could not load your result choices');
    await expect(el).to.be.accessible();
    [...root(el).querySelectorAll('button')].find((b) => b.textContent.includes('Try again'))!.click();
    await waitUntil(() => root(el).querySelector('fieldset'), 'did not recover');
  });

  it('speaks Spanish', async () => {
    await setLocale('es');
    const el = await render(memory());
    expect(root(el).querySelector('legend')!.textContent.trim()).to.equal('Análisis de laboratorio');
    expect(q(el, 'button[type=submit]').textContent.trim()).to.equal('Guardar mis opciones');
    await expect(el).to.be.accessible();
  });
});
