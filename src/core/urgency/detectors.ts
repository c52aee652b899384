/**
 * Numeric findings that word patterns cannot express. Each detector tags a
 * token (`@temp-fever`, `@glucose-high`, …) and the rule packs use the tags in
 * patterns like any other word. Every scan looks a few tokens around a number,
 * so the cost stays linear in the length of the message.
 */
import type { Sentence, Token } from './normalize.js';

/** Tags a detector can put on a token. */
export const DETECTOR_TAGS = [
  '@temp-fever', // a body temperature at or above 100.4 °F / 38 °C
  '@glucose-high', // blood sugar ≥ 300 mg/dL or ≥ 16.7 mmol/L
  '@glucose-low', // blood sugar < 70 mg/dL or < 3.9 mmol/L
  '@infant-age', // an age under 3 months ("6 week old", "bebé de 2 meses")
  '@pain-severe', // a pain score of 7/10 or more
  '@pain-extreme', // a pain score of 9/10 or more
  '@many', // a count of 5 or more
  '@year', // a calendar year (1950–2099)
  '@spo2-low', // an oxygen saturation under 90 %
  '@heart-rate-extreme', // a pulse of 150 or more, or under 40
  '@bp-severe', // blood pressure 180/… or …/120 and above (hypertensive crisis range)
  '@bp-high-pregnancy', // blood pressure 160/… or …/110 and above (severe range in pregnancy)
  '@bp-low', // a systolic blood pressure under 90
  '@gestation', // a pregnancy length in weeks ("I'm 34 wks", "tengo 30 semanas")
] as const;
export type DetectorTag = (typeof DETECTOR_TAGS)[number];

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);

/** Words that say a number is a body temperature. */
const TEMPERATURE_CONTEXT = set([
  'fever', 'fevers', 'feverish', 'febrile', 'temp', 'temps', 'temperature', 'thermometer', 'f', 'c', 'degrees',
  'degree', '°', 'rectal', 'rectally', 'oral', 'orally', 'armpit', 'axillary', 'forehead', 'tympanic',
  'fiebre', 'temperatura', 'calentura', 'grados', 'grado', 'termometro', 'febril', 'axilar',
]);
/** Words that say a number is a blood sugar reading. */
const GLUCOSE_CONTEXT = set([
  'sugar', 'sugars', 'glucose', 'bg', 'bgs', 'bs', 'bsl', 'cbg', 'glucometer', 'meter', 'dexcom', 'libre', 'cgm',
  'lows', 'highs', 'azucar', 'azucares', 'glucosa', 'glucometro', 'glicemia', 'glucemia',
]);
/** Numbers near these words are something else (A1c, potassium, blood pressure…). */
const NOT_GLUCOSE = set([
  'a1c', 'hba1c', 'a1', 'potassium', 'sodium', 'cholesterol', 'ldl', 'hdl', 'pressure', 'bp', 'pulse', 'rate',
  'oxygen', 'o2', 'sat', 'sats', 'weight', 'lbs', 'pounds', 'kg', 'iron', 'vitamin', 'tsh', 'calcium', 'units',
  'unidades', 'colesterol', 'presion', 'potasio', 'peso', 'hemoglobina', 'pulso', 'trigliceridos', 'triglycerides',
  '$', 'mg', 'dollars', 'dolares', 'carbs', 'carb', 'grams', 'gramos',
]);
const MMOL = set(['mmol', 'mmoll']);
const WEEK_UNITS = set(['week', 'weeks', 'wk', 'wks', 'wo', 'semana', 'semanas', 'sem']);
const DAY_UNITS = set(['day', 'days', 'dia', 'dias']);
const MONTH_UNITS = set(['month', 'months', 'mo', 'mos', 'mth', 'mths', 'mes', 'meses']);
/** Words before an age that say it is the child's age ("baby is 6 weeks", "bebé de 5 semanas"). */
const AGE_LEAD = set([
  'is', 'tiene', 'de', 'baby', 'babys', 'bebe', 'newborn', 'son', 'sons', 'daughter', 'daughters', 'infant', 'my', 'our',
  'hija', 'hijo', 'nina', 'nino', 'mi', 'nuestro', 'nuestra', 'turned', 'cumplio', 'only', 'solo', 'just',
]);
/** Words before a number that make it a duration, not an age ("fever for 2 weeks"). */
const DURATION_LEAD = set([
  'for', 'since', 'hace', 'desde', 'durante', 'por', 'last', 'past', 'every', 'in', 'en', 'after', 'despues',
  'x', 'about', 'around', 'over', 'within', 'lleva', 'llevo', 'tiene que',
]);
/** Words that say a number is an oxygen saturation. */
const SPO2_CONTEXT = set([
  'oxygen', 'o2', 'sat', 'sats', 'saturation', 'saturations', 'spo2', 'sao2', 'ox', 'oximeter', 'pulseox', 'oxymeter',
  'oxigeno', 'oxigenacion', 'saturacion', 'saturando', 'satura', 'oximetro',
]);
/** Words that say a number is a heart rate. */
const HEART_RATE_CONTEXT = set([
  'pulse', 'hr', 'bpm', 'heartrate', 'rate', 'heart', 'beats', 'pulso', 'pulsaciones', 'frecuencia', 'latidos', 'ppm',
]);
/** A fast heart rate near these words is exercise, not a warning. */
const EXERCISE = set([
  'run', 'running', 'ran', 'jog', 'jogging', 'workout', 'exercise', 'exercising', 'treadmill', 'gym', 'spin', 'hiit',
  'cardio', 'max', 'target', 'zone', 'correr', 'corriendo', 'ejercicio', 'entrenando', 'caminadora',
]);
/** Words that say a "120/80" pair is a blood pressure. */
const BP_CONTEXT = set([
  'bp', 'pressure', 'pressures', 'mmhg', 'systolic', 'diastolic', 'presion', 'tension', 'cuff', 'reading', 'readings',
]);
/** Before a week count, words that make it the length of a pregnancy ("I'm 34 weeks", "tengo 30 semanas"). */
const GESTATION_LEAD = set(['im', 'am', 'at', 'shes', 'is', 'now', 'tengo', 'tiene', 'estoy', 'esta', 'cumpli', 'cumple', 'ya']);
const TEMP_RUNNING = set(['running', 'spiking', 'spiked', 'hit', 'hitting', 'reached']);
const BORN = set(['born', 'nacio', 'nacida', 'nacido', 'naci', 'delivered', 'parto']);
const PAIN_CONTEXT = set(['pain', 'pains', 'painful', 'hurts', 'hurt', 'hurting', 'ache', 'aching', 'scale', 'dolor', 'duele', 'escala', 'cramps', 'cramping', 'sore', 'throbbing', 'agony', 'gout', 'flare', 'migraine', 'headache', 'toothache', 'duelen', 'molestia']);

const TEMP = 1;
const GLUCOSE = 2;
const NOT_GLUCOSE_BIT = 4;
const MMOL_BIT = 8;
const PAIN = 16;
const AGE = 32;
const SPO2 = 64;
const HEART_RATE = 128;
const EXERCISE_BIT = 256;
const BP = 512;

/** One pass: which context classes each token belongs to (bit flags). */
function classes(tokens: readonly Token[]): Uint16Array {
  const out = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.norm ?? '';
    let f = 0;
    if (TEMPERATURE_CONTEXT.has(w)) f |= TEMP;
    if (GLUCOSE_CONTEXT.has(w)) f |= GLUCOSE;
    if (NOT_GLUCOSE.has(w)) f |= NOT_GLUCOSE_BIT;
    if (MMOL.has(w)) f |= MMOL_BIT;
    if (PAIN_CONTEXT.has(w)) f |= PAIN;
    if (AGE_LEAD.has(w)) f |= AGE;
    if (SPO2_CONTEXT.has(w)) f |= SPO2;
    if (HEART_RATE_CONTEXT.has(w)) f |= HEART_RATE;
    if (EXERCISE.has(w)) f |= EXERCISE_BIT;
    if (BP_CONTEXT.has(w)) f |= BP;
    out[i] = f;
  }
  return out;
}

function near(cls: Uint16Array, s: Sentence, i: number, before: number, after: number, bit: number): boolean {
  const lo = Math.max(s.first, i - before);
  const hi = Math.min(s.end - 1, i + after);
  for (let k = lo; k <= hi; k++) if (k !== i && (cls[k] ?? 0) & bit) return true;
  return false;
}

/**
 * Returns, per token index, the detector tags it carries. Only tokens with a
 * number are examined.
 */
export function detect(tokens: readonly Token[], sentences: readonly Sentence[]): Map<number, DetectorTag[]> {
  const tags = new Map<number, DetectorTag[]>();
  if (!tokens.some((t) => t.num !== undefined)) return tags;
  const cls = classes(tokens);
  const tag = (i: number, t: DetectorTag): void => {
    const list = tags.get(i);
    if (list) list.push(t);
    else tags.set(i, [t]);
  };
  for (const s of sentences) {
    for (let i = s.first; i < s.end; i++) {
      const t = tokens[i];
      if (!t || t.num === undefined) continue;
      const v = t.num;
      const prev = tokens[i - 1];
      const next = i + 1 < s.end ? tokens[i + 1] : undefined;
      const after = i + 2 < s.end ? tokens[i + 2] : undefined;

      if (t.digits && t.norm.length === 4 && Number.isInteger(v) && v >= 1950 && v <= 2099) tag(i, '@year');
      if (Number.isInteger(v) && v >= 5 && v < 1000) tag(i, '@many');

      if (t.digits && prev?.norm !== '$') {
        const fahrenheit = v >= 100.4 && v <= 108;
        const celsius = v >= 38 && v <= 43;
        if ((fahrenheit || celsius) && near(cls, s, i, 5, 3, TEMP)) tag(i, '@temp-fever');
        // "running 102 since friday": a Fahrenheit-only range after a fever verb.
        else if (fahrenheit && prev && TEMP_RUNNING.has(prev.norm)) tag(i, '@temp-fever');

        // Oxygen saturation: "sats 86", "oxygen is 84%", "oxigenación en 85".
        if (v >= 50 && v < 90 && (near(cls, s, i, 5, 2, SPO2) || (next?.norm === '%' && near(cls, s, i, 8, 0, SPO2)))) tag(i, '@spo2-low');

        // Heart rate: "heart rate is 180", "pulse 38" (not during exercise).
        if (Number.isInteger(v) && ((v >= 150 && v <= 300) || (v >= 15 && v < 40)) && next?.norm !== '/' && prev?.norm !== '/' &&
            near(cls, s, i, 5, 2, HEART_RATE) && !near(cls, s, i, 10, 10, EXERCISE_BIT | TEMP | GLUCOSE)) {
          tag(i, '@heart-rate-extreme');
        }

        // Blood pressure: "210/125", "bp 80/50" (a systolic/diastolic-shaped pair; pain scores are x/10).
        const dia = next?.norm === '/' && after?.digits ? after.num ?? 0 : 0;
        if (dia >= 30 && dia <= 200 && v >= 60 && v <= 300 && v > dia && after?.num !== 10) {
          const labelled = near(cls, s, i, 6, 4, BP);
          if (v >= 180 || dia >= 120) tag(i, '@bp-severe');
          if (v >= 160 || dia >= 110) tag(i, '@bp-high-pregnancy');
          if (v < 90 && labelled) tag(i, '@bp-low');
        }

        if (v > 0 && v < 1000 && !near(cls, s, i, 4, 3, NOT_GLUCOSE_BIT) &&
            near(cls, s, i, 8, 3, GLUCOSE)) {
          // Values under 35 can only be mmol/L (35 mg/dL and below would be written as such and still be low).
          const mmol = near(cls, s, i, 0, 2, MMOL_BIT) || v < 35;
          if (mmol ? v >= 16.7 : v >= 300) tag(i, '@glucose-high');
          else if (mmol ? v < 3.9 && v >= 1 : v < 70 && v >= 10) tag(i, '@glucose-low');
        }

        // Pain scores: "8/10", "9 out of 10", "8 de 10".
        let scoreOf10 = false;
        if (next?.norm === '/' && after?.num === 10) scoreOf10 = true;
        if (next?.norm === 'de' && after?.num === 10) scoreOf10 = true;
        if (next?.norm === 'out' && tokens[i + 2]?.norm === 'of' && tokens[i + 3]?.num === 10 && i + 3 < s.end) scoreOf10 = true;
        if (scoreOf10 && v <= 10 && near(cls, s, i, 14, 6, PAIN)) {
          if (v >= 7) tag(i, '@pain-severe');
          if (v >= 9) tag(i, '@pain-extreme');
        }
      }

      // Pregnancy length: "I'm 34 wks", "30 weeks, contractions…", "tengo 36 semanas".
      if (next && WEEK_UNITS.has(next.norm) && Number.isInteger(v) && v >= 14 && v <= 42) {
        const lead = prev !== undefined && i - 1 >= s.first && GESTATION_LEAD.has(prev.norm);
        const startsSentence = i === s.first;
        const old = after?.norm === 'old' || after?.norm === 'ago' || after?.norm === 'de' && tokens[i + 3]?.norm === 'edad';
        if ((lead || startsSentence) && !old) tag(i, '@gestation');
      }

      // Ages under 3 months.
      if (next) {
        const unit = next.norm;
        const limit = WEEK_UNITS.has(unit) ? 12 : DAY_UNITS.has(unit) ? 90 : MONTH_UNITS.has(unit) ? 2.99 : -1;
        if (limit > 0 && v > 0 && v <= limit) {
          const old = after?.norm === 'old' || after?.norm === 'olds' || after?.norm === 'de' && tokens[i + 3]?.norm === 'edad' || after?.norm === 'de' && tokens[i + 3]?.norm === 'nacido' || after?.norm === 'de' && tokens[i + 3]?.norm === 'nacida';
          const duration = prev !== undefined && i - 1 >= s.first && DURATION_LEAD.has(prev.norm);
          const ago = after?.norm === 'ago';
          const lead = near(cls, s, i, 3, 0, AGE);
          // "born 3 weeks ago", "nació hace 3 semanas": a birth date, so an age.
          const before = i - 2 >= s.first ? tokens[i - 2] : undefined;
          const bornAgo = (ago && i - 1 >= s.first && BORN.has(prev?.norm ?? '')) ||
            (prev?.norm === 'hace' && BORN.has(before?.norm ?? '')) ||
            (ago && BORN.has(before?.norm ?? '') && i - 2 >= s.first);
          if (bornAgo || (!ago && (old || (lead && !duration)))) tag(i, '@infant-age');
        }
      }
    }
  }
  return tags;
}
