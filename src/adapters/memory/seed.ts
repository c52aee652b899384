import type {
  AdapterCapabilities,
  AppointmentRequest,
  LabResult,
  MessageThread,
  MessagingPolicy,
  Note,
  Recipient,
  ResultPreferences,
  SchedulingOptions,
  Slot,
} from '../types.js';

/** The patient the sample data is about. */
export interface SamplePatient {
  id: string;
  /** Full display name, e.g. "María José Hernández Peña". */
  name: string;
  given: string[];
  family: string;
  birthDate: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  preferredLanguage: string;
  phone?: string;
  email?: string;
}

/**
 * Everything a MemoryAdapter serves. Notes are full notes (summaries are derived);
 * results carry their report; result history is derived from results of the same code.
 */
export interface MemorySeed {
  patient: SamplePatient;
  capabilities: AdapterCapabilities;
  notes: Note[];
  results: LabResult[];
  resultPreferences: ResultPreferences;
  recipients: Recipient[];
  threads: MessageThread[];
  messagingPolicy: MessagingPolicy;
  schedulingOptions: SchedulingOptions;
  slots: Slot[];
  appointmentRequests: AppointmentRequest[];
}
