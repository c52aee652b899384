/**
 * Code systems, extension URLs and identifier systems the FHIR adapter reads and
 * writes. The `portal-elements.dev` ones are this library's own (documented in
 * docs/fhir-mapping.md); the rest are standard FHIR/HL7/US Core.
 */

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const INTERPRETATION_V3 = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
export const INTERPRETATION_V2 = 'http://terminology.hl7.org/CodeSystem/v2-0078';
export const DIAGNOSTIC_SERVICE_SECTION = 'http://terminology.hl7.org/CodeSystem/v2-0074';
export const US_CORE_DOCUMENT_CATEGORY = 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category';
export const REFERENCE_RANGE_MEANING = 'http://terminology.hl7.org/CodeSystem/referencerange-meaning';
export const APPOINTMENT_CANCEL_REASON = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';
export const PARTICIPATION_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
export const AUDIT_EVENT_TYPE = 'http://terminology.hl7.org/CodeSystem/audit-event-type';
export const TIMEZONE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/timezone';

const OURS = 'https://portal-elements.dev/fhir';

/** Our code systems. */
export const CS = {
  /** `Basic.code` of the result-delivery preference resource. */
  resourceKind: `${OURS}/CodeSystem/portal-resource-kind`,
  /** `immediate` | `hold-abnormal`, and channels. */
  resultDelivery: `${OURS}/CodeSystem/result-delivery-preference`,
  /** Recipient kind on CareTeam.category / PractitionerRole.code / Organization.type. */
  recipientKind: `${OURS}/CodeSystem/recipient-kind`,
  /** `Communication.topic.coding`: the message topic. */
  messageTopic: `${OURS}/CodeSystem/message-topic`,
  /** `Appointment.appointmentType` / `Slot.appointmentType` / `HealthcareService.type`: appointment type ids. */
  appointmentType: `${OURS}/CodeSystem/appointment-type`,
  /** Visit types in-person / video / phone. */
  visitType: `${OURS}/CodeSystem/visit-type`,
  /** AuditEvent.subtype for portal events. */
  portalEvent: `${OURS}/CodeSystem/portal-event`,
} as const;

/** Our identifier systems. */
export const IDENTIFIER = {
  /** `Communication.identifier` / `Appointment.identifier`: the idempotency key of a write. */
  idempotency: `${OURS}/NamingSystem/idempotency-key`,
} as const;

/** Our extension URLs. */
export const EXT = {
  /** Basic: one per result category. Sub-extensions `category` (code), `mode` (code), `holdDays` (integer). */
  resultRelease: `${OURS}/StructureDefinition/result-release`,
  /** Basic: a channel the patient wants to be told through (code, repeats). */
  resultNotify: `${OURS}/StructureDefinition/result-notify-channel`,
  /** DiagnosticReport: when a clinician reviewed it (dateTime). */
  reviewedAt: `${OURS}/StructureDefinition/reviewed-at`,
  /** Organization: the messaging and result-release policy (complex). */
  clinicPolicy: `${OURS}/StructureDefinition/clinic-policy`,
  /** CareTeam / PractitionerRole / Organization: plain-language description of a message recipient. */
  recipientDescription: `${OURS}/StructureDefinition/recipient-description`,
  /** CareTeam / PractitionerRole / Organization: a topic this recipient handles (code, repeats). */
  recipientTopic: `${OURS}/StructureDefinition/recipient-topic`,
  /** Appointment / Slot / HealthcareService: visit type (code in-person | video | phone, repeats on HealthcareService). */
  visitType: `${OURS}/StructureDefinition/visit-type`,
  /** Appointment: the patient's scheduling preferences (complex). */
  appointmentPreferences: `${OURS}/StructureDefinition/appointment-preferences`,
  /** HealthcareService: usual duration in minutes (integer). */
  durationMinutes: `${OURS}/StructureDefinition/duration-minutes`,
  /** HealthcareService: for new patients (boolean). */
  newPatients: `${OURS}/StructureDefinition/new-patients`,
  /** Appointment: when the clinic expects to confirm a request (dateTime). */
  confirmBy: `${OURS}/StructureDefinition/confirm-by`,
  /** Communication: the urgency the patient saw and whether they acknowledged it (complex). */
  urgency: `${OURS}/StructureDefinition/message-urgency`,
} as const;

/** Result-delivery preference code (`Basic.code`). */
export const RESULT_PREFERENCE_CODE = 'result-delivery-preference';
