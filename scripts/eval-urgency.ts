/**
 * Evaluates classifyUrgency on labelled JSONL sets and prints precision and
 * recall per level, self-harm recall, the routine false-positive rate, and
 * every miss.
 *
 * 1. The dev set (the rules were tuned on it): the targets are enforced; exit
 *    code 1 when one is missed.
 * 2. The challenge set, test/fixtures/urgency-challenge.jsonl: batches of
 *    patient-style messages, each labelled before the engine first ran on it
 *    (rules were then improved on it; see docs/clinical-safety.md for the
 *    first-run figures). Reported per level, language and batch; its floors
 *    live in test/core/urgency-challenge.test.ts.
 *
 *   npx tsx scripts/eval-urgency.ts [path/to/urgency-dev.jsonl] [--no-challenge]
 *   URGENCY_DATA=path npx tsx scripts/eval-urgency.ts
 *   URGENCY_CHALLENGE=path npx tsx scripts/eval-urgency.ts
 *
 * Default dev path: ../shared/data/urgency-dev.jsonl (the shared data folder beside the repo).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyUrgency, compareUrgency, type UrgencyLevel } from '../src/core/urgency/index.js';

interface Item {
  id: string;
  locale: string;
  text: string;
  level: UrgencyLevel;
  category: string;
  note?: string;
  /** Which batch of the challenge set ("b8"); older lines carry it in the id ("ch-b7-…"). */
  batch?: string;
}

interface Row {
  it: Item;
  got: UrgencyLevel;
  categories: string[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith('--'));
const devPath = resolve(positional[0] ?? process.env.URGENCY_DATA ?? resolve(root, '../shared/data/urgency-dev.jsonl'));
const challengePath = resolve(process.env.URGENCY_CHALLENGE ?? resolve(root, 'test/fixtures/urgency-challenge.jsonl'));

const LEVELS: UrgencyLevel[] = ['emergency', 'urgent', 'routine'];
const SELF_HARM = 'suicide_self_harm';
const rank = (l: UrgencyLevel): number => compareUrgency(l, 'routine');
const tolerant = (it: Item): boolean => (it.note ?? '').startsWith('DISAGREE:');
/** A DISAGREE item counts as right when the prediction is within one level (never for self-harm). */
const correct = (it: Item, got: UrgencyLevel): boolean =>
  got === it.level || (tolerant(it) && it.category !== SELF_HARM && Math.abs(rank(got) - rank(it.level)) <= 1);
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1).padStart(5) + '%' : '   n/a');

function load(path: string): Item[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
}

interface Summary {
  emergencyRecall: number;
  selfHarmRecall: number;
  urgentPlusRecall: number;
  routineFlagged: number;
}

/** Prints the report for one set and returns its headline figures. */
function report(title: string, path: string, items: Item[]): Summary {
  const rows: Row[] = items.map((it) => {
    const r = classifyUrgency(it.text, { locale: it.locale });
    return { it, got: r.level, categories: [...new Set(r.matches.map((m) => m.category))] };
  });
  const count = (locale: string): number => items.filter((i) => i.locale === locale).length;
  console.log(`${title}: ${path}`);
  console.log(`${items.length} messages (${count('en')} en, ${count('es')} es)\n`);
  console.log('level       precision  recall   (exact labels; DISAGREE items allow one level)');
  for (const level of LEVELS) {
    const predicted = rows.filter((r) => r.got === level);
    const actual = rows.filter((r) => r.it.level === level);
    const tpP = predicted.filter((r) => correct(r.it, r.got)).length;
    const tpR = actual.filter((r) => correct(r.it, r.got)).length;
    console.log(`${level.padEnd(10)}  ${pct(tpP, predicted.length)}    ${pct(tpR, actual.length)}   (${tpR}/${actual.length})`);
  }
  for (const locale of ['en', 'es']) {
    const sub = rows.filter((r) => r.it.locale === locale);
    const em = sub.filter((r) => r.it.level === 'emergency');
    const ur = sub.filter((r) => r.it.level === 'urgent');
    const ro = sub.filter((r) => r.it.level === 'routine');
    console.log(
      `  ${locale}: emergency recall ${em.filter((r) => correct(r.it, r.got)).length}/${em.length}, ` +
      `urgent recall ${ur.filter((r) => correct(r.it, r.got)).length}/${ur.length}, ` +
      `routine flagged ${ro.filter((r) => !correct(r.it, r.got)).length}/${ro.length}`,
    );
  }

  // Batches written at different times (`batch: "b8"`, or "ch-b2-…" in the id): each was labelled before the engine ran on it.
  const batchOf = (it: Item): string => it.batch ?? /^[a-z]+-(b\d+)-/.exec(it.id)?.[1] ?? 'b1';
  const batches = [...new Set(items.map(batchOf))];
  if (batches.length > 1) {
    for (const b of batches) {
      const sub = rows.filter((r) => batchOf(r.it) === b);
      const em = sub.filter((r) => r.it.level === 'emergency');
      const ur = sub.filter((r) => r.it.level === 'urgent');
      const ro = sub.filter((r) => r.it.level === 'routine');
      const sh = sub.filter((r) => r.it.category === SELF_HARM);
      console.log(
        `  batch ${b}: emergency ${em.filter((r) => correct(r.it, r.got)).length}/${em.length}, ` +
        `urgent ${ur.filter((r) => correct(r.it, r.got)).length}/${ur.length}, ` +
        `self-harm ${sh.filter((r) => r.got === 'emergency').length}/${sh.length}, ` +
        `routine flagged ${ro.filter((r) => !correct(r.it, r.got)).length}/${ro.length}`,
      );
    }
  }

  const emergencies = rows.filter((r) => r.it.level === 'emergency');
  const emergencyHits = emergencies.filter((r) => correct(r.it, r.got)).length;
  const selfHarm = rows.filter((r) => r.it.category === SELF_HARM);
  const selfHarmHits = selfHarm.filter((r) => r.got === 'emergency').length;
  const selfHarmCategory = selfHarm.filter((r) => r.categories.includes('self-harm')).length;
  const urgentPlus = rows.filter((r) => r.it.level !== 'routine');
  const urgentPlusHits = urgentPlus.filter((r) => r.got !== 'routine' || (tolerant(r.it) && correct(r.it, r.got))).length;
  const routine = rows.filter((r) => r.it.level === 'routine');
  const routineFlaggedN = routine.filter((r) => r.got !== 'routine' && !correct(r.it, r.got)).length;

  console.log(`\nemergency recall          ${pct(emergencyHits, emergencies.length)}  (${emergencyHits}/${emergencies.length})`);
  console.log(`self-harm recall          ${pct(selfHarmHits, selfHarm.length)}  (${selfHarmHits}/${selfHarm.length}; ${selfHarmCategory} with the self-harm category)`);
  console.log(`urgent-or-higher recall   ${pct(urgentPlusHits, urgentPlus.length)}  (${urgentPlusHits}/${urgentPlus.length})`);
  console.log(`routine flagged           ${pct(routineFlaggedN, routine.length)}  (${routineFlaggedN}/${routine.length})`);

  const misses = rows.filter((r) => !correct(r.it, r.got));
  console.log(`\nmisclassified: ${misses.length}`);
  for (const r of misses) {
    const found = r.categories.length ? ` [${r.categories.join(', ')}]` : '';
    console.log(`  ${r.it.id} (${r.it.locale}, ${r.it.category}) expected ${r.it.level}, got ${r.got}${found}: ${r.it.text}`);
  }
  console.log('');
  return {
    emergencyRecall: emergencyHits / (emergencies.length || 1),
    selfHarmRecall: selfHarmHits / (selfHarm.length || 1),
    urgentPlusRecall: urgentPlusHits / (urgentPlus.length || 1),
    routineFlagged: routineFlaggedN / (routine.length || 1),
  };
}

const items = load(devPath);
const dev = report('Urgency dev set', devPath, items);
const targets = [
  { name: 'emergency recall', value: dev.emergencyRecall, ok: dev.emergencyRecall >= 0.98, target: '>= 98%' },
  { name: 'self-harm recall', value: dev.selfHarmRecall, ok: dev.selfHarmRecall >= 1, target: '= 100%' },
  { name: 'urgent-or-higher recall', value: dev.urgentPlusRecall, ok: dev.urgentPlusRecall >= 0.95, target: '>= 95%' },
  { name: 'routine flagged', value: dev.routineFlagged, ok: dev.routineFlagged <= 0.05, target: '<= 5%' },
];
console.log('dev-set target              value    goal');
for (const t of targets) console.log(`${t.ok ? 'PASS' : 'FAIL'} ${t.name.padEnd(24)} ${(100 * t.value).toFixed(1).padStart(5)}%  ${t.target}`);
console.log('');

if (!args.includes('--no-challenge') && existsSync(challengePath)) {
  report('Urgency challenge set (each batch labelled before the engine first ran on it; rules were then tuned on it)', challengePath, load(challengePath));
}

let n = 0;
const t0 = performance.now();
for (let k = 0; k < 20; k++) for (const it of items) { classifyUrgency(it.text); n++; }
console.log(`${n} classifications in ${(performance.now() - t0).toFixed(1)} ms`);
process.exitCode = targets.every((t) => t.ok) ? 0 : 1;
