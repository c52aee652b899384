import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { PortalAdapter, RegionalNumbers } from '../../adapters/types.js';
import { adapterContext, configContext, type PortalConfig } from '../../context/contexts.js';
import { setLocale } from '../../i18n/localization.js';
import { loadModule } from '../../lazy/modules.js';

/** How long a provider waits for the FHIR server's /metadata before showing the widgets anyway. */
const CAPABILITIES_WAIT_MS = 2000;

/**
 * Give it an adapter in one of three ways:
 * - the `adapter` property (any `PortalAdapter`, e.g. your own back end);
 * - `fhir-base-url` + `patient` (+ `access-token` or the `getAccessToken` property) to build a `FhirAdapter`;
 * - the `demo` attribute for a `MemoryAdapter` with the sample patient.
 *
 * @tagname portal-provider
 * @summary Holds the data adapter, locale and page settings for every Portal Elements widget inside it.
 *
 * @slot - The widgets (and any other content) that use this provider's adapter.
 * @fires portal-error - The provider's attributes could not build an adapter. detail: { message }
 */
export class PortalProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The adapter the widgets inside use. Set this, or use the attributes below. */
  @property({ attribute: false }) adapter?: PortalAdapter;

  /** Base URL of a FHIR R4 server, e.g. `https://fhir.example.org/r4`. */
  @property({ attribute: 'fhir-base-url' }) fhirBaseUrl = '';

  /** The FHIR Patient id whose data the widgets show. */
  @property() patient = '';

  /** A bearer token for the FHIR server. Prefer `getAccessToken` so tokens can refresh. */
  @property({ attribute: 'access-token' }) accessToken = '';

  /** Returns a fresh bearer token; called again once after a 401. */
  @property({ attribute: false }) getAccessToken?: () => string | Promise<string>;

  /** Use the built-in sample patient (MemoryAdapter), for demos and trials. */
  @property({ type: Boolean, reflect: true }) demo = false;

  /** Language of every widget inside: `en` or `es` (regional tags such as `es-MX` work). Defaults to the page's `lang`. */
  @property({ reflect: true }) locale = '';

  /** Emergency and crisis numbers preset: `us` (911/988), `uk` (999/111/116 123), `es` (112/024). */
  @property() region = '';

  /** Overrides for emergency, crisis and advice numbers. */
  @property({ attribute: false }) numbers?: Partial<RegionalNumbers>;

  @provide({ context: adapterContext })
  protected providedAdapter?: PortalAdapter;

  @provide({ context: configContext })
  protected providedConfig: PortalConfig = {};

  private builtFrom = '';
  private buildSeq = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.locale && typeof document !== 'undefined' && document.documentElement.lang) {
      void setLocale(document.documentElement.lang);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('adapter') || changed.has('fhirBaseUrl') || changed.has('patient') || changed.has('demo')
    ) {
      this.resolveAdapter();
    }
    if (changed.has('region') || changed.has('numbers')) {
      this.providedConfig = { region: this.region || undefined, numbers: this.numbers };
    }
    if (changed.has('locale') && this.locale) {
      void setLocale(this.locale);
    }
  }

  /** Resolves once the adapter built from the current attributes is in place (adapters load lazily). */
  get adapterReady(): Promise<PortalAdapter | undefined> {
    return this.pending;
  }

  private pending: Promise<PortalAdapter | undefined> = Promise.resolve(undefined);

  private resolveAdapter(): void {
    const seq = ++this.buildSeq;
    const apply = (a: PortalAdapter | undefined) => {
      if (seq === this.buildSeq) this.providedAdapter = a;
      return a;
    };
    if (this.adapter) {
      this.builtFrom = '';
      this.pending = Promise.resolve(apply(this.adapter));
      return;
    }
    if (this.fhirBaseUrl || this.patient) {
      if (!this.fhirBaseUrl || !this.patient) {
        this.fail('<portal-provider>: set both "fhir-base-url" and "patient" to connect to a FHIR server.');
        this.pending = Promise.resolve(apply(undefined));
        return;
      }
      // Token changes never rebuild the adapter: it asks the provider for the current
      // token on each request, so a host may set `getAccessToken` after the attributes.
      const key = `fhir|${this.fhirBaseUrl}|${this.patient}`;
      if (key === this.builtFrom && this.providedAdapter) return;
      this.builtFrom = key;
      const token = () => (this.getAccessToken ? this.getAccessToken() : this.accessToken);
      const { fhirBaseUrl: baseUrl, patient } = this;
      // Loaded on demand: pages that bring their own adapter never download the FHIR client.
      this.pending = loadModule('fhir')
        .then(async ({ FhirAdapter }) => {
          const built = new FhirAdapter({ baseUrl, patient, accessToken: token });
          // Offer only what this server supports (its CapabilityStatement), without
          // holding the widgets back for long if /metadata is slow or missing.
          await Promise.race([built.refreshCapabilities(), new Promise((r) => setTimeout(r, CAPABILITIES_WAIT_MS))]);
          return apply(built);
        })
        .catch((e: unknown) => {
          this.fail(`<portal-provider>: ${e instanceof Error ? e.message : String(e)}`);
          return apply(undefined);
        });
      return;
    }
    if (this.demo) {
      if (this.builtFrom === 'demo' && this.providedAdapter) return;
      this.builtFrom = 'demo';
      this.pending = loadModule('memory').then(({ MemoryAdapter }) => apply(new MemoryAdapter()));
      return;
    }
    this.builtFrom = '';
    this.pending = Promise.resolve(apply(undefined));
  }

  private fail(message: string): void {
    console.error(message);
    this.dispatchEvent(new CustomEvent('portal-error', { detail: { message }, bubbles: true, composed: true }));
  }

  override render() {
    return html`<slot></slot>`;
  }
}
