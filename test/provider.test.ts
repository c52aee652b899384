import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { LitElement, html as litHtml } from 'lit';
import { FhirAdapter } from '../src/adapters/fhir/index.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { PortalAdapter } from '../src/adapters/types.js';
import '../src/components/provider/provider.js';
import type { PortalProvider } from '../src/components/provider/provider.js';
import { PortalElement } from '../src/components/shared/portal-element.js';
import { defineElement } from '../src/components/shared/define.js';
import { getLocale, setLocale } from '../src/i18n/localization.js';

/** A minimal widget: shows a localised word and which adapter it resolved. */
class TestConsumer extends PortalElement {
  override render() {
    return litHtml`<p>${msg('Loading…', { id: 'common.loading' })}</p>`;
  }
}
defineElement('test-consumer', TestConsumer);

/** A host element that puts the consumer two shadow roots deep. */
class TestShell extends LitElement {
  override render() {
    return litHtml`<test-inner></test-inner>`;
  }
}
class TestInner extends LitElement {
  override render() {
    return litHtml`<test-consumer></test-consumer>`;
  }
}
defineElement('test-shell', TestShell);
defineElement('test-inner', TestInner);

const adapter = (): PortalAdapter => new MemoryAdapter(undefined, { latencyMs: 0 });

function deepConsumer(provider: Element): TestConsumer {
  const shell = provider.querySelector('test-shell')!;
  const inner = shell.shadowRoot!.querySelector('test-inner')!;
  return inner.shadowRoot!.querySelector('test-consumer') as TestConsumer;
}

describe('<portal-provider>', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('delivers its adapter to elements nested in other shadow roots', async () => {
    const a = adapter();
    const el = await fixture<PortalProvider>(html`<portal-provider .adapter=${a}><test-shell></test-shell></portal-provider>`);
    await waitUntil(() => deepConsumer(el)?.resolvedAdapter, 'consumer never received the adapter');
    expect(deepConsumer(el).resolvedAdapter).to.equal(a);
  });

  it('lets an element with its own adapter ignore the provider', async () => {
    const provided = adapter();
    const own = adapter();
    const el = await fixture<PortalProvider>(
      html`<portal-provider .adapter=${provided}><test-consumer .adapter=${own}></test-consumer></portal-provider>`,
    );
    const consumer = el.querySelector('test-consumer') as TestConsumer;
    await consumer.updateComplete;
    expect(consumer.resolvedAdapter).to.equal(own);
  });

  it('updates consumers when its adapter changes', async () => {
    const first = adapter();
    const second = adapter();
    const el = await fixture<PortalProvider>(html`<portal-provider .adapter=${first}><test-consumer></test-consumer></portal-provider>`);
    const consumer = el.querySelector('test-consumer') as TestConsumer;
    expect(consumer.resolvedAdapter).to.equal(first);
    el.adapter = second;
    await el.updateComplete;
    expect(consumer.resolvedAdapter).to.equal(second);
  });

  it('builds a MemoryAdapter with the sample patient from the demo attribute', async () => {
    const el = await fixture<PortalProvider>(html`<portal-provider demo><test-consumer></test-consumer></portal-provider>`);
    const consumer = el.querySelector('test-consumer') as TestConsumer;
    await el.adapterReady;
    expect(consumer.resolvedAdapter).to.be.instanceOf(MemoryAdapter);
    const notes = await consumer.resolvedAdapter!.listNotes();
    expect(notes.items.length).to.be.greaterThan(0);
  });

  it('builds a FhirAdapter from fhir-base-url and patient', async () => {
    const el = await fixture<PortalProvider>(
      html`<portal-provider fhir-base-url="https://fhir.example.org/r4" patient="p1"><test-consumer></test-consumer></portal-provider>`,
    );
    const consumer = el.querySelector('test-consumer') as TestConsumer;
    await el.adapterReady;
    expect(consumer.resolvedAdapter).to.be.instanceOf(FhirAdapter);
  });

  it('asks for the current token on each request, so getAccessToken may be set after the attributes', async () => {
    const seen: (string | null)[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      // The provider reads /metadata (the CapabilityStatement, public on FHIR servers) before the
      // widgets get the adapter, so possibly before the token exists; data requests must carry it.
      const url = String(input instanceof Request ? input.url : input);
      if (!url.endsWith('/metadata')) seen.push(new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('Authorization'));
      return Promise.resolve(new Response(JSON.stringify({ resourceType: 'Bundle', type: 'searchset', entry: [] }), {
        status: 200,
        headers: { 'Content-Type': 'application/fhir+json' },
      }));
    };
    try {
      const el = await fixture<PortalProvider>(
        html`<portal-provider fhir-base-url="https://fhir.example.org/r4" patient="p1"></portal-provider>`,
      );
      const first = await el.adapterReady;
      el.getAccessToken = () => 'token-set-later';
      await el.updateComplete;
      expect(await el.adapterReady, 'a token change must not rebuild the adapter').to.equal(first);
      await first!.listNotes();
      expect(seen.length).to.be.greaterThan(0);
      expect(seen.every((h) => h === 'Bearer token-set-later')).to.equal(true, `headers: ${seen.join(', ')}`);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('explains a half-configured FHIR connection with a portal-error event', async () => {
    const errors: string[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('portal-error', listener);
    const origError = console.error;
    console.error = () => undefined;
    try {
      await fixture(html`<portal-provider fhir-base-url="https://fhir.example.org/r4"></portal-provider>`);
    } finally {
      console.error = origError;
      document.removeEventListener('portal-error', listener);
    }
    expect(errors[0]).to.contain('patient');
  });

  it('gives elements that upgrade before the provider the adapter (ContextRoot)', async () => {
    const a = adapter();
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const provider = document.createElement('portal-late-provider');
    const consumer = document.createElement('test-consumer') as TestConsumer;
    provider.appendChild(consumer);
    host.appendChild(provider);
    // Define the provider only now, after the consumer asked for context.
    const { PortalProvider: Provider } = await import('../src/components/provider/provider.component.js');
    customElements.define('portal-late-provider', class extends Provider {});
    (provider as PortalProvider).adapter = a;
    await waitUntil(() => consumer.resolvedAdapter === a, 'late provider never reached the consumer');
  });

  it('switches every widget to Spanish when its locale changes, and back', async () => {
    const el = await fixture<PortalProvider>(html`<portal-provider demo><test-consumer></test-consumer></portal-provider>`);
    const consumer = el.querySelector('test-consumer') as TestConsumer;
    expect(consumer.shadowRoot!.textContent).to.contain('Loading');
    el.locale = 'es-MX';
    await waitUntil(() => consumer.shadowRoot!.textContent?.includes('Cargando'), 'did not switch to Spanish');
    expect(getLocale()).to.equal('es');
    el.locale = 'en';
    await waitUntil(() => consumer.shadowRoot!.textContent?.includes('Loading'), 'did not switch back to English');
  });

  it('registers safely twice', async () => {
    const { defineElement: define } = await import('../src/components/shared/define.js');
    expect(() => define('test-consumer', class extends PortalElement {})).not.to.throw();
    expect(customElements.get('test-consumer')).to.equal(TestConsumer);
  });
});
