/** What every FHIR mapping module needs: the HTTP client, the patient, and a reference cache. */
import type { FhirClient } from './client.js';
import type { Reference } from './fhir-types.js';
import { parseReference, type ReferenceResolver } from './reference.js';

export interface FhirContext {
  client: FhirClient;
  /** The patient's logical id. */
  patientId: string;
  /** `Patient/<id>`. */
  patientRef: string;
  resolver: ReferenceResolver;
}

/**
 * True when a record's subject is this patient (or it names none). Servers that
 * ignore a search parameter return everything; this keeps other patients' records out.
 */
export function isAboutPatient(ctx: FhirContext, subject: unknown): boolean {
  if (subject === undefined || subject === null) return true;
  const p = parseReference(subject);
  return p === undefined ? typeof (subject as Reference).reference !== 'string' : p.key === ctx.patientRef;
}

/**
 * Maps each record, dropping any whose mapping throws (a shape no check foresaw) and
 * saying so in `warnings`: one malformed record never fails a list.
 */
export async function mapEach<T, R>(records: T[], map: (r: T) => R | Promise<R>, warnings: string[], noun = 'record'): Promise<R[]> {
  const settled = await Promise.allSettled(records.map(async (r) => map(r)));
  const failed = settled.filter((s) => s.status === 'rejected').length;
  if (failed) warnings.push(failed === 1 ? `One ${noun} could not be read and is not shown.` : `${failed} ${noun}s could not be read and are not shown.`);
  return settled.filter((s): s is PromiseFulfilledResult<Awaited<R>> => s.status === 'fulfilled').map((s) => s.value);
}

/** Page sizes the adapter asks servers for. */
export function pageSize(requested: number | undefined, fallback = 20): number {
  if (typeof requested !== 'number' || !Number.isFinite(requested)) return fallback;
  return Math.min(100, Math.max(1, Math.round(requested)));
}
