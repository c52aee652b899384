/**
 * The index of plain-language explanations: which test (LOINC code or name) maps
 * to which explanation, with short plain-language names in English and Spanish.
 * Synchronous and DOM-free. `<portal-results>` loads this module on demand; core
 * users get it through `explanations.ts`.
 *
 * Sources are listed in docs/result-explanations-sources.md.
 */
import type { LabResult } from '../../adapters/types.js';
import { foldText } from './group.js';

/** `quantity`: a number with high/low meaning. `presence`: found or not found (urine dipstick and similar). */
export type ExplanationKind = 'quantity' | 'presence';

export interface ExplanationEntry {
  key: string;
  /** LOINC codes this entry explains. */
  loinc: readonly string[];
  /** Lower-case, accent-free names and abbreviations labs use. */
  aliases: readonly string[];
  /** Short plain-language names. */
  name: { en: string; es: string };
  kind: ExplanationKind;
  /** Set for tests on urine, so "Glucose" on a urinalysis finds the urine entry. */
  specimen?: 'urine';
}

/** The long text of one explanation, in one language. */
export interface ExplanationText {
  /** What the test measures. */
  what: string;
  /** What a high (or positive) result can mean. */
  high: string;
  /** What a low result can mean (absent for `presence` tests). */
  low?: string;
}

export type ExplanationLocale = 'en' | 'es';

const e = (
  key: string,
  loinc: string[],
  aliases: string[],
  en: string,
  es: string,
  kind: ExplanationKind = 'quantity',
  specimen?: 'urine',
): ExplanationEntry => ({ key, loinc, aliases, name: { en, es }, kind, ...(specimen ? { specimen } : {}) });

/** Every test with an explanation. */
export const EXPLANATION_INDEX: readonly ExplanationEntry[] = [
  // Complete blood count
  e('wbc', ['6690-2', '26464-8', '804-5'], ['wbc', 'white blood cell', 'white blood cells', 'white cell count', 'leukocytes', 'leukocyte count', 'leucocitos'], 'White blood cells', 'Glóbulos blancos'),
  e('rbc', ['789-8', '26453-2'], ['rbc', 'red blood cell', 'red blood cells', 'erythrocytes', 'red cell count', 'eritrocitos'], 'Red blood cells', 'Glóbulos rojos'),
  e('hemoglobin', ['718-7', '20509-6'], ['hemoglobin', 'haemoglobin', 'hgb', 'hb', 'hemoglobina'], 'Hemoglobin (carries oxygen)', 'Hemoglobina (lleva el oxígeno)'),
  e('hematocrit', ['4544-3', '20570-8', '71833-8'], ['hematocrit', 'haematocrit', 'hct', 'hematocrito'], 'Hematocrit (share of red cells)', 'Hematocrito (proporción de glóbulos rojos)'),
  e('mcv', ['787-2', '30428-7'], ['mcv', 'mean corpuscular volume', 'mean cell volume'], 'Size of red blood cells (MCV)', 'Tamaño de los glóbulos rojos (VCM)'),
  e('rdw', ['788-0', '21000-5'], ['rdw', 'red cell distribution width'], 'Red cell size variation (RDW)', 'Variación del tamaño de los glóbulos rojos (ADE)'),
  e('platelets', ['777-3', '26515-7', '49497-1'], ['platelet', 'platelets', 'platelet count', 'plt', 'plaquetas'], 'Platelets (help blood clot)', 'Plaquetas (ayudan a coagular)'),
  e('neutrophils', ['751-8', '770-8', '26499-4'], ['neutrophils', 'neutrophil', 'neut', 'anc', 'absolute neutrophil count', 'neutrofilos'], 'Neutrophils (infection-fighting cells)', 'Neutrófilos (células que combaten infecciones)'),
  e('lymphocytes', ['731-0', '736-9', '26474-7'], ['lymphocytes', 'lymphocyte', 'lymphs', 'linfocitos'], 'Lymphocytes (immune cells)', 'Linfocitos (células del sistema inmunitario)'),
  // Metabolic panel
  e('glucose', ['2345-7', '2339-0', '1558-6', '41653-7'], ['glucose', 'blood sugar', 'fasting glucose', 'glucosa'], 'Blood sugar (glucose)', 'Azúcar en la sangre (glucosa)'),
  e('sodium', ['2951-2', '2947-0'], ['sodium', 'na', 'sodio'], 'Sodium (a body salt)', 'Sodio (una sal del cuerpo)'),
  e('potassium', ['2823-3', '6298-4'], ['potassium', 'k', 'potasio'], 'Potassium (a body salt)', 'Potasio (una sal del cuerpo)'),
  e('chloride', ['2075-0', '2069-3'], ['chloride', 'cl', 'cloruro'], 'Chloride (a body salt)', 'Cloruro (una sal del cuerpo)'),
  e('bicarbonate', ['2028-9', '1963-8', '1959-6'], ['co2', 'carbon dioxide', 'bicarbonate', 'hco3', 'total co2', 'bicarbonato'], 'Bicarbonate (acid balance)', 'Bicarbonato (equilibrio de ácidos)'),
  e('bun', ['3094-0', '6299-2'], ['bun', 'urea nitrogen', 'blood urea nitrogen', 'urea', 'nitrogeno ureico'], 'Urea nitrogen (kidney waste)', 'Nitrógeno ureico (desecho que filtran los riñones)'),
  e('creatinine', ['2160-0', '38483-4'], ['creatinine', 'creat', 'creatinina'], 'Creatinine (kidney function)', 'Creatinina (función de los riñones)'),
  e('egfr', ['33914-3', '48642-3', '48643-1', '62238-1', '98979-8', '88293-6', '88294-4'], ['egfr', 'gfr', 'glomerular filtration rate', 'estimated glomerular filtration', 'filtrado glomerular', 'tfg'], 'Kidney filtering rate (eGFR)', 'Filtrado de los riñones (TFG)'),
  e('calcium', ['17861-6', '49765-1'], ['calcium', 'calcio'], 'Calcium', 'Calcio'),
  e('total-protein', ['2885-2'], ['total protein', 'protein total', 'proteina total', 'proteinas totales'], 'Total protein', 'Proteína total'),
  e('albumin', ['1751-7', '61151-7'], ['albumin', 'alb', 'albumina'], 'Albumin (a blood protein)', 'Albúmina (una proteína de la sangre)'),
  e('bilirubin', ['1975-2', '42719-5'], ['bilirubin', 'total bilirubin', 'bilirubin total', 'tbili', 'bilirrubina'], 'Bilirubin (from old red cells)', 'Bilirrubina (viene de glóbulos rojos viejos)'),
  e('alt', ['1742-6', '1743-4', '76625-3'], ['alt', 'sgpt', 'alanine aminotransferase', 'alanina aminotransferasa'], 'ALT (liver enzyme)', 'ALT (enzima del hígado)'),
  e('ast', ['1920-8', '30239-8'], ['ast', 'sgot', 'aspartate aminotransferase', 'aspartato aminotransferasa'], 'AST (liver enzyme)', 'AST (enzima del hígado)'),
  e('alp', ['6768-6'], ['alp', 'alk phos', 'alkaline phosphatase', 'fosfatasa alcalina'], 'Alkaline phosphatase (liver and bone)', 'Fosfatasa alcalina (hígado y huesos)'),
  e('magnesium', ['19123-9', '2601-3'], ['magnesium', 'magnesio'], 'Magnesium', 'Magnesio'),
  e('phosphorus', ['2777-1', '14879-1'], ['phosphorus', 'phosphate', 'fosforo', 'fosfato'], 'Phosphorus', 'Fósforo'),
  e('uric-acid', ['3084-1'], ['uric acid', 'urate', 'acido urico'], 'Uric acid', 'Ácido úrico'),
  // Lipids
  e('cholesterol', ['2093-3'], ['cholesterol', 'total cholesterol', 'cholesterol total', 'colesterol', 'colesterol total'], 'Total cholesterol', 'Colesterol total'),
  e('ldl', ['13457-7', '2089-1', '18262-6', '69419-0'], ['ldl', 'ldl cholesterol', 'ldl-c', 'cholesterol in ldl', 'colesterol ldl'], 'LDL ("bad") cholesterol', 'Colesterol LDL ("malo")'),
  e('hdl', ['2085-9'], ['hdl', 'hdl cholesterol', 'hdl-c', 'cholesterol in hdl', 'colesterol hdl'], 'HDL ("good") cholesterol', 'Colesterol HDL ("bueno")'),
  e('triglycerides', ['2571-8', '3043-7'], ['triglycerides', 'triglyceride', 'trig', 'trigliceridos'], 'Triglycerides (blood fats)', 'Triglicéridos (grasas de la sangre)'),
  // Diabetes and thyroid
  e('a1c', ['4548-4', '17856-6', '41995-2'], ['a1c', 'hba1c', 'hemoglobin a1c', 'glycated hemoglobin', 'glycohemoglobin', 'hemoglobin a1c/hemoglobin.total', 'hemoglobina glicosilada'], 'A1C (average blood sugar)', 'A1C (promedio de azúcar en la sangre)'),
  e('tsh', ['3016-3', '11580-8'], ['tsh', 'thyroid stimulating hormone', 'thyrotropin', 'tirotropina'], 'TSH (thyroid control hormone)', 'TSH (hormona que controla la tiroides)'),
  e('free-t4', ['3024-7', '14920-3'], ['free t4', 'ft4', 'free thyroxine', 'thyroxine free', 't4 libre', 'tiroxina libre'], 'Free T4 (thyroid hormone)', 'T4 libre (hormona de la tiroides)'),
  // Urinalysis
  e('urine-protein', ['2888-6', '5804-0', '20454-5'], ['protein', 'urine protein', 'protein urine', 'proteina en orina'], 'Protein in urine', 'Proteína en la orina', 'presence', 'urine'),
  e('urine-glucose', ['2350-7', '5792-7', '25428-4'], ['glucose', 'urine glucose', 'glucose urine', 'glucosa en orina'], 'Sugar in urine', 'Azúcar en la orina', 'presence', 'urine'),
  e('urine-blood', ['5794-3', '105906-2', '57678-5'], ['blood', 'urine blood', 'hemoglobin', 'occult blood', 'sangre en orina'], 'Blood in urine', 'Sangre en la orina', 'presence', 'urine'),
  e('urine-leukocyte-esterase', ['5799-2', '60026-2'], ['leukocyte esterase', 'leukocytes', 'esterasa leucocitaria'], 'White blood cells in urine (leukocyte esterase)', 'Glóbulos blancos en la orina (esterasa leucocitaria)', 'presence', 'urine'),
  e('urine-nitrite', ['5802-4', '32710-6'], ['nitrite', 'nitrites', 'nitritos'], 'Nitrite in urine (sign of germs)', 'Nitritos en la orina (señal de gérmenes)', 'presence', 'urine'),
  e('urine-ketones', ['5797-6', '2514-8'], ['ketones', 'ketone', 'cetonas'], 'Ketones in urine', 'Cetonas en la orina', 'presence', 'urine'),
  e('urine-specific-gravity', ['5811-5', '2965-2'], ['specific gravity', 'sp gr', 'densidad'], 'Urine concentration (specific gravity)', 'Concentración de la orina (densidad)', 'quantity', 'urine'),
  e('urine-ph', ['5803-2', '2756-5'], ['ph', 'urine ph', 'ph de orina'], 'Urine acidity (pH)', 'Acidez de la orina (pH)', 'quantity', 'urine'),
  e('uacr', ['9318-7', '14959-1', '14958-3', '32294-1'], ['microalbumin', 'uacr', 'albumin/creatinine', 'albumin creatinine ratio', 'microalbumin/creatinine', 'albumina/creatinina'], 'Albumin in urine (kidney check)', 'Albúmina en la orina (control de los riñones)', 'quantity', 'urine'),
  // Others
  e('vitamin-d', ['1989-3', '62292-8', '14635-7'], ['vitamin d', '25-hydroxy', '25-oh vitamin d', '25(oh)d', 'vitamina d'], 'Vitamin D', 'Vitamina D'),
  e('vitamin-b12', ['2132-9', '14685-2'], ['vitamin b12', 'b12', 'cobalamin', 'vitamina b12'], 'Vitamin B12', 'Vitamina B12'),
  e('ferritin', ['2276-4', '24373-3'], ['ferritin', 'ferritina'], 'Ferritin (stored iron)', 'Ferritina (hierro guardado)'),
  e('iron', ['2498-4', '14798-3'], ['iron', 'serum iron', 'fe', 'hierro'], 'Iron', 'Hierro'),
  e('psa', ['2857-1', '83112-3', '35741-8'], ['psa', 'prostate specific antigen', 'antigeno prostatico'], 'PSA (prostate test)', 'PSA (prueba de la próstata)'),
  e('inr', ['6301-6', '34714-6', '5902-2'], ['inr', 'pt/inr', 'prothrombin time', 'protime', 'tiempo de protrombina'], 'INR (how fast blood clots)', 'INR (qué tan rápido coagula la sangre)'),
  e('crp', ['1988-5', '30522-7', '76485-2'], ['crp', 'c-reactive protein', 'hs-crp', 'proteina c reactiva'], 'C-reactive protein (inflammation)', 'Proteína C reactiva (inflamación)'),
  e('blood-pressure', ['85354-9', '55284-4', '8480-6', '8462-4'], ['blood pressure', 'bp', 'systolic', 'diastolic', 'presion arterial'], 'Blood pressure', 'Presión arterial'),
];

const BY_KEY = new Map(EXPLANATION_INDEX.map((x) => [x.key, x]));
const BY_LOINC = new Map<string, ExplanationEntry>();
for (const x of EXPLANATION_INDEX) for (const code of x.loinc) BY_LOINC.set(code, x);

/** The entry for a key, if any. */
export function explanationEntry(key: string): ExplanationEntry | undefined {
  return BY_KEY.get(key);
}

function mentionsUrine(text: string): boolean {
  return /\b(urine|urinalysis|ua|orina|uroanalisis|urinalisis)\b/.test(text);
}

/**
 * Finds the explanation for a test, by LOINC code first, then by name: the longest
 * alias found as whole words wins ("Hemoglobin A1c" finds A1C, not hemoglobin).
 * `context` (for example the report name) helps tell urine tests from blood tests.
 */
export function findExplanation(test: { name?: string; code?: { code: string; system?: string } }, context = ''): ExplanationEntry | undefined {
  const code = test.code?.code;
  if (code && (!test.code?.system || /loinc/i.test(test.code.system))) {
    const hit = BY_LOINC.get(code);
    if (hit) return hit;
  }
  const name = foldText(test.name ?? '').replace(/[^\p{L}\p{N}/().+-]+/gu, ' ').trim();
  if (!name) return undefined;
  const urine = mentionsUrine(name) || mentionsUrine(foldText(context));
  const padded = ` ${name.replace(/[(),]/g, ' ').replace(/\s+/g, ' ')} `;
  let best: { entry: ExplanationEntry; score: number } | undefined;
  for (const entry of EXPLANATION_INDEX) {
    if (entry.specimen === 'urine' && !urine && entry.key !== 'uacr') continue;
    for (const alias of entry.aliases) {
      if (!padded.includes(` ${alias} `)) continue;
      // Prefer longer aliases; on a urine test prefer urine entries.
      const score = alias.length + (urine && entry.specimen === 'urine' ? 100 : 0);
      if (!best || score > best.score) best = { entry, score };
    }
  }
  return best?.entry;
}

const byResult = new WeakMap<LabResult, ExplanationEntry | null>();
const byKey = new Map<string, ExplanationEntry | null>();

/** The explanation entry for a lab result (looking at its report name too). Memoised: lists call it per render. */
export function explanationFor(result: LabResult): ExplanationEntry | undefined {
  const seen = byResult.get(result);
  if (seen !== undefined) return seen ?? undefined;
  const key = `${result.code?.system ?? ''}|${result.code?.code ?? ''}|${result.name}|${result.report?.name ?? ''}`;
  let entry = byKey.get(key);
  if (entry === undefined) {
    entry = findExplanation(result, result.report?.name ?? '') ?? null;
    if (byKey.size > 5000) byKey.clear();
    byKey.set(key, entry);
  }
  byResult.set(result, entry);
  return entry ?? undefined;
}
