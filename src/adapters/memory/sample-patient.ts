/**
 * The sample patient: one coherent chronic-care story (type 2 diabetes, high
 * blood pressure, high cholesterol, hypothyroidism, a recent urinary tract
 * infection) with notes, results, messages and appointments. Every date is
 * relative to `now`, so open slots are always in the next two weeks.
 */
import type {
  AdapterCapabilities,
  AppointmentRequest,
  Location,
  MessageThread,
  MessagingPolicy,
  PersonRef,
  Recipient,
  ResultPreferences,
  SchedulingOptions,
  Slot,
  VisitType,
} from '../types.js';
import {
  addBusinessDays,
  addCalendarDays,
  calendarDateAt,
  isBusinessDay,
  isoDate,
  toZonedIso,
  usFederalHolidays,
} from '../../core/time/index.js';
import { seededRandom } from './random.js';
import { createSampleClock, type SampleClock, zonedIso, zonedTimeToMs } from './sample-clock.js';
import { createSampleNotes } from './sample-notes.js';
import { createSampleResults } from './sample-results.js';
import type { MemorySeed, SamplePatient } from './seed.js';

export const SAMPLE_TIME_ZONE = 'America/Chicago';

export const SAMPLE_PATIENT: SamplePatient = {
  id: 'pat-maria',
  name: 'María José Hernández Peña',
  given: ['María', 'José'],
  family: 'Hernández Peña',
  birthDate: '1968-05-14',
  sex: 'female',
  preferredLanguage: 'es',
  phone: '(555) 010-4477',
  email: 'mariajose.hernandez@example.com',
};

const PATIENT_REF: PersonRef = { id: SAMPLE_PATIENT.id, name: SAMPLE_PATIENT.name, role: 'Patient' };

const CLINICIANS: PersonRef[] = [
  { id: 'clin-rivera', name: 'Dr. Ana Rivera, MD', role: 'Family medicine physician' },
  { id: 'clin-okafor', name: 'Dr. Samuel Okafor, MD', role: 'Family medicine physician' },
  { id: 'clin-campos', name: 'Lucía Campos, NP', role: 'Nurse practitioner' },
];

const LOCATIONS: Location[] = [
  {
    id: 'loc-main',
    name: 'Riverside Family Clinic — Main',
    address: '1200 River Road, Suite 200, Springfield, IL 62701',
    timeZone: SAMPLE_TIME_ZONE,
  },
  {
    id: 'loc-east',
    name: 'Riverside Family Clinic — East',
    address: '45 Lakeview Avenue, Springfield, IL 62703',
    timeZone: SAMPLE_TIME_ZONE,
  },
];

const CAPABILITIES: AdapterCapabilities = {
  notes: true,
  results: true,
  messaging: true,
  appointments: true,
  resultPreferences: 'read-write',
  bookSlots: true,
  holdSlots: false,
  attachments: { types: ['image/jpeg', 'image/png', 'application/pdf'], maxBytes: 10 * 1024 * 1024, maxCount: 3 },
  drafts: false,
  audit: true,
  withheldNoteTypes: [
    'psychotherapy notes',
    'some notes about sensitive test results that your care team is still reviewing',
  ],
};

const RECIPIENTS: Recipient[] = [
  {
    id: 'rcp-rivera-team',
    name: "Dr. Rivera's care team",
    kind: 'care-team',
    description: 'Dr. Ana Rivera, her nurse and medical assistant. For questions about your health, test results and medicines.',
    topics: ['medical-question', 'test-result', 'prescription'],
  },
  {
    id: 'rcp-nurse-line',
    name: 'Nurse line',
    kind: 'nurse',
    description: 'A nurse answers questions about symptoms and care. For anything urgent, call instead.',
    topics: ['medical-question'],
  },
  {
    id: 'rcp-refills',
    name: 'Prescription refills',
    kind: 'pharmacy',
    description: 'Refills of medicines you already take. Allow 2 business days.',
    topics: ['prescription'],
  },
  { id: 'rcp-billing', name: 'Billing', kind: 'billing', description: 'Bills, payments and insurance.', topics: ['billing'] },
  {
    id: 'rcp-scheduling',
    name: 'Scheduling',
    kind: 'scheduling',
    description: 'Change or cancel an appointment.',
    topics: ['scheduling'],
  },
  {
    id: 'rcp-records',
    name: 'Medical records',
    kind: 'records',
    description: 'Copies of your records and forms to fill out.',
    topics: ['paperwork'],
  },
];

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Decoded size in bytes of a base64 string. */
export function base64Size(data: string): number {
  const clean = data.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

function createThreads(clock: SampleClock, recipients: Recipient[]): MessageThread[] {
  const to = (id: string): Recipient => {
    const r = recipients.find((x) => x.id === id);
    if (!r) throw new Error(`Sample recipient ${id} is missing`);
    return { ...r };
  };
  const team = { id: 'clin-rivera', name: 'Dr. Ana Rivera, MD', role: 'Family medicine physician' };
  const { days } = clock;
  const resultsDay = days.latestVisit - 1;
  const logSent = days.latestVisit + 4;
  const logAnswered = clock.weekdayOnOrAfter(days.latestVisit + 3);

  const sugarLog: MessageThread = {
    id: 'thr-sugar-log',
    subject: 'My blood sugar readings',
    topic: 'medical-question',
    recipient: to('rcp-rivera-team'),
    unread: true,
    updatedAt: clock.at(resultsDay, '12:05'),
    messages: [
      {
        id: 'msg-sugar-1',
        threadId: 'thr-sugar-log',
        author: PATIENT_REF,
        fromPatient: true,
        sentAt: clock.at(logSent, '19:42'),
        body:
          'Hello Dr. Rivera, I am sending a photo of my sugar log from the last 3 weeks, like you asked. ' +
          'My morning numbers are between 150 and 190. I feel more tired than usual. Should I change anything before my visit?',
        attachments: [
          {
            id: 'att-sugar-log',
            name: 'blood-sugar-log.png',
            contentType: 'image/png',
            size: base64Size(PNG_1PX),
            url: `data:image/png;base64,${PNG_1PX}`,
          },
        ],
        readAt: clock.at(logAnswered, '08:30'),
      },
      {
        id: 'msg-sugar-2',
        threadId: 'thr-sugar-log',
        author: { id: 'prac-ellis', name: 'Jordan Ellis, RN', role: "Nurse, Dr. Rivera's team" },
        fromPatient: false,
        sentAt: clock.at(logAnswered, '12:10'),
        body:
          'Thank you for the log, María José. Dr. Rivera will go over it with you at your visit. ' +
          'Keep taking your medicines as usual until then, and bring your meter.',
        attachments: [],
      },
      {
        id: 'msg-sugar-3',
        threadId: 'thr-sugar-log',
        author: team,
        fromPatient: false,
        sentAt: clock.at(resultsDay, '12:05'),
        body:
          'Hi María José, your A1c came back at 8.1%, up from 7.4%. This matches your sugar log. ' +
          'Please start the empagliflozin we talked about, 10 mg once a day, and drink water through the day. ' +
          'Your TSH is a little high, so I am raising your levothyroxine to 88 mcg. The new prescriptions are at your pharmacy. ' +
          'We will check both again in 6 to 12 weeks. — Dr. Rivera',
        attachments: [],
      },
    ],
  };

  const refill: MessageThread = {
    id: 'thr-refill',
    subject: 'Refill: metformin and atorvastatin',
    topic: 'prescription',
    recipient: to('rcp-refills'),
    unread: false,
    updatedAt: clock.at(days.refillReply, '10:20'),
    messages: [
      {
        id: 'msg-refill-1',
        threadId: 'thr-refill',
        author: PATIENT_REF,
        fromPatient: true,
        sentAt: clock.at(10, '07:55'),
        body:
          'I have 4 days left of metformin 1000 mg and atorvastatin 40 mg. Please send refills to Walgreens on Main Street. Thank you.',
        attachments: [],
        readAt: clock.at(days.refillReply, '08:15'),
      },
      {
        id: 'msg-refill-2',
        threadId: 'thr-refill',
        author: { id: 'prac-okoro', name: 'Grace Okoro, CPhT', role: 'Pharmacy technician' },
        fromPatient: false,
        sentAt: clock.at(days.refillReply, '10:20'),
        body:
          'Both refills were sent to Walgreens on Main Street (90 days, 1 refill each). ' +
          'They should be ready tomorrow after 2 pm. Reply here if the pharmacy has any trouble.',
        attachments: [],
      },
    ],
  };

  const uti: MessageThread = {
    id: 'thr-uti',
    subject: 'Ardor al orinar',
    topic: 'medical-question',
    recipient: to('rcp-nurse-line'),
    unread: false,
    updatedAt: clock.at(days.utiCulture, '16:45'),
    messages: [
      {
        id: 'msg-uti-1',
        threadId: 'thr-uti',
        author: PATIENT_REF,
        fromPatient: true,
        sentAt: clock.at(days.utiTriage + 1, '21:15'),
        body:
          'Buenas noches. Desde ayer siento ardor al orinar y tengo que ir al baño muy seguido. ' +
          'No tengo fiebre. ¿Puedo ir a consulta mañana?',
        attachments: [],
        readAt: clock.at(days.utiTriage, '08:20'),
      },
      {
        id: 'msg-uti-2',
        threadId: 'thr-uti',
        author: { id: 'prac-ellis', name: 'Jordan Ellis, RN', role: 'Registered nurse' },
        fromPatient: false,
        sentAt: clock.at(days.utiTriage, '08:40'),
        body:
          'Good morning, María José. I just called you, and we booked a visit with Lucía Campos, NP, for the next clinic day at 10:00. ' +
          'Drink plenty of water. If you get a fever, back pain or vomiting before then, go to urgent care.',
        attachments: [],
      },
      {
        id: 'msg-uti-3',
        threadId: 'thr-uti',
        author: { id: 'clin-campos', name: 'Lucía Campos, NP', role: 'Nurse practitioner' },
        fromPatient: false,
        sentAt: clock.at(days.utiCulture, '16:45'),
        body:
          'Hola María José: el cultivo de orina confirma la infección y muestra que el antibiótico que está tomando funciona. ' +
          'Termine los 5 días de nitrofurantoína aunque ya se sienta mejor. Escríbanos si los síntomas no se van.',
        attachments: [],
      },
    ],
  };

  return [sugarLog, refill, uti].map((t) => ({ ...t, messageCount: t.messages.length }));
}

function holidaysAround(clock: SampleClock): string[] {
  return [...usFederalHolidays(clock.today.year), ...usFederalHolidays(clock.today.year + 1)];
}

function createMessagingPolicy(holidays: string[]): MessagingPolicy {
  return {
    replyBusinessDays: 2,
    clinicHours: { days: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' },
    timeZone: SAMPLE_TIME_ZONE,
    holidays,
    answeringTimes: ['12:00', '16:30'],
    clinicName: 'Riverside Family Clinic',
    clinicPhone: '(555) 010-2000',
    nurseLinePhone: '(555) 010-2100',
    numbers: {
      emergency: '911',
      crisis: '988',
      crisisText: '988',
      crisisName: '988 Suicide & Crisis Lifeline',
      poison: '1-800-222-1222',
    },
    maxBodyLength: 4000,
    appointmentConfirmBusinessDays: 1,
  };
}

function createSchedulingOptions(): SchedulingOptions {
  return {
    appointmentTypes: [
      { id: 'appt-office', name: 'Office visit', visitTypes: ['in-person'], durationMinutes: 20 },
      { id: 'appt-follow-up', name: 'Follow-up visit', visitTypes: ['in-person', 'video', 'phone'], durationMinutes: 20, forNewPatients: false },
      { id: 'appt-physical', name: 'Annual physical', visitTypes: ['in-person'], durationMinutes: 40 },
      { id: 'appt-diabetes', name: 'Diabetes check', visitTypes: ['in-person', 'video'], durationMinutes: 30, forNewPatients: false },
      { id: 'appt-video', name: 'Video visit', visitTypes: ['video'], durationMinutes: 20 },
      { id: 'appt-new', name: 'New patient visit', visitTypes: ['in-person'], durationMinutes: 40, forNewPatients: true },
    ],
    clinicians: CLINICIANS.map((c) => ({ ...c })),
    locations: LOCATIONS.map((l) => ({ ...l })),
    commonReasons: [
      'Follow-up on a health problem',
      'Diabetes check',
      'Blood pressure check',
      'Medicine review or side effects',
      'Review my test results',
      'New symptom or concern',
      'Annual physical',
      'Forms or paperwork',
    ],
    timeZone: SAMPLE_TIME_ZONE,
    confirmBusinessDays: 1,
    interpreterLanguages: ['Spanish', 'Vietnamese', 'Arabic', 'Mandarin', 'ASL'],
  };
}

/** Who works where, on which visit types. */
const ROTA: { clinician: PersonRef; location: Location; visitTypes: VisitType[]; appointmentTypeIds: string[] }[] = [
  { clinician: CLINICIANS[0], location: LOCATIONS[0], visitTypes: ['in-person', 'video'], appointmentTypeIds: ['appt-diabetes', 'appt-follow-up', 'appt-office'] },
  { clinician: CLINICIANS[1], location: LOCATIONS[1], visitTypes: ['in-person'], appointmentTypeIds: ['appt-office', 'appt-physical', 'appt-new'] },
  { clinician: CLINICIANS[2], location: LOCATIONS[0], visitTypes: ['video', 'phone', 'in-person'], appointmentTypeIds: ['appt-follow-up', 'appt-video', 'appt-office'] },
];

/** Half-hour starts from 08:00 to 16:00 (the last visit ends by closing time). */
const START_TIMES = Array.from({ length: 17 }, (_, i) => `${String(8 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);

function createSlots(clock: SampleClock, holidays: string[], options: SchedulingOptions): Slot[] {
  const holidaySet = new Set(holidays);
  const nowMs = clock.now.getTime();
  const horizonMs = nowMs + 14 * 24 * 60 * 60 * 1000;
  const duration = new Map(options.appointmentTypes.map((t) => [t.id, t.durationMinutes ?? 20]));
  const slots: Slot[] = [];
  for (let offset = 1; offset <= 14; offset++) {
    const date = addCalendarDays(clock.today, offset);
    if (!isBusinessDay(date, holidaySet)) continue;
    // Seeded by the date, so the same day always offers the same times.
    const random = seededRandom(date.year * 10000 + date.month * 100 + date.day);
    ROTA.forEach((shift, s) => {
      const picks = new Set<number>();
      while (picks.size < 3) picks.add(Math.floor(random() * START_TIMES.length));
      [...picks].sort((a, b) => a - b).forEach((p, k) => {
        const startMs = zonedTimeToMs(date, START_TIMES[p], SAMPLE_TIME_ZONE);
        if (startMs <= nowMs || startMs >= horizonMs) return;
        const appointmentTypeId = shift.appointmentTypeIds[(p + k) % shift.appointmentTypeIds.length];
        const type = options.appointmentTypes.find((t) => t.id === appointmentTypeId);
        const allowed = shift.visitTypes.filter((v) => type?.visitTypes.includes(v));
        const visitType = allowed[(p + s) % allowed.length] ?? 'in-person';
        const minutes = duration.get(appointmentTypeId) ?? 20;
        slots.push({
          id: `slot-${isoDate(date)}-${shift.clinician.id ?? s}-${START_TIMES[p].replace(':', '')}`,
          start: toZonedIso(startMs, SAMPLE_TIME_ZONE),
          end: toZonedIso(startMs + minutes * 60000, SAMPLE_TIME_ZONE),
          visitType,
          appointmentTypeId,
          clinician: { ...shift.clinician },
          location: visitType === 'in-person' ? { ...shift.location } : undefined,
        });
      });
    });
  }
  return slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

function createAppointmentRequests(clock: SampleClock, holidays: string[]): AppointmentRequest[] {
  const nowMs = clock.now.getTime();
  const createdMs = nowMs - 2 * 60 * 60 * 1000;
  const createdDate = calendarDateAt(createdMs, SAMPLE_TIME_ZONE);
  const confirmDate = addBusinessDays(createdDate, 1, holidays);
  const nextWeek = addCalendarDays(clock.today, 7);
  const bookedDate = addCalendarDays(clock.today, 24);
  const bookedStart = zonedIso(bookedDate, '09:30', SAMPLE_TIME_ZONE);
  const bookedEnd = zonedIso(bookedDate, '09:50', SAMPLE_TIME_ZONE);
  return [
    {
      id: 'apr-dietitian',
      status: 'pending',
      reason: 'Meet with the dietitian about my diabetes meal plan',
      visitType: 'in-person',
      preferredPeriods: [
        { start: isoDate(nextWeek), end: isoDate(addCalendarDays(nextWeek, 4)) },
      ],
      timesOfDay: ['morning'],
      locationId: 'loc-main',
      contact: { method: 'phone', value: SAMPLE_PATIENT.phone },
      interpreterLanguage: 'Spanish',
      createdAt: toZonedIso(createdMs, SAMPLE_TIME_ZONE),
      confirmBy: zonedIso(confirmDate, '17:00', SAMPLE_TIME_ZONE),
    },
    {
      id: 'apr-follow-up',
      status: 'booked',
      reason: 'Diabetes and thyroid follow-up',
      visitType: 'in-person',
      appointmentTypeId: 'appt-diabetes',
      clinicianId: 'clin-rivera',
      locationId: 'loc-main',
      preferredPeriods: [{ start: bookedStart, end: bookedEnd }],
      slotId: `slot-${isoDate(bookedDate)}-clin-rivera-0930`,
      slot: {
        id: `slot-${isoDate(bookedDate)}-clin-rivera-0930`,
        start: bookedStart,
        end: bookedEnd,
        visitType: 'in-person',
        appointmentTypeId: 'appt-diabetes',
        clinician: { ...CLINICIANS[0] },
        location: { ...LOCATIONS[0] },
      },
      createdAt: clock.at(clock.days.latestVisit, '10:05'),
    },
  ];
}

function createResultPreferences(clock: SampleClock): ResultPreferences {
  return {
    categories: {
      lab: { mode: 'immediate', holdDays: 3 },
      imaging: { mode: 'immediate', holdDays: 3 },
      pathology: { mode: 'hold-abnormal', holdDays: 3 },
      genetic: { mode: 'hold-abnormal', holdDays: 3 },
    },
    notify: ['portal', 'email'],
    updatedAt: clock.at(clock.days.annual, '11:15'),
    policy: {
      minHoldDays: 1,
      maxHoldDays: 14,
      channels: ['portal', 'email', 'sms'],
      description:
        'Most results appear in the portal as soon as they are ready, often before your care team has seen them. ' +
        'You can choose to wait for abnormal results until your care team has looked at them, for up to 14 days. ' +
        'After that, they appear even if no one has reviewed them yet.',
    },
  };
}

/** A fresh copy of the sample patient's data, with dates relative to `now`. */
export function createSampleSeed(now: Date = new Date()): MemorySeed {
  const clock = createSampleClock(now, SAMPLE_TIME_ZONE);
  const holidays = holidaysAround(clock);
  const recipients = RECIPIENTS.map((r) => ({ ...r, topics: r.topics ? [...r.topics] : undefined }));
  const schedulingOptions = createSchedulingOptions();
  return {
    patient: { ...SAMPLE_PATIENT, given: [...SAMPLE_PATIENT.given] },
    capabilities: structuredClone(CAPABILITIES),
    notes: createSampleNotes(clock),
    results: createSampleResults(clock),
    resultPreferences: createResultPreferences(clock),
    recipients,
    threads: createThreads(clock, recipients),
    messagingPolicy: createMessagingPolicy(holidays),
    schedulingOptions,
    slots: createSlots(clock, holidays, schedulingOptions),
    appointmentRequests: createAppointmentRequests(clock, holidays),
  };
}

