export { MemoryAdapter, type MemoryAdapterOptions } from './memory-adapter.js';
export { createSampleSeed, SAMPLE_PATIENT, SAMPLE_TIME_ZONE } from './sample-patient.js';
export { seededRandom } from './random.js';
export type { MemorySeed, SamplePatient } from './seed.js';
