import type { Note, NoteContent, NoteStatus, NoteType, PersonRef } from '../types.js';
import type { SampleClock } from './sample-clock.js';
import { buildSamplePdf } from './sample-pdf.js';

/** Authors of the sample notes. */
export const AUTHORS = {
  rivera: { id: 'clin-rivera', name: 'Dr. Ana Rivera, MD', role: 'Family medicine physician' },
  campos: { id: 'clin-campos', name: 'Lucía Campos, NP', role: 'Nurse practitioner' },
  okafor: { id: 'clin-okafor', name: 'Dr. Samuel Okafor, MD', role: 'Family medicine physician' },
  ellis: { id: 'prac-ellis', name: 'Jordan Ellis, RN', role: 'Registered nurse' },
  natarajan: { id: 'prac-natarajan', name: 'Dr. Priya Natarajan, MD', role: 'Endocrinologist' },
  bell: { id: 'prac-bell', name: 'Dr. Marcus Bell, MD', role: 'Hospitalist' },
  kim: { id: 'prac-kim', name: 'Dr. Hannah Kim, MD', role: 'Emergency physician' },
  feldman: { id: 'prac-feldman', name: 'Dr. Robert Feldman, MD', role: 'Radiologist' },
  grant: { id: 'prac-grant', name: 'Dr. Olivia Grant, MD', role: 'Cardiologist' },
  chen: { id: 'prac-chen', name: 'Dr. Mei Chen, OD', role: 'Optometrist' },
  nguyen: { id: 'prac-nguyen', name: 'Thomas Nguyen, DPM', role: 'Podiatrist' },
  sokolova: { id: 'prac-sokolova', name: 'Dr. Elena Sokolova, MD', role: 'Laboratory director' },
} satisfies Record<string, PersonRef>;

const CLINIC = 'Riverside Family Clinic — Main';
const HOSPITAL = 'Riverside Memorial Hospital';

interface NoteSpec {
  id: string;
  title: string;
  type: NoteType;
  typeLabel?: string;
  author: PersonRef;
  daysAgo: number;
  time: string;
  encounter: string;
  location: string;
  status?: NoteStatus;
  content: NoteContent[];
  history?: Note['history'];
  /** Signed later than written (amendments). */
  signedDaysAgo?: number;
}

function plain(text: string): NoteContent {
  return { contentType: 'text/plain', text: text.trim() };
}

function makeNote(clock: SampleClock, spec: NoteSpec): Note {
  const date = clock.at(spec.daysAgo, spec.time);
  return {
    id: spec.id,
    title: spec.title,
    type: spec.type,
    typeLabel: spec.typeLabel,
    author: { ...spec.author },
    date,
    signedAt: spec.signedDaysAgo === undefined ? date : clock.at(spec.signedDaysAgo, spec.time),
    encounter: spec.encounter,
    location: spec.location,
    status: spec.status ?? 'final',
    content: spec.content,
    history: spec.history ?? [],
  };
}

const ANNUAL_COMMON = `
Subjective:
56 y/o F here for annual physical. PMH: DM2, HTN, HLD, hypothyroidism. Feels well. Walking 20 min most days. No CP, no SOB, no polyuria. Checks BG at home 3x/week, fasting readings 120s–140s. Takes meds as prescribed. No tobacco, rare alcohol. NKDA.

Medications:
- Metformin 1000 mg PO BID
- Lisinopril 20 mg PO daily
- Atorvastatin 40 mg PO nightly
- Levothyroxine 75 mcg PO daily on an empty stomach
- Acetaminophen 500 mg PO q6h PRN knee pain

Objective:
BP 138/86, HR 76, Wt 82.4 kg, BMI 31.2. NAD. Heart RRR, no murmur. Lungs CTAB. Feet: monofilament sensation intact bilat, pulses 2+.
Labs today: HbA1c 7.1%, LDL 104 mg/dL, TSH 2.4, Cr 1.06, K 4.9. Vitamin D 22 (low).
`;

function annualNotes(clock: SampleClock): Note[] {
  const original = makeNote(clock, {
    id: 'note-annual-2',
    title: 'Annual physical',
    type: 'progress',
    typeLabel: 'Progress note',
    author: AUTHORS.rivera,
    daysAgo: clock.days.annual,
    time: '10:40',
    encounter: 'Annual physical',
    location: CLINIC,
    content: [
      plain(`${ANNUAL_COMMON}
Assessment and Plan:
1. DM2 — improving, HbA1c 7.1% (goal <7%). Continue metformin. Diet and exercise reviewed.
2. HTN — BP above goal of <130/80. Continue lisinopril 20 mg daily; recheck BP at f/u.
3. HLD — LDL 104. Continue atorvastatin.
4. Hypothyroidism — TSH at goal. Continue levothyroxine 75 mcg.
5. Vitamin D deficiency — start vitamin D3 2000 IU daily.
6. Health maintenance — flu shot given today. Mammogram ordered. Colonoscopy due next year.
F/u 3 months.`),
    ],
  });
  const amended = makeNote(clock, {
    id: 'note-annual',
    title: 'Annual physical (amended)',
    type: 'progress',
    typeLabel: 'Progress note',
    author: AUTHORS.rivera,
    daysAgo: clock.days.annual,
    time: '10:40',
    signedDaysAgo: clock.days.annual - 5,
    encounter: 'Annual physical',
    location: CLINIC,
    status: 'amended',
    history: [
      { id: original.id, title: original.title, date: original.date, status: 'final', author: { ...AUTHORS.rivera } },
    ],
    content: [
      plain(`Addendum (amended 5 days after the visit): The first version said the flu shot was given at this visit. The patient declined the flu shot that day and received it at her pharmacy the next week. The mammogram was ordered, not done. No other changes.
${ANNUAL_COMMON}
Assessment and Plan:
1. DM2 — improving, HbA1c 7.1% (goal <7%). Continue metformin. Diet and exercise reviewed.
2. HTN — BP above goal of <130/80. Continue lisinopril 20 mg daily; recheck BP at f/u.
3. HLD — LDL 104. Continue atorvastatin.
4. Hypothyroidism — TSH at goal. Continue levothyroxine 75 mcg.
5. Vitamin D deficiency — start vitamin D3 2000 IU daily.
6. Health maintenance — flu shot declined today; plans to get it at her pharmacy. Mammogram ordered. Colonoscopy due next year.
F/u 3 months.`),
    ],
  });
  return [amended, original];
}

function carePlanHtml(): string {
  return `<h2>My diabetes care plan</h2>
<p>María José, this plan is what we agreed on at your visit. Keep it handy and bring it to your next appointment.</p>
<h3>My goals</h3>
<table>
  <caption>Targets for the next 3 months</caption>
  <thead><tr><th scope="col">Test</th><th scope="col">Last result</th><th scope="col">Goal</th></tr></thead>
  <tbody>
    <tr><td>HbA1c</td><td>8.1%</td><td>Less than 7%</td></tr>
    <tr><td>Blood pressure</td><td>146/88</td><td>Less than 130/80</td></tr>
    <tr><td>LDL cholesterol</td><td>112 mg/dL</td><td>Less than 100 mg/dL</td></tr>
  </tbody>
</table>
<h3>My medicines</h3>
<ul>
  <li><strong>Metformin</strong> 1000 mg twice a day (BID) with food.</li>
  <li><strong>Empagliflozin (Jardiance)</strong> 10 mg once a day. Drink water through the day.</li>
  <li><strong>Levothyroxine</strong> 88 mcg every morning, 30 minutes before breakfast.</li>
  <li><strong>Atorvastatin</strong> 40 mg at night.</li>
  <li><strong>Lisinopril</strong> 20 mg once a day, until we talk about your kidney tests.</li>
</ul>
<h3>What I will do</h3>
<ol>
  <li>Check my blood sugar before breakfast and 2 hours after dinner, and write it down.</li>
  <li>Walk 30 minutes, 5 days a week.</li>
  <li>Meet with the dietitian. The clinic will call to set it up.</li>
</ol>
<h3>Call the clinic the same day if</h3>
<ul>
  <li>My blood sugar is over 300 two times in a row.</li>
  <li>I have burning when I pee, fever, or back pain.</li>
</ul>
<p>Learn more: <a href="https://medlineplus.gov/diabetestype2.html">Type 2 diabetes (MedlinePlus)</a>.</p>`;
}

function podiatryRtf(): string {
  return String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}
\f0\fs22{\b Diabetic Foot Exam}\par
Patient: Mar\'eda Jos\'e9 Hern\'e1ndez Pe\'f1a\par
\par
{\b Subjective:} Referred by Dr. Rivera for annual diabetic foot exam. Reports occasional tingling in both feet at night. No wounds. Wears closed shoes.\par
\par
{\b Objective:} Skin intact, mild dryness of heels. Thick callus under 1st metatarsal head, right foot. Nails: mild thickening of great toenails. DP and PT pulses 2+ bilat. Monofilament: 9/10 sites felt on the right, 10/10 on the left. Vibration sense slightly reduced at the great toes.\par
\par
{\b Assessment:}\par
1. DM2 with early peripheral neuropathy, low risk for ulcer.\par
2. Callus, right foot.\par
\par
{\b Plan:} Callus debrided today without complication. Moisturize heels daily, not between toes. Check feet every day; call for any sore or color change. Diabetic shoes not needed yet. F/u 12 months or PRN.\par
}`;
}

export function createSampleNotes(clock: SampleClock): Note[] {
  const avs = buildSamplePdf('After-visit summary', [
    'Riverside Family Clinic',
    'Patient: María José Hernández Peña',
    `Visit: ${clock.at(clock.days.latestVisit, '09:20').slice(0, 10)} with Dr. Ana Rivera, MD`,
    '',
    'Why you came: diabetes and blood pressure check.',
    '',
    'What changed today:',
    '- Start empagliflozin (Jardiance) 10 mg once a day.',
    '- Keep taking your other medicines as before.',
    '',
    'Next steps:',
    '- We will send your lab results through the portal.',
    '- We may change your thyroid or blood pressure medicine after the results.',
    '- Follow-up visit in 4 weeks.',
    '',
    'Questions? Send a message in the portal or call (555) 010-2000.',
  ]);

  return [
    makeNote(clock, {
      id: 'note-dm-visit',
      title: 'Diabetes and blood pressure follow-up',
      type: 'progress',
      typeLabel: 'Progress note',
      author: AUTHORS.rivera,
      daysAgo: clock.days.latestVisit,
      time: '09:20',
      encounter: 'Office visit',
      location: CLINIC,
      content: [
        plain(`
Subjective:
Ms. Hernández returns for f/u of DM2, HTN and hypothyroidism. Home fasting BG 150s–190s over the past month; she sent her log through the portal. Reports more fatigue, feels cold often. Finished nitrofurantoin for UTI 5 weeks ago; urinary symptoms resolved. Denies CP, SOB, vision changes. Occasional tingling in feet at night.

Objective:
BP 146/88 (repeat 142/86), HR 72, Wt 83.1 kg. NAD. Thyroid not enlarged. Heart RRR. Lungs CTAB. Trace ankle edema bilat.
Labs drawn today: BMP, CBC, HbA1c, lipid panel, TSH, free T4, urine albumin/creatinine ratio — results pending.

Assessment and Plan:
1. DM2, not at goal — HbA1c expected to be up from 7.4%. Add empagliflozin 10 mg daily; continue metformin 1000 mg BID. Reviewed hypoglycemia and genital hygiene with SGLT2 inhibitor. Dietitian referral.
2. HTN, above goal — discussed options; will decide on lisinopril dose once BMP results are back (K was 5.3 last time).
3. Hypothyroidism — symptoms of fatigue and cold intolerance. Adjust levothyroxine based on TSH.
4. HLD — continue atorvastatin 40 mg nightly.
5. CKD stage 3a risk — Cr trending up. Avoid NSAIDs. Urine ACR pending.
F/u 4 weeks, sooner PRN.`),
      ],
    }),
    makeNote(clock, {
      id: 'note-avs',
      title: 'After-visit summary',
      type: 'other',
      typeLabel: 'After-visit summary',
      author: AUTHORS.rivera,
      daysAgo: clock.days.latestVisit,
      time: '09:55',
      encounter: 'Office visit',
      location: CLINIC,
      content: [{ contentType: 'application/pdf', url: avs.url, size: avs.size, title: 'after-visit-summary.pdf' }],
    }),
    makeNote(clock, {
      id: 'note-care-plan',
      title: 'My diabetes care plan',
      type: 'other',
      typeLabel: 'Care plan',
      author: AUTHORS.rivera,
      daysAgo: clock.days.latestVisit - 1,
      time: '12:10',
      encounter: 'Office visit',
      location: CLINIC,
      content: [{ contentType: 'text/html', text: carePlanHtml() }],
    }),
    makeNote(clock, {
      id: 'note-eye-exam',
      title: 'Diabetic eye exam',
      type: 'consult',
      typeLabel: 'Consult note',
      author: AUTHORS.chen,
      daysAgo: clock.days.eyeExam,
      time: '14:00',
      encounter: 'Eye exam',
      location: 'Riverside Eye Care',
      status: 'preliminary',
      content: [
        plain(`
Preliminary report — retinal photos are still being graded. The final report will follow.

Reason for visit: annual dilated eye exam for DM2.

Findings:
Visual acuity 20/25 OD, 20/30 OS with glasses. IOP 16 OD, 17 OS. Lens: mild cataract changes OU. Fundus: a few dot hemorrhages in the right eye, left eye clear. No macular edema seen.

Impression:
1. Possible mild nonproliferative diabetic retinopathy, right eye — pending photo grading.
2. Early cataract, both eyes, not affecting daily life.

Plan:
Good control of blood sugar and BP protects the eyes. Repeat exam in 12 months, sooner if the final report shows retinopathy.`),
      ],
    }),
    makeNote(clock, {
      id: 'note-uti-triage',
      title: 'Nurse phone call: urinary symptoms',
      type: 'nursing',
      typeLabel: 'Telephone encounter',
      author: AUTHORS.ellis,
      daysAgo: clock.days.utiTriage,
      time: '08:35',
      encounter: 'Telephone call',
      location: 'Riverside Family Clinic — Nurse line',
      content: [
        plain(`
Reason for call: burning with urination and urinary frequency x2 days.

Triage:
Pt reports dysuria, frequency, urgency, mild lower abdominal discomfort. Denies fever, chills, flank pain, N/V. No blood in urine noticed. LMP: postmenopausal. Taking all usual meds; no new meds.

Disposition:
No red flags. Appointment made with Lucía Campos, NP, next clinic day at 10:00 (first available). Advised to drink fluids, may take acetaminophen PRN. Go to urgent care or ED if fever, back pain, vomiting, or confusion before the visit. Pt verbalized understanding.`),
      ],
    }),
    makeNote(clock, {
      id: 'note-uti-visit',
      title: 'Sick visit: urinary tract infection',
      type: 'progress',
      typeLabel: 'Progress note',
      author: AUTHORS.campos,
      daysAgo: clock.days.utiVisit,
      time: '10:30',
      encounter: 'Office visit',
      location: CLINIC,
      content: [
        plain(`
Subjective:
56 y/o F with DM2 presents with 3 days of dysuria, frequency and urgency. No fever, no flank pain. Visit conducted in Spanish at pt's preference.

Objective:
T 37.1 °C, BP 134/82, HR 84. NAD. Mild suprapubic tenderness. No CVA tenderness.
UA dipstick: leukocyte esterase positive, nitrite positive, glucose 3+ (from hyperglycemia).

Assessment and Plan:
1. Acute cystitis, uncomplicated — nitrofurantoin 100 mg PO BID x5 days. Urine culture sent.
2. DM2 — glucosuria; BG 238 in clinic. Reinforced f/u with Dr. Rivera.
Return precautions: fever, flank pain, vomiting. F/u PRN if not improving in 48–72 h.`),
      ],
    }),
    makeNote(clock, {
      id: 'note-urine-culture',
      title: 'Lab comment: urine culture',
      type: 'lab',
      typeLabel: 'Laboratory narrative',
      author: AUTHORS.sokolova,
      daysAgo: clock.days.utiCulture,
      time: '16:05',
      encounter: 'Laboratory',
      location: 'Riverside Memorial Hospital — Laboratory',
      content: [
        plain(`
Specimen: clean-catch urine, collected at the clinic visit.

Result:
Greater than 100,000 CFU/mL Escherichia coli.

Susceptibility:
Nitrofurantoin — susceptible
Cephalexin — susceptible
Trimethoprim/sulfamethoxazole — resistant
Ciprofloxacin — susceptible

Comment:
The organism is susceptible to the antibiotic that was prescribed (nitrofurantoin). No change in treatment is needed.`),
      ],
    }),
    makeNote(clock, {
      id: 'note-endo-consult',
      title: 'Endocrinology consult: diabetes and thyroid',
      type: 'consult',
      typeLabel: 'Consult note',
      author: AUTHORS.natarajan,
      daysAgo: clock.days.endocrinology,
      time: '13:15',
      encounter: 'Specialist visit',
      location: 'Riverside Endocrinology',
      content: [
        plain(`
Reason for consult: DM2 with rising HbA1c; hypothyroidism. Referred by Dr. Ana Rivera.

History of Present Illness:
DM2 dx 9 years ago. HbA1c 7.1% → 7.4% over 5 months. On metformin 1000 mg BID, good adherence. No hypoglycemia. Hypothyroidism dx 2 years ago, on levothyroxine 75 mcg; TSH in range.

Exam:
BP 136/84, BMI 31.5. Thyroid: small, smooth, non-tender. Feet: intact sensation.

Assessment:
1. DM2, above goal. Also has HTN, CKD risk (Cr 1.14), and LDL near goal — an SGLT2 inhibitor would protect the kidneys and heart.
2. Hypothyroidism, controlled.

Recommendations:
- Consider adding empagliflozin 10 mg daily if HbA1c stays above 7%. Watch for genital yeast infection and UTI.
- Keep levothyroxine 75 mcg; recheck TSH in 6 months.
- Diabetes education class.
Thank you for this consult. Happy to see her again PRN.`),
      ],
    }),
    makeNote(clock, {
      id: 'note-podiatry',
      title: 'Diabetic foot exam',
      type: 'procedure',
      typeLabel: 'Procedure note',
      author: AUTHORS.nguyen,
      daysAgo: clock.days.podiatry,
      time: '15:30',
      encounter: 'Specialist visit',
      location: 'Riverside Foot and Ankle',
      content: [{ contentType: 'text/rtf', text: podiatryRtf() }],
    }),
    ...annualNotes(clock),
    makeNote(clock, {
      id: 'note-ed',
      title: 'Emergency department visit: chest pain',
      type: 'emergency',
      typeLabel: 'ED provider note',
      author: AUTHORS.kim,
      daysAgo: 241,
      time: '21:40',
      encounter: 'Emergency visit',
      location: `${HOSPITAL} — Emergency Department`,
      content: [
        plain(`
Chief Complaint: chest pressure.

HPI:
56 y/o F with DM2, HTN, HLD presents with substernal chest pressure that started 2 h ago while carrying groceries, 5/10, no radiation. Mild SOB. No diaphoresis, no N/V. Resolved after 30 min of rest.

ROS: Negative except as above.

Physical Exam:
BP 158/94, HR 88, RR 16, SpO2 98% RA, T 36.8 °C. Anxious, NAD. Heart RRR, no murmur. Lungs CTAB. No leg swelling.

ED Course:
ECG: NSR 82, no acute ST changes. Troponin I <0.01 (neg). D-dimer <0.5. CXR: no acute process. Aspirin 324 mg PO given.

Assessment and Plan:
Chest pain, low-to-intermediate risk (HEART score 4 given DM2, HTN, HLD). Admit to observation for repeat troponin and stress test in AM.`),
      ],
    }),
    makeNote(clock, {
      id: 'note-hp',
      title: 'Hospital admission history and physical',
      type: 'history-and-physical',
      typeLabel: 'History and physical',
      author: AUTHORS.bell,
      daysAgo: 241,
      time: '23:55',
      encounter: 'Observation stay',
      location: HOSPITAL,
      content: [
        plain(`
Chief Complaint: chest pressure, now resolved.

HPI:
See ED note. Exertional substernal pressure x30 min today. Pain-free on arrival to the floor.

PMH: DM2, HTN, HLD, hypothyroidism. PSH: C-section 1994, cholecystectomy 2011.
Medications: metformin 1000 mg BID, lisinopril 20 mg daily, atorvastatin 40 mg nightly, levothyroxine 75 mcg daily.
Allergies: NKDA.
Social Hx: lives with husband, works as a school cafeteria manager. Never smoker. Rare alcohol.
Family Hx: father with MI at 62, mother with DM2.

Exam:
BP 148/88, HR 78, SpO2 98% RA. Alert, oriented. Heart RRR. Lungs CTAB. Abdomen soft, NT. No edema.

Assessment and Plan:
1. Chest pain, r/o ACS — serial troponins q6h, telemetry, aspirin 81 mg daily. Exercise stress test in AM.
2. DM2 — hold metformin until stress test done; sliding-scale insulin PRN.
3. HTN — continue lisinopril.
4. Hypothyroidism — continue levothyroxine.
Code status: full code.`),
      ],
    }),
    makeNote(clock, {
      id: 'note-cxr',
      title: 'Chest X-ray report',
      type: 'imaging',
      typeLabel: 'Radiology report',
      author: AUTHORS.feldman,
      daysAgo: 241,
      time: '22:15',
      encounter: 'Emergency visit',
      location: `${HOSPITAL} — Radiology`,
      content: [
        plain(`
Exam: XR chest, 2 views (PA and lateral).
Indication: chest pain, SOB.
Comparison: none.

Findings:
Heart size normal. Mediastinal contours normal. Lungs clear. No pleural effusion or pneumothorax. Mild degenerative changes of the thoracic spine.

Impression:
No acute cardiopulmonary process.`),
      ],
    }),
    makeNote(clock, {
      id: 'note-stress-test',
      title: 'Exercise stress test',
      type: 'procedure',
      typeLabel: 'Procedure note',
      author: AUTHORS.grant,
      daysAgo: 240,
      time: '10:20',
      encounter: 'Observation stay',
      location: `${HOSPITAL} — Cardiology`,
      content: [
        plain(`
Procedure: treadmill exercise ECG stress test (Bruce protocol).
Indication: chest pain, r/o ischemia.

Findings:
Exercised 7 min 30 s, 8.9 METs, reached 91% of max predicted HR. Stopped for fatigue. No chest pain during test. BP response normal (peak 182/90). No ST changes, no arrhythmias.

Impression:
Negative exercise stress test for ischemia at an adequate workload. Good exercise capacity.

Recommendations:
Risk factor control (BP, LDL, BG). Outpatient f/u with PCP.`),
      ],
    }),
    makeNote(clock, {
      id: 'note-discharge',
      title: 'Discharge summary',
      type: 'discharge-summary',
      typeLabel: 'Discharge summary',
      author: AUTHORS.bell,
      daysAgo: 239,
      time: '11:00',
      encounter: 'Observation stay',
      location: HOSPITAL,
      content: [
        plain(`
Length of stay: 2 nights (observation), admitted through the ED.
Admitting Diagnosis: chest pain.
Discharge Diagnosis: non-cardiac chest pain; negative stress test.

Hospital Course:
Observed on telemetry, no arrhythmias. Troponin negative x3. Exercise stress test negative for ischemia. Pain did not recur. Likely musculoskeletal vs. GERD.

Discharge Medications:
- Continue metformin 1000 mg PO BID (restart today)
- Continue lisinopril 20 mg PO daily
- Continue atorvastatin 40 mg PO nightly
- Continue levothyroxine 75 mcg PO daily
- NEW: famotidine 20 mg PO BID PRN heartburn x4 weeks

Follow-up:
PCP (Dr. Ana Rivera) in 1–2 weeks. Return to ED for chest pain at rest, pain with SOB or sweating, or fainting. Call 911 for chest pain that lasts more than 5 minutes.`),
      ],
    }),
  ];
}
