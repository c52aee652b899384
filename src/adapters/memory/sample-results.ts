import type {
  Coding,
  Comparator,
  LabResult,
  ReferenceRange,
  ReportInfo,
  ResultCategory,
  ResultComponent,
  ResultFlag,
  ResultStatus,
} from '../types.js';
import type { SampleClock } from './sample-clock.js';
import { AUTHORS } from './sample-notes.js';

const LOINC = 'http://loinc.org';
const SNOMED = 'http://snomed.info/sct';

const loinc = (code: string, display: string): Coding => ({ system: LOINC, code, display });

/** One quantitative test: its code, unit (UCUM), reference range and critical limits. */
interface TestSpec {
  key: string;
  code: string;
  name: string;
  unit: string;
  low?: number;
  high?: number;
  criticalLow?: number;
  criticalHigh?: number;
  rangeText?: string;
  appliesTo?: string;
}

const TESTS = {
  a1c: { key: 'a1c', code: '4548-4', name: 'Hemoglobin A1c', unit: '%', high: 5.6, rangeText: 'Less than 5.7%' },
  glucose: { key: 'glucose', code: '2345-7', name: 'Glucose', unit: 'mg/dL', low: 70, high: 99, criticalLow: 50, criticalHigh: 400 },
  sodium: { key: 'sodium', code: '2951-2', name: 'Sodium', unit: 'mmol/L', low: 136, high: 145, criticalLow: 120, criticalHigh: 160 },
  potassium: { key: 'potassium', code: '2823-3', name: 'Potassium', unit: 'mmol/L', low: 3.5, high: 5.1, criticalLow: 2.8, criticalHigh: 6.0 },
  chloride: { key: 'chloride', code: '2075-0', name: 'Chloride', unit: 'mmol/L', low: 98, high: 107 },
  co2: { key: 'co2', code: '2028-9', name: 'Carbon dioxide (bicarbonate)', unit: 'mmol/L', low: 22, high: 29 },
  bun: { key: 'bun', code: '3094-0', name: 'Urea nitrogen (BUN)', unit: 'mg/dL', low: 7, high: 25 },
  creatinine: { key: 'creatinine', code: '2160-0', name: 'Creatinine', unit: 'mg/dL', low: 0.57, high: 1.0, appliesTo: 'Adult female' },
  calcium: { key: 'calcium', code: '17861-6', name: 'Calcium', unit: 'mg/dL', low: 8.6, high: 10.3 },
  egfr: { key: 'egfr', code: '98979-8', name: 'eGFR (kidney filtering rate)', unit: 'mL/min/{1.73_m2}', low: 60, rangeText: '60 or higher' },
  cholesterol: { key: 'cholesterol', code: '2093-3', name: 'Cholesterol, total', unit: 'mg/dL', high: 199, rangeText: 'Less than 200 mg/dL' },
  ldl: { key: 'ldl', code: '13457-7', name: 'LDL cholesterol (calculated)', unit: 'mg/dL', high: 99, rangeText: 'Less than 100 mg/dL' },
  hdl: { key: 'hdl', code: '2085-9', name: 'HDL cholesterol', unit: 'mg/dL', low: 50, rangeText: '50 mg/dL or higher', appliesTo: 'Adult female' },
  triglycerides: { key: 'triglycerides', code: '2571-8', name: 'Triglycerides', unit: 'mg/dL', high: 149, rangeText: 'Less than 150 mg/dL' },
  tsh: { key: 'tsh', code: '3016-3', name: 'TSH (thyroid-stimulating hormone)', unit: 'm[IU]/L', low: 0.45, high: 4.5 },
  freeT4: { key: 'free-t4', code: '3024-7', name: 'Free T4 (thyroxine)', unit: 'ng/dL', low: 0.82, high: 1.77 },
  wbc: { key: 'wbc', code: '6690-2', name: 'White blood cells', unit: '10*3/uL', low: 4.0, high: 11.0, criticalLow: 1.0, criticalHigh: 30 },
  rbc: { key: 'rbc', code: '789-8', name: 'Red blood cells', unit: '10*6/uL', low: 3.9, high: 5.2 },
  hemoglobin: { key: 'hemoglobin', code: '718-7', name: 'Hemoglobin', unit: 'g/dL', low: 12.0, high: 15.5, criticalLow: 7.0, appliesTo: 'Adult female' },
  hematocrit: { key: 'hematocrit', code: '4544-3', name: 'Hematocrit', unit: '%', low: 36, high: 46, appliesTo: 'Adult female' },
  mcv: { key: 'mcv', code: '787-2', name: 'MCV (red cell size)', unit: 'fL', low: 80, high: 100 },
  platelets: { key: 'platelets', code: '777-3', name: 'Platelets', unit: '10*3/uL', low: 150, high: 400, criticalLow: 20, criticalHigh: 1000 },
  specificGravity: { key: 'ua-sg', code: '5811-5', name: 'Specific gravity, urine', unit: '1', low: 1.005, high: 1.03 },
  urinePh: { key: 'ua-ph', code: '5803-2', name: 'pH, urine', unit: '[pH]', low: 5.0, high: 8.0 },
  alt: { key: 'alt', code: '1742-6', name: 'ALT (liver enzyme)', unit: 'U/L', low: 7, high: 35 },
  ast: { key: 'ast', code: '1920-8', name: 'AST (liver enzyme)', unit: 'U/L', low: 10, high: 35 },
  alp: { key: 'alp', code: '6768-6', name: 'Alkaline phosphatase', unit: 'U/L', low: 37, high: 153 },
  bilirubin: { key: 'bilirubin', code: '1975-2', name: 'Bilirubin, total', unit: 'mg/dL', low: 0.2, high: 1.2 },
  albumin: { key: 'albumin', code: '1751-7', name: 'Albumin', unit: 'g/dL', low: 3.6, high: 5.1 },
  vitaminD: { key: 'vitamin-d', code: '62292-8', name: 'Vitamin D, 25-hydroxy', unit: 'ng/mL', low: 30, high: 100 },
  uacr: { key: 'uacr', code: '9318-7', name: 'Albumin/creatinine ratio, urine', unit: 'mg/g{creat}', high: 29, rangeText: 'Less than 30 mg/g' },
  troponin: { key: 'troponin', code: '10839-9', name: 'Troponin I', unit: 'ng/mL', high: 0.04, rangeText: '0.04 ng/mL or less' },
  dDimer: { key: 'd-dimer', code: '48065-7', name: 'D-dimer', unit: 'ug/mL{FEU}', high: 0.49, rangeText: 'Less than 0.50 ug/mL FEU' },
} satisfies Record<string, TestSpec>;

function rangeOf(t: TestSpec): ReferenceRange {
  return { low: t.low, high: t.high, unit: t.unit, text: t.rangeText, appliesTo: t.appliesTo };
}

/** The flag a lab would print for `value` against the test's range and critical limits. */
function flagOf(t: TestSpec, value: number): ResultFlag {
  if (t.criticalHigh !== undefined && value > t.criticalHigh) return 'critical-high';
  if (t.criticalLow !== undefined && value < t.criticalLow) return 'critical-low';
  if (t.high !== undefined && value > t.high) return 'high';
  if (t.low !== undefined && value < t.low) return 'low';
  return 'normal';
}

interface Draw {
  /** Short tag used in ids, e.g. `d720`. */
  tag: string;
  daysAgo: number;
  /** Collection time, `HH:MM` (default 08:10, a fasting morning draw). */
  time?: string;
}


interface ResultOptions {
  status?: ResultStatus;
  comment?: string;
  comparator?: Comparator;
  category?: ResultCategory;
  flag?: ResultFlag;
}

export function createSampleResults(clock: SampleClock): LabResult[] {
  const results: LabResult[] = [];
  const { days } = clock;
  // Ids keep the nominal day (`d720` … `d2`) so they are stable whatever weekday today is.
  const DRAWS: Draw[] = [720, 580, 440, 300, 150, 2].map((nominal, i) => ({ tag: `d${nominal}`, daysAgo: days.draws[i] }));
  const reviewer = { ...AUTHORS.rivera };

  const report = (
    id: string,
    name: string,
    code: Coding | undefined,
    issued: string,
    review: { reviewedAt?: string; conclusion?: string },
  ): ReportInfo => ({
    id,
    name,
    code,
    issued,
    conclusion: review.conclusion,
    reviewed: review.reviewedAt !== undefined,
    reviewedAt: review.reviewedAt,
    reviewer: review.reviewedAt === undefined ? undefined : reviewer,
  });

  const quantity = (t: TestSpec, value: number, draw: Draw, rep: ReportInfo, o: ResultOptions = {}): void => {
    results.push({
      id: `obs-${t.key}-${draw.tag}`,
      name: t.name,
      code: loinc(t.code, t.name),
      category: o.category ?? 'lab',
      value: { kind: 'quantity', value, unit: t.unit, ...(o.comparator ? { comparator: o.comparator } : {}) },
      range: rangeOf(t),
      flag: o.flag ?? flagOf(t, value),
      status: o.status ?? 'final',
      collectedAt: clock.at(draw.daysAgo, draw.time ?? '08:10'),
      resultedAt: rep.issued,
      report: rep,
      comment: o.comment,
    });
  };

  const coded = (
    id: string,
    code: Coding,
    text: string,
    flag: ResultFlag,
    draw: Draw,
    rep: ReportInfo,
    o: { coding?: Coding; rangeText?: string; comment?: string; category?: ResultCategory } = {},
  ): void => {
    results.push({
      id,
      name: code.display ?? code.code,
      code,
      category: o.category ?? 'lab',
      value: o.coding ? { kind: 'coded', text, coding: o.coding } : { kind: 'text', text },
      range: o.rangeText === undefined ? undefined : { text: o.rangeText },
      flag,
      status: 'final',
      collectedAt: clock.at(draw.daysAgo, draw.time ?? '08:10'),
      resultedAt: rep.issued,
      report: rep,
      comment: o.comment,
    });
  };

  // Hemoglobin A1c, every draw.
  const a1c = [8.9, 8.2, 7.6, 7.1, 7.4, 8.1];
  DRAWS.forEach((draw, i) => {
    const latest = i === DRAWS.length - 1;
    const rep = report(`rep-a1c-${draw.tag}`, 'Hemoglobin A1c', loinc('4548-4', 'Hemoglobin A1c'), clock.at(draw.daysAgo, '15:30'), {
      reviewedAt: clock.at(draw.daysAgo - 1, '11:45'),
      conclusion: latest
        ? 'Your A1c went up to 8.1%. The new medicine (empagliflozin) should help bring it down. We will check it again in 3 months.'
        : undefined,
    });
    quantity(TESTS.a1c, a1c[i], draw, rep);
  });

  // Basic metabolic panel: key tests every draw, the full panel on the newest one.
  const bmp = {
    glucose: [212, 168, 141, 128, 139, 182],
    potassium: [4.4, 4.6, 4.8, 4.9, 5.3, 6.4],
    creatinine: [0.92, 0.95, 1.02, 1.06, 1.14, 1.28],
    egfr: [71, 69, 64, 61, 56, 48],
  };
  DRAWS.forEach((draw, i) => {
    const latest = i === DRAWS.length - 1;
    // The newest panel came back late (re-run for hemolysis) and no clinician has reviewed it yet.
    const rep = report(
      `rep-bmp-${draw.tag}`,
      'Basic metabolic panel',
      loinc('51990-0', 'Basic metabolic panel - Blood'),
      latest ? clock.at(draw.daysAgo - 1, '18:40') : clock.at(draw.daysAgo, '14:20'),
      latest ? {} : { reviewedAt: clock.at(draw.daysAgo - 1, '11:30') },
    );
    quantity(TESTS.glucose, bmp.glucose[i], draw, rep);
    if (latest) {
      quantity(TESTS.sodium, 138, draw, rep);
      quantity(TESTS.potassium, bmp.potassium[i], draw, rep, {
        comment: 'Specimen slightly hemolyzed. Hemolysis can make potassium read falsely high; a repeat test is advised.',
      });
      quantity(TESTS.chloride, 101, draw, rep);
      quantity(TESTS.co2, 23, draw, rep);
      quantity(TESTS.bun, 24, draw, rep);
      quantity(TESTS.calcium, 9.4, draw, rep);
    } else {
      quantity(TESTS.potassium, bmp.potassium[i], draw, rep);
    }
    quantity(TESTS.creatinine, bmp.creatinine[i], draw, rep);
    quantity(TESTS.egfr, bmp.egfr[i], draw, rep);
  });

  // Lipid panel, every draw.
  const lipids = {
    cholesterol: [248, 231, 209, 188, 176, 194],
    ldl: [162, 149, 128, 104, 96, 112],
    hdl: [41, 43, 46, 51, 52, 47],
    triglycerides: [226, 204, 188, 160, 142, 171],
  };
  DRAWS.forEach((draw, i) => {
    const latest = i === DRAWS.length - 1;
    const rep = report(`rep-lipid-${draw.tag}`, 'Lipid panel', loinc('57698-3', 'Lipid panel with direct LDL - Serum or Plasma'), clock.at(draw.daysAgo, '15:05'), {
      reviewedAt: clock.at(draw.daysAgo - 1, '11:50'),
      conclusion: latest ? 'LDL is a little above goal. Keep taking atorvastatin every night; we will recheck in 6 months.' : undefined,
    });
    quantity(TESTS.cholesterol, lipids.cholesterol[i], draw, rep);
    quantity(TESTS.ldl, lipids.ldl[i], draw, rep);
    quantity(TESTS.hdl, lipids.hdl[i], draw, rep);
    quantity(TESTS.triglycerides, lipids.triglycerides[i], draw, rep);
  });

  // Thyroid: TSH every draw, free T4 on the first and newest.
  const tsh = [7.8, 5.2, 3.1, 2.4, 2.9, 4.9];
  DRAWS.forEach((draw, i) => {
    const first = i === 0;
    const latest = i === DRAWS.length - 1;
    const rep = report(`rep-thyroid-${draw.tag}`, 'Thyroid tests', undefined, clock.at(draw.daysAgo, '16:00'), {
      reviewedAt: clock.at(draw.daysAgo - 1, '11:55'),
      conclusion: latest
        ? 'Your TSH is a little high, which fits your tiredness. We are raising levothyroxine to 88 mcg. Recheck in 6 weeks.'
        : first
          ? 'Your thyroid is underactive. We are starting levothyroxine.'
          : undefined,
    });
    quantity(TESTS.tsh, tsh[i], draw, rep);
    if (first) quantity(TESTS.freeT4, 0.74, draw, rep);
    if (latest) quantity(TESTS.freeT4, 1.02, draw, rep);
  });

  // Complete blood count, newest draw.
  const newest = DRAWS[DRAWS.length - 1];
  const cbc = report('rep-cbc-d2', 'Complete blood count (CBC)', loinc('58410-2', 'CBC panel - Blood by Automated count'), clock.at(newest.daysAgo, '13:10'), {
    reviewedAt: clock.at(newest.daysAgo - 1, '11:40'),
    conclusion: 'Mild anemia (low hemoglobin), about the same as before. We will check iron levels at your next visit.',
  });
  quantity(TESTS.wbc, 7.2, newest, cbc);
  quantity(TESTS.rbc, 4.02, newest, cbc);
  quantity(TESTS.hemoglobin, 11.6, newest, cbc);
  quantity(TESTS.hematocrit, 35.1, newest, cbc);
  quantity(TESTS.mcv, 87, newest, cbc);
  quantity(TESTS.platelets, 262, newest, cbc);

  // Urine albumin (kidney screening), newest draw: still preliminary, not reviewed.
  const uacr = report('rep-uacr-d2', 'Urine albumin', loinc('9318-7', 'Albumin/Creatinine [Mass Ratio] in Urine'), clock.at(newest.daysAgo - 1, '09:15'), {});
  quantity(TESTS.uacr, 48, newest, uacr, { status: 'preliminary', comment: 'Preliminary result. The final result may change.' });

  // Liver panel and vitamin D at the annual physical.
  const annual = DRAWS[3];
  const liver = report('rep-liver-d300', 'Liver panel', loinc('24325-3', 'Hepatic function panel - Serum or Plasma'), clock.at(annual.daysAgo, '15:40'), {
    reviewedAt: clock.at(annual.daysAgo - 1, '10:00'),
    conclusion: 'Normal liver tests. Atorvastatin is safe to continue.',
  });
  quantity(TESTS.alt, 28, annual, liver);
  quantity(TESTS.ast, 24, annual, liver);
  quantity(TESTS.alp, 88, annual, liver);
  quantity(TESTS.bilirubin, 0.6, annual, liver);
  quantity(TESTS.albumin, 4.2, annual, liver);
  const vitaminD = report('rep-vitd-d300', 'Vitamin D', loinc('62292-8', '25-Hydroxyvitamin D2+D3'), clock.at(annual.daysAgo - 2, '09:30'), {
    reviewedAt: clock.at(annual.daysAgo - 3, '10:15'),
    conclusion: 'Vitamin D is low. Take vitamin D3 2000 IU every day.',
  });
  quantity(TESTS.vitaminD, 22, annual, vitaminD, {
    status: 'corrected',
    comment: 'Corrected report: the first report showed the wrong reference range. The result itself did not change.',
  });

  // Blood pressure at the annual physical and the newest visit (components: systolic and diastolic).
  const bp = (draw: Draw, systolic: number, diastolic: number, time: string): void => {
    const rep = report(`rep-vitals-${draw.tag}`, 'Vital signs', loinc('85353-1', 'Vital signs panel'), clock.at(draw.daysAgo, time), {
      reviewedAt: clock.at(draw.daysAgo, time),
    });
    const systolicFlag: ResultFlag = systolic >= 130 ? 'high' : 'normal';
    const diastolicFlag: ResultFlag = diastolic >= 80 ? 'high' : 'normal';
    const components: ResultComponent[] = [
      {
        code: loinc('8480-6', 'Systolic blood pressure'),
        name: 'Systolic (top number)',
        value: { kind: 'quantity', value: systolic, unit: 'mm[Hg]' },
        range: { high: 129, unit: 'mm[Hg]', text: 'Less than 130 mm[Hg]' },
        flag: systolicFlag,
      },
      {
        code: loinc('8462-4', 'Diastolic blood pressure'),
        name: 'Diastolic (bottom number)',
        value: { kind: 'quantity', value: diastolic, unit: 'mm[Hg]' },
        range: { high: 79, unit: 'mm[Hg]', text: 'Less than 80 mm[Hg]' },
        flag: diastolicFlag,
      },
    ];
    results.push({
      id: `obs-bp-${draw.tag}`,
      name: 'Blood pressure',
      code: loinc('85354-9', 'Blood pressure panel with all children optional'),
      category: 'lab',
      components,
      flag: systolicFlag === 'high' || diastolicFlag === 'high' ? 'high' : 'normal',
      status: 'final',
      collectedAt: clock.at(draw.daysAgo, time),
      resultedAt: clock.at(draw.daysAgo, time),
      report: rep,
    });
  };
  bp(annual, 138, 86, '10:05');
  bp(newest, 146, 88, '09:05');

  // Emergency visit for chest pain: troponin and D-dimer below the lab's lowest reportable value, chest X-ray.
  const ed: Draw = { tag: 'd241', daysAgo: 241, time: '20:25' };
  const cardiac = report('rep-cardiac-d241', 'Emergency labs', undefined, clock.at(241, '21:05'), {
    reviewedAt: clock.at(241, '21:20'),
  });
  results.push(
    {
      id: 'obs-troponin-d241',
      name: TESTS.troponin.name,
      code: loinc(TESTS.troponin.code, TESTS.troponin.name),
      category: 'lab',
      value: { kind: 'quantity', value: 0.01, unit: TESTS.troponin.unit, comparator: '<' },
      range: rangeOf(TESTS.troponin),
      flag: 'normal',
      status: 'final',
      collectedAt: clock.at(241, '20:25'),
      resultedAt: cardiac.issued,
      report: cardiac,
    },
    {
      id: 'obs-d-dimer-d241',
      name: TESTS.dDimer.name,
      code: loinc(TESTS.dDimer.code, TESTS.dDimer.name),
      category: 'lab',
      value: { kind: 'quantity', value: 0.5, unit: TESTS.dDimer.unit, comparator: '<' },
      range: rangeOf(TESTS.dDimer),
      flag: 'normal',
      status: 'final',
      collectedAt: clock.at(241, '20:25'),
      resultedAt: cardiac.issued,
      report: cardiac,
    },
  );
  const xray = report('rep-cxr-d241', 'Chest X-ray, 2 views', loinc('36643-5', 'XR Chest 2 Views'), clock.at(241, '22:15'), {
    reviewedAt: clock.at(241, '22:40'),
  });
  coded(
    'obs-cxr-d241',
    loinc('36643-5', 'Chest X-ray, 2 views'),
    'Impression: No acute cardiopulmonary process. Heart size normal. Lungs clear.',
    'normal',
    ed,
    xray,
    { category: 'imaging' },
  );

  // Urinalysis and urine culture for the urinary tract infection.
  const uti: Draw = { tag: 'd40', daysAgo: days.utiVisit, time: '10:45' };
  const ua = report('rep-ua-d40', 'Urinalysis', loinc('24357-6', 'Urinalysis macro (dipstick) panel - Urine'), clock.at(uti.daysAgo, '11:30'), {
    reviewedAt: clock.at(uti.daysAgo, '11:50'),
    conclusion: 'These results show a bladder infection. The antibiotic was sent to your pharmacy.',
  });
  const positive = { system: SNOMED, code: '10828004', display: 'Positive' };
  const negative = { system: SNOMED, code: '260385009', display: 'Negative' };
  coded('obs-ua-color-d40', loinc('5778-6', 'Color of urine'), 'Yellow', 'normal', uti, ua, { rangeText: 'Yellow' });
  coded('obs-ua-appearance-d40', loinc('5767-9', 'Appearance of urine'), 'Cloudy', 'abnormal', uti, ua, { rangeText: 'Clear' });
  quantity(TESTS.specificGravity, 1.018, uti, ua);
  quantity(TESTS.urinePh, 6.0, uti, ua);
  coded('obs-ua-protein-d40', loinc('20454-5', 'Protein, urine'), 'Negative', 'normal', uti, ua, { coding: negative, rangeText: 'Negative' });
  coded('obs-ua-glucose-d40', loinc('25428-4', 'Glucose, urine'), '3+ (1000 mg/dL)', 'abnormal', uti, ua, {
    rangeText: 'Negative',
    comment: 'Sugar in the urine, from high blood sugar.',
  });
  coded('obs-ua-ketones-d40', loinc('2514-8', 'Ketones, urine'), 'Negative', 'normal', uti, ua, { coding: negative, rangeText: 'Negative' });
  coded('obs-ua-leukocytes-d40', loinc('5799-2', 'Leukocyte esterase, urine'), 'Positive', 'abnormal', uti, ua, {
    coding: positive,
    rangeText: 'Negative',
  });
  coded('obs-ua-nitrite-d40', loinc('5802-4', 'Nitrite, urine'), 'Positive', 'abnormal', uti, ua, { coding: positive, rangeText: 'Negative' });
  const culture = report('rep-culture-d37', 'Urine culture', loinc('630-4', 'Bacteria identified in Urine by Culture'), clock.at(days.utiCulture, '16:00'), {
    reviewedAt: clock.at(days.utiCulture, '16:30'),
    conclusion: 'The infection was from E. coli. The antibiotic you took works against it. No change needed.',
  });
  coded(
    'obs-urine-culture-d37',
    loinc('630-4', 'Urine culture'),
    'More than 100,000 CFU/mL Escherichia coli',
    'abnormal',
    uti,
    culture,
    { coding: { system: SNOMED, code: '112283007', display: 'Escherichia coli' }, rangeText: 'No growth' },
  );

  return results;
}
