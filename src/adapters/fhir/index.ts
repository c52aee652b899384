/** The FHIR R4 / US Core adapter. DOM-free. */
export { FhirAdapter, DEFAULT_FHIR_CAPABILITIES } from './fhir-adapter.js';
export type { FhirAdapterOptions } from './fhir-adapter.js';
export { FhirClient, errorKindFor } from './client.js';
export type { AccessToken, FhirClientOptions } from './client.js';
export { CS as FHIR_CODE_SYSTEMS, EXT as FHIR_EXTENSIONS, IDENTIFIER as FHIR_IDENTIFIER_SYSTEMS } from './codes.js';
export { interpretationFlag } from './results.js';
