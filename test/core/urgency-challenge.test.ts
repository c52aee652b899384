import { expect } from '@open-wc/testing';
import { classifyUrgency, compareUrgency, type UrgencyLevel } from '../../src/core/urgency/index.js';

/**
 * The challenge set (test/fixtures/urgency-challenge.jsonl): 1,242 patient messages written for
 * this purpose in eleven batches, each labelled before the engine first ran on it (see
 * docs/clinical-safety.md for the first-run figures). The rules were then improved on batches
 * 1–10 (batch 9 only after its first run was recorded), so these floors guard against
 * regressions; they are not a measure of how the engine does on wording it has never seen
 * (batch 11, held out and not tuned on, shows that: 6/40 self-harm on first sight).
 *
 * Floors are the measured values rounded down (recall) or up (false alarms) to the whole
 * percent: a change that loses more than that fails here.
 */
interface Item {
  id: string;
  locale: string;
  text: string;
  level: UrgencyLevel;
  category: string;
  note?: string;
  batch?: string;
}

const SELF_HARM = 'suicide_self_harm';
const rank = (l: UrgencyLevel): number => compareUrgency(l, 'routine');
/** DISAGREE items allow one level of difference (never for self-harm), as in the dev set. */
const correct = (it: Item, got: UrgencyLevel): boolean =>
  got === it.level ||
  ((it.note ?? '').startsWith('DISAGREE:') && it.category !== SELF_HARM && Math.abs(rank(got) - rank(it.level)) <= 1);

describe('classifyUrgency: challenge set (test/fixtures/urgency-challenge.jsonl)', () => {
  let items: Item[] = [];
  let rows: { it: Item; got: UrgencyLevel; categories: string[] }[] = [];
  before(async function () {
    // 1,242 classifications plus compiling the rules: allow for a slow or busy machine.
    this.timeout(60_000);
    const res = await fetch(new URL('../fixtures/urgency-challenge.jsonl', import.meta.url));
    items = (await res.text()).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
    rows = items.map((it) => {
      const r = classifyUrgency(it.text, { locale: it.locale });
      return { it, got: r.level, categories: r.matches.map((m) => m.category) };
    });
  });

  const misses = (level: UrgencyLevel): string =>
    rows.filter((r) => r.it.level === level && !correct(r.it, r.got)).map((r) => `${r.it.id} → ${r.got}: ${r.it.text}`).join('\n');
  const recall = (pick: (it: Item) => boolean): number => {
    const sub = rows.filter((r) => pick(r.it));
    return sub.filter((r) => correct(r.it, r.got)).length / sub.length;
  };

  it('has all 1242 messages, English and Spanish about 2:1, ids unique', () => {
    expect(items).to.have.length(1242);
    expect(new Set(items.map((i) => i.id)).size).to.equal(items.length);
    const es = items.filter((i) => i.locale === 'es').length;
    expect(es / items.length).to.be.within(0.28, 0.4);
  });

  it('finds emergencies: recall ≥ 93 % overall, ≥ 94 % in Spanish (measured 604/649, es 201/212)', () => {
    expect(recall((it) => it.level === 'emergency'), misses('emergency')).to.be.at.least(0.93);
    expect(recall((it) => it.level === 'emergency' && it.locale === 'es'), misses('emergency')).to.be.at.least(0.94);
  });

  it('finds self-harm: ≥ 85 % to emergency (measured 234/275), always with the self-harm category', () => {
    const selfHarm = rows.filter((r) => r.it.category === SELF_HARM);
    expect(selfHarm.length).to.equal(275);
    const found = selfHarm.filter((r) => r.got === 'emergency');
    expect(found.length / selfHarm.length, misses('emergency')).to.be.at.least(0.85);
    // The notice offers the crisis line only for the self-harm category.
    const noCrisisLine = found.filter((r) => !r.categories.includes('self-harm'));
    expect(noCrisisLine.map((r) => `${r.it.id} [${r.categories.join(', ')}]: ${r.it.text}`)).to.deep.equal([]);
  });

  it('misses no self-harm message of batches 1–5 (measured 70/70)', () => {
    const early = rows.filter((r) => r.it.category === SELF_HARM && ['b1', 'b2', 'b3', 'b4', 'b5'].includes(r.it.batch ?? ''));
    expect(early.length).to.equal(70);
    const wrong = early.filter((r) => r.got !== 'emergency' || !r.categories.includes('self-harm'));
    expect(wrong.map((r) => `${r.it.id} → ${r.got}: ${r.it.text}`)).to.deep.equal([]);
  });

  it('misses no self-harm or harm-to-others message of batch 10 (tuned on; measured 80/80, first run 20/80)', () => {
    const b10 = rows.filter((r) => r.it.batch === 'b10' && r.it.level === 'emergency');
    expect(b10.length).to.equal(80);
    const wrong = b10.filter((r) => r.got !== 'emergency' || (r.it.category === SELF_HARM && !r.categories.includes('self-harm')));
    expect(wrong.map((r) => `${r.it.id} → ${r.got}: ${r.it.text}`)).to.deep.equal([]);
  });

  it('finds urgent messages: recall ≥ 98 % (measured 202/206)', () => {
    expect(recall((it) => it.level === 'urgent'), misses('urgent')).to.be.at.least(0.98);
  });

  it('leaves routine messages alone: at most 2 % flagged (measured 6/387)', () => {
    const routine = rows.filter((r) => r.it.level === 'routine');
    const flagged = routine.filter((r) => !correct(r.it, r.got));
    expect(flagged.length / routine.length, misses('routine')).to.be.at.most(0.02);
  });
});
