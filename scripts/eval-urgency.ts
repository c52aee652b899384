/**
 * Evaluates classifyUrgency on the labelled dev set and prints precision and
 * recall per level, the targets, and every miss. Exit code 1 when a target is missed.
 *
 *   npx tsx scripts/eval-urgency.ts [path/to/urgency-dev.jsonl]
 *   URGENCY_DATA=path npx tsx scripts/eval-urgency.ts
 *
 * Default path: ../shared/data/urgency-dev.jsonl (the shared data folder beside the repo).
 */
import { readFileSync } from 'node:fs';
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
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const path = resolve(process.argv[2] ?? process.env.URGENCY_DATA ?? resolve(root, '../shared/data/urgency-dev.jsonl'));
const items: Item[] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);

const LEVELS: UrgencyLevel[] = ['emergency', 'urgent', 'routine'];
const rank = (l: UrgencyLevel): number => compareUrgency(l, 'routine');
const tolerant = (it: Item): boolean => (it.note ?? '').startsWith('DISAGREE:');
/** A DISAGREE item counts as right when the prediction is within one level (never for self-harm). */
const correct = (it: Item, got: UrgencyLevel): boolean =>
  got === it.level || (tolerant(it) && it.category !== 'suicide_self_harm' && Math.abs(rank(got) - rank(it.level)) <= 1);

const rows = items.map((it) => ({ it, got: classifyUrgency(it.text, { locale: it.locale }).level }));
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1).padStart(5) + '%' : '   n/a');

console.log(`Urgency dev set: ${path}`);
console.log(`${items.length} messages (${items.filter((i) => i.locale === 'en').length} en, ${items.filter((i) => i.locale === 'es').length} es)\n`);
console.log('level       precision  recall   (exact labels; DISAGREE items allow one level)');
for (const level of LEVELS) {
  const predicted = rows.filter((r) => r.got === level);
  const actual = rows.filter((r) => r.it.level === level);
  const tpP = predicted.filter((r) => correct(r.it, r.got)).length;
  const tpR = actual.filter((r) => correct(r.it, r.got)).length;
  console.log(`${level.padEnd(10)}  ${pct(tpP, predicted.length)}    ${pct(tpR, actual.length)}   (${tpR}/${actual.length})`);
}

const emergencies = rows.filter((r) => r.it.level === 'emergency');
const emergencyRecall = emergencies.filter((r) => correct(r.it, r.got)).length / emergencies.length;
const selfHarm = rows.filter((r) => r.it.category === 'suicide_self_harm');
const selfHarmRecall = selfHarm.filter((r) => r.got === 'emergency').length / (selfHarm.length || 1);
const urgentPlus = rows.filter((r) => r.it.level !== 'routine');
const urgentPlusRecall = urgentPlus.filter((r) => r.got !== 'routine' || (tolerant(r.it) && correct(r.it, r.got))).length / urgentPlus.length;
const routine = rows.filter((r) => r.it.level === 'routine');
const routineFlagged = routine.filter((r) => r.got !== 'routine' && !correct(r.it, r.got)).length / routine.length;

const targets = [
  { name: 'emergency recall', value: emergencyRecall, ok: emergencyRecall >= 0.98, target: '>= 98%' },
  { name: 'self-harm recall', value: selfHarmRecall, ok: selfHarmRecall >= 1, target: '= 100%' },
  { name: 'urgent-or-higher recall', value: urgentPlusRecall, ok: urgentPlusRecall >= 0.95, target: '>= 95%' },
  { name: 'routine flagged', value: routineFlagged, ok: routineFlagged <= 0.05, target: '<= 5%' },
];
console.log('\ntarget                      value    goal');
for (const t of targets) console.log(`${t.ok ? 'PASS' : 'FAIL'} ${t.name.padEnd(24)} ${(100 * t.value).toFixed(1).padStart(5)}%  ${t.target}`);

const misses = rows.filter((r) => !correct(r.it, r.got));
console.log(`\nmisclassified: ${misses.length}`);
for (const r of misses) console.log(`  ${r.it.id} expected ${r.it.level}, got ${r.got}: ${r.it.text}`);

let n = 0;
const t0 = performance.now();
for (let k = 0; k < 20; k++) for (const it of items) { classifyUrgency(it.text); n++; }
console.log(`\n${n} classifications in ${(performance.now() - t0).toFixed(1)} ms`);
process.exitCode = targets.every((t) => t.ok) ? 0 : 1;
