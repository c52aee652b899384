/**
 * Minimal FHIR R4 type definitions: only the resources and fields the adapter reads
 * or writes. Everything a server sends is untrusted, so every field is optional here
 * and the mappers check shapes at run time.
 */

export interface Extension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueBoolean?: boolean;
  valueDate?: string;
  valueDateTime?: string;
  valueTime?: string;
  valueCoding?: Coding;
  valueReference?: Reference;
  extension?: Extension[];
}

export interface Meta {
  versionId?: string;
  lastUpdated?: string;
  tag?: Coding[];
}

export interface Resource {
  resourceType: string;
  id?: string;
  meta?: Meta;
  extension?: Extension[];
}

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference?: string;
  type?: string;
  display?: string;
  identifier?: Identifier;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Quantity {
  value?: number;
  comparator?: string;
  unit?: string;
  system?: string;
  code?: string;
}

export interface Range {
  low?: Quantity;
  high?: Quantity;
}

export interface Ratio {
  numerator?: Quantity;
  denominator?: Quantity;
}

export interface Attachment {
  contentType?: string;
  language?: string;
  data?: string;
  url?: string;
  size?: number;
  title?: string;
  creation?: string;
}

export interface Annotation {
  text?: string;
  time?: string;
  authorString?: string;
  authorReference?: Reference;
}

export interface HumanName {
  use?: string;
  text?: string;
  family?: string;
  given?: string[];
  prefix?: string[];
  suffix?: string[];
}

export interface ContactPoint {
  system?: string;
  value?: string;
  use?: string;
  rank?: number;
}

export interface Address {
  text?: string;
  line?: string[];
  city?: string;
  state?: string;
  postalCode?: string;
}

export interface BundleLink {
  relation?: string;
  url?: string;
}

export interface BundleEntry<T extends Resource = Resource> {
  fullUrl?: string;
  resource?: T;
  search?: { mode?: 'match' | 'include' | 'outcome' };
}

export interface Bundle<T extends Resource = Resource> extends Resource {
  resourceType: 'Bundle';
  type?: string;
  total?: number;
  link?: BundleLink[];
  entry?: BundleEntry<T>[];
}

export interface OperationOutcomeIssue {
  severity?: string;
  code?: string;
  details?: CodeableConcept;
  diagnostics?: string;
  expression?: string[];
}

export interface OperationOutcome extends Resource {
  resourceType: 'OperationOutcome';
  issue?: OperationOutcomeIssue[];
}

export interface Patient extends Resource {
  resourceType: 'Patient';
  name?: HumanName[];
  gender?: string;
  birthDate?: string;
  managingOrganization?: Reference;
  generalPractitioner?: Reference[];
}

export interface Practitioner extends Resource {
  resourceType: 'Practitioner';
  name?: HumanName[];
  qualification?: { code?: CodeableConcept }[];
}

export interface PractitionerRole extends Resource {
  resourceType: 'PractitionerRole';
  active?: boolean;
  practitioner?: Reference;
  organization?: Reference;
  code?: CodeableConcept[];
  specialty?: CodeableConcept[];
  location?: Reference[];
}

export interface Organization extends Resource {
  resourceType: 'Organization';
  active?: boolean;
  name?: string;
  alias?: string[];
  type?: CodeableConcept[];
  telecom?: ContactPoint[];
  address?: Address[];
  partOf?: Reference;
}

export interface Location extends Resource {
  resourceType: 'Location';
  name?: string;
  address?: Address;
  managingOrganization?: Reference;
}

export interface CareTeam extends Resource {
  resourceType: 'CareTeam';
  status?: string;
  name?: string;
  category?: CodeableConcept[];
  subject?: Reference;
  participant?: { role?: CodeableConcept[]; member?: Reference; onBehalfOf?: Reference }[];
  managingOrganization?: Reference[];
}

export interface HealthcareService extends Resource {
  resourceType: 'HealthcareService';
  active?: boolean;
  name?: string;
  type?: CodeableConcept[];
  providedBy?: Reference;
  location?: Reference[];
}

export interface DocumentReference extends Resource {
  resourceType: 'DocumentReference';
  status?: string;
  docStatus?: string;
  type?: CodeableConcept;
  category?: CodeableConcept[];
  subject?: Reference;
  date?: string;
  author?: Reference[];
  authenticator?: Reference;
  description?: string;
  relatesTo?: { code?: string; target?: Reference }[];
  content?: { attachment?: Attachment; format?: Coding }[];
  context?: {
    encounter?: Reference[];
    period?: Period;
    facilityType?: CodeableConcept;
    practiceSetting?: CodeableConcept;
    related?: Reference[];
  };
}

export interface DiagnosticReport extends Resource {
  resourceType: 'DiagnosticReport';
  status?: string;
  category?: CodeableConcept[];
  code?: CodeableConcept;
  subject?: Reference;
  encounter?: Reference;
  effectiveDateTime?: string;
  effectivePeriod?: Period;
  issued?: string;
  performer?: Reference[];
  resultsInterpreter?: Reference[];
  result?: Reference[];
  conclusion?: string;
  presentedForm?: Attachment[];
}

export interface ObservationReferenceRange {
  low?: Quantity;
  high?: Quantity;
  type?: CodeableConcept;
  appliesTo?: CodeableConcept[];
  age?: Range;
  text?: string;
}

export interface ObservationValue {
  valueQuantity?: Quantity;
  valueCodeableConcept?: CodeableConcept;
  valueString?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueRange?: Range;
  valueRatio?: Ratio;
  valueDateTime?: string;
  valueTime?: string;
  valuePeriod?: Period;
  dataAbsentReason?: CodeableConcept;
  interpretation?: CodeableConcept[];
  referenceRange?: ObservationReferenceRange[];
}

export interface ObservationComponent extends ObservationValue {
  code?: CodeableConcept;
}

export interface Observation extends Resource, ObservationValue {
  resourceType: 'Observation';
  status?: string;
  category?: CodeableConcept[];
  code?: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  effectivePeriod?: Period;
  effectiveInstant?: string;
  issued?: string;
  performer?: Reference[];
  note?: Annotation[];
  hasMember?: Reference[];
  component?: ObservationComponent[];
}

export interface CommunicationPayload {
  contentString?: string;
  contentAttachment?: Attachment;
  contentReference?: Reference;
}

export interface Communication extends Resource {
  resourceType: 'Communication';
  identifier?: Identifier[];
  status?: string;
  partOf?: Reference[];
  inResponseTo?: Reference[];
  category?: CodeableConcept[];
  priority?: string;
  subject?: Reference;
  topic?: CodeableConcept;
  about?: Reference[];
  sent?: string;
  received?: string;
  recipient?: Reference[];
  sender?: Reference;
  payload?: CommunicationPayload[];
  note?: Annotation[];
}

export interface AppointmentParticipant {
  type?: CodeableConcept[];
  actor?: Reference;
  required?: string;
  status?: string;
}

export interface Appointment extends Resource {
  resourceType: 'Appointment';
  identifier?: Identifier[];
  status?: string;
  cancelationReason?: CodeableConcept;
  serviceType?: CodeableConcept[];
  appointmentType?: CodeableConcept;
  reasonCode?: CodeableConcept[];
  description?: string;
  start?: string;
  end?: string;
  minutesDuration?: number;
  slot?: Reference[];
  created?: string;
  comment?: string;
  patientInstruction?: string;
  participant?: AppointmentParticipant[];
  requestedPeriod?: Period[];
}

export interface Slot extends Resource {
  resourceType: 'Slot';
  serviceType?: CodeableConcept[];
  appointmentType?: CodeableConcept;
  schedule?: Reference;
  status?: string;
  start?: string;
  end?: string;
  comment?: string;
}

export interface Schedule extends Resource {
  resourceType: 'Schedule';
  active?: boolean;
  serviceType?: CodeableConcept[];
  actor?: Reference[];
  comment?: string;
}

export interface Basic extends Resource {
  resourceType: 'Basic';
  identifier?: Identifier[];
  code?: CodeableConcept;
  subject?: Reference;
  created?: string;
  author?: Reference;
}

export interface Binary extends Resource {
  resourceType: 'Binary';
  contentType?: string;
  data?: string;
}

export interface AuditEvent extends Resource {
  resourceType: 'AuditEvent';
  type?: Coding;
  subtype?: Coding[];
  action?: string;
  recorded?: string;
  outcome?: string;
  agent?: { who?: Reference; requestor?: boolean }[];
  source?: { observer?: Reference };
  entity?: { what?: Reference; detail?: { type?: string; valueString?: string }[] }[];
}

export interface CapabilityStatement extends Resource {
  resourceType: 'CapabilityStatement';
  rest?: {
    mode?: string;
    resource?: {
      type?: string;
      interaction?: { code?: string }[];
      searchParam?: { name?: string }[];
      operation?: { name?: string; definition?: string }[];
    }[];
    operation?: { name?: string; definition?: string }[];
  }[];
}
