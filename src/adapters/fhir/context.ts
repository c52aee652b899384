/** What every FHIR mapping module needs: the HTTP client, the patient, and a reference cache. */
import type { FhirClient } from './client.js';
import type { ReferenceResolver } from './reference.js';

export interface FhirContext {
  client: FhirClient;
  /** The patient's logical id. */
  patientId: string;
  /** `Patient/<id>`. */
  patientRef: string;
  resolver: ReferenceResolver;
}

/** Page sizes the adapter asks servers for. */
export function pageSize(requested: number | undefined, fallback = 20): number {
  if (typeof requested !== 'number' || !Number.isFinite(requested)) return fallback;
  return Math.min(100, Math.max(1, Math.round(requested)));
}
