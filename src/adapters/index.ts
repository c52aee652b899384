/**
 * `portal-elements/adapters`: DOM-free data adapters and the domain types they return.
 * Import in Node, a worker, or the browser.
 */
export type * from './types.js';
export { PortalError, isPortalError, toPortalError, PATIENT_MESSAGES } from './errors.js';
export type { PortalErrorKind, PortalErrorOptions } from './errors.js';
export { MemoryAdapter, createSampleSeed, seededRandom } from './memory/index.js';
export type { MemorySeed, SamplePatient, MemoryAdapterOptions } from './memory/index.js';
export { SAMPLE_PATIENT, SAMPLE_TIME_ZONE } from './memory/index.js';
export { FhirAdapter } from './fhir/index.js';
export type { FhirAdapterOptions } from './fhir/index.js';
