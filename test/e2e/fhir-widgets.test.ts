/**
 * End to end: every widget shows data that came through FhirAdapter from the
 * embedded FHIR server at /fhir (no MemoryAdapter involved); the smaller loaded
 * widgets also pass the accessibility audit.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/notes/notes.js';
import '../../src/components/results/results.js';
import '../../src/components/messages/messages.js';
import '../../src/components/appointments/appointments.js';
import '../../src/components/provider/provider.js';
import type { PortalProvider } from '../../src/components/provider/provider.js';
import { FhirAdapter } from '../../src/adapters/fhir/index.js';
import { SAMPLE_PATIENT } from '../../src/adapters/memory/index.js';

/** All text of an element, through open shadow roots. */
function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent ?? '';
    const el = n as Element;
    if (el.shadowRoot) el.shadowRoot.childNodes.forEach(walk);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

async function shows(el: Element, text: string | RegExp, timeout = 15_000): Promise<void> {
  await waitUntil(() => (typeof text === 'string' ? deepText(el).includes(text) : text.test(deepText(el))), `never showed ${String(text)}: ${deepText(el).slice(0, 300)}`, { timeout });
}

const adapter = () => new FhirAdapter({ baseUrl: '/fhir', patient: SAMPLE_PATIENT.id });

describe('widgets on the embedded FHIR server', function () {
  this.timeout(60_000);

  before(async function () {
    this.timeout(120_000);
    await fetch('/fhir/metadata');
  });

  it('<portal-notes> lists the patient\'s notes from DocumentReference', async () => {
    const el = await fixture(html`<portal-notes .adapter=${adapter()}></portal-notes>`);
    await shows(el, 'Diabetes and blood pressure follow-up');
    expect(deepText(el)).to.not.contain('Note filed in the wrong chart');
    // The full list is audited with the same sample data in test/components/notes.test.ts (axe takes seconds here).
  });

  it('<portal-note> reads one note from the FHIR server', async () => {
    const el = await fixture(html`<portal-note .adapter=${adapter()} note-id="note-dm-visit"></portal-note>`);
    await shows(el, 'Diabetes and blood pressure follow-up');
    await shows(el, /Hern[aá]ndez/);
    await expect(el).to.be.accessible();
  });

  it('<portal-results> shows lab results from Observation and DiagnosticReport', async () => {
    const el = await fixture(html`<portal-results .adapter=${adapter()}></portal-results>`);
    await shows(el, 'Hemoglobin A1c');
    // The full list is audited with the same sample data in test/components/results.test.ts (axe takes seconds here).
  });

  it('<portal-result-preferences> shows the preferences stored in a Basic resource', async () => {
    const el = await fixture(html`<portal-result-preferences .adapter=${adapter()}></portal-result-preferences>`);
    await waitUntil(() => el.shadowRoot?.querySelector('input, select, [role=radio]'), 'preferences never loaded', { timeout: 15_000 });
    await expect(el).to.be.accessible();
  });

  it('<portal-messages> shows threads from Communication', async () => {
    const el = await fixture(html`<portal-messages .adapter=${adapter()}></portal-messages>`);
    await shows(el, 'My blood sugar readings');
    await expect(el).to.be.accessible();
  });

  it('<portal-appointment-request> shows open times from Slot', async () => {
    const el = await fixture(html`<portal-appointment-request .adapter=${adapter()}></portal-appointment-request>`);
    await shows(el, /Riverside|Rivera|Okafor|Campos|Follow-up|Office visit/);
    await expect(el).to.be.accessible();
  });

  it('<portal-provider fhir-base-url patient> builds a FhirAdapter for the widgets inside it', async () => {
    const el = await fixture(html`
      <portal-provider fhir-base-url="/fhir" patient=${SAMPLE_PATIENT.id}>
        <portal-notes></portal-notes>
      </portal-provider>
    `);
    await shows(el, 'Diabetes and blood pressure follow-up');
  });

  it('<portal-provider> narrows capabilities to what the server\u2019s CapabilityStatement offers', async () => {
    const el = await fixture<PortalProvider>(html`<portal-provider fhir-base-url="/fhir" patient=${SAMPLE_PATIENT.id}></portal-provider>`);
    const full = (await el.adapterReady) as FhirAdapter;
    // The embedded server supports everything the widgets use.
    expect(full.capabilities).to.include({ notes: true, results: true, messaging: true, appointments: true, bookSlots: true, audit: true, resultPreferences: 'read-write' });

    // A server without Slot search, AuditEvent or Basic writes: no booking, preferences read-only, no audit.
    const metadata = {
      resourceType: 'CapabilityStatement',
      rest: [
        {
          mode: 'server',
          resource: ['DocumentReference', 'Observation', 'Communication', 'Appointment', 'Basic'].map((type) => ({
            type,
            interaction: (type === 'Basic' ? ['search-type'] : ['search-type', 'create', 'read']).map((code) => ({ code })),
          })),
        },
      ],
    };
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input).endsWith('/metadata')
        ? Promise.resolve(new Response(JSON.stringify(metadata), { status: 200, headers: { 'content-type': 'application/fhir+json' } }))
        : realFetch(input, init);
    try {
      const narrowed = await fixture<PortalProvider>(html`<portal-provider fhir-base-url="/fhir" patient=${SAMPLE_PATIENT.id}></portal-provider>`);
      const adapter = (await narrowed.adapterReady) as FhirAdapter;
      expect(adapter.capabilities).to.include({ bookSlots: false, resultPreferences: 'read-only', audit: false, notes: true, results: true });
    } finally {
      window.fetch = realFetch;
    }
  });
});
